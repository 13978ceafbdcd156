"""The listener's act where the sentence is built around something else.

- "I can't buy a sweater without you checking the bank app" names what the listener does each
  time the speaker does something: "I buy a sweater and you check the bank app".
- "another "quick" change from you that breaks the checkout flow" is a verbless fragment whose
  relative clause is the event: "the change broke the checkout flow".
- "you ruined the whole weekend" is a verdict on an occasion; the occasion ("the weekend") is
  what a rewrite keeps: "I felt … about how the weekend went".
- "it's typical of you to cancel dinner an hour before", "trust you to forget the tickets": the frame
  is a verdict on the listener's character, the act after it happened: "you cancelled dinner an hour before".
"""

from __future__ import annotations

import re

from . import inflect
from .clauses import YOU
from .conditions import happened_instead
from .lexicon import ABSOLUTES, INTENSIFIERS, SARCASM
from .literal import Literal
from .phrase_repairs import addressed_within
from .surface import Word, past_joined, render, words_of

_SPEAKER = {"i"}
_CANT = {"ca", "can", "could", "couldn"}
_VAGUE_ANY = {"anything": "something", "anywhere": "somewhere", "anyone": "someone", "anybody": "somebody"}
_SKIP = ABSOLUTES | INTENSIFIERS | {"even", "ever"}
_COMPLETE = {"finish", "complete", "end", "get"}  # acts the listener cuts short


def act_literal(clause) -> Literal | None:
    return _without_you(clause) or _act_fragment(clause) or _typical_act(clause) or _echoed_act(clause) \
        or _unbothered(clause) or _led_to(clause)


def _led_to(clause) -> Literal | None:
    """"(if you'd read the email chain,) you wouldn't have double-booked the boardroom": the listener did it."""
    happened = happened_instead(clause)
    return Literal(happened, past=True) if happened and happened.startswith("you ") else None


# "(Shame) you couldn't be bothered to come to Ruby's recital", "I suppose you were too busy to RSVP to
# Margaret's seventieth": what the listener didn't do, and a motive pinned on it; the act stays, the motive goes.
_UNBOTHERED = re.compile(r"\b(?:you|u)\s+(?:(?P<modal>couldn't|could not|couldnt|can't|cannot|cant|didn't|did not|didnt)\s+"
                         r"(?:even\s+)?be\s+bothered|(?P<be>were|are|'re)\s+(?:obviously\s+|clearly\s+)?too\s+"
                         r"(?:busy|important|good)(?:\s+for\s+us)?)\s+to\s+(?P<act>[a-z][^.!?;,]*)", re.I)


def _unbothered(clause) -> Literal | None:
    found = _UNBOTHERED.search(clause.text)
    if found is None or clause.question or len(found.group("act").split()) < 2:
        return None
    modal = (found.group("modal") or "").lower()
    past = not modal.startswith("ca") if modal else found.group("be").lower() == "were"  # "can't", "are": a habit
    return Literal(f"you {'didn' if past else 'don'}'t {found.group('act').strip()}", past=past)


_WH = {"what", "why", "how", "who", "whom", "whose", "where", "when", "which"}


def _echoed_act(clause) -> Literal | None:
    """"you told the landlord we'd pay the deposit by Friday without even checking with me first?": a
    statement asked in disbelief. The act happened; the question mark is the speaker's outrage."""
    head, subject = clause.head, clause.subject
    if not clause.question or subject is None or subject.lower_ not in YOU or head.tag_ != "VBD" \
            or any(c.dep_ in ("aux", "neg") for c in head.children) or subject.i > head.i:
        return None
    tokens = list(clause.tokens)
    if any(t.lower_ in _WH or t.lower_ == "or" for t in tokens) or any(t.i < subject.i and t.pos_ in ("AUX", "VERB")
                                                                     for t in tokens):
        return None  # "why did you…", "you took it or not?", "did you…": a real question
    words = [t for t in tokens if t.i >= subject.i and not t.is_punct and t.lower_ not in _SKIP]
    if len(words) < 4:
        return None  # "you did?": nothing named
    return Literal(render(words_of(words)), past=True)


# The words before "you to <act>" that make it a verdict on the listener: "(so) typical of", "(just) like"
# after "it's"/"that's", "trust", "leave it to". "It's not like you to forget" is concern, not a verdict.
_TYPICAL_FRAMES = (("typical", "of"), ("like",), ("trust",), ("leave", "it", "to"))
_BE = {"'s", "is", "was", "s"}


def _typical_act(clause) -> Literal | None:
    """"it's typical of you to cancel dinner an hour before" → "you cancelled dinner an hour before"."""
    tokens = list(clause.tokens)
    for k, tok in enumerate(tokens[:-2]):
        if tok.lower_ not in YOU or tokens[k + 1].lower_ != "to" or tokens[k + 2].tag_ != "VB":
            continue
        before = [t.lower_ for t in tokens[:k] if not t.is_punct]  # "Honestly, trust you to…"
        frame = next((f for f in _TYPICAL_FRAMES if before[-len(f):] == list(f)), None)
        if frame is None:
            continue
        lead = [w for w in before[:-len(frame)] if w not in ("just", "so", "honestly", "really", "how", "very")]
        if frame == ("typical", "of") and not lead:
            pass  # "Typical of you to lose the spare key within a week": the frame opens the sentence
        elif frame in (("typical", "of"), ("like",)) and not (lead and lead[-1] in _BE) \
                or frame in (("trust",), ("leave", "it", "to")) and lead:
            continue  # "you're like you to…", "I'd trust you to drive": not the frame
        verb = tokens[k + 2]
        rest = [t for t in tokens[k + 3:] if not t.is_punct and t.lower_ not in _SKIP]  # "…on the day we fly": all of it
        act = render([Word(inflect.past(_base(verb)), verb.whitespace_ or " ", verb)] + past_joined(rest, verb, ("VB",)))
        return Literal(f"you {act.strip()}", past=True)
    return None


def _without_you(clause) -> Literal | None:
    """"I can't X without you Y-ing" → "I X and you Y" (a habit; "couldn't" tells one occasion)."""
    head, subject = clause.head, clause.subject
    if subject is None or subject.lower_ not in _SPEAKER or head.pos_ != "VERB" or clause.question:
        return None
    modal = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in _CANT), None)
    if modal is None or not any(c.dep_ == "neg" for c in head.children):
        return None
    without = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "without"), None)
    gerund = next((c for c in without.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
        if without is not None else None
    if gerund is None or not any(c.dep_ == "nsubj" and c.lower_ in YOU for c in gerund.children):
        return None
    inside = {t.i for t in clause.tokens}
    past = modal.lower_.startswith("could")
    verb = inflect.past if past else inflect.base_of
    drop = {t.i for t in without.subtree} | {modal.i, subject.i} | {
        c.i for c in head.children if c.dep_ in ("neg", "aux", "cc", "mark", "punct", "intj", "discourse")}
    later = {t.i for t in head.subtree if t.i > max(t.i for t in without.subtree)}  # "… every ten minutes"
    mine = [Word(_VAGUE_ANY.get(t.lower_, t.text), t.whitespace_, t) for t in head.subtree
            if t.i in inside and t.i not in drop | later and t.i >= subject.i and t.lower_ not in _SKIP]
    first = _base(head)
    if first in _COMPLETE:  # "can't finish a sentence without you…": the speaker tries to
        mine = [Word(f"{'tried' if past else 'try'} to {first}", head.whitespace_, head) if w.tok is head else w
                for w in mine]
    else:
        mine = [Word(verb(first), head.whitespace_, head) if w.tok is head else w for w in mine]
    theirs = [Word(verb(_base(gerund)), gerund.whitespace_, gerund) if t.i == gerund.i else Word(t.text, t.whitespace_, t)
              for t in [*gerund.subtree, *(t for t in clause.tokens if t.i in later)]
              if t.i in inside and t.i >= gerund.i and not t.is_punct and t.lower_ not in _SKIP]
    if not mine or len(theirs) < 2:
        return None
    return Literal(f"I {render(mine)} and you {render(theirs)}", past=past)


def _act_fragment(clause) -> Literal | None:
    """"another change from you that breaks X" → "the change broke X": a noun the listener is named
    as the source of ("from you", "your"), whose relative clause says what it did."""
    head = clause.head
    if head.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") and t.i in
                                   {x.i for x in clause.tokens} for t in clause.tokens):
        return None
    theirs = any(c.dep_ == "poss" and c.lower_ in ("your", "ur") for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "from" and any(p.lower_ in YOU for p in c.children) for c in head.children)
    relcl = next((c for c in head.children if c.dep_ == "relcl"), None)
    if not theirs or relcl is None or relcl.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in relcl.children):
        return None
    quoted = _quoted(clause)
    left = [t for t in head.subtree if t.i < head.i and t.i in {x.i for x in clause.tokens}]
    start = max((t.i for t in left if t.dep_ in ("det", "poss", "punct") and t.head.i == head.i
                 and t.text not in ('"', "“", "”")), default=-1)
    noun = [Word("the", " ")] + [Word(t.text, t.whitespace_, t) for t in left if t.i > start and t.i not in quoted
                                  and t.lower_ not in SARCASM and t.text not in ('"', "“", "”")] + [Word(head.text, " ", head)]
    rest = [t for t in relcl.subtree if t.i > relcl.i and t.lower_ not in _SKIP]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in rest) or any(c.dep_ in ("aux", "neg") for c in relcl.children):
        return None
    act = render([Word(inflect.past(_base(relcl)), " ", relcl)] + words_of(rest))
    return Literal(f"{render(noun)} {act}", past=True)


def _quoted(clause) -> set:
    """Indices of words inside quotation marks ("quick"): the speaker's sneer, not a description."""
    inside, marks = set(), 0
    for t in clause.tokens:
        if t.text in ('"', "“", "”"):
            marks += 1
        elif marks % 2 == 1:
            inside.add(t.i)
    return inside


_SPOIL = {"ruin", "wreck", "spoil", "destroy", "sabotage", "trash", "kill"}
_SPOIL_PRT = {("mess", "up"), ("screw", "up"), ("stuff", "up"), ("muck", "up")}
_WHOLE = {"whole", "entire", "complete", "total"}


def spoiled_occasion(clause) -> tuple[str, bool] | None:
    """"you ruined the whole weekend (with your attitude)" → ("the weekend", past): the occasion a
    verdict like "ruined" is about, which a rewrite tells as "how the weekend went"."""
    if clause.literal is not None or not clause.you_subject or clause.question:
        return None
    head = clause.head
    lemma = head.lemma_.lower()
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    if lemma not in _SPOIL and (lemma, particle) not in _SPOIL_PRT:
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in ("everything", "it", "life"):
        return None
    named = addressed_within(obj)  # "my wedding day, Mum": the name is who it's said to (phrase_repairs.py)
    words = [t for t in obj.subtree if t.lower_ not in _WHOLE | SARCASM and not t.is_punct and t.i not in named]
    text = render(words_of(words))
    if not any(t.dep_ in ("det", "poss") for t in obj.children) and obj.pos_ != "PROPN":
        text = f"the {text}"
    past = head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    return text, past


def _base(tok) -> str:
    return inflect.base_of(inflect.lemma_of(tok))


