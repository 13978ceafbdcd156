"""Names hurled at the listener that the trait table leaves out: "you two-faced snake", "absolute
weapon", "waste of oxygen", "grow a spine".

TRAITS (lexicon.py) maps a trait to the need under it ("lazy" → help with the task). The names
here carry no need to recover, only contempt, so a clause that is one of them is an attack with
nothing to keep: the message gets the feeling behind it (venting.py) or nothing. Without this the
parser read "you utter pillock" as a verb, and heard said "When you utter pillock, I feel upset".

A name counts only when it is aimed at the listener: said to "you", or a bare phrase with no
subject ("what a melt", "scumbag"). "I'm such a melt", "he's a coward", "the cow got out" and
"that cupboard is a waste of space" are about someone or something else.
"""

from __future__ import annotations

import re

from .memo import per_message
from .surface import is_emoji

NAMES = frozenset("""
airhead arse arsehole ass asshole bastard bellend bigot bitch bonehead buffoon bum caveman cheat
cheater clown clowns cockroach con conman cow creep cretin crook crybaby cuck deadbeat degenerate
dickhead dick dimwit dingbat dinosaur dipshit disgrace div dogwater dolt donkey dork douche douchebag
dummy dumbass dumbo dunce dweeb embarrassment failure fool fools fraud freak freeloader git goon grifter nag
hack hag halfwit harpy hypocrite hypocrites idiot idiots imbecile jackass jerk joke knobhead knucklehead
layabout leech loser losers lowlife lunatic maggot maniac meathead melt misogynist moaner mooch moron
morons muppet narcissist neanderthal nerd nincompoop nitwit nobhead noob numpty nutcase nutjob nutter
oaf parasite peasant pest phony phoney pig pillock pleb plonker prat prick psycho psychopath racist rat
scrub scum scumbag sexist sheep shill shrew simp slag snake snob sociopath sponge tosser traitor troglodyte
troll trolls twat twit vermin viper vulture wally wanker waster wasteman weapon weasel weirdo whinger
whiner witch worm sleazebag sleaze slimeball whore slut tramp mistake
sissy wimp wuss snowflake libtard commie redneck sheeple bootlicker brownnoser
""".split())
# Several words, or a word that is only an insult in a set phrase.
_PHRASES = re.compile(
    r"\b(?:waste of (?:space|oxygen|skin|air|a (?:human|person))|brain ?cells?|(?:grow|get) a (?:spine|backbone|pair)|"
    r"two[- ]faced|drama queen|attention seeker|pond scum|sad act|piece of (?:work|shit|crap|trash)|"
    r"spineless|gutless|brainless|clueless \w+|sleaze ?bag|slime ?ball)\b", re.I)
# Words that grade a name, never a verb of its own: the tagger reads "utter" in "you utter pillock" as one.
_GRADES = {"absolute", "utter", "complete", "total", "proper", "right", "real", "massive", "such", "what",
           "fucking", "bloody", "stupid", "useless", "pathetic", "little", "big", "fat", "lazy", "sad", "an", "a"}
# A name after one of these is a thing or someone else's: "the cow", "my joke", "this trash".
_OWNED = {"the", "this", "that", "these", "those", "my", "his", "her", "their", "our", "its", "mum's", "mom's"}
_NOT_LISTENER = {"i", "i'm", "im", "me", "we", "he", "she", "they", "it", "that", "this", "there", "which", "who"}
_YOU = {"you", "u", "ya", "ur", "you're", "youre", "yourself"}
_LINKS = {"be", "have", "get", "got", "grow", "utter", "act", "sound", "look", "stop", "quit", "do"}  # "stop being such a nag"


def hurls_insult(clause) -> bool:
    """The clause is a name hurled at the listener and little else ("you two-faced snake",
    "you're a lowlife", "absolute weapon", "grow a spine")."""
    words = [t for t in clause.tokens if not (t.is_punct or is_emoji(t.text) or t.is_space)]
    if not words or len(words) > 9:
        return False
    if not (_named(words) or _PHRASES.search(" ".join(t.text for t in words))):
        return False
    lowered = [t.lower_ for t in words]
    subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass", "expl")]
    if any(t.lower_ in _NOT_LISTENER for t in subjects) or any(w in ("i", "i'm", "im", "myself") for w in lowered):
        return False
    if any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in NAMES for t in subjects):
        return False  # "that cupboard is a waste of space"
    # Little else besides the name: no verb of its own past "be"/"have"/"grow" (nor the misread "utter").
    spans = [(m.start(), m.end()) for m in _PHRASES.finditer(words[0].doc.text)]
    phrased = {t.i for t in words if any(lo <= t.idx < hi for lo, hi in spans)}  # "two-faced": "faced" is no verb
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _LINKS and t.i not in phrased
             and t.lower_ not in _GRADES and t.lower_ not in NAMES]  # the tagger reads "bellend" as a verb too
    return not verbs and (bool(set(lowered) & _YOU) or not subjects)


def _named(words) -> bool:
    for k, tok in enumerate(words):
        word = tok.lower_
        if word not in NAMES and not (word.endswith("s") and word[:-1] in NAMES):
            continue
        before = words[k - 1].lower_ if k else ""
        if before in _OWNED:
            continue
        return True
    return False


@per_message  # venting asks twice (hostility, insult); clause readings are settled by then
def insulted(msg) -> bool:
    """Some clause of the message hurls a name at the listener."""
    return any(hurls_insult(c) for c in msg.clauses)


# The speaker's own name for themself: "I'm such an idiot", "silly me", "what a muppet I am".
_SELF_WORDS = NAMES | {"stupid", "dumb", "thick", "dense", "silly", "useless", "hopeless", "clueless", "mess",
                       "disaster", "idiot", "muppet", "numpty", "melt", "dummy", "plank", "wally", "airhead"}
_SELF = re.compile(r"\b(?:silly|stupid|dumb|daft) me\b|\bwhat an? (?:\w+ )?(\w+) i am\b", re.I)
SELF_REASON = "the message is hard on yourself and blames nobody else, so there is nothing to soften for the listener"
_LISTENER = _YOU | {"your", "yours", "y'all"}  # "you" and what is theirs


@per_message  # the engine asks when building candidates and again when giving the reason
def hard_on_self(msg) -> bool:
    """The speaker calls themself a name and blames nobody else ("I'm such an idiot, forgot my keys",
    "silly me, left the oven on"): nothing to soften for the listener, and an acknowledgement that
    says the self-insult back ("It makes sense that you're upset. I'm such an idiot…") reads as mockery.
    A hurt speaker ("I'm useless, I can't do anything right in this house") is read elsewhere: the
    message may carry no cue, no listener and no other role than a plain fact."""
    words = {t.lower_ for t in msg.doc}
    if words & _LISTENER or not any(_self_named(c) for c in msg.clauses) and not _SELF.search(msg.text):
        return False
    return all(not c.cues and c.role in ("fact", "own", "filler", "attack") or _SELF.search(c.text)
               for c in msg.clauses)


def _self_named(clause) -> bool:
    subjects = [t for t in clause.tokens if t.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lower_ in ("i", "i'm", "im") for t in subjects) and any(
        t.lower_ in _SELF_WORDS and t.i > s.i for s in subjects for t in clause.tokens) and clause.head.lemma_ == "be" \
        and not any(c.dep_ == "neg" for c in clause.head.children)  # "I'm not stupid" defends


def mark_insult_tails(clauses) -> None:
    """"you've got two brain cells and they're both asleep": a clause right after a hurled name whose
    subject points back at it ("they", "it") is the same insult, not a fact to keep."""
    for before, clause in zip(clauses, clauses[1:]):
        if before.role == "attack" and hurls_insult(before) and clause.role == "fact" and any(
                t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("they", "it", "both") for t in clause.tokens):
            clause.role = "attack"
