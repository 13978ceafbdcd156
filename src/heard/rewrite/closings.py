"""Owns the last line of a rewrite: a closing that fits what came before it.

The strategies end many rewrites with a generic wish to talk ("Can we talk about it?", "Could we
sort this out together?", "Can we talk about it when you've got a minute?"), drawn by the message's
hash. Attached at random it reads like a form letter, and sometimes worse:

- Right after a request ("It would mean a lot to me if you came to the party."), a second one asks
  twice: the request is the closing. (With a line between, "I'd really like you to stay home. It
  matters a lot to me. Can we talk about it?", the closing opens the talk to their side: it stays.)
- Where the message asks for something in so many words ("next time just check with me first"),
  that request closes the rewrite instead of a generic line.
- After a serious hurt (a funeral, an affair, a child in danger) "when you've got a minute" reads
  as dismissive, and "a way that works for both of us" as haggling: what is left is to talk.
- A hurt, a letdown, an embarrassment, being left out want to be talked about, not "sorted out";
  "when you've got a minute" stays for everyday, practical complaints (the milk, the dishes, being
  kept waiting), where it is the friendly register it means to be.
- Going unheard gets the source's own closing: a way (of talking) that works for both.

A closing that already fits is kept as the strategy chose it, so fitting ones don't churn.
"""

from __future__ import annotations

import re

from .feelings import serious

# The closings the strategies draw at random (reading.talk_request, blame.py): only these are replaced.
GENERIC = ("Can we talk about it?", "Could we figure this out together?", "Can we find a way that works for both of us?",
           "Can we talk about it when you've got a minute?", "Could we sort this out together?",
           "Could we work on this together?", "Could we figure it out together?")
TALK = ["Can we talk about it?", "Could we talk about it?", "I'd like us to talk about it, when you're ready.",
         "Can we talk about it together?"]  # four wordings: one line everywhere reads like a form letter
_GRAVE = ["Can we talk about it?", "Can we talk about what happened?"]
_FITTING = {
    "talk": TALK,
    "worried": ["Can we talk about it?", "Could we figure this out together?", "Can we find a way that works for both of us?"],
    "unheard": ["Can we find a way that works for both of us?", "Can we talk about it?"],
    "disconnected": ["Can we find a way that works for both of us?", "Could we figure this out together?",
                     "Can we talk about it?"],
}
# The feeling a rewrite names, read from its own words (a trait's feeling may differ from the message's).
_FEELING_WORDS = (
    ("unheard", r"\bunheard\b|\b(?:feel|felt) heard\b|\b(?:listened to|interrupted|dismissed|ignored|talked over)\b"),
    ("talk", r"\b(?:hurt|hurts|let down|embarrass\w*|humiliat\w*|left out|alone|lonely|attacked|judged|"
             r"blamed|critici[sz]ed|belittled|mocked|betrayed)\b"),
    ("worried", r"\bworr(?:ied|ies|y)\b"),
    ("disconnected", r"\bdisconnected\b"),
)
# A request of the listener, already made: a second one after it asks twice.
_ASKED = re.compile(r"^(?:(?:Next time|From now on|Please),? )?(?:could|can|would|will) you\b|^Please\b"
                    r"|^It would mean a lot (?:to me )?if you\b|^I(?:'d| would) (?:really )?(?:like|love) you to\b"
                    r"|^Can we talk about\b|^Could we talk about\b", re.I)
# Asked to talk already ("…, and I'd like to talk about the rent"): a closing asks to work it out instead.
_TALKED = re.compile(r"\btalk (?:about|it through)\b", re.I)
_WORK_OUT = ["Could we figure this out together?", "Can we find a way that works for both of us?"]
_TALK_ASKED = re.compile(r"^(?:Can|Could) we talk about\b.*\?$")  # "Can we talk about the rent? It's been on my mind."
_SENTENCES = re.compile(r"[^.!?]+(?:[.!?]+|$)\s*")


def fit_closing(msg, text: str) -> str:
    """`text` with its generic last line dropped after a request, or swapped for one that fits."""
    parts = [p.strip() for p in _SENTENCES.findall(text) if p.strip()]
    if len(parts) < 2 or parts[-1] not in GENERIC:
        return text
    closing, before = parts[-1], parts[:-1]
    head = text[:text.rstrip().rfind(closing)].rstrip()
    if _ASKED.search(_unaddressed(before[-1])) or any(_TALK_ASKED.match(p) for p in before) \
            or re.search(r"\btalk about it\b|\btalk it through\b", " ".join(before), re.I):  # asked already
        return head
    own = own_request(msg)
    if own and own.lower() not in text.lower():  # the message asks for something: say that, not a generic line
        return f"{head} Could you {own}?"
    grave = serious(msg.text)
    kind = next((k for k, pattern in _FEELING_WORDS if re.search(pattern, " ".join(before), re.I)), None)
    options = _GRAVE if grave else _FITTING.get(kind)
    if _TALKED.search(" ".join(before)):  # "I'd like to talk about the kids. … Could we talk about it?" says it twice
        options = (_WORK_OUT[:1] if grave else _WORK_OUT) if options is not None or _TALKED.search(closing) else None
    if options is None:  # an everyday, practical complaint: any of the friendly closings fits
        return text
    if closing in options:
        return text
    return f"{head} {msg.pick(options, 'closing')}"


def _unaddressed(line: str) -> str:
    """"Mum, could you…" → "could you…": a name or endearment before the request is no part of it."""
    return re.sub(r"^[A-Z][\w' ]{0,20}, (?=[a-z])", "", line)


# A request the speaker made in the message: "can u stop leaving ur dishes in the sink pls", "please
# read the thread", "next time just text me". Not an accusing question ("can you not", "will you ever").
_OWN_ASK = re.compile(r"(?:^|[.!?]\s+|,\s*|\b(?:so|and|just|ok|okay)\s+)(?:(?:can|could|would|will) you (?:please |just )?"
                      r"|please (?:just )?|next time,? (?:just |please )?)(?P<act>[a-z][^.!?,;]*?)"
                      r"(?=\s+(?:please|thanks|thx|pls)\b|\s*(?:[.!?,;]|$))", re.I)
# ("please don't pin this on me" fends the complaint off, and "Could you don't…" is no English)
NOT_AN_ASK = re.compile(r"^(?:not|don'?t|do not|be|ever|even|never|possibly|honestly|seriously|actually|maybe|mind|"
                         r"explain why|tell me why|stop being|grow|shut|get a|get over|give it a rest|leave me alone|"
                         r"go away|back off|chill|"
                         r"tell me (?:again|more)|enlighten|explain (?:again|to me again)|do go on|go on)\b"  # mock invitations
                         r"|\b(?:for once|for a change|idiot|stupid|slob|lazy|selfish|pathetic|ridiculous|bloody|damn|fuck\w*|"
                         r"ffs|seriously|any more|anymore|ever|at all|already)\b", re.I)


def own_request(msg) -> str | None:
    """The act the speaker asks for in so many words, as it can follow "Could you", or None."""
    text = getattr(getattr(msg, "doc", None), "text", None) or msg.text
    for found in _OWN_ASK.finditer(text):
        act = found.group("act").strip()
        if len(act.split()) >= 2 and not NOT_AN_ASK.search(act) and not act.lower().startswith(("you ", "i ", "we ")):
            return act[:1].lower() + act[1:]
    return None

