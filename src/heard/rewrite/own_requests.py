"""Owns the request a longer message ends on, kept in the speaker's own words.

A message pasted after a row (three sentences or more: a complaint, its context, a concession) often
ends on what the speaker wants: "please ring her this weekend", "can we keep the same bedtime in both
houses", "i need you to have my back", "you need to give me a few days notice", "you can't put them
in the middle". The strategies read the complaint, and their last line is then a generic wish to talk
("Can we talk about it?"), a request rebuilt from the complaint ("Could you ask how my day was?"), or
the speaker's words turned round ("Would you be willing to put them in the middle?"). The receiver
should hear what was actually asked, so that request closes the rewrite, said as a request:

- "please X" / "can you X" / "you need to X" → "Could you X?"; "please don't X" / "you can't X" →
  "Please don't X."; "can we X" → "Can we X?"; "i need you to X", "i just want X" stay I statements.
- A line of the rewrite that already says the request ("You need to give me…" glued in second) is
  dropped, so the request is said once, last, after the context it answers.

Shorter messages are left to closings.py, whose own_request covers one-line asks.
"""

from __future__ import annotations

import re

from .closings import GENERIC, NOT_AN_ASK

_SENTENCES = re.compile(r"[^.!?]+(?:[.!?]+|$)\s*")
_END = r"(?P<act>[^.!?;]*?)\s*(?:[.!?;]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]+|$)\s*$"
# The speaker's ask, read from the last sentence of the message; the first reading that fits wins.
_ASKS = (
    (re.compile(r"(?:^|\b(?:but|so|and)\s+)(?:next time,?\s+)?(?:please|pls|plz)\s+(?:just\s+)?(?:don'?t|do not)\s+" + _END, re.I),
     "Please don't {act}."),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+)(?P<next>next time,?\s+)(?:please|pls|plz)\s+(?:just\s+)?" + _END, re.I),
     "Next time, could you {act}?"),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+)(?:please|pls|plz)\s+(?:just\s+)?" + _END, re.I), "Could you {act}?"),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+|,\s*)(?:can|could) (?:you|u) (?:please\s+|just\s+)*(?!not\b|ever\b)" + _END, re.I),
     "Could you {act}?"),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+|,\s*)(?:can|could) we (?:please\s+|just\s+|at least\s+)*" + _END, re.I),
     "Can we {act}?"),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+)(?P<when>when i [^.!?,]{3,40}?,?\s+)?(?:i|I) (?P<need>need|just need|want|just want) "
                r"(?P<who>you|us) to " + _END),
     "{when}I {need} {who} to {act}."),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+)(?:i|I) just want (?!you\b)" + _END), "I just want {act}."),
    (re.compile(r"(?:^|\b(?:but|so|and)\s+)(?:i|I) (?P<need>need|just need) (?P<what>an? |some |to know )" + _END),
     "I {need} {what}{act}."),
    (re.compile(r"(?:^|\b(?:but|so)\s+)you (?:really )?need to " + _END, re.I), "Could you {act}?"),
    # "you can't keep undermining me" is the complaint again, not a line to ask by
    (re.compile(r"(?:^|\b(?:but|so)\s+)you can'?t (?!even\b|ever\b|just\b|keep\b)" + _END, re.I), "Please don't {act}."),
)
# An ask that only turns the complaint away from the speaker.
_DEFENDS = re.compile(r"\b(?:pin|put|dump|push|blame|lay|throw)\w*\b[^.!?]{0,15}\bon (?:me|us)\b|\bblam\w* (?:me|us)\b|"
                      r"\bmake (?:this|it|everything) about (?:me|us)\b|\bact like (?:I|we)\b|\bpoint(?:ing)? (?:the )?fingers?\b", re.I)
# The last line a strategy closes on when it asks something: replaced by the speaker's own ask.
_CLOSING_ASK = re.compile(r"^(?:[A-Z][\w']{1,20}, )?(?:(?:Next time|From now on),? )?(?:could|can|would|will) (?:you|we)\b"
                          r"|^I need you to\b|^I'd (?:love|like) (?:for )?(?:us|you)\b|^What would help\?", re.I)
_STOP = {"you", "your", "i", "me", "my", "we", "us", "our", "the", "a", "an", "to", "and", "it", "of", "on", "in",
         "at", "for", "with", "when", "if", "just", "please", "can", "could", "need", "want", "that", "this", "be",
         "is", "are", "do", "don't", "least", "me"}


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.findall(text) if s.strip()]


def fix_persons(act: str) -> str:
    """The speaker's words as they would write them carefully: "i'll" → "I'll", "u" → "you"."""
    act = re.sub(r"\bi\b", "I", act)
    act = re.sub(r"\bu\b", "you", act)
    act = re.sub(r"\bur\b", "your", act)
    act = re.sub(r"\bdidnt\b", "didn't", act)
    act = re.sub(r"\bdont\b", "don't", act)
    act = re.sub(r"\bim\b", "I'm", act)
    return re.sub(r"\s+", " ", act).strip(" ,")


def closing_ask(text: str) -> str | None:
    """The request a message of three sentences or more ends on, as a line of the rewrite, or None."""
    parts = sentences_of(text)
    if len(parts) < 3 and not (len(parts) == 2 and len(text.split()) >= 30):  # a long run-on counts as longer
        return None
    last = parts[-1]
    for pattern, template in _ASKS:
        found = pattern.search(last)
        if not found:
            continue
        act = fix_persons(found.group("act"))
        if len(act.split()) < 2 or NOT_AN_ASK.search(act) or _DEFENDS.search(act) \
                or re.search(r"\?\s*$", last) and "{act}?" not in template:
            return None  # a taunt dressed as an ask ("can you not", "you can't even…"), the defence itself ("please don't
            # pin this on me": closing on it, the rewrite ends defending), or nothing to ask
        fields = {k: v.lower() for k, v in found.groupdict().items() if v and k != "act"}
        if "when" in fields:  # "when i say i need a break i need you to respect it": the moment is part of the ask
            fields["when"] = "When " + fix_persons(fields["when"][5:].rstrip(" ,")) + ", "
        fields.setdefault("when", "")
        fields["what"] = found.groupdict().get("what") or ""
        if template == "Could you {act}?" and " and I'll " in act:  # "please text and i'll call you back": two lines
            first, then = act.split(" and I'll ", 1)
            return f"Could you {first}? I'll {then}."
        return template.format(act=act, **fields)
    return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in _STOP and len(w) > 2}


def with_own_request(msg, text: str, strategy: str = "") -> str:
    """`text` closing on the speaker's own request, said once, where the message ends on one."""
    if strategy == "take responsibility" or not text or re.search(r"\bI'm sorry\b|\bI apologi[sz]e\b|\bthat you're upset\b", text):
        return text  # an apology, or an answer to the listener's upset: the speaker's ask of the other doesn't follow it
    ask = closing_ask(msg.text)
    if not ask:
        return text
    wanted = _words(ask)
    parts = sentences_of(text)
    negative = ask.startswith("Please don't")
    if parts and _words(parts[-1]) >= wanted and _negated(parts[-1]) == negative \
            and not re.search(r"\bi\b|\byou don't\b", parts[-1]) and not _words(ask) - _words(" ".join(parts[-2:])):
        return text  # closes on the request already (not turned round: "Would you be willing to put them in…")
    restating = [p for p in parts if wanted and len(_words(p) & wanted) >= max(2, (2 * len(wanted) + 2) // 3)]
    if any(re.search(r"\bwhen (?:you|we)\b", p) and not _CLOSING_ASK.search(p) for p in restating):
        return ""  # "I get frustrated when you need to stick to the times we agreed": the ask read as the complaint
    kept = [p for p in parts if p not in restating]
    while kept and (kept[-1] in GENERIC or _CLOSING_ASK.search(kept[-1])):
        kept.pop()  # a generic closing, or an ask rebuilt from the complaint: the speaker's own replaces it
    if not kept or not re.search(r"\b(?:I|I'm|I've|I'd|me|my)\b", " ".join(kept)):
        return text  # nothing of the speaker's own left to stand before the ask
    return " ".join(kept + [ask])


def _negated(line: str) -> bool:
    return bool(re.search(r"\b(?:not|don't|never|no longer|stop|keep \w+ out)\b|n't\b", line, re.I))
