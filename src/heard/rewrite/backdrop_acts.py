"""A feeling pinned to the backdrop of a complaint instead of to what hurt.

In a longer message the clause strategies pick one "you…" clause as the situation of "I felt X when
…". Some of those clauses are not the hurt at all:

- what the listener wanted, chose or agreed to, or a loan or promise that only sets up the
  complaint: "you were the one who wanted a puppy!!" → "I felt overwhelmed when you wanted a puppy";
  "you borrowed £200 in march and said you'd pay it back" → "I felt let down when you borrowed £200";
- what the speaker grants in the listener's favour: "i get that you're insecure…", "I know you had
  the kids…" → "I felt hurt when you had the kids".

`on_backdrop(msg, text)` tells strategies.py to drop such a candidate; the ones pinned to the real
complaint ("when you don't bring it up", "when you didn't help with the dog") stay.
"""

from __future__ import annotations

import re

# a feeling sentence and the verb of its "when you…" situation
_FEELING = re.compile(r"\b(?:feel|felt|frustrat\w*|hurts?|upset\w*|let down|worr\w*|overwhelm\w*|sad|angry|annoy\w*|"
                      r"embarrass\w*|disappoint\w*)\b", re.I)
_WHEN_YOU = re.compile(r"\bwhen you\s+(?:were the one who\s+|first\s+|just\s+|originally\s+)?(?P<verb>[a-z']+)\b", re.I)
# acts that are no hurt on their own: a wish, a choice, a loan, an offer, a promise made
_BACKDROP = re.compile(r"^(?:offered|agreed|promised|volunteered)$", re.I)
# a wish is the backdrop when the message keeps score with it ("you were the one who wanted a puppy");
# "when you wanted to leave early" can be the hurt itself
_WISH = re.compile(r"^(?:want|wanted|wants|begged|insisted)$", re.I)
# a loan is the backdrop only when what hurt is its return ("…and said you'd pay it back"); "you lent
# my car without asking" is the hurt itself
_LOAN = re.compile(r"^(?:borrowed|borrow|lent|lend)$", re.I)
_RETURN_PROMISED = re.compile(r"\b(?:said|promised|told me)\s+(?:you'd|you\s+would|you'll|to)\s+(?:pay|give|bring|get|hand|send)\b[^.!?]*\bback\b", re.I)
# "i know you had the kids", "I get that you're insecure", "I understand you were worried"
_GRANT = re.compile(r"\bi\s+(?:know|get|understand|realise|realize|appreciate|see)\s+(?:that\s+)?you(?:'re|'ve|'d|\s+are|"
                    r"\s+were|\s+have|\s+had)?\s+(?:(?:been|got|just|really|still)\s+)*(?P<verb>[a-z']+)", re.I)
_BE = {"'re", "are", "were", "was", "'s"}
_NEG = re.compile(r"^(?:didn't|didnt|don't|dont|can't|cant|won't|wont|never|not|couldn't|wouldn't|haven't|hadn't)$", re.I)


def _stem(word: str) -> str:
    return word.lower().rstrip("'")[:4]


def on_backdrop(msg, text: str) -> bool:
    """The candidate pins a feeling on what the listener wanted/borrowed/promised, or on what the
    speaker grants them."""
    granted = {_stem(m.group("verb")) for m in _GRANT.finditer(msg.text) if not _NEG.match(m.group("verb"))
               and re.search(r"\bbut\b", msg.text[m.end():], re.I)}  # "I know you lied to me" with no "but": the complaint
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = _WHEN_YOU.search(sentence)
        if not found or not _FEELING.search(sentence):
            continue
        prefix = sentence[:found.start()]
        if re.search(r"\b(?:you|when|time)\b", prefix, re.I) or prefix.strip() and not _FEELING.search(prefix):
            continue  # "…you only text me when you want something": the wish is the hurt's own detail, not its situation
        if re.search(r"\b(?:and then|then|but|and didn't|and never|and weren't|and wasn't)\b", sentence[found.end():], re.I):
            continue  # "when you promised you'd be there and then weren't": the broken part is in it
        verb = found.group("verb")
        if _NEG.match(verb):  # "when you didn't…": a lapse, never a wish or a grant
            continue
        if _BACKDROP.match(verb) and re.match(r"\s+(?:me|us|my|our)\b", sentence[found.end():], re.I):
            continue  # "when you volunteered me without asking": an offer made of the speaker is the hurt itself
        if _BACKDROP.match(verb) or _WISH.match(verb) and _THE_ONE_WHO.search(msg.text) or _LOAN.match(verb) and _RETURN_PROMISED.search(msg.text) \
                and not re.search(r"\bwithout\b", sentence, re.I):
            return True
        if verb.lower() in _BE | {"had", "have", "'ve", "'d"}:  # "when you had the kids", "when you were worried"
            rest = sentence[found.end():].split()
            verb = rest[0] if rest else verb
            if verb.lower() in _BE:
                continue
        if _stem(verb) in granted:
            return True
    return False


# "you were the one who wanted a puppy!!": a reminder that turns the complaint into a score
_THE_ONE_WHO = re.compile(r"\byou(?:'re|\s+are|\s+were|re)\s+the\s+one\s+(?:who|that)\s+(?:wanted|asked\s+for|chose|picked|"
                          r"insisted\s+on|begged\s+for)\b", re.I)
_KEPT_JAB = re.compile(r"(?:^|(?<=[.!?]\s))You (?:wanted|asked for|chose|picked|insisted on|begged for)\b[^.!?]*[.!?]\s*")


def without_backdrop_jab(msg, text: str) -> str:
    """"…I felt overwhelmed. You wanted a puppy. Can we split the walks?": the score-keeping line
    kept as a plain fact is still the jab, so it is left out when the message said it as one."""
    if not text or not _THE_ONE_WHO.search(msg.text):
        return text
    return _KEPT_JAB.sub("", text).strip()
