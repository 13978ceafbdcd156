"""Accusing questions said plainly: what they accuse the listener of, and never a request to do it.

A question that asks HOW or WHY the listener could do a hurtful thing is an accusation about an act
done, not a request: "how could you do this to me?" → "you did this to me", asked about with "can
you help me understand why?"; never "could you do this to me?". Other accusing questions name no
act at all ("who do you think you are?", "are you out of your mind?") or deny one the listener is
blamed for ("you think I wanted this to happen?"); each has a line a person would send instead,
keeping whatever the question names ("this", "what you've done", the act after the comma).

Some are only contempt for an act ("why do you even bother posting here?"): nothing to ask for and
no negation to invent, so the clause is marked contempt and the feeling-only fallback answers it.

Each reading is an `Accused` Literal (literal.py); `mark_accusing` puts them on the clauses. The
questions that presume an act is never done ("do you ever…?", "when have you ever…?") are in
presumed.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import inflect
from .lexicon import INTENSIFIERS, INTERJECTIONS
from .literal import Literal
from .surface import Word, is_emoji, render, said_tokens, words_of

_YOU = {"you", "u", "ya"}
_LEAD = INTERJECTIONS | {"so", "and", "but", "then", "like", "seriously", "honestly", "hey", "just", "i", "mean"}
_SOFTENERS = INTENSIFIERS | {"possibly", "ever", "even", "really", "seriously", "just", "honestly"}
# Roles a clause may have when it is read here: not the speaker's own words or a validation.
_READ_ROLES = {"question", "accusation", "fault", "filler", "contempt", "fact", "attack"}


@dataclass
class Accused(Literal):
    """An accusing question's reading. `feeling` is the one the question itself voices ("how
    could you" is hurt), used when the message's own words name none."""

    feeling: str | None = None
    bare: bool = False  # names no act ("what were you thinking?"): another clause's act leads if there is one


def lead_skipped(tokens) -> list:
    words = said_tokens(tokens)
    k = 0
    while k < len(words) and words[k].lower_ in _LEAD and k + 1 < len(words) \
            and not (words[k].lower_ == "i" and words[k + 1].lower_ != "mean"):
        k += 1  # "oh", "seriously", "I mean"
    return words[k:]


def words_after(verb, tokens) -> list:
    """The words after the verb that say the act: no "even", "possibly", emoji or trailing tags."""
    out = []
    for t in tokens:
        if t.i <= verb.i or is_emoji(t.text):
            continue
        if t.is_punct and t.text not in ("'", "’"):
            break  # "how could you do this to me, after everything": the act ends at the comma
        if t.lower_ in ("possibly", "even", "ever", "seriously", "honestly", "actually", "really"):
            continue
        out.append(t)
    return out


def _act(verb, tokens, past: bool = False) -> str:
    """"you" and the act, in the simple past or the base form ("you did this to me")."""
    base = inflect.base_of(verb.lemma_.lower() or verb.lower_)
    head = inflect.past(base) if past else base
    return render([Word("you"), Word(head, " ", None)] + words_of(words_after(verb, tokens)), lower_start=False)


# -- "how could you do this to me?", "why would you lie to me?", "how dare you…" -----------------
def _how_could(tokens) -> Accused | None:
    words = lead_skipped(tokens)
    if len(words) < 3 or words[0].lower_ not in ("how", "why"):
        return None
    modal = words[1].lower_
    if modal not in ("could", "would", "'d", "dare", "can") or words[2].lower_ not in _YOU:
        return None
    if modal == "dare" and words[0].lower_ != "how" or modal == "can" and words[0].lower_ != "how":
        return None  # "why can't you…" is a habit (blame.py reads it); "how can you say that" is an act
    k = 3
    while k < len(words) and words[k].lower_ in _SOFTENERS:
        k += 1
    if k + 1 < len(words) and words[k].lower_ in ("not", "n't") and modal != "dare":
        return _how_not(words[k + 1], tokens, past=modal != "can")
    if k >= len(words):  # "how could you?" alone: the hurt, and the question under it
        return Accused("I'm really hurt", past=False, statement="I'm really hurt right now", feeling="hurt",
                       request="Can you help me understand why?", bare=True) if modal != "can" else None
    verb = words[k]
    if verb.lemma_ == "have" and k + 1 < len(words) and words[k + 1].tag_ == "VBN":
        verb = words[k + 1]  # "how could you have forgotten"
    elif verb.lemma_ in ("be", "want", "need", "like", "prefer", "mind") or verb.tag_ not in ("VB", "VBP") \
            or verb.pos_ not in ("VERB", "AUX"):
        return None  # "how could you be so careless": a trait; "why would you want that?": no act
    past = modal != "can"
    situation = _act(verb, tokens, past)
    if modal == "dare":
        return Accused(situation, past=True, request=None, feeling="hurt")
    return Accused(situation, past=past, request=f"Can you help me understand why {situation}?", feeling="hurt")


def _how_not(verb, tokens, past: bool) -> Accused | None:
    """"how could you not tell me?": what the listener didn't do, and asked for next time."""
    if verb.tag_ not in ("VB", "VBP") or verb.pos_ != "VERB":
        return None
    phrase = _act(verb, tokens)[len("you "):]
    if past:
        return Accused(f"you didn't {phrase}", past=True, request=f"Next time, could you {phrase}?", feeling="hurt")
    return Accused(f"you don't {phrase}", past=False, request=f"Could you {phrase}?", feeling="hurt")


# -- "do you have any idea what you've done?" ---------------------------------------------------
_DONE = re.compile(r"^what you(?:'ve| have)? (?:just )?(?:done|did)(?P<tail> to [^,;]+)?$", re.I)


def _any_idea(tokens) -> Accused | None:
    words = lead_skipped(tokens)
    lowers = [t.lower_ for t in words]
    if "idea" not in lowers[:6] or not {"have", "got"} & set(lowers[:4]) or lowers[0] not in ("do", "have", "you"):
        return None
    start = lowers.index("idea") + 1
    rest = words[start:]
    if not rest or rest[0].tag_ not in ("WP", "WRB", "WDT"):
        return None
    if rest[0].lower_ == "how" and len(rest) > 2 and rest[1].pos_ in ("ADJ", "ADV") and rest[1].lower_ not in (
            "much", "many", "long", "hard"):
        return _how_it_was(rest[1], rest[2:])
    said = render(words_of(rest), lower_start=True)
    done = _DONE.match(said)
    if done:
        what = f"what you did{done.group('tail') or ''}"
        return Accused(f"you didn't see {what}", past=True, feeling="hurt", bare=not done.group("tail"),
                       statement=f"I'm really hurt by {what}, and I need you to understand how much")
    said = re.sub(r"\byou've\b", "you have", said)
    return Accused(f"you didn't see {said}", past=True, statement=f"I need you to understand {said}")


def _how_it_was(adj, rest) -> Accused | None:
    """"any idea how worried I was" → "I was worried"; "how humiliating that was for me" → "that was
    humiliating for me": the speaker's own account, said plainly."""
    verb = next((t for t in rest if t.pos_ in ("AUX", "VERB") and t.dep_ not in ("aux", "auxpass", "neg")), None)
    if verb is None or any(t.lower_ in _YOU for t in rest if t.i < verb.i):
        return None  # "how stupid you look": a sneer, not the speaker's account
    before = [Word(t.text, t.whitespace_ if t.i < verb.i else " ", t) for t in rest if t.i <= verb.i]  # "I've felt"
    said = render(before + [Word(adj.text, " ", adj)] + words_of([t for t in rest if t.i > verb.i]), lower_start=True)
    return Accused(said, past=verb.tag_ == "VBD", statement=said)


# -- "you think I wanted this to happen?" -------------------------------------------------------
_SHARED = {"want", "like", "enjoy", "love", "plan", "choose", "ask"}
# "you think I wanted/liked/chose X?" with no auxiliary: pushback.py says those ("I never wanted this").
_PUSHED_BACK = {"want", "mean", "like", "enjoy", "plan", "choose", "ask", "care"}


def _think_i(tokens) -> Accused | None:
    """"(do) you (really) think I wanted/like/would X?": the speaker says they didn't."""
    for tok in tokens:
        if tok.lemma_ not in ("think", "believe") or not any(c.dep_ == "nsubj" and c.lower_ in _YOU for c in tok.children):
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None) if comp is not None else None
        if subject is None or subject.lower_ not in ("i", "we") or subject.lower_ == "i" and comp.lemma_ in _PUSHED_BACK \
                and not any(c.dep_ == "aux" for c in comp.children):
            return None
        return _denied(comp, subject)
    return None


def _denied(verb, subject) -> Accused | None:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "you think I didn't try?": a double negative, left to the re-check
    after = [t for t in verb.subtree if t.i > verb.i and not t.is_punct and not is_emoji(t.text)
             and t.lower_ not in ("really", "actually", "seriously")]
    rest = render(words_of(after), lower_start=True)
    who = "we" if subject.lower_ == "we" else "I"
    base = inflect.base_of(verb.lemma_.lower())
    if aux and aux[0].lower_ in ("would", "'d", "will", "could"):  # "you think I would lie to you?"
        said = f"{who} {inflect.NEGATED_AUX[aux[0].lower_]} {base} {rest}"
    elif verb.lemma_ == "be" and not aux:  # "you think I'm happy about it?"
        said = f"{who} {'wasn' if who == 'I' else 'weren'}'t {rest}" if verb.tag_ == "VBD" else \
            f"{who}{'m' if who == 'I' else chr(39) + 're'} not {rest}".replace("Im", "I'm")
    elif aux and aux[0].lemma_ == "be" and verb.tag_ == "VBG":  # "you think I'm enjoying this?"
        said = f"{who}{chr(39)}{'m' if who == 'I' else 're'} not {verb.lower_} {rest}"
    elif verb.tag_ in ("VBD", "VBP", "VB"):
        said = f"{who} {'didn' if verb.tag_ == 'VBD' else 'don'}'t {base} {rest}"
    else:
        return None
    said = re.sub(r"\s+", " ", said).strip()
    shared = base in _SHARED and any(t.lower_ in ("this", "that", "it") for t in after)
    return Accused(said, past=verb.tag_ == "VBD", statement=said + (" either" if shared else ""))


# -- whole-message jabs with no act: what the speaker feels right now ----------------------------
_NO_ACT = (
    # "who do you think you are?", "who the hell do you think you're talking to?"
    (re.compile(r"^who (?:the (?:hell|heck|fuck) )?(?:do|did) (?:you|u) think (?:you|u)(?:'re| are)"
                r"(?: talking to)?$", re.I),
     "I don't feel respected right now", None, "hurt"),
    # "who raised you?", "were you raised in a barn?"
    (re.compile(r"^(?:who raised (?:you|u)|were (?:you|u) raised (?:in a barn|by wolves))$", re.I),
     "That really stung, and I'd like us to be kinder to each other", None, "hurt"),
    # "are you being deliberately obtuse?", "are you deliberately misunderstanding me?"
    (re.compile(r"^are (?:you|u) (?:being )?(?:deliberately|purposely|intentionally|wilfully|willfully) "
                r"(?:being )?(?:obtuse|dense|thick|dim|difficult|stupid|dumb|awkward|misunderstanding|"
                r"misreading|missing)\b|^are (?:you|u) being (?:obtuse|dense|thick|difficult) on purpose$|"
                r"^are (?:you|u) (?:just )?pretending not to (?:understand|get it|see)\b", re.I),
     "I feel like we're talking past each other", "Can I try explaining it another way?", None),
    # "do you even hear yourself?", "can you hear yourself right now?", "listen to yourself"
    (re.compile(r"^(?:do|can|did) (?:you|u) (?:even |ever |actually )?(?:hear|listen to) (?:yourself|urself)"
                r"(?: right now| talking)?$", re.I),
     "I'm struggling with what you just said", "Can we slow down and talk about it?", None),
)


def _gerund_tail(tokens):
    """"who do you think you are, talking to my mother like that": (the question, the act after the
    comma as "you talk to my mother like that") or (the question, None)."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].tag_ != "VBG":
        return tokens, None
    verb = tokens[comma + 1]
    return tokens[:comma], _act(verb, tokens)


def _no_act(tokens) -> Accused | None:
    question, act = _gerund_tail(tokens)
    said = " ".join(t.lower_ for t in lead_skipped(question)).replace(" n't", "n't").replace(" '", "'")
    for pattern, statement, request, feeling in _NO_ACT:
        if pattern.search(said):
            if act and statement.startswith("I don't feel "):  # "…, talking to my mother like that"
                statement = statement.replace(" right now", "") + f" when {act}"
            return Accused(act or statement, past=False, statement=statement, request=request, feeling=feeling,
                           bare=act is None)
    return None


# -- "are you out of your mind?", "what were you thinking, leaving the kids in the car?" ---------
_MIND = re.compile(r"^(?:are (?:you|u) (?:out of (?:your|ur) (?:mind|head|tree)|crazy|insane|mad|nuts|"
                   r"kidding me)|have (?:you|u) (?:lost (?:your|ur) (?:mind|marbles)|gone (?:mad|crazy|insane|mental))|"
                   r"what (?:were|was|are) (?:you|u) thinking)$", re.I)


def _lost_mind(clause, tokens) -> Accused | None:
    words = lead_skipped(tokens)
    named = next((k for k in range(len(words) - 1, 0, -1) if words[k].i > 0 and words[k].doc[words[k].i - 1].text == ","
                  and all(t.pos_ == "PROPN" for t in words[k:])), None)
    words = words[:named] if named else words  # "what were you thinking, Tommy?": the name is the address
    lowers = [t.lower_ for t in words]
    cut = next((k for k, t in enumerate(words) if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "dep", "conj",
                                                                              "acl", "pcomp")), len(words))
    if not _MIND.match(" ".join(lowers[:cut])):
        return None
    past = lowers[:2] == ["what", "were"] or lowers[:2] == ["what", "was"]
    about = "what happened" if past else "this"
    if cut < len(words):  # ", spending the rent money on a TV": the act itself, with no tense made up
        about = "you " + render(words_of(words[cut:]), lower_start=True)
    felt = "I was really worried about" if past else "I'm really worried about"
    return Accused(about, past=past, statement=f"{felt} {about}", bare=cut == len(words),
                   request="Can you help me understand your thinking?")


# -- "did you seriously just hang up on me?" ----------------------------------------------------
_DISBELIEF = {"seriously", "honestly", "just", "actually"}


def _did_you_really(tokens) -> Accused | None:
    """"did you seriously/just X?" says the speaker can't believe X happened: "you X-ed"."""
    words = lead_skipped(tokens)
    if len(words) < 4 or words[0].lower_ != "did" or words[1].lower_ not in _YOU:
        return None
    k = 2
    while k < len(words) and words[k].lower_ in _DISBELIEF | {"really"}:
        k += 1
    if k == 2 or not {t.lower_ for t in words[2:k]} & _DISBELIEF or k >= len(words):
        return None  # "did you even…" doubts it happened: clauses.doubts reads that
    verb = words[k]
    if verb.tag_ != "VB" or verb.pos_ != "VERB":
        return None
    return Accused(_act(verb, tokens, True), past=True, request=None)


# -- "where were you when I needed you?" --------------------------------------------------------
def _where_were_you(tokens) -> Accused | None:
    words = lead_skipped(tokens)
    lowers = [t.lower_ for t in words]
    if lowers[:3] != ["where", "were", "you"] or len(lowers) < 5 or lowers[3] != "when":
        return None
    when = render(words_of(words[4:]), lower_start=True)
    return Accused(f"you weren't there when {when}", past=True, feeling="alone",
                   statement=f"I felt really alone when {when} and you weren't there")


# -- "why do you even bother posting here?" -----------------------------------------------------
_BOTHER = re.compile(r"^why (?:do|did|would|does) (?:you|u) (?:even |ever |actually )*bother\b|"
                     r"^why (?:even )?bother\b", re.I)


def contempt_only(tokens) -> bool:
    """"why do you even bother X", "why bother X": contempt for X being done; nothing to ask for."""
    said = " ".join(t.lower_ for t in lead_skipped(tokens))
    return bool(_BOTHER.search(said))


_READERS = (_how_could, _no_act, _any_idea, _think_i, _did_you_really, _where_were_you)


def accused(clause) -> Accused | None:
    from .presumed import PRESUMED  # presumed.py builds its readings on this module's Accused
    from .putdowns import PUTDOWNS  # so does putdowns.py ("you can't even…", "you were supposed to…")
    tokens = clause.tokens
    for reader in PUTDOWNS + PRESUMED + _READERS:
        found = reader(tokens)
        if found is not None and found.situation.strip():
            return found
    return _lost_mind(clause, tokens)


def jabbed(tokens) -> bool:
    """"do you ever get tired of being wrong?": a sneer with nothing to ask for (presumed.py)."""
    from .presumed import ever_jab, never_quiet  # presumed.py builds on this module's Accused
    return ever_jab(tokens) and never_quiet(tokens) is None  # "do you ever stop talking" has its own line


def mark_accusing(clauses) -> None:
    """Puts each accusing question's reading on its clause (after the sarcasm readers, whose reading
    of the same words would ask for the act)."""
    from .film_jabs import mark_jabs  # film_jabs.py builds on this module's Accused
    mark_jabs(clauses)  # whole-sentence jabs first: "…sit there | and pretend…" is cut in two
    for clause in clauses:
        if isinstance(clause.literal, Accused):
            continue  # read whole already (film_jabs.py)
        if clause.role not in _READ_ROLES and not (clause.role == "own" and clause.question and clause.you_subject):
            continue  # "where were you when I needed you?" asks the listener, though it says "I"
        if contempt_only(clause.tokens) or jabbed(clause.tokens):
            clause.role, clause.literal = "contempt", None
            continue
        found = accused(clause)
        if found is not None:
            clause.literal, clause.role = found, "accusation"
    # "you let the kids stay up till midnight, what were you thinking": the act told beside the
    # question leads; the question keeps only its request ("can you help me understand…?").
    told = any(c.you_subject and not c.question and c.role in ("accusation", "fact", "fault") and c.literal is None
               for c in clauses)
    for clause in clauses:
        if told and isinstance(clause.literal, Accused) and clause.literal.bare:
            clause.literal.situation, clause.literal.statement = "", None
