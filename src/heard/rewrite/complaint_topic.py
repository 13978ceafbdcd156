"""What an acknowledgement of a defence names as the thing the listener is upset about.

A defence names two kinds of things: what the complaint is about (the dishes, the recital, the
cake) and what the speaker holds up as the reason (the migraine, the double shifts, the instructions
in Swedish, a friend called Jess). "It makes sense that you're upset about the migraine" or "I can
see why Jess upset you" turns the acknowledgement round, so an excuse's words are the topic only
when they are what the speaker did or meant to do ("I was going to fix the tap").

A brush-off ("it was one parking space for one night") is about the thing it makes small; "a joke
about your family" is about the joke, not the family.
"""

from __future__ import annotations

import re

from .message import Message, noun_phrase
from .topics import not_a_topic

# Verbs whose object is the speaker's circumstance, not an act the complaint is about.
_CIRCUMSTANCE = {"have", "get", "work", "be", "feel", "spend", "take", "pull"}
_SUBJECTS = {"i", "we", "me", "us"}  # "me" in "the group wanted me to do the intro"
_QUANTITY = {"couple", "lot", "few", "bit", "bunch", "pair", "handful"}
_AMOUNTS = {"second", "minute", "min", "hour", "day", "week", "month", "quid", "pound", "dollar", "buck", "euro"}
_NOT_TOPICS = {"deal", "fuss", "drama", "crime", "felony", "disaster", "tragedy", "catastrophe", "end",  # "not a crime"
               "thing", "way", "time", "min", "mins", "minute", "minutes", "sec", "secs",
               "second", "seconds", "hour", "hours"}


def lapse_topic(msg: Message) -> str | None:
    """The thing the speaker's lapse was about, or None."""
    return fitting(msg, _not_known(msg) or msg.topic(roles=("denial", "minimising", "own")) or _acted_on(msg))


def fitting(msg: Message, topic: str | None) -> str | None:
    """The topic, unless it names a person ("I'm sorry about Sam") or the speaker's own occasion."""
    return None if topic is None or _person(msg, topic) or speakers_own(topic) else topic


# The speaker's own conduct, which an apology may name ("I'm sorry about my tone").
_CONDUCT = {"tone", "words", "comment", "comments", "joke", "jokes", "mistake", "mistakes", "mess", "behaviour",
            "behavior", "reaction", "temper", "attitude", "message", "text", "post", "email", "language", "lateness"}


def speakers_own(topic: str | None) -> bool:
    """"my best friend's wedding", "my mum": the speaker's own people and occasions, which the
    listener is not upset about ("I'm sorry about my best friend's wedding" turns it round)."""
    return bool(topic) and topic.lower().startswith(("my ", "our ")) and topic.split()[-1].lower() not in _CONDUCT


_KNOWING = {"know", "realise", "realize", "notice", "guess"}
_WISHES = {"want", "ask", "expect", "need", "plan", "mean"}  # "the group wanted me to…": whose wish, not a thing


def _not_known(msg: Message) -> str | None:
    """What the speaker says they couldn't have known: "how was I supposed to know about the frame
    damage" → "the frame damage"; "…know the link went to a paid course" → "the link"."""
    for clause in msg.having("excuse", "denial", "fact"):
        inside = {t.i for t in clause.tokens}
        for verb in (t for t in clause.tokens if t.lemma_.lower() in _KNOWING and t.pos_ == "VERB"):
            if not _by_speaker(verb) or not (_denied(verb) or clause.question):
                continue  # "I know the diagnosis has been hard" validates; "how was I to know…?" pleads
            about = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" for g in c.children
                     if g.dep_ == "pobj"]
            told = [g for c in verb.children if c.dep_ == "ccomp" and c.lemma_ not in _WISHES
                    for g in c.children if g.dep_ == "nsubj"]
            for root in about + told:
                chunk = next((ch for ch in msg.doc.noun_chunks if ch.root.i == root.i and root.i in inside), None)
                if chunk is not None and root.pos_ == "NOUN":
                    return noun_phrase(chunk)
    return None


def _acted_on(msg: Message) -> str | None:
    """In an excuse, the object of what the speaker did or meant to do ("fix the tap")."""
    for clause in msg.having("excuse"):
        inside = {t.i for t in clause.tokens}
        for chunk in msg.doc.noun_chunks:
            root, verb = chunk.root, chunk.root.head
            if root.dep_ == "pobj" and verb.lower_ == "about":  # "what was I to do about the invoices"
                verb = verb.head
            elif root.dep_ != "dobj":
                continue
            if root.i not in inside or root.pos_ != "NOUN" or verb.lemma_ in _CIRCUMSTANCE or not_a_topic(root):
                continue  # (not "I didn't go rogue": how the speaker acted, no thing acted on; topics.py)
            if _by_speaker(verb):
                return noun_phrase(chunk)
    return None


def _denied(verb) -> bool:
    """"didn't know", "wasn't to know", "never realised": negated on the verb or on what it hangs from."""
    while verb is not None:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        verb = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i else None
    return False


def _by_speaker(verb) -> bool:
    """The verb's subject, or that of the verb it hangs from ("I was going to fix"), is the speaker."""
    while verb is not None:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SUBJECTS for c in verb.children):
            return True
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return False


def _person(msg: Message, topic: str) -> bool:
    """"Jess", "Dan": someone named, who did not upset the listener."""
    words = topic.split()
    return len(words) == 1 and any(t.text == words[0] and t.pos_ == "PROPN" for t in msg.doc)


def brushed_topic(msg: Message, brushing) -> str | None:
    """What the brush-off makes small: "it was one parking space for one night" → "the parking
    space". `brushing(clause)` tells which clauses brush off; None when they name nothing."""
    for clause in msg.clauses:
        if not brushing(clause):
            continue
        inside = {t.i for t in clause.tokens}
        for t in clause.tokens:  # "The rent's only two days late": the parse reads "rent's" as owning the days
            if t.dep_ == "poss" and t.pos_ == "NOUN" and t.head.lemma_.lower() in _AMOUNTS:
                return " ".join(["the", *(c.lower_ for c in t.children if c.dep_ == "compound"), t.lower_])
        for chunk in msg.doc.noun_chunks:
            root = chunk.root
            if root.i not in inside or root.pos_ not in ("NOUN", "PROPN") or root.lower_ in _NOT_TOPICS | _QUANTITY or root.like_num:
                continue
            if root.dep_ == "attr" and clause.subject is not None and clause.subject.lower_ in _SUBJECTS:
                continue  # "I'm the bad guy": what the speaker is called, not what they brushed off
            counted = root.dep_ == "pobj" and root.head.head.lower_ in _QUANTITY  # "a couple of late nights"
            upset = root.dep_ == "pobj" and root.head.lower_ in ("about", "over")  # "overreacting about the typo"
            if root.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") or counted or upset:
                # "it's two dirty mugs": the count is how the brush-off sizes it down, not the thing
                return re.sub(r"^(?:two|three|four|five|six|\d+)\s+(?!(?:sec|secs|seconds?|mins?|minutes?|hours?|days?|weeks?)\b)",
                              "the ", noun_phrase(chunk))  # but "10 minutes past curfew" is the thing
    return None
