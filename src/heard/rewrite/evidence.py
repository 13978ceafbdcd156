"""Insults that come with evidence, and whether a named topic is safe for the last-resort fallback.

"You promised the deposit back in two weeks. It's been three months. You're a liar." carries a verdict
on the person ("you're a liar") and the facts it rests on. The rewrite keeps the facts as the
situation, says a feeling and asks to talk, and leaves the verdict out (`insult_evidence`).

The topic fallback (blame._about_topic) names one noun of the message on its own ("I'd like to talk
about the rent", "Could you take care of the dishes?"). That only helps when the noun is what the
complaint is about: `fitting_topic` and `fitting_things` turn away nouns that are generic or made up
("talked to walls", "slamming cupboards", "an excuse"), times ("past midnight"), quoted words, idioms
("what's your problem"), and things that only locate the real complaint ("a jet ski on your instagram").
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate
from .clauses import trait_name
from .lexicon import TRAITS
from .message import Message
from .reading import compose, talk_request, targets_of, told_act
from .subjects import facts_of, say_situation, sincere, stands_alone
from .surface import render, words_of

_YOU = {"you", "u", "ya", "yourself"}
# A determiner that makes the noun "some one or other": "the excuse" would point at one nobody named.
_INDEFINITE = {"a", "an", "some", "any", "another", "no", "every", "each", "all"}
# "your problem", "your attitude": said of the listener, not things a request can be about.
_NOT_THINGS = {"problem", "problems", "issue", "issues", "deal", "attitude", "business", "excuse", "excuses",
               "opinion", "opinions", "tone", "mouth", "ego", "logic", "point", "side", "nerve", "face",
               "head", "brain", "life", "type", "kind", "way", "thing", "things", "game", "act",
               "rest", "lot", "half", "bunch", "couple", "most"}  # "the rest of us": people, not a topic
_WEEKDAYS = {d: d.capitalize() for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday")}
# "what is your problem", "what's wrong with you": a question that is only a verdict on the listener.
_VERDICT_QUESTION = re.compile(r"\bwhat(?:'s| is| the hell is| on earth is)? (?:your|ur) (?:deal|problem|issue)\b|"
                               r"\bwhat(?:'s| is) wrong with (?:you|u)\b", re.I)


def _chunk(msg: Message, phrase: str):
    """The noun chunk of the message that `phrase` ("the leaf blower") was made from."""
    words = re.findall(r"[\w'-]+", phrase.lower())
    if not words:
        return None
    for chunk in msg.doc.noun_chunks:
        if chunk.root.lower_ == words[-1] and all(w in chunk.text.lower() for w in words if w != "the"):
            return chunk
    return None


def _in_time(tok) -> bool:
    return any(e.label_ in ("DATE", "TIME") and e.start <= tok.i < e.end for e in tok.doc.ents)


def _quoted(chunk) -> bool:
    """Inside quotes ('your "small tweaks"'): the listener's words, mocked, not a thing."""
    doc = chunk.doc
    near = [doc[i] for i in range(max(chunk.start - 1, 0), min(chunk.end + 1, len(doc)))]
    return any(t.is_quote or t.text in ('"', "“", "”") for t in near)


def fitting_topic(msg: Message, topic: str | None, told: bool = False) -> str | None:
    """`topic` when it names one thing the message is about, else None. "the walls" from "I've
    talked to walls" and "the excuse" from "you always have an excuse" name nothing the speaker
    could talk about; "the past midnight" is a time. `told`: a topic inside a fact said whole
    ("There's a building site next door…, and I've been feeling…") is kept, as it is not named alone."""
    if not topic:
        return None
    bare = re.sub(r"^the ", "", topic.lower())
    if told and any(bare in f.lower() and stands_alone(f) for f in facts_of(msg)):
        return topic
    chunk = _chunk(msg, topic)
    if chunk is None:
        return topic
    root = chunk.root
    dets = [t for t in chunk if t.dep_ in ("det", "poss", "nummod") or t.tag_ == "PRP$"]
    if any(t.lower_ in _INDEFINITE for t in dets):
        return None
    if root.tag_ == "NNS" and not dets:  # "slamming cupboards", "gone for funerals": any of them, none in particular
        return None
    if not dets and root.dep_ == "dobj" and root.head.lemma_.lower() == "play":  # "play support": a role, no "the support"
        return None
    if any(_in_time(t) for t in chunk) or _quoted(chunk) or root.lower_ in _NOT_THINGS:
        return None
    if not _done_by_someone(root):
        return None  # "here for the fun, gone for the hard bits": a jab's half, nobody doing anything
    return topic


def _done_by_someone(tok) -> bool:
    """Whether a verb above `tok` has a subject, or is an order ("pick up milk")."""
    while True:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return tok.tag_ == "VB"
        tok = tok.head


def fitting_things(msg: Message, things: str | None) -> tuple[str, str] | None:
    """(what to name, the request about it), or None when the listener's
    "things" are not what the complaint is about. "you and your leaf blower at 7am on a sunday" is
    about the time it is used: named with the time, and only talked about."""
    if not things:
        return None
    timed = None
    for part in re.split(r", | and ", things):
        chunk = _chunk(msg, part)
        if chunk is None:
            continue
        root = chunk.root
        if _quoted(chunk) or any(t.lower_ in _NOT_THINGS for t in chunk if t.pos_ == "NOUN"):
            return None
        if root.dep_ == "pobj" and root.head.lower_ != "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
            return None  # "a new jet ski on your instagram": where the other thing is
        if root.dep_ == "conj" and root.head.lower_ in _YOU:  # "you and your X": the habit, not the thing
            when = [c for c in [*root.head.children, *root.children] if c.dep_ in ("prep", "npadvmod")
                    and any(_in_time(t) for t in c.subtree)]  # "at 7am on a sunday", "every Saturday evening"
            if not when:
                return None
            span = root.doc[min(t.i for c in when for t in c.subtree):max(t.i for c in when for t in c.subtree) + 1]
            timed = f"{part} " + re.sub(r"\b\w+day\b", lambda m: _WEEKDAYS.get(m.group(0).lower(), m.group(0)), span.text)
    if timed:
        return timed, talk_request(msg)
    them = "them" if " and " in things or things.endswith("s") else "it"
    return things, f"Could you take care of {them}?"


def _verdict(clause) -> bool:
    """A sentence that judges the listener as a person ("you're a liar", "you're so cheap it's
    embarrassing", "what is your problem") rather than telling what happened."""
    if not any(t.lower_ in _YOU | {"your", "ur", "yours"} for t in clause.tokens):
        return False  # "Typical.": a sneer at the moment, not a verdict on the listener (sarcasm's)
    if clause.role == "attack" or {"character_attack", "contempt"} & set(clause.cues):
        return True
    if _VERDICT_QUESTION.search(clause.text):
        return True
    if clause.role not in ("accusation", "contempt", "fact") or clause.head.lemma_ != "be":
        return False
    subject = clause.subject
    said = [t for t in clause.tokens if t.dep_ in ("attr", "acomp")]
    verbs = [t for t in clause.tokens if t.pos_ == "VERB"]
    return subject is not None and subject.lower_ in _YOU and bool(said) and not verbs


def _asked_topic(msg: Message, clauses) -> str | None:
    """A definite thing the facts name ("the deposit", "the credit card statement") to ask about:
    what was acted on, asked about, or is in a state ("the bins have been out"); not a place ("by the
    window") or what merely happened ("the reminder came")."""
    found = []
    for clause in clauses:
        inside = {t.i for t in clause.tokens}
        for chunk in msg.doc.noun_chunks:
            root = chunk.root
            if root.i not in inside or root.pos_ != "NOUN" or chunk[0].lower_ not in ("the", "my", "our", "your") \
                    or _in_time(root) or root.lower_ in _NOT_THINGS or any(t.like_num or t.lower_ in _YOU for t in chunk):
                continue
            if any(c.dep_ == "neg" for c in root.head.children) or any(
                    c.dep_ == "neg" for c in root.head.head.children):
                continue  # "I can't talk about the divorce today": not what to ask to talk about
            if root.dep_ in ("dobj", "nsubjpass"):
                rank = 0
            elif root.dep_ == "pobj" and (root.head.lower_ == "about" or root.head.lower_ in ("for", "with", "on")
                                          and root.head.head.pos_ == "VERB"):
                rank = 1
            elif root.dep_ == "nsubj" and root.head.lemma_ == "be":
                rank = 2
            else:
                continue
            found.append((rank, render(words_of(list(chunk)), lower_start=True)))  # "my daughter" stays mine
    return min(found)[1] if found else None


def _joined(facts: list[str]) -> list[str]:
    """Two short facts told as one sentence: "You promised …, and it's been three months"."""
    if len(facts) == 2 and all(len(f.split()) <= 10 for f in facts):
        second = facts[1] if re.match(r"^I\b", facts[1]) else facts[1][:1].lower() + facts[1][1:]
        return [f"{facts[0].rstrip('.!')}, and {second}"]
    return facts


def _time_passed(clause) -> bool:
    """"It's March.", "it's Friday now", "It's been three months": time gone by since a promise."""
    subject = clause.subject
    return clause.role == "fact" and subject is not None and subject.lower_ == "it" and clause.head.lemma_ == "be" \
        and any(_in_time(t) or t.lemma_ in ("month", "week", "day", "year", "hour") for t in clause.tokens)


def _concrete_act(msg: Message, clause) -> bool:
    """"you're slamming cupboards": the listener doing something to something, said plainly (not a
    verdict, a question or a sweeping "always"), which the classifier may flag on its own."""
    return clause.role == "accusation" and clause.you_subject and not clause.question and clause.literal is None \
        and any(t.dep_ == "dobj" and t.pos_ == "NOUN" and t.head.pos_ == "VERB" and t.head.lemma_ not in ("have", "get")
                for t in clause.tokens) \
        and not any(t.lower_ in ("always", "never", "constantly", "forever") for t in clause.tokens)


def _concrete(clause) -> bool:
    """Whether a clause tells something that happened or a thing, a time or a number ("It's March",
    "I'm grieving"), not only a judgement ("That's the problem", "it always has been")."""
    if clause.head.lemma_ != "be" and clause.head.pos_ in ("VERB", "AUX"):
        return True
    return any(t.pos_ in ("NOUN", "PROPN", "NUM") and t.lower_ not in _NOT_THINGS or t.pos_ == "VERB" and t.lemma_ != "be"
               for t in clause.tokens)


def _evidence(msg: Message, verdicts, acts: bool) -> list[str]:
    """The message's facts in its own order, with the time gone by ("It's March") and, if `acts`,
    the listener's plain acts that reading.facts_of leaves out because they are flagged alone."""
    judged = {say_situation(msg, c) for c in verdicts}
    kept = [f for f in facts_of(msg, roles=("fact", "own", "accusation", "fault")) if f not in judged and sincere(f)]
    found = []
    for clause in msg.clauses:
        if clause in verdicts or clause.question or not _concrete(clause):
            continue
        text = say_situation(msg, clause)
        match = next((f for f in kept if f.lower() == text.lower()), None)
        if match is None and (_time_passed(clause) or acts and _concrete_act(msg, clause)):
            match = text[:1].upper() + text[1:] if text else None
        if match and match not in found:
            found.append(match)
    return found  # (every kept fact has its clause: one left out above is a judgement, not evidence)


def insult_evidence(msg: Message) -> list[Candidate]:
    """The facts behind a verdict on the listener, without the verdict: "You promised the deposit
    back in two weeks, and it's been three months. I'm feeling let down. Can we talk about the
    deposit?" Nothing when the message has no verdict or no plain fact beside it."""
    if not msg.blaming:
        return []
    verdicts = [c for c in msg.clauses if _verdict(c)]
    if not verdicts:
        return []
    plain = _evidence(msg, verdicts, acts=False)
    if not plain or not stands_alone(plain[0]):
        return []
    told = [c for c in msg.clauses if c not in verdicts and c.role in ("fact", "own", "accusation", "fault")
            and not c.question and not (c.scores.get("blaming") and not told_act(c))]  # "You told me the loan…"
    trait = next((t for t in (trait_name(c) for c in verdicts) if t is not None), None)
    feeling = msg.feeling() if msg.feeling_named() or trait is None else TRAITS[trait][1]
    said = msg.pick([f"I'm feeling {feeling}", f"I've been feeling {feeling} about it"], "evidence")
    topic = _asked_topic(msg, told)
    ask = f"Can we talk about {topic}?" if topic else talk_request(msg)
    # When the other readings keep every fact already (they say the act with "when"), this one is
    # only a fallback; when it keeps more ("It's March"), it competes with them.
    usual = set(facts_of(msg)) | {say_situation(msg, c) for c in targets_of(msg)}
    found = []
    for facts in (_evidence(msg, verdicts, acts=True), plain):
        if facts and stands_alone(facts[0]) and all(c.text != compose(msg, [*_joined(facts[:3]), said, ask]) for c in found):
            found.append(Candidate(compose(msg, [*_joined(facts[:3]), said, ask]), I_STATEMENT,
                                   fallback=all(f in usual for f in facts)))
    return found
