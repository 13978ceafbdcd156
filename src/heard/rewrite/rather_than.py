""""You'd rather X than Y": a choice held against the listener, read whole.

"You'd rather go to the pub with Jake than come to my sister's wedding", "you'd rather scroll your
phone than talk to me", "so you'd rather watch the match than help me move on saturday?". The
message tells what the speaker wanted (Y) and what they feel was put first (X), wrapped in a guess
at the listener's preferences. Left to the other strategies it got no suggestion at all, a form line
("Something about this is bothering me…") or the accusation kept whole ("I feel upset when you would
rather be at work…").

Read here: both X and Y are kept, the hurt is the speaker's own and told as how it seems to them, not
as a fact about the listener, and Y is asked for: "I'd really love you to come to my sister's wedding,
and I feel hurt that going to the pub with Jake seems to come first." When Y is time together ("talk
to me", "spend time with us") it is said as what the speaker misses ("I miss talking with you, …"). Nothing is said about what happened:
the message does not say the listener went, only that they would rather.
Only a message made of that one sentence (an opener, an address, emoji beside it) is read.
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text, own_words
from .inflect import gerund
from .message import Message

_OPEN = (r"^(?:(?:so|clearly|obviously|honestly|apparently|wow|great|right|ok|okay|oh|well|of course|"
         r"i guess|i see|cool|nice|fine|lol|seriously|ugh|yeah),?\s+)*")
_RATHER = re.compile(
    _OPEN + r"(?:you|u)(?:'d|’d|d| would)\s+(?:much\s+|honestly\s+|really\s+|clearly\s+|literally\s+)*"
    r"rather\s+(?P<x>[a-z][^.!?,;]*?)\s+(?:than|instead of)\s+(?P<y>[a-z][^.!?,;]*?)"
    r"(?:\s*,?\s*(?:apparently|clearly|obviously|huh|then|lol|i guess|as usual))?\s*[.!?]*\s*$", re.I)
# a place or company said without a verb ("than here with your family"): "be" is understood
_PLACE = re.compile(r"^(?:here|there|home|at|with|in|out|around)\b", re.I)
# time together: said as what the speaker misses, with "you" as the other one in it
_TOGETHER = re.compile(r"^(?P<act>talk|chat|spend time|spend (?:any |some )?time|hang out|be|do things|go out|"
                       r"have dinner|eat)\s+(?:to|with)\s+(?:me|us)(?P<rest>(?:\s+[a-z]+){0,3})$", re.I)
# X or Y that is itself a verdict or a second accusation: not ours to keep
_VERDICT = re.compile(r"\b(?:die|kill|hurt|hate|blame|ignore|lie|cheat|argue|fight|moan|whine|complain|nag|"
                      r"be right|be a|anything|anyone|anybody|everything|everyone|nothing|sulk)\b", re.I)


def _ing(words: str, msg: Message) -> str | None:
    """"go to the pub with Jake" → "going to the pub with Jake"; "here with your family" → "being here…"."""
    if _PLACE.match(words):
        return "being " + words
    first, _, rest = words.partition(" ")
    # the first word must be a plain verb in the message ("go", "scroll"), not a noun ("the match")
    if not any(t.lower_ == first.lower() and t.tag_ in ("VB", "VBP") for t in msg.doc):
        return None
    return (gerund(first.lower()) + (" " + rest if rest else "")).strip()


def _asked(y: str) -> str:
    """Y as a request: "come to my sister's wedding" → "if you'd come to my sister's wedding"."""
    return ("be " + y) if _PLACE.match(y) else y


def rather_lines(msg: Message) -> list[str]:
    """The lines for "you'd rather X than Y", or []."""
    text = bare_text(msg)
    name = None
    named = re.match(r"^([A-Z][a-z]+),?\s+(?=(?:you|u)(?:'d|’d|d| would)\s)", text)
    if named and not msg.address and named.group(1).lower() not in ("so", "clearly", "wow", "great", "well", "ok", "oh"):
        name, text = named.group(1), text[named.end():]
    match = _RATHER.match(text)
    if not match:
        return []
    x, y = own_words(match.group("x"), 10), own_words(match.group("y"), 10)
    if x is None or y is None or _VERDICT.search(x + " " + y) or re.search(r"\b(?:you|u)\b", y, re.I):
        return []  # "…than admit you're wrong", "…than apologise to anyone": a verdict, not a wish to keep
    x_ing, y_ing = _ing(x, msg), _ing(y, msg)
    if not x_ing or not y_ing:
        return []
    # the wish first, then the hurt: the hurt said first with "matters more to you" read to the model
    # as a charge against the listener
    together = _TOGETHER.match(y)
    if together:
        act = together.group("act").lower()
        act = "being" if act == "be" else gerund(act.split()[0]) + act[len(act.split()[0]):]
        head = f"I miss {act} with you{together.group('rest')}, and I feel hurt when {x_ing} seems to come first."
        ask = ["Could we make some time for each other?"]
    else:
        head = f"I'd really love you to {_asked(y)}, and I feel hurt that {x_ing} seems to come first."
        ask = ["Can we talk about it?"]
    lines = [head] + ask
    if name:
        lines[0] = f"{name}, " + lines[0][:1].lower() + lines[0][1:]
    return lines
