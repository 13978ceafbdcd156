"""The event kept when every strategy came up empty: the last step before the feeling-only line.

The generic I statement (blame.py) builds on the message's "targets" (reading.py), which leave out
a complaint told as a plain fact ("Your kid bit mine at the party and you just stood there
scrolling"), as a question with no "why" ("Second date and you're 45 minutes late with no text?") or
in a message the model read as defensive ("You're always on your phone when I'm talking. Why do I
even bother."). Those then fell through to venting.py's stock lines ("we keep ending up here", "I can
tell this matters to you"), which drop the event or speak as if the listener were the upset one.
This module owns one reading for all of them: the first clause that tells a concrete event done by
the listener (or someone else, to the speaker) becomes "I felt X when <event>", with a request.
It runs only when nothing else passed (strategies.candidates_for), and gives nothing when no clause
is a clean event: then the feeling-only line is still the last resort.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate
from .counters import counter_attack
from .discussion import about_views
from .message import Message
from .reading import MIND_VERBS, compose, feeling_sentence, is_negative, talk_request
from .subjects import say_situation

# The speaker's own doings and bare states are not an event done to them.
_OWN = {"i", "we", "me", "us", "it", "that", "this", "there", "which", "who", "what", "nothing", "everything"}
# A verdict or attitude, not an act: "you don't respect my time", "you don't care".
_ATTITUDES = MIND_VERBS | {"respect", "care", "love", "like", "hate", "want", "need", "deserve", "bother",
                           "appreciate", "value", "trust", "listen", "matter", "seem", "look", "sound"}
# "you're late", "you're on your phone", "you're 45 minutes late": a state that is an event.
_EVENT_STATES = re.compile(r"^you(?:'re| are| were) (?:(?:always|never|still|just|so|really|literally|"
                           r"constantly|again) )*(?:\d+ \w+ |an? \w+ |half an \w+ )?(?:late|on (?:your|the) "
                           r"(?:phone|laptop|xbox|playstation|switch|ipad|tablet)|out|gone|away|asleep|drunk|"
                           r"not here|not home|nowhere)\b", re.I)
# The situation starts with its doer ("you left…", "your kid bit…", "his mate spilled…"), not a leftover
# "well", "whatever" or "maybe"; a comparison ("like you'd been shot") is a taunt, not what happened.
_TOLD_FROM = re.compile(r"^(?:you|your|his|her|their|the|my|our|[A-Z][a-z]+(?:'s)?)\b(?! (?:say|want)\b)")
_NOT_EVENT = re.compile(r"\blike (?:you|u|he|she|they)'?d\b|\bas if\b|\bwhatever\b|\bso$", re.I)
# The speaker's own denial ("I didn't say anything wrong, you just took it…"): a defence, not a complaint.
_DENIAL = re.compile(r"\bI(?:'m| am| was)? ?(?:not|never|didn'?t|did not|wasn'?t|haven'?t)\b|\bnot my fault\b", re.I)
_JUNK = re.compile(r"\b(?:typical|classic|nice of you|thanks a lot|great job|well done|clearly|obviously)\b", re.I)


def _event_clause(msg: Message):
    """The first clause that tells a concrete event, with its situation, or None."""
    for clause in msg.clauses:
        if clause.role in ("filler", "validation", "praise") or not clause.tokens:
            continue
        if clause.question and any(t.tag_ in ("WRB", "WP") for t in clause.tokens):
            continue  # "why do I even bother": a sigh, not an event
        sit = say_situation(msg, clause)
        if not sit or len(sit.split()) < 3 or _JUNK.search(sit):
            continue
        lead = re.match(r"^([^,]+?) and (you(?:'re| are) .*)$", sit)
        if lead and clause.head.pos_ in ("NOUN", "PROPN") and _EVENT_STATES.match(lead.group(2)):
            return clause, _occasion(_with_occasion(lead.group(1), lead.group(2)))
        if _EVENT_STATES.match(sit):
            return clause, _occasion(sit)
        if is_negative(clause) or re.search(r"\b(?:would|could|should|might|will|gonna|going to|if)\b", sit, re.I):
            continue  # an absence, a guess or a condition: the generic strategies read those, or nothing does
        # a finite act with someone other than the speaker doing it; the parser may miss the clause's own
        # subject ("Your kid bit mine…" parsed with "bit" as a noun), so any doer in the clause counts
        # Only a past act told as the clause's own verb (or one joined to it by "and"): a present verb is
        # a taunt or a verdict ("you call yourself a detective", "whatever you say", "you utter pillock"),
        # and a verb under "before"/"if" is no event ("think before you type")
        acts = [t for t in clause.tokens if t.tag_ == "VBD" and t.pos_ == "VERB"
                and (t.i == clause.head.i or t.dep_ == "conj" and t.head.i == clause.head.i)
                and t.lemma_.lower() not in _ATTITUDES | {"be", "have", "get"}
                and any(c.dep_ == "nsubj" and c.lower_ not in _OWN for c in t.children)]
        if not _TOLD_FROM.match(sit) or _NOT_EVENT.search(sit):
            continue
        if acts and clause.subject is not None and clause.subject.lower_ in _OWN:
            continue
        if acts:
            return clause, re.sub(r" when (I'm|I am|we're|we are) ", r" while \1 ", sit)
    return None


def _with_occasion(lead: str, state: str) -> str:
    """"Mum's birthday dinner and you're 30 minutes late" → "you're 30 minutes late for Mum's birthday
    dinner"; a count ("third time this month") is the jab, not the occasion, so it goes."""
    if re.search(r"\b(?:times?|again|week|month|year|day)\b", lead, re.I) or not state.endswith(" late"):
        return state
    return f"{state} for {lead}"


def _occasion(sit: str) -> str:
    """"you're 45 minutes late" names one occasion: "you were"; "you're always on your phone when I'm
    talking" is a habit, said in the present with "while" so no second "when" follows the feeling."""
    if re.match(r"^you(?:'re| are) (?:\d+|an?|half an) ", sit, re.I):
        return re.sub(r"^you(?:'re| are) ", "you were ", sit, flags=re.I)
    return re.sub(r" when (I'm|I am|we're|we are) ", r" while \1 ", sit)
    return None


def event_fallback(msg: Message) -> list[Candidate]:
    """"I felt X when <the event>. <a request>" for a message whose event no strategy kept."""
    if counter_attack(msg) or _DENIAL.search(msg.text) or about_views(msg):  # "says the man who lost the keys",
        return []  # "I didn't say anything wrong, you…", "you lot cry about parking": no hurt of the speaker's to voice
    found = _event_clause(msg)
    if found is None:
        return []
    clause, sit = found
    past = any(t.tag_ == "VBD" for t in clause.tokens) or sit.startswith("you were ")
    opener = feeling_sentence(msg, msg.feeling(), sit, past)
    return [Candidate(compose(msg, [opener, talk_request(msg)]), I_STATEMENT)]


def without_repeated_name(msg: Message, text: str) -> str:
    """"Ryan, I felt let down when you took so long to show up to training, Ryan.": a name said to at the
    end of a clause was carried into the situation; the rewrite already opens with it, so once is enough."""
    name = msg.address
    if not name or not text.startswith(f"{name}, "):
        return text
    head, rest = text[:len(name) + 2], text[len(name) + 2:]
    return head + re.sub(rf",? {re.escape(name)}(?=[.!?])", "", rest)
