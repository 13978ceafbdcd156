"""Readings of a whole message that several strategies ask for, made once per message.

`thread_hostility`, `belittles` and `about_views` each run dozens of patterns and were asked for
three to four times per message (the engine's relabelling, the strategy choice, the fallbacks). They
read only the message's text, parse and clause roles, which are settled before the first call
(`read_message`, then the engine's cross-complaint pass), so the first answer stands.
"""

from __future__ import annotations

import functools


def per_message(reading):
    """`reading(msg)`, remembered on `msg.memo` for the message's lifetime."""

    @functools.wraps(reading)
    def remembered(msg):
        memo = msg.memo
        if reading not in memo:
            memo[reading] = reading(msg)
        return memo[reading]

    return remembered
