"""A named act the speaker disowns, with its support: the denial kept, no apology or amends for it.

"I didn't take your charger, I've got my own", "I had nothing to do with the leak", "the code review
wasn't my job this sprint, Ahmed was on rota", "That was Mark's call, not mine", "I'm not the one
who booked the wrong hotel, that was Lisa". supported_denials.py reads a denial whose support is a
past event said about a thing ("it was already cracked"); these shapes fell through to the clause
strategies, which answered "I'm sorry about your charger… What can I do to make it right?" or "I'm
sorry about the anniversary… I'll set myself a reminder": an apology and amends for the very act the
speaker denies, or kept the hand-off ("take it up with him"). This module owns these whole-message
readings (`disowned_lines`, offered alone by `with_disowned_acts` in strategies.py):

- the denial said plainly, in the same breath as hearing that the listener is upset;
- the speaker's own account kept without its "just" ("I just thought we'd celebrate at the
  weekend" → "I thought we'd celebrate at the weekend");
- a third person's part said as the speaker's belief ("I think Ahmed was on rota");
- exasperation ("I've told you three times"), orders and hand-offs ("ask her yourself", "take it
  up with him"), restatements ("not mine") and claims about the listener left out.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE
from .deflection import dismisses

# "I'm not the one who disappears for weeks, you are": the denial is the setup of a counter-complaint
# (a counter); "you're remembering it wrong", "you're twisting my words" dispute what was said (pressure.py,
# pushback.py answer them)
_TURNED_BACK = re.compile(r"\byou\s+are\W*$|\byou(?:'re|\s+are)\s+(?:the\s+one\b|(?:remembering|misremembering|imagining|twisting)\b)", re.I)

# "I didn't take your charger", "I never forgot it": a named act denied (not "I didn't mean/know/say…",
# which corrections.py and supported_denials.py read, nor "I didn't do anything", which names no act)
_DIDNT = re.compile(r"^I\s*(?:didn't|didnt|did\s+not|never)\s+(?:even\s+)?(?!(?:know|knew|mean|meant|think|thought|"
                    r"realise|realize|see|notice|tell|told|want|ask|do|did|have|get|got|care)\b)"
                    r"(?P<verb>\w+)\s+(?P<rest>[^,]+)$", re.I)
_NOTHING_TO_DO = re.compile(r"^I\s+(?:had|have)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\s+(?P<rest>.+)$", re.I)
# "the code review wasn't my job", "that wasn't my call": a duty or decision disowned
_NOT_MINE = re.compile(r"^(?P<thing>(?:the|that|this|it)\b[\w\s']*?)\s+(?P<be>wasn't|was\s+not|isn't|is\s+not|aren't|are\s+not|weren't)\s+"
                       r"(?P<what>my\s+(?:job|call|responsibility|decision|idea|department|task)|mine)\b(?P<tail>.*)$", re.I)
# "That was Mark's call", "it was Lisa's idea": a decision handed to its owner
_THEIRS = re.compile(r"^(?:[Tt]hat|[Ii]t|[Tt]his)\s+was\s+(?P<who>[A-Z][a-z]+)'s\s+(?P<what>call|decision|idea|job|responsibility)"
                     r"(?P<tail>.*)$")
# "I'm not the one who booked the wrong hotel", "I wasn't the one who left it open"
_NOT_THE_ONE = re.compile(r"^I(?:'m|\s+am|\s+wasn't|\s+was\s+not)\s+(?:not\s+)?the\s+one\s+who\s+(?P<verb>\w+)\s+(?P<rest>.+)$", re.I)
# Left out beside the denial: exasperation, orders and hand-offs, restatements, jabs
_EXASPERATED = re.compile(r"^(?:I've|I\s+have)\s+(?:already\s+)?(?:told|said|explained)\b|^how\s+many\s+times\b|"
                          r"^(?:for\s+the\s+(?:last|hundredth|millionth)\s+time)$", re.I)
_ORDER = re.compile(r"^(?:just\s+|go\s+)?(?:ask|take\s+it\s+up|talk\s+to|speak\s+to|check|look|go|get|stop|calm|chill|relax|"
                    r"deal|leave|back\s+off)\b", re.I)
_RESTATED = re.compile(r"^(?:not\s+(?:mine|me|my\s+\w+)|it\s+wasn't\s+me|wasn't\s+me|not\s+my\s+fault|I\s+swear|"
                       r"honestly|seriously|ok(?:ay)?|fine|look|whatever|lol|jeez|god|ffs)$", re.I)
_LISTENER = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|u|ur)\b", re.I)
_JAB = re.compile(r"\b(?:always|never|stupid|idiot|ridiculous|paranoid|overreact\w*|nagging|drama|big\s+deal|obviously|"
                  r"clearly|duh)\b", re.I)
# "that was Lisa", "Ahmed was on rota", "legal had it": a third person's part
_THIRD = re.compile(r"^(?:that\s+was|it\s+was)\s+(?P<who>[A-Z][a-z]+)$|^(?P<name>[A-Z][a-z]+)\s+(?:was|had|did|does|took|booked|"
                    r"moved|left|said|made|has)\b")
# "I've got my own", "I just thought we'd…", "I was at work": the speaker's own account
_OWN = re.compile(r"^I(?:'ve|\s+have|'d|\s+was|\s+had|\s+just|\s+only|\s+thought|\s+assumed|\s+figured|\s+got|\s+use|"
                  r"\s+put|\s+left|\s+took|\s+went|\s+\w+ed)\b", re.I)


def _denial(msg, part: str) -> tuple[str, str] | None:
    """(the denial said plainly, what to close with), or None."""
    if re.search(r"\b(?:anything|nothing\s+wrong|on\s+purpose|deliberately|intentionally|because|cos|since)\b", part, re.I) \
            and not _NOTHING_TO_DO.match(part):
        return None  # "I didn't do it on purpose": an act owned, its intent denied (defence.py reads it)
    from .accounts import parsed_base  # the verb's base form as the parser read it ("booked" → "book")

    happened = "Can we work out together what happened?"
    found = _DIDNT.match(part)
    if found and found.group("verb").lower() in ("say", "said") and not re.match(r"(?:that|it|this)\b", found.group("rest"), re.I):
        return None  # "I didn't say you were fat": what was said corrected (corrections.py), not an act denied
    if found:
        return f"I didn't {parsed_base(msg, found.group('verb'))} {found.group('rest')}", happened  # "never touched" → "didn't touch"
    found = _NOTHING_TO_DO.match(part)
    if found:
        return f"I had nothing to do with {found.group('rest')}", happened
    found = _NOT_THE_ONE.match(part)
    if found and not _LISTENER.search(found.group("rest")):
        return f"I didn't {parsed_base(msg, found.group('verb'))} {found.group('rest')}", happened
    found = _NOT_MINE.match(part)
    if found and not found.group("tail").strip().startswith(("but", "and")):
        thing = found.group("thing")
        return f"{thing[:1].upper()}{thing[1:]} {found.group('be').lower()} {found.group('what').lower()}{found.group('tail')}", \
            "Can we work out together what to do next?"
    found = _THEIRS.match(part)
    if found and not found.group("tail").strip():
        return f"That was {found.group('who')}'s {found.group('what')}", "Can we work out together what to do next?"
    return None


def _support(part: str) -> tuple[str, str] | None:
    """("own" | "third" | "drop", line) for a part said beside the denial; None when it can't be read."""
    if _EXASPERATED.match(part) or _ORDER.match(part) or _RESTATED.match(part) or _JAB.search(part):
        return "drop", ""
    third = _THIRD.match(part)
    if third:
        who = third.group("who")
        return "third", f"{who} did" if who else part
    if _OWN.match(part) and re.search(r"\b(?:didn't|did\s+not|never|wasn't|haven't|forgot)\b", part, re.I):
        return None  # "I just didn't tell you everything": part of it admitted, which the clause strategies own
    if _OWN.match(part) and not re.search(r"\b(?:you|you're|you've|you'd|u)\b", part, re.I):  # "I borrowed yours"
        return "own", re.sub(r"^I\s+(?:just|only)\s+", "I ", part, flags=re.I)
    if _LISTENER.search(part) and not re.match(r"^I\b", part):
        return "drop", ""  # "you left them at work": a counter-claim about the listener
    return None


# "Ask your sister, she's the one who moved the car": the act handed to someone named just before
_ASK = re.compile(r"^(?:just\s+|go\s+)?(?:ask|talk\s+to|speak\s+to|blame)\s+(?P<who>(?:your|my|our)\s+\w+|[A-Z][a-z]+)$", re.I)
_THE_ONE = re.compile(r"^(?:she|he|they)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+the\s+ones?\s+who\s+(?P<act>(?!(?:is|are|was|were)\b).+)$", re.I)


def _pointed(parts: list[str]) -> tuple[list[str], int | None]:
    """"ask your sister" + "she's the one who moved the car" → one part, "I think your sister moved the
    car", read as the support ("third") of whatever the speaker denies, or as the denial itself."""
    for i in range(len(parts) - 1):
        ask, one = _ASK.match(parts[i]), _THE_ONE.match(parts[i + 1])
        if ask and one and not _LISTENER.search(one.group("act")):
            who = ask.group("who")
            who = who if who[:1].isupper() and not who.lower().startswith(("your ", "my ", "our ")) else who.lower()
            return [*parts[:i], f"{who} {one.group('act')}", *parts[i + 2:]], i
    return parts, None


def disowned_lines(msg) -> list[tuple[list[str], str]]:
    """(lines, strategy) for a message read whole here, else []."""
    from .accounts import spoken_parts  # accounts.py splits the message as it is said, without its opener
    from .supported_denials import plain

    if not (msg.defensive or msg.blaming) or len(msg.text.split()) > 35 or "?" in msg.text:
        return []
    parts = [plain(p) for p in spoken_parts(msg)]
    parts = [p for p in parts if not re.match(r"^(?:sorry|soz|look|ok(?:ay)?|listen|excuse\s+me|hold\s+on|wait)$", p, re.I)]
    # (a bare "Sorry," or "Excuse me," opener)
    if not parts or len(parts) > 4 or re.search(r"\b(?:sorry|apologi[sz]e|my\s+bad|my\s+fault)\b", " ".join(parts), re.I):
        return []  # something owned beside the denial: the clause strategies keep it
    parts, pointed = _pointed(parts)
    denials = [(i, _denial(msg, p)) for i, p in enumerate(parts)]
    denials = [(i, d) for i, d in denials if d]
    if not denials and pointed is not None and len(parts) == 1:  # only the pointed part: it is the account
        denials = [(0, (f"I think {parts[0]}", "Can we work out together what happened?"))]
    if len(denials) != 1:
        return []
    at, (said, closing) = denials[0]
    own, third = [], []
    for i, part in enumerate(parts):
        if i == at:
            continue
        read = ("third", part) if i == pointed else _support(part)
        if read is None:
            return []  # something else said beside the denial: read clause by clause
        kind, line = read
        if kind == "own":
            own.append(line[:1].upper() + line[1:])
        elif kind == "third":
            third.append(line)
    if not own and not third and len(parts) == 1 and pointed is None and not (_NOT_MINE.match(parts[at]) or _THEIRS.match(parts[at])
                                                          or _NOTHING_TO_DO.match(parts[at])):
        return []  # a bare "I didn't take it": accounts.py and scene_defence.py read those
    lines = [f"{said}, and I can hear that you're upset about it", *own,
             f"I think {' and '.join(third)}" if third else None, closing]
    return [([line for line in lines if line], ACKNOWLEDGE),
            ([f"I can see you're upset, and I want to be straight with you: {said if said.startswith('I ') else said[:1].lower() + said[1:]}",
              *own, f"I think {' and '.join(third)}" if third else None, closing], ACKNOWLEDGE)]


def with_disowned_acts(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the message is one of its shapes and no reading before it
    took the message whole (strategies.py)."""
    from .accounts import account_candidates
    from .supported_denials import denial_candidates

    if chosen in ((account_candidates,), (denial_candidates,)) or chosen[:1] == (denial_candidates,) or len(chosen) == 1:
        return chosen  # a whole-message reading already chose: it stands
    if dismisses(msg.text) or _TURNED_BACK.search(msg.text) or any(c.role == "pressure" for c in msg.clauses):
        return chosen  # "…, you're twisting my words", "…, you are", "you're imagining it": pushback, counter and
        # pressure readings answer those
    return (disowned_candidates,) if disowned_lines(msg) else chosen


def disowned_candidates(msg) -> list:
    from .accounts import composed

    return composed(msg, [(list(filter(None, lines)), strategy) for lines, strategy in disowned_lines(msg)])
