"""A complaint followed by a guess at the listener's motive: "you leave the gate open every time. it's
deliberate at this point".

"It's deliberate", "it's on purpose", "that was intentional" read the listener's mind (motives.py says
the same of a defence's "you're just looking for reasons"). Left in, the guess either derailed the
reading to a dispute over views ("I don't agree with you here") or was said back ("It's on purpose,
admit it."). Read here: the act is kept as the situation, the guess is left out: "I get really
frustrated when you leave the gate open. Can we talk about it?". Only a message made of one plain act
of the listener's and the guess (with short remarks such as "admit it") is read here.
"""

from __future__ import annotations

import re

from .message import Message
from .reading import feeling_sentence, say_situation, talk_request

_GUESS = re.compile(r"^\W*(?:(?:at this point|honestly|seriously),? )?(?:it'?s|it is|that'?s|that is|that was|it was|"
                    r"you'?re doing it|you do it|you did it|you did that|you do that)"
                    r"(?: (?:so|clearly|obviously|literally|just))? (?:deliberate|on purpose|intentional|deliberately|"
                    r"intentionally)\b(?:,? at this point)?(?:,? (?:admit it|isn't it|innit|i swear|lol))?\W*$", re.I)
_YOU = {"you", "u"}
# feelings an act of the listener's gives; others come from the guess's words
_ACT_FEELINGS = {"frustrated", "upset", "hurt", "let down", "worried", "overwhelmed", "embarrassed", "left out"}


_INSISTED = re.compile(r"^\W*(?:and )?(?:I|you) know it(?: is| was)?\W*$", re.I)


def guesses_said(clause, content) -> bool:
    """"I know it is" after the guess ("It's deliberate, I know it is"): the guess insisted on."""
    return bool(_INSISTED.match(clause.text)) and any(_GUESS.match(c.text) for c in content)


def _act(clause) -> bool:
    """A plain act of the listener's ("you leave the gate open every time"), not a question or a verdict."""
    head = clause.head
    return not clause.question and head is not None and head.pos_ == "VERB" and head.lemma_ != "be" \
        and any(c.dep_ == "nsubj" and c.lower_ in _YOU for c in head.children)


def deliberate_lines(msg: Message) -> list[str] | None:
    """The lines for "<act>. it's deliberate at this point", or None."""
    if not msg.blaming:
        return None
    content = [c for c in msg.clauses if any(t.is_alpha for t in c.tokens)]
    guesses = [c for c in content if _GUESS.match(c.text) or guesses_said(c, content)]
    acts = [c for c in content if c not in guesses and _act(c)]
    rest = [c for c in content if c not in guesses and c not in acts]
    if not guesses or len(acts) != 1 or any(len([t for t in c.tokens if t.is_alpha]) > 2 for c in rest):
        return None  # "Every. Single. Time." may stand beside them; anything longer may be a complaint too
    act = acts[0]
    sit = re.sub(r"\s+(?:every (?:single )?time|all the time|again|constantly)\b", "", say_situation(msg, act))
    if not sit.startswith("you ") or len(sit.split()) < 3:
        return None
    feeling = msg.feeling()
    if feeling not in _ACT_FEELINGS:  # the guess's words ("deliberate") tip the tally to "unheard"
        feeling = "frustrated"
    return [feeling_sentence(msg, feeling, sit, past=act.head.tag_ == "VBD"), talk_request(msg)]
