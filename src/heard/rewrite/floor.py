"""The floor: a mild line for a message the model flags that nothing else could answer.

A flagged message whose every candidate failed, or that no strategy could read ("Well, aren't you the
big man now.", "Who told you that?", "wasn't diving lads, check my ankle"), used to get no suggestion
and the reason "names no situation". Many of those do name one that no reading reached, and the user
who pasted them is left with a flag and nothing to send. The guidance still has an honest move that
invents nothing: say the feeling under a blaming message mildly and ask to talk; meet a defensive one by
asking to hear the other side first. These lines name nothing, so they are fallbacks (`FEELING_ONLY`):
shown only when no rewrite built from the message's own words passes the re-check.

Only the model's own flag opens the floor (`force` adds none), on a remark of five words or more or one
hostile on its own evidence, and not where a line of feeling would be wrong: a wish or threat of harm, the
speaker hard on themself, a decision handed down ("You're fired, Pete"), the speaker's own words with nothing
in them that blames or defends alone, warmth or reassurance the model misread ("love you, idiot", "no rush on
the money"), or a jab at a kind of body or person with no "you" in it ("Typical council. …"). Thanks are not
excluded: flagged, they are mostly sarcastic ("thanks for the "help" mate").
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, FEELING_ONLY, I_STATEMENT, Candidate
from .discussion import about_views
from .harm import wishes_harm
from .insults import hard_on_self
from .judgment_words import handed_down
from .menace import menaces
from .message import Message
from .unowned_lapses import unowned_lapse
from .venting import EASY, MILD_BLAME, MILD_DEFENCE, MILD_VIEW, WARM, hostile

# A remark shorter than this needs hostility of its own (an insult, a known brush-off: venting.hostile) before the
# model's flag alone gives it a line of upset: short questions and warm replies are where the model errs most.
_FEWEST_WORDS = 5
_YOU_DID = re.compile(r"\b(?:you|u) (?:just |already |then )?(?!(?:need|used|supposed)\b)[a-z]{3,}ed\b", re.I)
_OF_A_KIND = re.compile(r"^\W*(?:(?:lol|lmao|honestly|wow|ah yes|oh look)[,.!]*\s+)*(?:(?:typical|classic)\s+"
                        r"(?-i:[a-z]+)\b(?:\s+(?:mindset|behaviou?r|logic|move|nonsense))?\W*(?:[.!,]|$)|"
                        r"another\s+[\"'“‘]?[a-z]+[\"'”’]?\s+(?:who|that|with)\b)", re.I)
_TO_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur|ya|you're|youre|you've|you'd|you'll)\b", re.I)
_ASKED = re.compile(r"^\W*(?:why|how come|what|who|is it|am i)\b", re.I)
# venting.py's mild lines, in the order this module has always picked from (the pick is by the message's text)
_DEFENSIVE = tuple(reversed(MILD_DEFENCE))


def floor_lines(msg: Message) -> list[Candidate]:
    """The last lines for a flagged message (engine.rewrite_results asks only when no candidate passed)."""
    from .reading import told_act, with_address  # reading.py imports the strategies' modules: imported late
    flagged = msg.flagged or set()
    if not flagged & {"blaming", "defensive"} or wishes_harm(msg.text) or menaces(msg.text) or hard_on_self(msg) \
            or handed_down(msg.text) or WARM.search(msg.text) or EASY.search(msg.text):
        return []
    short = sum(t.is_alpha for t in msg.doc) < _FEWEST_WORDS
    if flagged == {"blaming"} and _own_words(msg) or short and not hostile(msg):
        return []  # "Who told you that?", "you too!", "really, it's already December??": too short for a grievance
    if flagged == {"blaming"} and _OF_A_KIND.match(msg.text) and not _TO_YOU.search(msg.text):
        return []  # "Typical council. Spend £2.4m on…", "another "journalist" who copied a tweet": a jab at a
        # kind of body or person, said to no one in the conversation; a line about talking it through reaches nobody
    if "blaming" in flagged:
        views = about_views(msg) and not _YOU_DID.search(msg.text) and not any(
            c.you_subject and not c.question and told_act(c) for c in msg.clauses)
        line, strategy = (MILD_VIEW if views else msg.pick(MILD_BLAME, "floor")), I_STATEMENT  # "you pushed to main
        # without running the tests" is an act complained of, whatever its words of views
    elif _ASKED.match(msg.text) or msg.text.rstrip().endswith("?") or unowned_lapse(msg):
        return []  # "why am i the only one who ever updates the jira board", "the handoff doc was empty when I logged
        # on…": the speaker's own grievance, with nobody accusing them to answer (unowned_lapses.py)
    else:
        line, strategy = msg.pick(_DEFENSIVE, "floor"), ACKNOWLEDGE
    text = with_address(msg, line)
    return [Candidate(text[:1].upper() + text[1:], strategy, fallback=FEELING_ONLY)]


def _own_words(msg: Message) -> bool:
    """Every clause that reads as blame or defence alone is the speaker's own ("I missed you, Annie", "mum
    please, I don't want you seeing me cry"): a line of upset would put words in their mouth. (A defence is the
    speaker's own words by nature: this is asked only of a remark flagged as blame alone.)"""
    flagged = [c for c in msg.clauses if (c.scores or {}).get("blaming") or (c.scores or {}).get("defensive")]
    return all(any(t.lower_ in ("i", "i'm", "im") and t.dep_ in ("nsubj", "nsubjpass") and t.head == c.head
                   for t in c.tokens) for c in flagged) and any(t.lower_ in ("i", "i'm", "im") for t in msg.doc)
