"""Replies read off a table of (pattern, reply) pairs, in the table's order, each reply once.

Shared by the thread questions (thread_asks.py) and the replies to another commenter
(commenter_replies.py): each pattern finds one shape of jab, and its reply builds the speaker's
view and a real question from the match, or returns None when the match doesn't hold up.
"""

from __future__ import annotations


def replies_from(readings, text: str, msg) -> list[list[str]]:
    """The reply of every pattern in `readings` that matches `text` and gives one: lists of sentences."""
    replies = []
    for pattern, reply in readings:
        found = pattern.search(text)
        lines = reply(found, msg) if found else None
        if lines and lines not in replies:
            replies.append(lines)
    return replies
