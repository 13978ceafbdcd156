"""Lines that only make sense beside the words the suggestion replaces.

heard's suggestion is sent INSTEAD of the user's message, so the receiver never sees the original.
An apology for those words ("I'm sorry I said it was no big deal", "I'm sorry I brushed this off",
"I turned that back on you instead of listening") apologises for something the receiver never got.
This module owns restating such lines in the present tense, so they stand on their own ("I can see
it's a big deal to you", "I don't want to brush it off", "I want to hear you out first"), and the
stock closers that promise nothing real: "I know it made things harder for you" stays only where the
message says what the listener had to bear, and "I'm happy to go through it together" becomes an
offer to go through the named thing ("Can we go through the slides together?") or a plain "Can we
talk about it?". `standalone(message_text, suggestion)` is applied to every candidate (engine.py).
"""

from __future__ import annotations

import re

_BRUSH = "I don't want to brush it off"

# "I'm sorry I said it was no big deal that I used the joint account": the words minimised a big deal.
_NO_BIG_DEAL = re.compile(r"^(?:it|this|that) (?:was|is|'s|wasn't|isn't) (?:no|not a|not that|not such a|not) "
                          r"(?:big|huge) deal\b(?P<rest>.*)$", re.I)


def seen_instead(said: str) -> str:
    """What the apologised-for words get wrong, said as what the speaker now sees."""
    match = _NO_BIG_DEAL.match(said.strip())
    if match:
        return f"I can see it's a big deal to you{match.group('rest')}"
    return "I can see this really matters to you"


_RULES = [
    # "I'm sorry I said X. I can see this really matters to you" / "I can see this matters to you, and I'm sorry I said X"
    (re.compile(r"I'm sorry I said (?P<said>[^.!?]*)\. I can see (?:this|it) (?:really )?matters to you"),
     lambda m: seen_instead(m.group("said"))),
    (re.compile(r"I can see (?:this|it) (?:really )?matters to you, and I'm sorry I said (?P<said>[^.!?]*)"),
     lambda m: seen_instead(m.group("said"))),
    (re.compile(r"I'm sorry I said (?P<said>[^.!?]*)"), lambda m: seen_instead(m.group("said"))),
    # "I can see you care about the text, and I'm sorry I brushed it off"
    (re.compile(r"I can see you care about (?P<x>[^.!?,]+), and I'm sorry I brushed (?:it|this|that) off"),
     lambda m: f"I can see {how_much(m.group('x'))} to you, and {_BRUSH}"),
    # "I'm sorry I brushed off the scratch. I can see it matters to you"
    (re.compile(r"I'm sorry I brushed off (?P<x>[^.!?,]+)\. I (?:can see|know) (?:it|this) (?:really )?matters to you"),
     lambda m: f"I can see this really matters to you, and I don't want to brush off {m.group('x')}"),
    (re.compile(r"I'm sorry I brushed (?:this|it|that) off\. I (?:can see|know) (?:it|this) (?:really )?matters to you"),
     lambda m: f"I can see this really matters to you, and {_BRUSH}"),
    # "I can see this hurt you, and I'm sorry I brushed it off"
    (re.compile(r"(?P<seen>I (?:can see|know) [^.!?]*?), and I'm sorry I brushed (?:it|this|that) off"),
     lambda m: f"{m.group('seen')}, and {_BRUSH}"),
    (re.compile(r"I'm sorry I brushed off (?P<x>[^.!?,]+)"), lambda m: f"I don't want to brush off {m.group('x')}"),
    (re.compile(r"I'm sorry I brushed (?:this|it|that) off"), lambda m: _BRUSH),
    # "I was quick to wave off how you feel about the pound coin, and I'm sorry"
    (re.compile(r"I was quick to wave off (?P<x>[^.!?]+?),? and I'm sorry"), lambda m: f"I don't want to wave off {m.group('x')}"),
    (re.compile(r"I turned that back on you instead of listening,? and that wasn't fair"), lambda m: "I want to hear you out first"),
]

# The message itself owns words said before it ("I'm sorry I brushed you off earlier", "I told you
# it was fine"): an apology for those is for something the receiver did hear.
_EARLIER = re.compile(r"\bI (said|brushed|turned)\b", re.I)

_HARDER = re.compile(r"\s*I know it made things harder for you\.?")
# The message says what the listener had to bear: "you had to cook", "it made you late", "kept you waiting".
_BORNE = re.compile(r"\b(?:(?:you|u) (?:had to|have to|ended up|were stuck|got stuck|were left|missed|lost|couldn't|"
                    r"could not|waited|had to wait)|(?:made|left|kept|cost) (?:you|u)\b)", re.I)

_TOGETHER = re.compile(r"I'm happy to go through it together\.?")
# Things one can sit down and go through: documents, figures, plans.
# ("the electric bill" one pays, "the shopping list" one shops from, "the plan" one keeps: none of them).
# A determiner before the thing: "the minutes had to go out" is a document, "every five minutes" is time.
_GO_THROUGH = re.compile(r"\b(?:the|my|our|your|his|her|their|this|that|these|those)\s+(?:\w+\s+)?(slides|deck|budget|numbers|figures|bills|accounts|spreadsheet|report|draft|notes|"
                         r"minutes|schedule|rota|contract|lease|invoices|receipts|statements|"
                         r"cv|essay|presentation|paperwork)\b", re.I)


def _go_through(text: str) -> str:
    match = _GO_THROUGH.search(text)
    if not match:
        return "Can we talk about it?"
    thing = match.group(1)
    thing = "CV" if thing.lower() == "cv" else thing.lower()
    return f"Can we go through the {thing} together?"


def how_much(topic: str) -> str:
    """ "how much the dishes matter", "how much the text matters": the verb agrees with the thing."""
    words = topic.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in ("to", "on", "in", "from", "with", "at", "of")), len(words))
    head = words[cut - 1] if words else ""  # "the mugs in the sink": the mugs matter
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "'s"))
    return f"how much {topic} {'matter' if plural else 'matters'}"


def standalone(text: str, suggestion: str) -> str:
    """The suggestion without apologies for the unsent original and without empty stock closers."""
    out = suggestion
    for pattern, fix in _RULES:
        if any(f"I {verb.lower()}" in pattern.pattern for verb in _EARLIER.findall(text)):
            continue  # "I know I said you were lazy": earlier words, really said, may be apologised for
        out = pattern.sub(fix, out)
    if not _BORNE.search(text):
        out = _HARDER.sub("", out).strip()
    if _TOGETHER.search(out):
        closer = _go_through(text)
        out = _TOGETHER.sub("" if closer in out else closer, out).strip()
    out = re.sub(r"\s{2,}", " ", out)
    return out or suggestion
