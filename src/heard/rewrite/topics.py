"""Nouns a rewrite must not name as the message's topic ("I'm sorry about the track").

- A bare noun in a set phrase with a light verb: "keep track of", "take care of", "pay attention".
- The room or home a complaint is set in: "I'm always the bad guy in this house" is not about the house.
- A noun inside an idiom: "lift a finger", "a word I say", "the last word", "give a damn", "no clue",
  "pull your weight", "the time of day", "behind my back", "on my case": no thing is meant.
- What someone is called: "I'm not your maid", "I never said you were a bad mum" — a role or a
  label, said of a person, is a jab or its denial, never a thing to be sorry about or help with.
"""

from __future__ import annotations

_LIGHT_VERBS = {"keep", "take", "make", "pay", "lose", "give", "have", "get"}
_SETTINGS = {"in", "around", "at", "under", "inside"}
_PLACES = {"house", "home", "family", "flat", "place", "household", "relationship", "marriage"}
_PERSONS = {"i", "you", "u", "he", "she", "we", "they", "it"}
# Nouns that name nothing outside the idioms they are heard in.
_IDIOM_NOUNS = {"word", "words", "damn", "shit", "toss", "fuck", "crap", "clue", "nerve", "sec", "moment",
                "second", "minute", "edgeways", "edgewise"}
_IDIOM_OBJECTS = {"weight": {"pull"}, "eye": {"bat"}, "eyelid": {"bat"},
                  "eyebrow": {"bat", "raise"}, "time": {"give"}, "day": {"give"}, "mind": {"change", "lose", "make", "speak"},
                  "way": {"get", "have"}, "point": {"make", "miss", "get", "see"}, "fuss": {"make", "kick"},
                  "fingers": {"point"}, "finger": {"point", "lift", "raise"}, "feathers": {"ruffle"}, "toes": {"tread", "step"},
                  "line": {"cross", "draw"}, "ball": {"drop"}, "gun": {"jump"}}  # "not pointing fingers but…"
# "behind my back", "in my face", "on my case", "on my nerves", "down my throat": a place in an idiom.
_BODY_PLACES = {"face", "back", "head", "case", "nerves", "throat", "ear", "ears", "shoulder", "nose", "mind"}


_CHAT_WORDS = {"lol", "lmao", "lmfao", "rofl", "haha", "bro", "bruh", "mate", "dude", "fam", "innit", "tbh", "smh"}


def not_a_topic(root) -> bool:
    low, verb = root.lower_, _verb_of(root)
    if low in _IDIOM_NOUNS or verb is not None and verb.lemma_.lower() in _IDIOM_OBJECTS.get(low, ()):
        return True  # "you never lift a finger", "you don't listen to a word I say"
    if low in ("home", "work", "school", "bed") and not any(c.dep_ in ("det", "poss") for c in root.children) \
            and root.head.lemma_.lower() in ("get", "come", "go", "leave", "be", "stay", "arrive"):
        return True  # "when I get home", "before you go to bed": where, not a thing to talk about
    if low in _BODY_PLACES and root.dep_ == "pobj" and any(c.dep_ == "poss" for c in root.children):
        return True  # "behind my back"
    if low == "deal" and any(c.lower_ in ("big", "huge", "massive", "great") for c in root.children):
        return True  # "it's not a big deal bro": the brush-off, not what it is about ("sorry about the big deal bro")
    if low in _CHAT_WORDS:  # "…lying on the ground lol", "a big deal bro": the parse made a chat word the noun
        return True  # that the rest hangs on as compounds ("I can see why the ground upset you")
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "go" and not any(
            c.dep_ in ("det", "poss", "nummod", "amod") for c in root.children):
        return True  # "I didn't go rogue", "went AWOL": how someone acted, not a thing ("upset about the rogue")
    dets = [c for c in root.children if c.dep_ in ("det", "poss", "nummod")]
    if not dets and not any(c.dep_ == "amod" for c in root.children) and root.tag_ == "NN" \
            and root.dep_ == "dobj" and root.head.lemma_.lower() in _LIGHT_VERBS \
            and any(c.dep_ == "prep" for c in root.children):
        return True  # "keep track of your appointments"
    if root.dep_ == "pobj" and root.head.lower_ in _SETTINGS and any(d.lower_ in ("this", "that") for d in dets) \
            and root.lower_ in _PLACES:
        return True  # "the bad guy in this house"
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        subject = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and (subject.lower_ in _PERSONS and subject.lower_ != "it"
                                        or subject.pos_ == "PROPN")
    return False


def _verb_of(noun):
    """The verb a noun hangs on, through "of" ("the time of day" → "give") or a preposition."""
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ in ("pobj", "prep", "dobj", "attr"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None
