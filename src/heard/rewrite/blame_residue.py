"""Owns the blame a finished candidate still carries inside its situation clause.

An "I" statement can keep the message's situation word for word, and with it the part that assigns
the fault: "I was frustrated when you made me miss the bus by faffing about with your shoes",
"…when the deadline slipped because of your code review", "…when it seems like you don't think about
anyone else", "…when you threw the whole raid", "…when you took so long to reply". The frame around
it doesn't soften it: the receiver still reads the charge. This is the last pass over a candidate
(strategies._tidied calls `without_blame_residue`), after judgment_words.py, and it cleans:

- fault clauses: "you made me miss X (by Y-ing)" → "I missed X (while you were Y-ing)"; "because of
  your N" → "after the N"; "because of you …", "thanks to you", "that's on you" go;
- a character charge hedged as "it seems like you don't care/think about …": the fact said beside
  it takes its place as the situation;
- intent words ("on purpose", "deliberately", "threw the match"), totalisers ("make everything about
  X", "the worst films") and digs ("finally", "simple", "even", "took so long to") said in the message.

Only words the message itself used are touched: a template's own wording is never changed here. What
is left must still read as English (no dangling "by", no "when you made me miss"); a sentence that
can't be cleaned that way is left as it was for the later checks to judge.
"""

from __future__ import annotations

import re

from .inflect import past

_FLAGS = re.I
# Gerunds that only judge how slowly or badly the listener went about it: no "while you were dawdling".
_SLOW = re.compile(r"^(?:dawdl|faff|dither|mess|muck|fart|fanny|piss|screw|drag|tak(?:e|ing) forever|"
                   r"tak(?:e|ing) ages|being (?:slow|lazy|useless))", _FLAGS)
# "you made me miss the bus by faffing about with your shoes"
# Only a lost event ("miss the bus", "lose my seat") turns into the speaker's own plain fact: "you made me
# look like an idiot" would become "I looked like an idiot", the insult said of oneself.
_MADE_ME = re.compile(r"\byou (?:made|make|have made|'ve made) me (late|(miss|lose|wait|pay|redo|cancel|walk|drive))\b([^.?!,;]*?)"
                      r"(?: by ((?:not )?(\w+ing)\b[^.?!,;]*))?(?=[.?!,;]|$)", _FLAGS)
_BECAUSE_YOUR = re.compile(r"\b(?:because of|thanks to|due to) your ((?:\w+ )?\w+)\b(?=[.?!,;]|$| and\b)", _FLAGS)
_BECAUSE_YOU = re.compile(r",? (?:all )?(?:because of|thanks to) you\b[^.?!;]*", _FLAGS)
_THANKS_TO_YOU_OPEN = re.compile(r"\bthanks to you,? ", _FLAGS)
_ON_YOU = re.compile(r"(?:^|(?<=[.?!] ))(?:that|this|it)(?:'s| is| was) (?:all |totally |entirely )?on you\b[^.?!]*[.?!]?\s*"
                     r"|,? (?:and )?(?:that|this|it)(?:'s| is| was) (?:all |totally |entirely )?on you\b", _FLAGS)
# "I get really frustrated when it seems like you don't think about anyone else. Your car blocks the bins…"
_SEEMS = re.compile(r"^(?P<feel>[^.?!]*?) when it (?:seems|feels) (?:like|as if|as though) you (?:don't|do not|never) "
                    r"(?:even )?(?:think|care|give a \w+) (?:about|for) [^.?!]*[.?!]\s*"
                    r"(?P<fact>[A-Z][^.?!]*)\.(?P<rest>.*)$")
_CARE_OTHERS = re.compile(r"\bcare (?:about|for) (?:the |your |our |other |anyone|anybody|everyone|everybody|\w+s\b)", _FLAGS)
_NOT_CARED = re.compile(r"^I (?:don't|didn't) feel cared about\.\s*(?P<fact>[A-Z][^.?!]*)\.(?P<rest>.*)$")
_CHARGE_SENTENCE = re.compile(r"(?:^|(?<=[.?!] ))It (?:seems|feels) (?:like|as if|as though) you (?:don't|do not|never) "
                              r"(?:even )?(?:care|think|give a \w+) (?:about|for) [^.?!]*[.?!]\s*")
_INTENT = re.compile(r"\s*\b(?:on purpose|deliberately|intentionally|purposely|purposefully)\b", _FLAGS)
_THREW = re.compile(r"\byou threw (?:the |our |my )?(?:whole |entire )?(game|match|raid|round|fight|race|set|quiz|final)\b", _FLAGS)
_EVERYTHING_ABOUT = re.compile(r"\b(make|makes|made|making) everything about\b", _FLAGS)
_TALK_BACK = {"make": "bring the conversation back to", "makes": "brings the conversation back to",
              "made": "brought the conversation back to", "making": "bringing the conversation back to"}
# "you pick the worst restaurants": the listener's choice judged. "I'm the worst sister" is the speaker's
# own martyr line, read elsewhere; cutting "worst" there leaves "I'm feeling like the sister".
_WORST = re.compile(r"(?<!\bI'm )(?<!\bI am )\bthe worst (?=\w)", _FLAGS)
# Only the listener's "finally" is a dig; "when I finally opened up about it" is the speaker's effort.
_FINALLY = re.compile(r"(?<!\bI)(?<!\bI )(?<!\bwe )\s*\bfinally\b,?", _FLAGS)
_TOOK_LONG = re.compile(r"\b(?:took|take|takes) (?:so|this|that) long to (\w+)\b", _FLAGS)
# "a simple text", "basic questions": the dig is the adjective on an everyday ask. "basic" also names
# things ("basic income", "basic economics"), so it goes only before an ask.
_ASKS = r"(?:texts?|questions?|tasks?|things?|jobs?|requests?|instructions?|messages?|emails?|chores?|rules?)\b"
_SIMPLE = re.compile(r"\b(an?|the) (?:simple (?=\w)|basic (?=" + _ASKS + r"))|\b(?:simple (?=\w+s\b)|basic (?=" + _ASKS + r"))", _FLAGS)
_EVEN = re.compile(r"\b(do|does|did|don't|doesn't|can|can't|could|couldn't) (you|they|he|she) even\b", _FLAGS)
_SNIPE_OPEN = re.compile(r"\bwhen (?:it was )?(?:(?:so |very |really )?nice of you to|glad you could|good of you to) (\w+)", _FLAGS)
_MANAGE_TO = re.compile(r"\b(could|can|would|will) you manage to\b", _FLAGS)


def without_blame_residue(message: str, text: str) -> str:
    """`text` with the fault, intent, totalising and dig words the message used taken out of it."""
    if not text:
        return text
    out = _no_charge_sentence(_cared_for_others(message, _seems_to_fact(text)))
    out = _made_me(message, out)
    out = _fault_clauses(message, out)
    out = _intent(message, out)
    out = _totals(message, out)
    out = _digs(message, out)
    out = re.sub(r"\s{2,}", " ", out).replace(" ,", ",").replace(" .", ".").strip()
    out = re.sub(r"(^|[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return out


def _said(pattern: re.Pattern, message: str) -> bool:
    return bool(pattern.search(message))


def _cared_for_others(message: str, text: str) -> str:
    """"Do you even care about the neighbours?" asks about others, not the speaker: "I don't feel cared
    about." is not what was said. The fact beside it becomes the situation instead."""
    if not _CARE_OTHERS.search(message) or re.search(r"\bcare (?:about|for) (?:me|us)\b", message, re.I):
        return text
    found = _NOT_CARED.match(text)
    if not found or len(found.group("fact").split()) < 3 or re.match(r"(?:please|can|could|would|will|let|why|how)\b",
                                                                    found.group("fact"), re.I):
        return text
    fact = found.group("fact")
    fact = fact if re.match(r"I\b|[A-Z][a-z]+ [A-Z]", fact) else fact[0].lower() + fact[1:]
    return f"I get frustrated when {fact}.{found.group('rest')}"


def _no_charge_sentence(text: str) -> str:
    """"It seems like you don't care about the dog." said on its own is the character charge, hedged:
    left out when the rest still says what happened and what the speaker feels."""
    rest = _CHARGE_SENTENCE.sub("", text).strip()
    return rest if rest != text.strip() and re.search(r"\bI(?:'m| feel| felt| was| get)\b", rest) else text


def _seems_to_fact(text: str) -> str:
    """"I get frustrated when it seems like you don't think about anyone else. Your car blocks the bins
    every Tuesday." → "I get frustrated when your car blocks the bins every Tuesday.": the fact leads."""
    found = _SEEMS.match(text)
    if not found or len(found.group("fact").split()) < 3:
        return text
    fact = found.group("fact")
    fact = fact if re.match(r"(?:I\b|[A-Z][a-z]+ [A-Z])", fact) else fact[0].lower() + fact[1:]
    if re.match(r"(?:please|can|could|would|will|let|why|how)\b", fact, re.I):  # a request is no situation
        return text
    return f"{found.group('feel')} when {fact}.{found.group('rest')}"


def _made_me(message: str, text: str) -> str:
    """"…when you made me miss the bus by faffing about with your shoes" → "…when I missed the bus"."""
    if not _said(_MADE_ME, message):
        return text

    said_by = [m.group(4) for m in _MADE_ME.finditer(message) if m.group(4)]  # the message's own words:
    slow = any(_SLOW.match(by) for by in said_by)  # an earlier pass may have cut "forever" from "taking forever"

    def plain(m: re.Match) -> str:
        verb = "was late" if m.group(1).lower() == "late" else past(m.group(2).lower())
        rest = m.group(3) or ""
        by = m.group(4)
        # "by not waking me up" has no "while you were" form: the lost event says enough on its own.
        tail = f" while you were {by}" if by and not slow and not _SLOW.match(by) and not by.startswith("not ") else ""
        return f"I {verb}{rest}{tail}"
    return _MADE_ME.sub(plain, text)


def _fault_clauses(message: str, text: str) -> str:
    """"because of your merge" → "after the merge"; "because of you…", "That's on you." go."""
    out = text
    if _said(_BECAUSE_YOUR, message):
        out = _BECAUSE_YOUR.sub(lambda m: f"after the {m.group(1)}", out)
    if _said(_BECAUSE_YOU, message):
        out = _BECAUSE_YOU.sub("", out)
    if _said(_THANKS_TO_YOU_OPEN, message):
        out = _THANKS_TO_YOU_OPEN.sub("", out)
    if _said(_ON_YOU, message):
        out = _ON_YOU.sub("", out)
    return out


def _intent(message: str, text: str) -> str:
    """"deliberately", "on purpose" claim to know the motive; "you threw the raid" → "the raid went wrong"."""
    out = _INTENT.sub(_listeners_intent, text) if _said(_INTENT, message) else text
    if _said(_THREW, message):
        out = _THREW.sub(lambda m: f"the {m.group(1).lower()} went wrong", out)
    return out


def _listeners_intent(m: re.Match) -> str:
    """Only a motive pinned on the listener goes: "it felt like I cut your hedge on purpose" is the
    speaker's own denial, and keeps its words."""
    before = re.split(r"[.?!]", m.string[:m.start()])[-1]
    doer = re.findall(r"\b(?:you|u|I|we|he|she|they)\b", before, re.I)
    return "" if doer and doer[-1].lower() in ("you", "u") else m.group(0)


def _totals(message: str, text: str) -> str:
    """"make everything about your job", "the worst films": the absolute or verdict, not the act."""
    out = text
    if _said(_EVERYTHING_ABOUT, message):
        out = _EVERYTHING_ABOUT.sub(lambda m: _TALK_BACK[m.group(1).lower()], out)
        # "you make everything about you": the listener brings it back to themselves
        out = re.sub(r"\babout bringing the conversation\b", "about how you bring the conversation", out, flags=re.I)
        out = re.sub(r"\b((?:you (?:\w+ )?|to )(?:bring|bringing|brought)) the conversation back to you\b",
                     r"\1 the conversation back to yourself", out, flags=re.I)
    if _said(_WORST, message):
        out = _WORST.sub("the ", out)
    return out


def _digs(message: str, text: str) -> str:
    """"finally", "a simple text", "do you even", "took so long to reply": the snipe, not the event."""
    out = text
    if _said(_FINALLY, message):
        out = _FINALLY.sub("", out)
    if _said(re.compile(r"\bfinally\b|\bnice of you\b|\bglad you could\b|\bso long\b", re.I), message):
        out = _TOOK_LONG.sub(_plain_when_timed, out)
    if _said(_SIMPLE, message):
        out = _SIMPLE.sub(_unsimple, out)
    if _said(_EVEN, message):
        out = _EVEN.sub(lambda m: f"{m.group(1)} {m.group(2)}", out)
    if _said(re.compile(r"\bmanage to\b", re.I), message):
        out = _MANAGE_TO.sub(lambda m: f"{m.group(1)} you", out)
        out = re.sub(r"\b(don't|didn't|doesn't|never) manage to\b", r"\1", out, flags=re.I)
    if _said(_SNIPE_OPEN, message):  # "…when glad you could join us at 10:15" → "…when you joined us at 10:15"
        out = _SNIPE_OPEN.sub(lambda m: f"when you {past(m.group(1).lower())}", out)
    return out


def _plain_when_timed(m: re.Match) -> str:
    """"took so long to reply to my email three days later" → "replied to my email three days later": the
    time says the lateness. With no time after it, "took so long to show up" is the plain complaint."""
    after = re.split(r"[.?!]", m.string[m.end():], maxsplit=1)[0]
    if re.search(r"\d|\b(?:later|late|days?|hours?|weeks?|minutes?|mins?)\b", after, re.I):
        return past(m.group(1).lower())
    return m.group(0)


def _unsimple(m: re.Match) -> str:
    article = m.group(1)
    if not article:
        return ""
    rest = m.string[m.end():]
    if article.lower() in ("a", "an"):
        article = ("an" if re.match(r"[aeiou]", rest, re.I) and not re.match(r"u[nst]i|eu|one", rest, re.I) else "a")
        article = article.capitalize() if m.group(1)[0].isupper() else article
    return f"{article} "
