"""Owns the grammar a finished candidate can lose when earlier passes cut the message up.

The strategies lift the message's own clauses into an "I" statement's slots, and later passes
(blame_residue.py, jab_echoes.py, ...) cut words out of them. What is left can read as garbled
English, or mean something else. This is the last pass over a candidate (strategies._tidied calls
`repaired_grammar`), and it either puts the sentence right or drops the candidate (returns ""),
because no suggestion is better than a broken one:

- an emptied situation slot: "Mum, when, I feel let down." (the fault clause "this is on you" was
  the whole slot and went) - dropped;
- a counterfactual read as an event: "…when none of the kids would have been sent home" - dropped
  (the speaker's point was the other way round);
- a greeting left mid-text: "Hi Marcus the client deck went out…" - the greeting goes and the name
  leads the message ("Marcus, …");
- a jab kept as a condition: "could you replace it when it's 80p?" from "when it's literally 80p"
  - the "when it's …" that carried the jab goes (it's a price, not a condition);
- a future or present perfect in the when-slot: "I feel frustrated when we're going to be late",
  "…when your dog has dug under our fence" - said as "that …";
- a past act with a present jab beside it: "when you left X to me while you post Y" - the "while
  you post Y" goes (the jab, and the tense clash).
"""

from __future__ import annotations

import re

_I = re.I
_GREETING = r"(?i:hi|hiya|hey|hello|morning|good morning|evening|afternoon)"
# "when," / "when ," / "When, I": a when-slot whose contents were all cut away.
_EMPTY_WHEN = re.compile(r"\bwhen\s*,", _I)
# A condition that never happened: "none of the kids would have been sent home".
_COUNTERFACTUAL = re.compile(r"\b(?:when|that)\s+[^.,;?!]*\b(?:would|could|might)(?:n't| not)? have\b", _I)
# A jab the sender put in a when-clause: "when it's literally 80p", "when it takes literally 5 seconds".
_JAB_WHEN_SRC = re.compile(r"\bwhen (it(?:'s| is| was| takes| took| costs| cost)|you(?:'re| are) (?:literally|right))\s+"
                           r"(?:literally|like|only|just)\b", _I)
_FEELING = (r"(?:frustrated|upset|hurt|let down|worried|angry|sad|disappointed|annoyed|overwhelmed|"
            r"stressed|anxious|unheard|ignored|alone|unsupported|embarrassed|uneasy|uncomfortable)")
# "I (really) get/feel/am (really) frustrated when we're going to be late …"
_FEEL_WHEN = re.compile(r"(\bI(?:'m| am| feel| get| was| felt)(?: really| a bit| so)?(?: feeling)? " + _FEELING
                        + r"|\bit(?:'s| is| was) (?:frustrating|upsetting|worrying|hard) for me|\bit (?:upset|worried|"
                        r"frustrated|hurt)s? me) when ((?:we|you|they|he|she|I|it|your \w+|our \w+|the \w+)"
                        r"(?:'re| are| am|'m| is|'s) going to\b|(?:we|you|they|I|your \w+|our \w+)(?:'ve| have) \w+ed\b|"
                        r"(?:he|she|it|your \w+|our \w+|the \w+)(?:'s| has) (?!been\b|got\b)\w+(?:ed|ug|ne|en|ft|ld|ght|wn)\b)", _I)
# "When we're going to miss the ferry, I feel let down." → "I feel let down that we're going to miss …"
_WHEN_FIRST = re.compile(r"(^|(?<=[.!?]) |(?<=, ))[Ww]hen ((?:we|you|they|your \w+|our \w+)(?:'re| are| is|'s) going to "
                         r"[^,]+|(?:we|you|they|your \w+|our \w+)(?:'ve| have| has|'s) (?!been\b|got\b)\w+(?:ed|ug|ne|en|ft|ld|ght|wn)\b"
                         r"[^,]*), (I (?:feel|felt|get|am|'m|was)(?: really| a bit| so)? " + _FEELING + r")([.!?])")
# "when you left X to me while you post Y": a past act, then a present-tense jab beside it.
_IRREGULAR = r"(?:left|took|went|made|gave|kept|got|let|put|sent|spent|did|forgot|ran|came|sat|stayed|said|told)"
_PAST_WHILE_PRESENT = re.compile(r"(\bwhen you (?:\w+ed|" + _IRREGULAR + r")\b[^.?!]*?) while you(?:'re| are)? (?!were\b|was\b|"
                                 + _IRREGULAR + r"\b)(?:\w+(?<!ed))\b[^.?!]*", _I)


# "Some of us actually read the class WhatsApp, Karen. The bake sale was Thursday." The first line only
# says "you didn't"; the fact after it is the point, and the place it was posted is worth keeping whole.
_SOME_OF_US = re.compile(r"^\W*(?:honestly,?\s+)?(?:some of us|some people)(?: do)?(?: actually| just)? (?:read|check|checked|look at|"
                         r"looked at|open|follow|scroll through) ((?:the|our) [^,.!?]+?)(?:,\s*[A-Z][a-z]+)?\s*[.!]+\s+(.+)$", _I)


def some_of_us_lines(msg) -> list[str]:
    """A whole-message reading (strategies.py): the fact, and where it was said, without the dig."""
    found = _SOME_OF_US.match(msg.text.strip())
    if not found:
        return []
    where, facts = found.group(1), found.group(2).strip()
    if re.search(r"\b(?:you|your|u|ur)\b|\?", facts, _I) or len(re.findall(r"[.!]+(?:\s|$)", facts + " ")) > 2:
        return []  # "…you'd know that": more jab after it, not a plain fact to pass on
    facts = facts.rstrip("!. ") + "."
    start = found.start(2)
    first = next((t for t in msg.doc if t.idx == start), None)
    if first is not None and not first.ent_type_ and first.text != "I" and not first.text.isupper():
        facts = facts[0].lower() + facts[1:]  # "Dinner was at six" is no name: "Mum, dinner was at six"
    return [facts, f"It's in {where} if you want to check."]


def _greeting_fixed(text: str) -> str:
    """A greeting that ended up after the start loses its "Hi"; the name it carried leads the text."""
    m = re.search(r"(?<=[.!?] )" + _GREETING + r",? ([A-Z][a-z]+)\b,? ?", text)
    if not m:
        m = re.search(r"(?<=[.!?] )" + _GREETING + r",? ", text, _I)
        if not m or not re.match(r"[a-z]", text[m.end():m.end() + 1] or "X"):
            return text
        rest = text[m.end():]
        return text[:m.start()] + rest[0].upper() + rest[1:]
    name = m.group(1)
    rest = text[m.end():]
    text = text[:m.start()] + (rest[:1].upper() + rest[1:])
    if not re.match(rf"{name}\b", text):
        text = f"{name}, {text[0].lower()}{text[1:]}" if not re.match(r"I\b", text) else f"{name}, {text}"
    return text


def _in_said_order(original: str, text: str) -> str:
    """Two sentences lifted from the message but kept in reverse ("You went out. I told you the boiler
    guy was coming at 8.") go back in the message's order, joined as it joined them."""
    low = " ".join(original.lower().split())
    parts = re.split(r"(?<=[.!?]) (?=[A-Z])", text)
    for i in range(len(parts) - 1):
        a, b = parts[i].rstrip(".!"), parts[i + 1].rstrip(".!")
        if not a or not b or a[-1] in "?" or b[-1] in "?":
            continue
        la, lb = a[0].lower() + a[1:] if not a.startswith("I ") else a, b[0].lower() + b[1:] if not b.startswith("I ") else b
        at, bt = low.find(la.lower()), low.find(lb.lower())
        if at < 0 or bt < 0 or bt > at:
            continue
        joined = f"{b} and {la}." if low.find(f"{lb.lower()} and {la.lower()}") >= 0 else f"{b}. {a}."
        parts[i:i + 2] = [joined]
        return " ".join(parts)
    return text


def repaired_grammar(original: str, text: str) -> str:
    """The candidate put right, or "" when what the cuts left can't be said safely (see docstring)."""
    if not text:
        return text
    if _EMPTY_WHEN.search(text) or _COUNTERFACTUAL.search(text):
        return ""
    greeted = _greeting_fixed(text)
    if greeted != text:
        # the greeting's sentence was the event; an "it" in the when-slot before it refers to nothing
        # yet, so the event goes first: "Marcus, the deck went out… When you didn't check it, I felt…"
        m = re.match(r"([A-Z][a-z]+, )[Ww]hen (you [^,.?!]*\bit\b[^,.?!]*), (I [^.?!]*)\. ([A-Z][^.?!]*\.)", greeted)
        if m:
            rest = greeted[m.end():]
            first = m.group(4)
            greeted = f"{m.group(1)}{first[0].lower()}{first[1:]} I {m.group(3)[2:]} when {m.group(2)}.{rest}"
        text = greeted
    if _JAB_WHEN_SRC.search(original):
        # the sender's jab, not a condition on the request: "could you replace it when it's 80p?"
        # "when it's on your way home" names when, not a price: said as "on your way home"
        text = re.sub(r"\bwhen it(?:'s| is| was) (on (?:your|the) way(?: home| back| past)?)\b", r"\1", text)
        text = re.sub(r",? when (?:it(?:'s| is| was| takes| took| costs| cost)|you(?:'re| are)) [^,.?!]*(?=[,.?!])", "", text)
    text = _FEEL_WHEN.sub(lambda m: f"{m.group(1)} that {m.group(2)}", text)
    text = _WHEN_FIRST.sub(lambda m: f"{m.group(1)}{m.group(3)} that {m.group(2)}{m.group(4)}", text)
    text = _PAST_WHILE_PRESENT.sub(lambda m: m.group(1), text)
    text = _in_said_order(original, text)
    # "Could you listen?" after a told event: curt, and says he never does; the event already says what
    # went wrong, so the ask is to talk it over ("you never listen" → "Could you listen?")
    if re.search(r"\b(?:told|said|asked|reminded)\b", original, _I):
        text = re.sub(r"\bCould you (?:listen|care|help|think|pay attention)\?", "Can we talk about it?", text)
    return text


__all__ = ["repaired_grammar", "some_of_us_lines"]
