"""Tells WhatsApp's own lines (notices, media placeholders, deletions) from what people wrote."""

from __future__ import annotations

import re

# Direction marks WhatsApp puts before notices, placeholders and sometimes whole lines (iOS).
MARKS = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\ufeff"

# Notices whose text can itself contain ": " (a quoted group subject), so they must be caught
# before the speaker is split off. Requiring no colon before the verb keeps "Bob: I created
# group chats" a message.
_NOTICE_BEFORE_SPLIT = re.compile(
    r"^[^:\n]*?\b(?:created group \"|created this group$|changed the subject (?:from|to) \"|changed "
    r"the group name (?:from|to) \"|changed this group's (?:icon|settings)|changed the group "
    r"description$|deleted this group's icon$|joined using this group's invite link$)")

# Notices that newer iOS exports attribute to the chat name or the acting person
# ("[14.08.24, 21:00:10] Family: Boris added you"). Only unmistakable wordings are here; the
# vaguer ones ("X left", "X added Y") count as notices only when WhatsApp marked the line.
_NOTICE_BODY = re.compile(
    r"^(?:Messages and calls are end-to-end encrypted"
    r"|Messages to this (?:group|chat) are now secured with end-to-end encryption"
    r"|[^\n]{0,80}?\b(?:created group \"|created this group$|changed the subject (?:from|to) \"|changed "
    r"the group name (?:from|to) \"|changed this group's (?:icon|settings)|changed the group "
    r"description$|deleted this group's icon$|joined using this group's invite link$)"
    r"|Your security code with [^\n]+ changed"
    r"|[^\n]{1,80}? changed their phone number"
    r"|You(?:'re| are) now an admin"
    r"|Missed (?:group )?(?:voice|video) call"
    r"|Waiting for this message"
    r"|[^\n]{0,80}?\b(?:turned (?:on|off) disappearing messages|uses a default timer for "
    r"disappearing messages)"
    r"|You (?:blocked|unblocked) this contact"
    r"|This (?:chat|business) is (?:with|now using) a (?:business|secure service))",
    re.IGNORECASE)

_NOTICE_HINT = re.compile(r"encrypt|created|changed|deleted this|joined using|security code|"
                          r"admin|missed|waiting for|disappearing|blocked|business")
_MEDIA = re.compile(
    r"^(?:<Media omitted>"
    r"|(?:[^\n]*[\s" + MARKS + r"])?"
    r"(?:image|video|audio|sticker|GIF|document|Contact card|video note) omitted"
    r"|live location shared"
    r"|location: https?://\S+)$",
    re.IGNORECASE)
_ATTACHED = re.compile(r"<attached: [^>\n]*>")
_FILE_ATTACHED = re.compile(r"^[^\n]*\.\w{2,5} \(file attached\)$", re.MULTILINE)
_DELETED = re.compile(r"^(?:This message was deleted|You deleted this message)(?: by [^\n]+)?\.?$",
                      re.IGNORECASE)
_EDITED = re.compile(r"\s*[" + MARKS + r"]*<This message was edited>$")


def is_notice_line(rest: str) -> bool:
    """True for a notice recognisable before the speaker is split off (Android and iOS)."""
    return bool(_NOTICE_BEFORE_SPLIT.match(rest))


def classify_body(body: str) -> tuple[str | None, str]:
    """Returns (skip reason or None, cleaned text) for the text after "Name: "."""
    marked = body[:1] in MARKS
    text = body.strip(MARKS + " \n")
    if "<This message was edited>" in text:
        text = _EDITED.sub("", text)
    # Cheap substring tests first: most messages are plain text and skip every regex below.
    lowered = text[:200].lower()
    if "deleted" in lowered and _DELETED.match(text):
        return "deleted", text
    if ("omitted" in lowered or "location" in lowered) and _MEDIA.match(text):
        return "media", text
    if "<attached: " in text or "(file attached)" in text:
        without_files = _FILE_ATTACHED.sub("", _ATTACHED.sub("", text)).strip(MARKS + " \n")
        return ("media", text) if not without_files else (None, without_files)
    if (marked and text) or (_NOTICE_HINT.search(lowered) and _NOTICE_BODY.match(text)):
        return "system", text
    if not text.strip():
        return "empty", text
    return None, text
