"""Two grievances of the speaker's own that read as something else, said plainly instead.

1. Blame handed out in mock agreement: "Sure, blame the immigrants, that's original", "Sure, blame the
little brother, like always", "Yeah, go on, blame the dog", "Of course, just blame me".

The speaker does not ask anyone to blame X: the "sure" is sarcasm, and what they mean is that putting
the fault on X is unfair (on themselves, someone they stand up for, or a group). Read literally the
engine asked to "talk about the immigrants" or said "when you blamed the little brother like", which
keeps the jab and loses the point. The rewrite says the objection plainly and asks to look at what
happened, keeping who is blamed. victimhood.py lists these kinds with its own (spoken.py answers them
as a stance of the speaker's, with no apology and no acknowledgement of the listener's upset).

2. Everything turning into a fight: "even picking a paint colour turns into a war with you", "every
conversation ends in an argument with you". A household complaint about how things go between the
two of them, not a dispute over views: the fallback answered "I see this very differently". The
rewrite keeps what turns into a fight, drops "everything"/"war", and asks for an easier way.
"""

from __future__ import annotations

import re

# The mock-agreeing opener, then "blame X": X runs to the next comma/stop, or to "for"/"again"/"like always".
_OPENER = r"^\W*(?:oh\W+|well\W+|ah\W+)?(?:sure|yeah|yes|right|of\s+course|go\s+on|go\s+ahead|that's\s+right|ok(?:ay)?)\W+" \
          r"(?:(?:go\s+on|go\s+ahead|just|why\s+not)\W+)*"
_WHO = r"(?P<who>me|him|her|them|us|(?:the|your|my|his|her|their|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?|[A-Za-z][\w'-]*)"
_HABIT = r"(?P<habit>\W+(?:like\s+(?:always|usual)|as\s+(?:always|usual)|again|every\s+time|once\s+again))?"
KINDS = (
    ("mock_blame", re.compile(_OPENER + r"blame\s+" + _WHO + r"(?P<for>\s+for\s+[^.!?,;]+?)?" + _HABIT +
                              r"(?=\s*[^\w\s']|\s*$|\s+(?:that's|thats|why\s+not|because|cos|'cause)\b)", re.I)),
)
# "X turns into a war with you": X is the clause's own subject, up to the verb.
_FIGHTS = {"war": "a fight", "battle": "a fight", "fight": "a fight", "warzone": "a fight", "argument": "an argument",
           "row": "an argument", "debate": "an argument", "drama": "a big drama", "ordeal": "an ordeal",
           "negotiation": "a negotiation", "production": "a big production", "screaming": "a shouting match",
           "shouting": "a shouting match"}
KINDS += (
    ("battle", re.compile(r"(?:^|(?<=[.!?,;:]\s)|\b(?:and|but|so|because|cos)\s+)(?P<what>(?:even\s+)?[a-z][^.!?,;]*?)\s+"
                          r"(?:always\s+|just\s+|somehow\s+)?(?P<verb>turns?|becomes?|ends?\s+up|ends?|gets?\s+turned|turned|became|ended\s+up|ended|got\s+turned)\s+"
                          r"(?:in(?:to)?\s+|as\s+)?(?:a\s+|an\s+|the\s+)?(?:whole\s+|full-blown\s+|full\s+blown\s+|massive\s+|huge\s+|big\s+)?"
                          r"(?P<fight>war|battle|fight|warzone|argument|row|debate|drama|ordeal|negotiation|production|"
                          r"screaming|shouting)(?:\s+match)?\s+with\s+you\b"
                          r"(?P<when>\s+(?:last\s+(?:night|week|weekend|time)|yesterday|today|tonight|this\s+(?:morning|evening|week)))?", re.I)),
)
NAMES = {name for name, _ in KINDS}
_NOT_WHO = {"it", "everyone", "everybody", "anyone", "anybody", "that", "this", "yourself"}


def grievance_lines(kind: str, match) -> list[str] | None:
    """The lines for one kind (victimhood.py asks), or None when none is safe."""
    return _battle_lines(match) if kind == "battle" else _mock_blame_lines(match)


def _battle_lines(match) -> list[str] | None:
    """"even picking a paint colour turns into a war with you" → the fight named, kept between the two."""
    what = re.sub(r"\s+", " ", match.group("what")).strip()
    # openers that are no part of what turns into a fight: "why does everything…", "honestly planning…"
    low = re.sub(r"^(?:(?:why\s+(?:does|do|did|must|has\s+to)|how\s+(?:does|did|come)|honestly|literally|seriously|"
                 r"like|just|somehow|and|but|so|ugh|god|omg)\W+)+", "", what.lower())
    past = match.group("verb").lower() in ("turned", "became", "ended up", "ended", "got turned")
    if past:
        when = (match.group("when") or "").lower()  # "…with you last night": the occasion kept
        return [f"It was hard for me when {low} turned into {_FIGHTS[match.group('fight').lower()]} between us{when}",
                "Can we find a way to make this easier for both of us?"] if low and not re.search(
                    r"\b(?:you|your|you're|yours|everything|anything)\b", low) else None
    if re.search(r"\b(?:you|your|you're|yours)\b", low):
        return None  # "your mum's visit turns into…": whose doing it is stays unclear; leave it to the others
    fight = _FIGHTS[match.group("fight").lower()]
    if re.fullmatch(r"(?:absolutely\s+|literally\s+)?(?:everything|anything|it\s+all|all\s+of\s+it)", low):
        return [f"It's hard for me when things turn into {fight} between us", "Can we find a way to make this easier for both of us?"]
    low = re.sub(r"^(?:every|each)\s+(?:single\s+)?(?=\w)", "a ", low) if not low.startswith(("every time", "everything")) else low
    verb = "turns" if not re.search(r"[^s]s$", low.split()[-1]) or low.startswith("even ") else "turn"
    return [f"It's hard for me when {low} {verb} into {fight} between us", "Can we find a way to make this easier for both of us?"]


def _mock_blame_lines(match) -> list[str] | None:
    """The objection said plainly, with who is blamed kept; None when X is not someone or something named."""
    who = re.sub(r"\s+", " ", match.group("who")).strip()
    if who.lower() in _NOT_WHO:
        return None
    habit = bool(match.group("habit")) or bool(re.search(r"\b(?:like\s+always|as\s+usual|again)\b", match.string, re.I))
    about = re.sub(r"\s+", " ", match.group("for") or "").strip()  # "blame me for the mice": what for, kept
    about = about if about and not re.search(r"\b(?:you|your|everything)\b", about, re.I) else ""
    if who.lower() in ("me", "us"):
        mine = "me" if who.lower() == "me" else "us"
        first = f"It hurts when the blame{' ' + about if about else ''} lands on {mine}{' again' if habit else ''}"
        return [first, "Can we look at what happened together?"]
    who = who if who[0].isupper() and not who.lower().startswith(("the ", "your ", "my ")) else who.lower()
    if habit:
        return [f"It doesn't feel fair that the blame lands on {who} again", "Can we look at what actually happened?"]
    # "isn't really to blame" holds whether X is someone stood up for or an excuse ("Sure, blame the weather")
    subject = {"him": "he", "her": "she", "them": "they"}.get(who, who)
    plural = subject in ("they",) or (re.search(r"[^s']s$", subject) and not subject[0].isupper())
    return [f"I don't think {subject} {'are' if plural else 'is'} really to blame{' ' + about if about else ''}", "Can we look at what actually happened?"]


# 3. "love" opening a text as the name the partner is called ("love you missed our anniversary dinner"),
# not "love you" the farewell ("love you too", "love you, Dad", "love you always"): only when what
# follows "you" says what they did ("missed", not "need"). textspeak.py then writes "Love, you missed…".
_DONE = re.compile(r"(?:[a-z]*[a-df-z]ed|forgot|left|ate|broke|lost|said|told|took|went|drank|spent|didn't|didnt|don't|dont|"
                   r"can't|cant|won't|wont|promised|swore|stood|let|put|threw|sold|gave|"
                   r"made|drove|ran|hung|woke|came)$")


def love_said_to(words, k: int) -> bool:
    """Whether words[k] ("love", first in the text) is the partner spoken to, not "I love"."""
    if k != 0 or words[k].group().lower() != "love" or k + 2 >= len(words):
        return False
    nxt, after = words[k + 1].group().lower(), words[k + 2].group().lower()
    if nxt not in ("you", "u") or after in ("too", "so", "always", "forever", "lots", "more", "both", "all", "loads"):
        return False
    return bool(_DONE.match(after))
