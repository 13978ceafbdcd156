"""Lines of a defence that a rewrite must neither keep nor answer as if they were the topic.

- A comparison that moves the fault ("so was half the team", "which is more than Tom did",
  "nobody's perfect", "I did my part", "it's just a text"): said back as a fact, it keeps the defence.
- A brush-off of the listener's reaction ("you're making a mountain out of a molehill", "you need to
  lighten up", "you're worrying over nothing"): an "I" statement about it ("I feel upset when you're
  worrying over nothing") complains about the listener's feelings; it is minimising, not their act.
- A cross-complaint after the speaker's own lapse ("I forgot the bill, but you never remind me
  either", "you're one to talk, you were late on Saturday"): a counter-attack, not the topic.
"""

from __future__ import annotations

import re

from .clauses import YOU

# Said of the speaker's lapse to make it smaller, or to share it out.
DEFLECTS = re.compile(
    r"^\W*(?:but |and )?so (?:was|were|did|do|does|is|are|has|had|have)\b"  # "but so was half the team"
    r"|\b(?:nobody|no one|noone|no-one)(?:'s| is) perfect\b|\b(?:everyone|everybody|we all) makes? mistakes\b"
    r"|\bmore than (?:\w+ )?(?:\w+ )?(?:did|does|ever|has|had|can say)\b"
    r"|\b(?:it's|its|it is) not like I (?:wanted|meant|chose|planned) to\b"  # owned as "I'm sorry I had to…"
    r"|\bsorry (?:that )?(?:I exist|I'm alive|for (?:existing|breathing|living|being alive))\b"  # a martyr's "apology"
    r"|\bI did my (?:part|bit|share)\b|\bwhat (?:more|else) (?:do|did|could|can) you (?:want|expect)\b"
    r"|\b(?:it|that|this)(?:'s| is| was) (?:literally |honestly )?(?:just|only) (?:a|an|one|some|\d|[£$€])", re.I)

# The listener's reaction, brushed off.
DISMISSES = re.compile(
    r"\b(?:mountain out of a molehill|lighten up|(?:worry|worrying|stress|stressing|fussing) (?:over|about) nothing"
    r"|mak(?:e|es|ing) (?:this|it|that|such) (?:into )?(?:a |such a )?(?:whole |big |huge )(?:thing|deal|drama)"
    r"|(?:making|make|kicking up) (?:such )?a (?:big )?fuss|blow(?:ing|n)? (?:this|it|that|things) (?:way |totally |completely |a bit |all )?out of (?:all )?proportion"
    r"|(?:so|too|way too|overly) (?:sensitive|dramatic)|overthinking|taking it (?:so |too )?(?:seriously|personally)"
    r"|chill out|get a grip|take a joke)\b", re.I)

_COUNTER_WORDS = {"too", "either", "also"}


def deflects(clause) -> bool:
    return bool(DEFLECTS.search(clause.text))


def dismisses(text: str) -> bool:
    return bool(DISMISSES.search(text))


def cross_complaints(clauses, owns) -> None:
    """Marks as "counter" the "you" clauses that answer a complaint with one: after the speaker owns
    a lapse (`owns(clause)`), a "but you…" or a "you… too/either"; every "you" clause that follows a
    counter-attack ("you're one to talk, you were late on Saturday"); and a new sentence that turns a
    spoken defence round ("Don't you dare put this on me. You're the one who walked out.", "I never
    said I'd stay. You just assumed."). Inside the defence's own sentence the "you" part is the
    complaint itself ("Stop blaming me when you never send the invoice!")."""
    owned = countering = False
    defended = None  # the sentence of a refusal or a spoken defence (not a victim's hurt)
    for clause in clauses:
        you = clause.you_subject or any(t.lower_ in YOU and t.dep_ == "nsubj" for t in clause.tokens)
        if clause.role == "counter" or re.search(r"\bone to talk\b|\blook who's talking\b", clause.text, re.I):
            countering = True
            clause.role = "counter"
            continue
        if clause.role == "refusal" or clause.role != "victim" and any(cue.startswith("spoken_") for cue in clause.cues):
            defended = clause.tokens[0].sent.start if clause.tokens else defended
            continue
        turned = defended is not None and clause.tokens and clause.tokens[0].sent.start != defended
        if you and clause.role in ("accusation", "fact", "question", "fault") and (
                countering or turned or owned and (clause.connector == "but"
                                                   or any(t.lower_ in _COUNTER_WORDS for t in clause.tokens))):
            clause.role = "counter"
            clause.literal = None
            continue
        owned = owned or owns(clause)
    for before, clause in zip(clauses, clauses[1:]):
        if _UNREMARKED.search(clause.text) and clause.connector == "and" and before.role == "fact" \
                and before.subject is not None and before.subject.lower_ not in YOU | {"i", "we"}:
            before.role = clause.role = "counter"  # "Danny missed two and nobody said a word": another's lapse held up
            before.literal = clause.literal = None


# Another's lapse let pass, held up beside the speaker's own: "…and nobody said a word", "…and no one batted an eye".
_UNREMARKED = re.compile(r"^\W*and (?:nobody|no one|noone|no-one) (?:said|says|batted|blinked|cared|complained|minded)\b", re.I)


_SORRY = re.compile(r"\b(?:sorry (?:that )?(?:I|I'm|I've|the|my|we|about|for)\b|my bad\b|I apologi[sz]e\b)", re.I)


def owns_lapse(clause) -> bool:
    """The speaker owns a lapse of their own: "I forgot to pay the bill", "I'm sorry the dog got out"."""
    from .owning import admitted_failure, unkept_intention

    return bool(_SORRY.search(clause.text) or admitted_failure(clause) or unkept_intention(clause))


# Acts done to things: denied, they dispute a fact ("I didn't eat your leftovers"); "I'm sorry it felt
# like I ate your leftovers" would answer it as if it were a manner the listener saw.
HANDLED = {"touch", "eat", "take", "use", "move", "borrow", "steal", "drink", "break", "lose", "open", "delete",
           "throw", "bin", "wear", "finish", "spill", "scratch", "dent", "crash", "lock", "unlock",
           "build", "write", "design", "create", "invent", "code"}  # "I didn't build it": whose work, disputed

# What nobody sets out to do: "it's not like I wanted to upset your mum" says it happened.
HARMS = {"upset", "hurt", "embarrass", "offend", "annoy", "scare", "worry", "disappoint", "break", "scratch",
         "forget", "miss", "lose", "spill", "ruin", "damage", "wake", "insult", "dent", "crash", "delete"}

_REPORTING = {"tell", "say", "claim", "act", "pretend", "think", "accuse", "imply", "suggest", "assume", "make"}


def reported(verb) -> bool:
    """"don't tell me I don't contribute", "stop acting like I don't care": the other's charge,
    quoted to be denied; "it felt like I contribute" would invert it."""
    return any(a.lemma_.lower() in _REPORTING and a.pos_ in ("VERB", "AUX") for a in verb.ancestors)


def under_denial(verb) -> bool:
    """"It's not like I meant to…", "it's not that I wanted to…": negated from the clause above. The
    denial comes first; "I was going to pay you back, …, it's not like I forgot" is a plan the parse
    happened to hang under a later denial."""
    return any(a.lemma_ == "be" and a.i < verb.i and any(c.dep_ == "neg" for c in a.children) for a in verb.ancestors)


def disowned(clause) -> bool:
    """"I wasn't the one who left the gate open, ask the kids", "i didnt eat ur leftovers, maybe check
    with jake": the speaker denying an act of their own, with no "you" said to have done it. Not a
    sarcastic jab at the listener: read as one, the rewrite would accuse them of the very act."""
    inside = {t.i for t in clause.tokens}
    sentence = clause.tokens[0].sent if clause.tokens else []
    denied = any(t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside
                 and any(c.dep_ == "neg" or c.lower_ == "never" for c in t.head.children) for t in clause.tokens)
    return denied and not any(t.lower_ in YOU and t.dep_ in ("nsubj", "nsubjpass") for t in sentence)


_CHARGING = {"tell", "say", "act", "pretend", "make", "accuse"}


def quoted_charge(clause) -> str | None:
    """"don't tell me I don't contribute", "stop acting like I never help": the listener's charge,
    quoted to be pushed back → "I don't contribute", "I never help" (what they seem to feel)."""
    from .surface import render, words_of

    inside = {t.i for t in clause.tokens}
    for verb in (t for t in clause.tokens if t.lemma_.lower() in _CHARGING and t.tag_ in ("VB", "VBG")):
        told_off = any(c.dep_ == "neg" for c in verb.children) or verb.head.lemma_ == "stop"
        said = next((c for c in [*verb.children, *(verb.head.children if verb.head.lemma_ == "stop" else ())]
                     if c.dep_ in ("ccomp", "advcl") and c.i in inside
                     and any(s.lower_ == "i" and s.dep_ == "nsubj" for s in c.children)), None)
        if told_off and said is not None:
            words = [t for t in said.subtree if t.i in inside and not t.is_punct and t.dep_ != "mark"
                     and t.lower_ not in ("like", "that")]
            text = render(words_of(words), lower_start=False)
            return text if text.startswith("I ") and len(text.split()) >= 2 else None
    return None


_UPSET_ABOUT = re.compile(r"\b(?:upset|angry|mad|annoyed|cross|worked up|bothered|frustrated) (?:about|over|with) "
                          r"(?P<thing>(?:the|this|that|my|our) [\w' ]+?)\s*(?:[,.!?;]|$)", re.I)


def upset_about(msg) -> str | None:
    """What someone is said to be upset about: "why everyone is so upset about the group project" →
    "the group project" (the thing a defensive speaker can acknowledge)."""
    found = _UPSET_ABOUT.search(msg.text)
    if not found:
        return None
    thing = found.group("thing").strip()
    return None if len(thing.split()) > 5 or thing.lower().startswith("my ") else thing


def brushed_off(text: str, topic: str | None) -> bool:
    """The topic is a word of the brush-off itself ("such a fuss", "the mountain", "the whole thing")."""
    if not topic:
        return False
    last = topic.split()[-1].lower()
    return any(last in m.group(0).lower().split() for m in DISMISSES.finditer(text)) or last in ("fuss", "deal", "drama")


def passes_on(clause) -> bool:
    """A reason whose subject is someone else ("because Priya sent me the figures on Thursday",
    "cos he never told me"): the fault handed to a third person."""
    subject = clause.subject
    return subject is not None and (subject.lower_ in ("he", "she", "they", "nobody", "noone", "someone")
                                    or subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN")
