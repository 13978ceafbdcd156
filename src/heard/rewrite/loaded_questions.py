"""Owns loaded questions and retorts aimed at another commenter in a public thread whose shape the other
thread readings (discussion.py, commenter_replies.py, thread_asks.py, view_objects.py) leave unread, so
heard gave no suggestion, a broken one ("Could you that correlation isn't causation?") or a household
line ("When you'd say the opposite if your guy had done it, I felt upset"):

    "How is the pipeline delay Trudeau's fault, exactly?"
    → "I don't see how the pipeline delay is Trudeau's fault. What makes you see it that way?"
    "How many times do you need to be told that correlation isn't causation?"
    → "I think correlation isn't causation here. Do you see it differently?"
    "Which part of "temporary" did you not understand?"
    → "As I read it, this was meant to be temporary. Do you read it differently?"
    "Typical Liberal, always changing the subject when the facts get uncomfortable."
    → "I'd like us to stay on the subject, even when the facts get uncomfortable. Can we stick to the facts?"
    "Oh please. You'd say the opposite if your guy had done it."
    → "I think the same standard should apply whoever did it. Would you see it the same way if it were your side?"

The claim inside the question becomes the speaker's own view, in the claim's own words (names, objects,
numbers), followed by an open question; the sneer ("exactly", "honestly", the label) is dropped. Every
reading declines when what it keeps is the speaker's own life or a home (a household question is not a
view). `loaded_replies(msg)` gives the replies, lists of sentences; discussion.py consults it.
"""

from __future__ import annotations

import re

from .loaded import HOME, claim_of
from .memo import per_message
from .pattern_replies import replies_from
from .surface import recase

_Y = r"(?:you|u)"
_END = r"[^?.!]+"
_OPEN = r"(?:^|[.!?][\"”']?\s+)(?:(?:so|and|but|oh|ok|okay|right|well|seriously|honestly|really|sorry|wait),?\s+)*"
# The speaker's own life: "how is it my fault the dishes…" is a household complaint, not a view.
_OWN = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|we|our|us|mum|mom|dad|tonight|tomorrow|weekend)\b", re.I)
_SNEER_TAIL = re.compile(r",?\s*\b(?:exactly|honestly|seriously|really|again|then|now|lol|lmao|smh|mate|bro|buddy|pal)\s*$", re.I)


def _plain(phrase: str | None) -> str:
    phrase = claim_of(phrase or "")
    while _SNEER_TAIL.search(phrase):
        phrase = _SNEER_TAIL.sub("", phrase).strip(" ,")
    return phrase


def _private(phrase: str) -> bool:
    return bool(_OWN.search(phrase) or HOME.search(phrase))


def _lower_first(phrase: str) -> str:
    """"The deficit" → "the deficit" inside a sentence; names and acronyms ("Trudeau", "NHS") keep their capital."""
    first = phrase.split()[0] if phrase.split() else ""
    if re.match(r"(?:The|A|An|This|That|These|Those|Rising|Higher|Falling)$", first):
        return phrase[0].lower() + phrase[1:]
    return phrase


# "How is the pipeline delay Trudeau's fault, exactly?", "How are rising rents the immigrants' fault?"
_HOW_FAULT = re.compile(_OPEN + r"how (?:exactly |on earth |in any way |honestly )?(?P<be>is|are|was|were) (?P<x>[^?.!]+?) "
                        r"(?:exactly |actually |somehow |really )?(?P<who>(?:(?:the|a|an|his|her|their) (?:[\w.-]+ )?[\w.-]+|(?-i:[A-Z][\w.-]*)"
                        r"(?: (?-i:[A-Z][\w.-]*))*)(?:'s|’s|s'|’)) "
                        r"(?P<n>fault|doing|responsibility|problem)\b(?P<rest>[^?.!]*)\?+", re.I)


def _how_fault(found, msg):
    x, who, rest = _plain(found.group("x")), found.group("who").strip(), _plain(found.group("rest"))
    if not x or _private(x + " " + who) or re.match(r"(?:it|that|this|everything|everyone)$", x, re.I) or \
            re.match(r"(?:your|ur)\b", who, re.I):
        return None
    said = f"I don't see how {_lower_first(x)} {found.group('be').lower()} {_lower_first(who)} {found.group('n').lower()}"
    lines = [said + (f" {rest}" if rest else "")]
    after = found.string[found.end():].strip()
    # "They warned everyone for years.": the speaker's own support, kept when it's a plain statement
    facts = [s.strip(" .") for s in re.split(r"(?<=[.!])\s+", after) if s.strip(" .")]
    if facts and all(not re.search(r"\b(?:you|u|your|ur)\b|[?!]", s, re.I) and not _private(s) for s in facts):
        lines += facts
    return lines + ["What makes you see it that way?"]


# "Do you honestly believe the mayor had nothing to do with it?": "I'm not sure the mayor had nothing
# to do with it" reads as a denial, so the claim is said the other way round, as the speaker's guess.
_NOTHING_TO_DO = re.compile(_OPEN + r"(?:do|did) " + _Y + r" (?:\w+ly |really |seriously )*(?:think|believe|expect us to believe) "
                            r"(?:that )?(?P<x>[^?.!]+?) (?P<v>had|has|have) (?:absolutely )?nothing to do with (?P<y>[^?.!]+?)\s*\?", re.I)


def _nothing_to_do(found, msg):
    x, y = _plain(found.group("x")), _plain(found.group("y"))
    if not x or not y or _private(x + " " + y):
        return None
    have = "have had" if found.group("v").lower() == "had" else "have"
    return [f"I think {_lower_first(x)} may {have} something to do with {y}", "What makes you think otherwise?"]


# "How many times do you need to be told that correlation isn't causation?", "How many more times does it
# have to be said that the study was retracted?": the point repeated, said once as the speaker's view.
_HOW_MANY = re.compile(_OPEN + r"how many (?:more )?times (?:do|does|must|will|have|has|did) (?:" + _Y + r"|we|I|it|people|anyone|"
                       r"someone|somebody) (?:need |have |got |had )?(?:to )?(?:be |hear |been )?(?:told|said|explained|repeated|"
                       r"hear|explain|say|tell " + _Y + r"|point out|remind " + _Y + r")(?: to " + _Y + r")?(?: here)?,? "
                       r"(?:that |how )?(?P<x>" + _END + r")\?+", re.I)


def _how_many(found, msg):
    x = _plain(found.group("x"))
    toks = [t for t in msg.doc if found.start("x") <= t.idx < found.end("x")]
    # "…to take the bins out" is an order, not a claim: only a clause with its own subject is a view
    if not x or _private(x) or re.match(r"(?:to|not to)\b", x, re.I) or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return [f"I think {_lower_first(x)}", "Do you see it differently?"]


# "Which part of "temporary" did you not understand?", "What part of "voluntary" is confusing you?"
_WHICH_WORD = re.compile(r"\b(?:which|what) (?:part|bit) of (?P<q>[\"“'‘])(?P<x>[^\"”’]+?)[\"”'’] (?:(?:did|do) " + _Y + r" not|"
                         r"(?:didn'?t|don'?t) " + _Y + r"|is (?:so )?(?:confusing|unclear to|hard for) " + _Y + r"|(?:did|do) " + _Y +
                         r" (?:\w+ )?(?:miss|skip|ignore|overlook))\b", re.I)


def _which_word(found, msg):
    x = found.group("x").strip()
    if not x or _private(x):
        return None
    toks = [t for t in msg.doc if found.start("x") <= t.idx < found.end("x")]
    if len(x.split()) == 1 and toks and (toks[0].pos_ == "ADJ" or toks[0].tag_.startswith("JJ")) or toks and toks[-1].tag_ == "VBN" and len(toks) <= 2:
        if re.search(r"\b(?:miss|skip|ignore|overlook)\b", found.group(0), re.I):  # "peer reviewed" missed: what it was
            return [f"As I read it, it was {x}", "Do you read it differently?"]
        return [f"As I read it, this was meant to be {x}", "Do you read it differently?"]  # "temporary": what it was meant to be
    # a promise or ruling ("no new taxes", "the vote is closed") means what it says; a bare term ("budget
    # deficit") has no reading to offer, so the other thread readings answer it
    if not (re.match(r"(?:no|not|never|none|zero)\b", x, re.I) or any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in toks)):
        return None
    return [f"As I read it, \"{x}\" means what it says", "Do you read it differently?"]


# "Typical Liberal, always changing the subject when the facts get uncomfortable.": the label goes; the
# request under the evasion it names (stay on the subject, stick to the facts) is kept.
_EVADE = (r"(?:changing the subject|deflecting|dodging(?: the question)?|moving the goal ?posts|ignoring (?:the )?(?:facts|"
          r"numbers|evidence|question)|running (?:away )?from (?:the )?(?:facts|numbers|question)|whatabout\w*)")
_TYPICAL = re.compile(r"^\W*(?:typical|classic|such a|so) (?P<who>[\w-]+(?: [\w-]+)?)(?: move| behaviour| behavior| tactic)?,?\s+"
                      r"(?:always |just |once again |again )?(?P<v>" + _EVADE + r")\b(?P<rest>[^.!?]*)", re.I)
_FACTS = re.compile(r"\bthe (?:facts|numbers|evidence|data|question|argument)\b", re.I)


def _typical(found, msg):
    rest = _plain(found.group("rest"))
    when = re.match(r"(?:when|whenever|the moment|as soon as|every time) (?P<w>[^,]+)$", rest, re.I)
    when = when and not re.search(r"\b(?:you|u|your|ur|losing|lose|lost)\b", when.group("w"), re.I) and when.group("w")
    facts = _FACTS.search(rest)
    lines = ["I'd like us to stay on the subject" + (f", even when {when}" if when else "")]
    facts = facts and not re.search(r"\bargument\b", facts.group(0)) and facts.group(0).lower()
    return lines + [f"Can we stick to {facts}?" if facts else "Can we come back to what we were discussing?"]


# "You'd say the opposite if your guy had done it", "You'd be cheering if Poilievre had done the same thing".
_DOUBLE = re.compile(r"(?:^|[.!?]\s+)(?:(?:oh|come on|please|sure|yeah|and),?\s+)*" + _Y + r"(?:'d|’d| would)(?: (?:so|totally|"
                     r"absolutely|definitely))? (?:say the opposite|say otherwise|(?:be )?(?:cheering|celebrating|outraged|furious|"
                     r"screaming|singing a different tune|defending (?:it|this|that|them|him|her))|feel (?:differently|"
                     r"different)|think (?:differently|otherwise)|change (?:your|ur) tune|have a different opinion)"
                     r"(?: about it)? (?:if|when|had) (?P<x>[^.!?]+)", re.I)
_THEIR_SIDE = re.compile(r"\b(?:your|ur) (?:guy|guys|side|party|team|candidate|leader|lot|people|mob|boy|girl)\b", re.I)


def _double(found, msg):
    x = _plain(found.group("x"))
    if _private(re.sub(_THEIR_SIDE, " ", x)):
        return None
    if _THEIR_SIDE.search(x):
        return ["I think the same standard should apply whoever did it", "Would you see it the same way if it were your side?"]
    doer = re.match(r"(?:it were |it was )?(?P<d>.+?)(?: (?:had|did|was|were)\b.*)?$", x, re.I).group("d")
    if not doer or re.match(r"(?:it|that|this|they|he|she|someone|somebody)$", doer, re.I):
        return ["I think the same standard should apply whoever did it", "Would you see it the same way either way?"]
    return ["I think the same standard should apply whoever did it", f"Would you see it the same way if {doer} had done it?"]


_READINGS = ((_HOW_FAULT, _how_fault), (_NOTHING_TO_DO, _nothing_to_do), (_HOW_MANY, _how_many),
             (_WHICH_WORD, _which_word), (_TYPICAL, _typical), (_DOUBLE, _double))


@per_message
def loaded_replies(msg) -> list[list[str]]:
    """The speaker's view and an open question for each loaded question or retort found: lists of sentences."""
    return replies_from(_READINGS, recase(msg.text), msg)
