"""An act of the listener told as a question: "so you just told everyone about my surgery??".

"So you just X?" asks nothing: the speaker knows the listener did X and says it with disbelief. The
clause readers skip questions, so the message fell back to a feeling with the act lost ("I'm upset with
how this is going between us") or to a topic alone ("I'd like to talk about my surgery"). Read here as
the statement it is: "I was really embarrassed when you told everyone about my surgery. Can we talk
about it?". The sneers beside it ("unbelievable", "classic", "you can't keep anything to yourself") are
left out; a message with anything longer beside it is left to the other readers.
"""

from __future__ import annotations

import re

from .message import Message
from .reading import feeling_sentence, talk_request

_TOLD = re.compile(r"^\W*(?:oh,? |wait,? |hang on,? |hold on,? )?so,? (?:you|u) (?:just |actually |really |seriously )*"
                   r"(?P<act>[\w'].*?)\W*$", re.I)
# a remark beside the act longer than this may be a complaint of its own
_SHORT = 9


def _act(clause) -> str | None:
    """"you told everyone about my surgery" from "so you just told everyone about my surgery??"."""
    if not clause.question:
        return None
    found = _TOLD.match(clause.text)
    if not found:
        return None
    act = found.group("act")
    verb = next((t for t in clause.tokens if t.idx >= clause.tokens[0].idx + found.start("act")), None)
    if verb is None or not (verb.tag_ == "VBD" or verb.lower_ in ("did", "didn't", "didnt")):
        return None  # "so you think…?", "so you're going…?": a view or a plan, not an act done
    if re.search(r"\b(?:or|what|why|how|who)\b", act, re.I) or len(act.split()) < 2:
        return None  # "so you just forgot, or what?": a real question is left in it
    return "you " + act


def asked_act_lines(msg: Message) -> list[str] | None:
    """The lines for a message whose complaint is an act told as a "so you just…?" question, or None."""
    if not msg.blaming:
        return None
    content = [c for c in msg.clauses if any(t.is_alpha for t in c.tokens)]
    acts = [(c, _act(c)) for c in content]
    acts = [(c, a) for c, a in acts if a]
    if len(acts) != 1:
        return None
    clause, act = acts[0]
    others = [c for c in content if c is not clause]
    if any(c.question or len([t for t in c.tokens if t.is_alpha]) > _SHORT
           or re.match(r"\W*(?:what|why|how|who|where|when|did|do|was|were|is|are)\b", c.text, re.I) for c in others):
        return None
    return [feeling_sentence(msg, msg.feeling(), act, past=True), talk_request(msg)]
