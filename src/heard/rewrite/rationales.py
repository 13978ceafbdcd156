"""Justifying instead of owning, said face to face: "I had my reasons", "I had no choice, okay?",
"Somebody had to make a decision, so I made it", "What was I supposed to do?", "I'm doing the best I
can", "It's not like I did it on purpose", "I was just being honest"; brush-offs of the lapse itself
("everybody does it", "you can barely see it", "I was only gone for ten minutes", "it just happened");
a refusal to apologise with its reason ("I'm not going to apologise for protecting my family",
refusals.py); "I only took the money because you left me with nothing", "I did it for us"; and alibis,
a fact denied ("What are you talking about? I was home all night").

A justification kept inside an apology takes the apology back ("I'm sorry this has been so hard. I
had my reasons"), and its words are not the topic ("upset about the choice"). Each gets a line that
owns the act or says the speaker's side as an "I" statement with "and", not "but". An alibi is not
a lapse to apologise for: the fact stays, with the listener's worry acknowledged.
"""

from __future__ import annotations

import re

from .inflect import base_of, past
from .refusals import no_sorry_lines

_KINDS = (
    ("reasons", re.compile(r"\bI\s+had\s+(?:my\s+(?:own\s+)?|good\s+|a\s+(?:good\s+)?|(?:my\s+)?own\s+)reasons?\b", re.I)),
    ("no_choice", re.compile(r"\bI\s+(?:had|have)\s+(?:no|little)\s+(?:other\s+)?(?:choice|option)\b|\bI\s+(?:didn't|did\s+not|"
                             r"don't)\s+have\s+(?:a|any|much|another)(?:\s+other)?\s+(?:choice|option)\b|"
                             r"\bwhat\s+choice\s+did\s+I\s+have\b", re.I)),
    ("had_to", re.compile(r"\b(?:some(?:body|one)|someone)\s+had\s+to\s+(?P<vp>[^.!?,;]+?)(?:,|\s+so\b|[.!?]|$)", re.I)),
    ("no_alternative", re.compile(r"\bwhat\s+(?:else\s+)?(?:was|am)\s+I\s+(?:supposed|meant)\s+to\s+do\b|\bwhat\s+else\s+"
                                  r"(?:could|should|was)\s+I\s+(?:have\s+)?(?:do|done|to\s+do)\b", re.I)),
    ("best", re.compile(r"\bI(?:'m|\s+am)\s+(?:doing|trying)\s+(?:the\s+best\s+I\s+can|my\s+(?:very\s+)?best|everything\s+I\s+can|"
                        r"all\s+I\s+can)(?P<where>(?:\s+here)?\s+with\s+[^.!?,;]+)?", re.I)),
    ("on_purpose", re.compile(r"\b(?:(?:it's|its|it\s+is|it\s+was)\s+)?not\s+like\s+I\s+(?:did|meant)\s+(?:it|that|this)\s+on\s+"
                              r"purpose\b|\bI\s+(?:didn't|did\s+not)\s+do\s+(?:it|that|this)\s+on\s+purpose\b|"
                              r"\b(?:it|that)\s+wasn't\s+on\s+purpose\b", re.I)),
    ("honest", re.compile(r"\bI\s+(?:was|'m|am)\s+(?:just|only|simply)\s+being\s+(?P<what>honest|truthful|real|friendly|nice|"
                          r"helpful)\b", re.I)),
    ("not_entitled", re.compile(r"\byou\s+(?:don't|do\s+not)\s+get\s+to\s+be\s+(?P<feeling>upset|angry|mad|annoyed|hurt|cross|"
                                r"offended|jealous)(?P<rest>\s+(?:about|with|at|over)\s+[^.!?,;]+)?|\byou\s+(?:have|'ve\s+got)\s+no\s+"
                                r"right\s+to\s+be\s+(?P<feeling2>upset|angry|mad|annoyed|hurt|cross|offended|jealous)"
                                r"(?P<rest2>\s+(?:about|with|at|over)\s+[^.!?,;]+)?", re.I)),
    ("everybody", re.compile(r"\b(?:every(?:body|one)(?:\s+else)?|we\s+all|all\s+of\s+us|half\s+the\s+\w+)\s+(?:does|do|did)"
                             r"\s+(?:it|that|this)\b", re.I)),
    ("barely", re.compile(r"\byou\s+can\s+(?:barely|hardly|(?:not|n't)\s+even|'t\s+even)\s+(?:see|tell|notice)\b|\b(?:nobody|no\s+one)"
                          r"\s+(?:will|would|can)\s+(?:even\s+)?(?:notice|see|tell)\b", re.I)),
    ("no_harm", re.compile(r"^\W*(?:and\s+|but\s+)?(?:the\s+\w+|they|everyone|everybody|it|he|she)\s+(?:was|were|is|are)\s+"
                           r"(?:totally\s+|perfectly\s+|completely\s+|absolutely\s+)?(?:fine|okay|ok|alright|all\s+right)\W*$|"
                           r"\bno\s+harm\s+done\b", re.I)),
    ("just_doing", re.compile(r"^\W*(?P<who>I|we)\s+(?:was|were)\s+(?:just|only)\s+(?P<what>talking|chatting|joking|kidding|teasing|"
                              r"messing\s+(?:about|around)|having\s+a\s+laugh|asking)\b(?P<rest>[^.!?,;]*)", re.I)),
    ("did_right", re.compile(r"\bI\s+(?:only\s+|just\s+)?did\s+(?:what\s+(?:was\s+(?:right|best|necessary|needed)|I\s+(?:had|needed)\s+to(?:\s+do)?|"
                             r"I\s+thought\s+was\s+(?:right|best)|any(?:one|body)\s+would(?:\s+have)?(?:\s+done)?)|the\s+right\s+thing)\b", re.I)),
    ("why_bother", re.compile(r"\bwhy\s+(?:should|would|did)\s+I\s+(?:have\s+)?(?:even\s+)?(?:bother(?:ed)?|try|tried)\b", re.I)),
    ("only_because", re.compile(r"^\W*I\s+only\s+(?P<vp>\w+\b[^.!?,;]*?),?\s+(?:because|cause|cos|since)\s+you\s+(?P<why>[^.!?,;]+)", re.I)),
    ("for_us", re.compile(r"(?:\b(?:whatever|everything|anything)\s+I\s+(?:did|'ve\s+done|have\s+done|do),?\s+)?\bI\s+(?:only\s+|just\s+)?did\s+(?:it|this|that|everything|all\s+(?:of\s+)?(?:it|this|that))\s+(?:only\s+|just\s+)?(?:for\s+(?P<who>us|you|this\s+family|"
                          r"the\s+family|our\s+family|the\s+kids|them))\b", re.I)),
    ("happened", re.compile(r"^\W*(?:and\s+|but\s+|well\s+)?(?:it|that|this)\s+(?:just\s+|simply\s+)?happened\W*$|"
                            r"^\W*(?:these|such)\s+things\s+happen\W*$", re.I)),
    ("no_sorry", re.compile(r"\bI(?:'m|\s+am)\s+not\s+(?:going\s+to|gonna|about\s+to)\s+(?:apologi[sz]e|say\s+(?:I'm\s+)?sorry)"
                            r"|\bI\s+(?:won't|will\s+not|wont|refuse\s+to|will\s+never|(?:don't|do\s+not)\s+(?:need|have)\s+to|"
                            r"shouldn't\s+have\s+to|have\s+nothing\s+to)\s+(?:apologi[sz]e|say\s+(?:I'm\s+)?sorry)"
                            r"|\bI(?:'m|\s+am)\s+not\s+sorry\b", re.I)),
    ("only_for", re.compile(r"\bI\s+was\s+(?:only|just)\s+(?P<state>gone|out|away|late|upstairs|outside|next\s+door)"
                            r"(?P<rest>\s+for\s+[^.!?,;]+)", re.I)),
)

RATIONALE = "rationale"
# The role someone "had to be" that says the listener wasn't: "the adult", "the grown-up", "the responsible one".
_GROWN_UP = re.compile(r"(?:the\s+)?(?:adult|grown[\s-]?up|responsible\s+one|sensible\s+one|parent|mature\s+one)\b", re.I)
# Which clause role each kind gives (spoken.py): a brush-off is minimising, the rest justify.
ROLES = {"happened": "minimising", "only_because": "excuse", "everybody": RATIONALE, "not_entitled": "minimising", "barely": "minimising", "only_for": "minimising", "no_harm": "minimising",
         "just_doing": RATIONALE}

# An alibi: where the speaker was, said against a charge.
_WHERE = re.compile(r"^\W*(?:and\s+|but\s+)?I(?:\s+was|'ve\s+been|\s+have\s+been)\s+(?:(?:at|in|with)\s+[\w' ]+|home|here|there|asleep|in\s+bed|"
                    r"out\s+with\s+[\w' ]+)(?:\s+(?:all|the\s+whole)\s+\w+)?\W*$", re.I)
_CHARGE_DENIED = re.compile(r"\bwhat\s+are\s+you\s+(?:even\s+)?(?:talking\s+about|on\s+about)\b|\bwhat\s+do\s+you\s+mean\b|\bI\s+swear\b|\bask\s+"
                            r"(?:anyone|anybody|\w+)\b|\bthe\s+whole\s+(?:time|night|day|evening)\b|\ball\s+(?:night|day|"
                            r"evening|morning|afternoon)\b|\bI\s+never\s+left\b|\bI\s+didn't\s+go\s+anywhere\b", re.I)


# The frame an alibi comes in, as a clause of its own: "What are you talking about?", "ask anyone 🙄".
PROTEST = re.compile(r"^\W*(?:what\s+are\s+you\s+(?:even\s+)?(?:talking|on)\s+about|what\s+do\s+you\s+mean|I\s+swear|ask\s+(?:anyone|anybody|\w+)|"
                     r"I\s+never\s+left|I\s+didn't\s+go\s+anywhere)\b[^\w]*$", re.I)


def rationale_kinds():
    """The kinds, for spoken.py: (name, pattern)."""
    return _KINDS


# An act on a thing denied: "I never touched it", "I didn't take your money". A fact like an alibi, which
# an apology would take back and "I can see this upset you" would drop ("it", "your money" are the topic).
_DENIED_ACT = re.compile(r"^\W*(?:but\s+|well\s+|look\W+)?I\s+(?:never|didn't|did\s+not|have\s+not|haven't)\s+(?:even\s+)?"
                         r"(?:touch|touched|take|taken|took|break|broken|broke|borrow|borrowed|move|moved|open|opened|read|eat|eaten|"
                         r"ate|hide|hid|hidden|lose|lost|steal|stole|stolen|use|used|throw|threw|thrown)\s+(?:it|that|this|them|"
                         r"(?:your|the|his|her|their|our|my)\s+[\w' ]{1,20}?)(?:\s+(?:either|at\s+all|once))?(?:,\s*[A-Z][a-z]+)?\W*$", re.I)


def alibi(clause, text: str) -> bool:
    """"I was home all night" said with "what are you talking about", "ask anyone", "I swear"; "I never
    touched it" said with them or on its own."""
    if _DENIED_ACT.match(clause.text):
        return bool(_CHARGE_DENIED.search(text)) or clause.text.strip(" .!?") == text.strip(" .!?")
    return bool(_WHERE.match(clause.text)) and bool(_CHARGE_DENIED.search(text))


def alibi_lines(fact: str) -> list[str]:
    return [f"{fact}, and I can hear that something's worrying you", "Can you tell me what's going on?"]


def rationale_lines(kind: str, match, clause=None, drop=()) -> tuple[list[str], str] | None:
    """(lines, strategy name) for one kind of justification (`clause`: where it was said; `drop`:
    the tokens of a name it was said to)."""
    g = match.groupdict()
    if kind == "no_sorry":  # the reason for refusing, kept as the speaker's intention (refusals.py)
        return no_sorry_lines(clause, drop), "ack"
    if kind == "why_bother":
        return None  # the rest of the message says what was given up on; this adds only the shrug
    if kind == "only_because":
        verb, _, rest = g["vp"].partition(" ")
        if base_of(verb.lower()) == verb.lower() and not verb.lower().endswith("ed"):
            return None  # "I only do it because…": a habit, not a lapse to own
        why = re.sub(r"\s+", " ", g["why"]).strip()
        return [f"I'm sorry I {verb.lower()} {rest}".strip(), f"I felt like you {why}, and I'd like to talk about it"], "own"
    if kind == "for_us":
        who = re.sub(r"\s+", " ", g["who"].lower())
        return [f"I did it for {who}, and I can see it hurt you", "Can we talk about it?"], "ack"
    if kind == "happened":  # a shrug at the lapse: owned as what happened
        return ["I'm sorry for what happened", "I can see it hurt you, and I'd like to talk about it"], "own"
    if kind == "did_right":
        return ["I did what I thought was right, and I can see it hurt you", "Can we talk about it?"], "ack"
    if kind == "reasons":
        return ["I can see this hurt you, and I'm sorry",
                "I'd like to hear how it was for you, and then tell you what my reasons were"], "own"
    if kind == "no_choice":
        return ["I'm sorry this hurt you", "I felt like I didn't have a choice, and I'd like to talk it through with you"], "own"
    if kind == "had_to":
        vp = re.sub(r"\s+", " ", g["vp"]).strip()
        verb, _, rest = vp.partition(" ")
        if not rest:
            return None
        if verb.lower() == "be" and _GROWN_UP.match(rest):  # "…be the adult": said back, the listener wasn't one
            return ["I felt like I had to step in, and I'm sorry it affected you the way it did", "Can we talk about it?"], "own"
        if verb.lower() in ("be", "do"):  # "someone had to do it / be the bad guy": what the speaker felt, its cost owned
            return [f"I felt like someone had to {vp}, and I'm sorry it affected you the way it did",
                    "Can we talk about it?"], "own"
        return [f"I {past(base_of(verb.lower()))} {rest}, and I'm sorry it affected you the way it did",
                "Can we talk about it?"], "own"
    if kind == "no_alternative":
        return ["I wasn't sure what else to do, and I can see it upset you",
                "Can we talk about what would have been better?"], "ack"
    if kind == "best":
        where = re.sub(r"^\s*(?:here\s+)?", " ", g.get("where") or "").rstrip() if g.get("where") else ""
        return [f"I'm trying my best{where}, and I want to get this right", "Can you tell me what you need from me?"], "I"
    if kind == "on_purpose":
        return ["I'm sorry for what happened", "I never meant it, and I can see it upset you"], "own"
    if kind == "honest":
        return [f"I meant to be {g['what'].lower()}, and I'm sorry it came out the way it did", "I can see it hurt you"], "own"
    if kind == "just_doing":
        what = re.sub(r"\s+", " ", g["what"].lower())
        if what in ("joking", "kidding", "teasing", "having a laugh", "messing about", "messing around"):
            return ["I meant it as a joke, and I can see it hurt you", "I'm sorry"], "own"
        who = "I was" if g["who"].lower() == "i" else "We were"
        rest = re.sub(r"\s+", " ", g.get("rest") or "").rstrip()
        return [f"{who} {what}{rest}, and I can see it upset you", "I'd like to hear what's on your mind"], "ack"
    if kind == "not_entitled":
        feeling = (g.get("feeling") or g.get("feeling2")).lower()
        rest = re.sub(r"\s+", " ", g.get("rest") or g.get("rest2") or "").rstrip()
        return [f"I can see you're {feeling}{rest}, and I'd like to understand why", "Can we talk about it?"], "ack"
    if kind == "only_for":
        return [f"I'm sorry I was {g['state'].lower()}{re.sub(r'  +', ' ', g['rest'].rstrip())}", "I can see it upset you"], "own"
    return None
