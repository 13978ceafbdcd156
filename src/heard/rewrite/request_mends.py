"""Owns the last mend of a candidate's request and roles, read against the message (r4roles).

Requests are stitched from the speaker's complaint, and a few parts of a complaint turn the ask into
its opposite or into noise:
- "never do the dishes unless I'm standing over you" → "could you do them unless I'm standing over
  you": the condition is the grievance, not part of the ask → "…without me having to ask";
- "you never walk the dog at all, so." → "could you walk it at all, so from now on": a trailing
  "so"/"tbh"/"lol" and the absolute "at all" never enter a request;
- "when you don't pay me back without me chasing you for it": a double negative → "when I have to
  chase you before you pay me back";
- "so I don't get the fuss" → "I should have got the fuss": a minimiser owned is no apology, the
  sentence goes.

Roles a candidate can turn round, each dropped (the next candidate, or none, is shown):
- "I'm not the one who ate your yoghurt" → "when you ate your yoghurt": "your" in a denial is the
  listener's thing, never the listener's act;
- "I wasn't rude to your sister" → "I'm sorry about your sister": reads as condolence;
- "why does nobody in this chat ever confirm…" → "I'm sorry I didn't pick up on it": the group's
  lapse, not the sender's;
- "Not naming names. Mike." → "hurt about the names. Not naming names.": the jab kept.
And a pronoun left without its noun ("I didn't lose the keys, you moved them") gets the noun back;
a game's "death"/"loss" is "that round", never a bereavement.
"""

from __future__ import annotations

import re

from .kept_details import with_details  # the longing, concession and cost the speaker named (kept_details.py)

_ASK = re.compile(r"\b(?:could you|would you|can you|willing to|if you could|please)\b", re.I)
_SENTENCE = re.compile(r"[^.?!]+[.?!]*\s*")
_TAIL = re.compile(r",?\s+(?:so|tbh|lol|lmao|ngl|smh|fr)\b(?=\s*(?:from now on|next time)?\s*[.?!]?\s*$)", re.I)
_AT_ALL = re.compile(r"\s+at all\b", re.I)
_UNLESS = re.compile(r"\s+unless (?:I|I'm|I am|I was|I've|someone|somebody|we)\b[^.?!]*?(?=\s+from now on\b|\s*[.?!]|\s*$)", re.I)
_E_STEMS = {"chas": "chase", "hassl": "hassle", "badger": "badger", "nudg": "nudge", "prompt": "prompt", "giv": "give"}


def _base(word: str) -> str:
    if not word.lower().endswith("ing"):
        return word
    stem = word[:-3]
    if stem.lower() in _E_STEMS:
        return _E_STEMS[stem.lower()]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]  # "nagging" → "nag"
    return stem


_ASKED_NOT = re.compile(r"\b(?:could|would|can|will) you (?=(?:don't|do not)\b)", re.I)


def _mend_ask(sentence: str) -> str:
    if not _ASK.search(sentence):  # "when you don't do the school run at all": the absolute goes here too
        return _AT_ALL.sub("", sentence) if re.search(r"\byou (?:don't|do not|didn't|never|won't)\b", sentence) else sentence
    body = sentence.rstrip()
    end = re.search(r"[.?!]*$", body).group(0)
    core = body[: len(body) - len(end)] if end else body
    core = _TAIL.sub("", core)
    core = _AT_ALL.sub("", core)
    if _ASKED_NOT.search(core):  # "Please don't take it out of the deposit" asked back as "Could you don't take it…?"
        asked = _ASKED_NOT.sub(lambda m: "Please " if m.group(0)[0].isupper() else "please ", core, count=1)
        return asked + "." + (" " if sentence != sentence.rstrip() else "")
    if _UNLESS.search(core):
        core = _UNLESS.sub("", core, count=1)
        # the condition was the grievance: ask for the act done unprompted, after "from now on"
        core += " without me having to ask"
    return core + end + (" " if sentence != sentence.rstrip() else "")


# "when you don't pay me back the $60 without me chasing you for it"; "last time you didn't…"
_DOUBLE_NEG = re.compile(r"\b([Ww]hen|(?:[Tt]he )?[Ll]ast time) you (?:don't|do not|won't|never|didn't|did not) ([^,.?!]+?) "
                         r"without me (having to \w+|\w+ing)((?: (?:you|u))?(?: (?:\w+ )?(?:times?|twice|once))?)"
                         r"(?: (?:about|for) (?:it|them|that))?(?=[,.?!]|$)")


def _double_negative(text: str) -> str:
    """"when I have to chase you to pay me back", "the last time I had to ask ten times for you to…"."""
    def put(m):
        had = "had" if "ast time" in m.group(1) else "have"
        chased = m.group(4).strip()
        to = "to" if chased.startswith(("you", "u")) else "for you to"
        act = re.sub(r"^(?:once|ever|just|even) ", "", m.group(2))
        return f"{m.group(1)} I {had} to {_base(m.group(3).replace('having to ', ''))}{m.group(4)} {to} {act}"
    return _DOUBLE_NEG.sub(put, text)


# "I should have got the joke", owned for a listener who "didn't get" it, is the minimiser turned round;
# the speaker's own "I didn't get the dry cleaning" is a lapse, and owning it is the point.
_OWN_MISS = re.compile(r"\b(?:I|i) (?:didn'?t|did not|never|couldn'?t|could not) (?:get|got)\b")
_MINIMISER_OWNED = re.compile(r"(?:^|(?<=[.?!]\s))I should have (?:got|gotten|seen|understood) (?:the|what) [^.?!]*[.!]\s*")
_DENIED_YOURS = re.compile(r"\b(?:I'm not the one who|I am not the one who|it wasn't me who|it was not me who|I didn't|I did not|"
                           r"I never|wasn't me that) (\w+)(?: \w+)? your (\w+)", re.I)
_GROUP = re.compile(r"\b(?:why (?:does|do|won't|will|can't|doesn't|don't) (?:nobody|no one|no-one|noone|anyone|anybody|everyone|"
                    r"everybody|none of (?:you|u))|(?:nobody|no one|no-one) (?:in|on|here)\b)", re.I)
_OWN_LAPSE = re.compile(r"\b(?:I|i) (?:forgot|was late|messed up|missed|didn't|did not|should have|shouldn't have)\b|\bmy bad\b")
_APOLOGY = re.compile(r"\bI'm sorry I\b|\bI should have\b|\bI'm sorry, and I know\b|\bI'm sorry for\b|\bupset with me\b|"
                      r"\bwhat upset you\b|\bgetting defensive\b", re.I)
_KIN = r"(?:sister|brother|mum|mom|mother|dad|father|parents|family|friend|friends|mate|nan|gran|grandma|grandad|aunt|uncle|cousin|boss|son|daughter|kids?|wife|husband|partner|ex)"
_CONDOLENCE = re.compile(r"\bsorry about (?:your|his|her|their|my) " + _KIN + r"\b", re.I)
_GAME = re.compile(r"\b(?:lag|lagging|lagged|ping|respawn|wipe|wiped|controller|match|ranked|game|games|server|teammate|carry|carried)\b", re.I)
_DENIED_NOUN = re.compile(r"\bI (?:didn't|did not|never) \w+ (?:the|my|your|our) (\w+)\b[^.?!]*?\byou(?:'re| are| were)? (?:the one who )?\w+ (them|it)\b", re.I)


def mend(msg_text: str, text: str) -> str | None:
    """`text` with its request and roles mended against `msg_text`; None when it turns a role round."""
    low = text.lower()
    for m in _DENIED_YOURS.finditer(msg_text):  # the listener's own thing, denied: never "you ate your yoghurt"
        if re.search(rf"\byou \w+(?: \w+)? your {re.escape(m.group(2).lower())}\b", low):
            return None
    if re.search(r"\bseems like if\b|\b[Ww]hen I know I\b", text):  # a conditional or the speaker's concession put in a "when" slot
        return None
    if re.search(r"\bsorry (?:that )?I (?:just |really )?miss\b", text, re.I):  # the longing is no lapse to apologise for
        return None
    if _CONDOLENCE.search(text) and not _CONDOLENCE.search(msg_text):  # the sender's own condolence stays
        return None
    if _GROUP.search(msg_text) and not _OWN_LAPSE.search(msg_text) and _APOLOGY.search(text):
        return None  # the group's lapse, not the sender's
    if re.search(r"\bnaming names\b|\babout the names\b", low) and re.search(r"\bnaming names\b", msg_text, re.I):
        return None
    if _GAME.search(msg_text):
        text = re.sub(r"\b(?:the|that) (?:death|loss)\b", "that round", text)
    denied = _DENIED_NOUN.search(msg_text)
    if denied and denied.group(1).lower() not in low:
        noun, pronoun = denied.group(1), denied.group(2).lower()
        text = re.sub(rf"\b(you \w+) {pronoun}\b", rf"\1 the {noun}", text, count=1)
    text = re.sub(r"\b([Ll]ast time) you not (?!only\b|just\b|even\b)([a-z]+)\b", r"\1 you didn't \2", text)  # "last time you not hoover"
    text = re.sub(r"\b([Ww]hen) you not (?!only\b|just\b|even\b)([a-z]+)\b", r"\1 you don't \2", text)
    if not _OWN_MISS.search(msg_text):  # "Sorry I didn't get the dry cleaning": the speaker's lapse, owned
        text = _MINIMISER_OWNED.sub("", text).strip()
    text = _double_negative(text)
    return with_details(msg_text, "".join(_mend_ask(s) for s in _SENTENCE.findall(text)).strip())
