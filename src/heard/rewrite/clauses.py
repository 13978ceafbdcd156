"""Splits a parsed message into clauses and says what each one does (accuses, excuses, states a fact)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..cues import SPAN_KEY
from .lexicon import ABSOLUTES, INTENSIFIERS, INTERJECTIONS, SARCASM, TRAIT_NOUNS, TRAITS
from .insults import hurls_insult, mark_insult_tails
from .surface import is_emoji

_SPLIT_PUNCT = {",", ";", ":", "—", "–", "-", "...", "…", "--"}
_SPLIT_WORDS = {"but", "so", "because", "cause", "cos", "coz", "bc", "and", "although", "though",
                "plus"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
_FINITE = {"VBD", "VBP", "VBZ", "MD"}
YOU = {"you", "u", "ya", "ye", "yall", "y'all"}
VALIDATING_CUES = {"acknowledgement", "active_listening", "empathy", "reflection", "reassurance"}
OWN_CUES = {"i_statement", "self_responsibility"}
# The first matching cue names what a clause does; order matters where cues overlap.
_ROLE_BY_CUE = (
    ("character_attack", "attack"), ("minimising", "minimising"), ("denial", "denial"),
    ("counter_attack", "counter"), ("victim_stance", "victim"), ("excuse", "excuse"),
    ("fault_attribution", "fault"), ("accusing_question", "question"),
    ("absolute_accusation", "accusation"), ("contempt", "contempt"),
)


@dataclass
class Clause:
    """A stretch of one sentence with its own subject and verb (or the whole sentence)."""

    tokens: list
    cues: set = field(default_factory=set)       # cue names overlapping the clause
    flags: set = field(default_factory=set)      # labels of the classifier's evidence in it
    connector: str = ""                          # "but", "so"… that opened it
    question: bool = False
    role: str = "fact"
    literal: object = None                       # a sarcastic clause said plainly (sarcasm.Literal)
    scores: dict = field(default_factory=dict)   # the classifier's flags for the clause alone

    @property
    def text(self) -> str:
        return "".join(t.text_with_ws for t in self.tokens).strip()

    @property
    def head(self):
        """The clause's main word: a token whose head lies outside the clause."""
        inside = {t.i for t in self.tokens}
        heads = [t for t in self.tokens if t.head.i not in inside or t.head.i == t.i]
        verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
        return (verbs or heads or self.tokens)[0]

    @property
    def subject(self):
        head = self.head
        inside = {t.i for t in self.tokens}
        # a subject inside the clause first: "Don't look at me, Dad, I didn't touch the Xbox" hangs both
        # "Dad" (in the clause before) and "I" on "touch"
        subjects = sorted((c for c in head.children if c.dep_ in _SUBJECTS), key=lambda c: c.i not in inside)
        if subjects:
            return subjects[0]
        for tok in self.tokens:
            if tok.dep_ in _SUBJECTS and tok.head.i == head.i:
                return tok
        return None

    @property
    def you_subject(self) -> bool:
        subject = self.subject  # "you guys/you lot never invite me": the listeners too (unrefused.py)
        return subject is not None and (subject.lower_ in YOU or subject.lower_ in ("guys", "lot", "people", "two", "all")
                                        and any(c.lower_ in YOU and c.i == subject.i - 1 for c in subject.children))

    @property
    def content(self) -> list:
        """Nouns, verbs, names, adjectives and adverbs other than fillers, sarcasm and absolutes."""
        return [t for t in self.tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV")
                and not (t.pos_ in ("INTJ", "ADV", "ADJ") and t.lower_ in INTERJECTIONS)
                and t.lower_ not in SARCASM | ABSOLUTES | INTENSIFIERS and not is_emoji(t.text)
                and t.lower_ not in YOU]


def _has_clause(tokens) -> bool:
    inside = {t.i for t in tokens}
    # A subject counts only with its verb ("classic lauren, only calls…" is one clause).
    return any((t.dep_ in _SUBJECTS and t.head.i in inside) or (t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX"))
               or (t.tag_ == "VB" and t.dep_ == "ROOT") for t in tokens) or bool(
        tokens and tokens[0].tag_ == "VB")


def joining(token) -> bool:
    """A dash glued to the words on both sides joins them ("Wi-Fi", "the 8–9 slot"): no clause ends there."""
    return token.text in ("-", "–", "—") and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_ and token.i + 1 < len(token.doc)


def split_clauses(doc) -> list[Clause]:
    clauses = []
    for sent in doc.sents:
        tokens = list(sent)
        points = [k for k, t in enumerate(tokens) if k > 0 and (
            t.text in _SPLIT_PUNCT and not joining(t) or (t.lower_ in _SPLIT_WORDS and t.dep_ in ("cc", "mark", "advmod", "prep", "nsubj", "dep")
                                       and not _degree(t)))]
        starts, connectors = [0], [""]
        for n, k in enumerate(points):
            end = points[n + 1] if n + 1 < len(points) else len(tokens)
            right = tokens[k + 1:end]
            left = tokens[starts[-1]:k]
            if _hurled_name(tokens[k], right) or _hurled_name(tokens[k], left) and _has_clause(right) or \
                    _has_clause(right) and _has_clause(left) and any(t.dep_ in _SUBJECTS or _bare_order(t) for t in right) \
                    and not (tokens[k].lower_ in ("and", "then") and _shared_subject(right)) and not _joins_things(tokens[k], right):
                word = tokens[k].lower_
                starts.append(k if word in _SPLIT_WORDS else k + 1)
                connectors.append(word if word in _SPLIT_WORDS else "")
        bounds = starts + [len(tokens)]
        marks = _question_marks(tokens)
        for n in range(len(starts)):
            part = tokens[bounds[n]:bounds[n + 1]]
            while part and part[-1].text in _SPLIT_PUNCT:
                part = part[:-1]
            if not part:
                continue
            is_last = n == len(starts) - 1
            question = any(t.i in marks for t in part) or (is_last and bool(marks) and max(marks) >= part[-1].i) \
                or _inverted(part) or _echo(part)
            clauses.extend(_split_condition(Clause(part, connector=connectors[n], question=question)))
    return clauses



def _joins_things(word, right) -> bool:
    """"you took the Le Creuset and the telly when you moved out": the "and" joins two things taken, and the
    "when" clause after them hangs on "took". Split there, "and the telly when you moved out" was read as
    an act of its own ("I felt hurt when the telly when you moved out"). A verb after the "and" that is no
    part of what came before ("…on Elm Road and Mrs Patel had to push her pram") still starts a clause."""
    inside = {t.i for t in right}
    own_verbs = [t for t in right if t.pos_ in ("VERB", "AUX") and t.head.i not in inside and t.dep_ in ("conj", "ROOT")]
    if word.dep_ != "cc" or word.head.pos_ not in ("NOUN", "PROPN") or word.head.dep_ not in ("dobj", "pobj", "attr"):
        return False
    if not own_verbs and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == word.i + 1
                             for c in word.head.children):
        return True
    # The parser may hang the second thing on a verb of its own ("three emails and two photos of the mould spreading
    # across the ceiling": "photos" made the subject of "spreading"); with no finite verb after the "and", it is
    # still a second thing sent, not a clause ("Two photos of the black mould spreading…." on its own).
    return bool(right) and right[0].pos_ in ("NUM", "DET", "ADJ", "NOUN", "PROPN") \
        and not any(t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in right)


def _shared_subject(tokens) -> bool:
    """Whether the words after a split point are a second act of the subject before it, whose only
    subjects are inside what that act reports: "and said it was a free trial" belongs to "you looked
    me in the eye"; split off, the rewrite kept "when you looked me in the eye" alone."""
    inside = {t.i for t in tokens}
    acts = [t for t in tokens if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i not in inside]
    if len(acts) != 1:
        return False
    act = acts[0]
    subjects = [t for t in tokens if t.dep_ in _SUBJECTS]
    if not subjects:
        return _listeners_second_act(act)
    reported = {t.i for t in act.subtree} - {act.i}
    return all(_verb_of(t).i != act.i and t.i in reported for t in subjects) \
        and not any(_bare_order(t) for t in tokens)


def _listeners_second_act(act) -> bool:
    """"You borrow my car and bring it back on empty": a second act of the listener, whose present tense
    reads like an order. Split off, the rewrite named only the borrowing, the harmless half. Only for
    "you": after "I'll sort it tomorrow and stop nagging me" an order does follow; and not inside what
    the speaker grants ("I know you get excited and want to jump in" stays a fact of its own)."""
    first = act.head
    granted = first.dep_ == "ccomp" and first.head.i < first.i  # "everyone sees it" after the act is no grant
    return not granted and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in YOU for c in first.children) \
        and act.tag_ in ("VB", "VBP")


def _verb_of(subject):
    """The verb a subject belongs to; the parse sometimes hangs it on the auxiliary ("i" on "'m" in "and i'm
    exhausted")."""
    verb = subject.head
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _bare_order(tok) -> bool:
    """A base-form verb that can start an order of its own ("…, check the scoreboard"). One carried by a
    past or modal auxiliary shares the subject before it: "You signed up and didn't show" is one act."""
    return tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "MD") for c in tok.children)


_INSULT_CUES = {"contempt", "character_attack"}


def _hurled_name(comma, side) -> bool:
    """", idiot" / "you muppet, …": a name hurled at the listener, set off by a comma — its own
    clause, so the insult doesn't make the sentence it hangs on all contempt."""
    words = [t for t in side if not (t.is_punct or is_emoji(t.text))]
    if comma.text != "," or not words or len(words) > 3 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    inside = {t.i for t in words}
    if words[-1].pos_ == "ADJ" and words[-1].lower_ in TRAITS and all(t.pos_ in ("ADV", "ADJ") for t in words):
        return True  # ", so rude": a verdict hurled after the act, its own clause
    if words[-1].pos_ not in ("NOUN", "PROPN"):  # "oh sure, …" is sarcasm, not a name
        return False
    last = words[-1].i  # the name itself, not a word before it: "typical dave" is no insult
    return any(span.label_ in _INSULT_CUES and {t.i for t in span} <= inside and span.end - 1 == last
               for span in comma.doc.spans.get(SPAN_KEY, ()))


def _degree(tok) -> bool:
    """"so" before the adjective it grades ("you make me so mad"): no clause starts there."""
    return tok.lower_ == "so" and tok.head.i == tok.i + 1 and tok.head.pos_ in ("ADJ", "ADV")


_CONDITIONS = {"when", "whenever", "if"}


def _split_condition(clause: Clause) -> list[Clause]:
    """"Don't put this on me when you never share the login" → the order, and "you never share the
    login" on its own: what the listener did sits in a "when/if" clause under someone else's verb.

    "if" stays with its clause, so the counterfactual reader can tell "if you ever sent the specs"
    (you didn't) from a plain condition; "when" goes, since the rewrite says its own "when".
    """
    head = clause.head
    subject = clause.subject
    if subject is not None and subject.lower_ in YOU:
        return [clause]  # "you never call when you're late": one complaint with its moment
    inside = {t.i for t in clause.tokens}
    governors = [head, *(c for c in head.children if c.dep_ == "xcomp")]  # "stop blaming me when…"
    for verb in (c for g in governors for c in g.children if c.dep_ == "advcl" and c.i in inside):
        mark = next((c for c in verb.children if c.lower_ in _CONDITIONS and c.dep_ in ("mark", "advmod")), None)
        you = any(c.dep_ in _SUBJECTS and c.lower_ in YOU for c in verb.children)
        part = sorted(verb.subtree, key=lambda t: t.i)
        if mark is None or not you or mark.i != part[0].i or not (set(t.i for t in part) <= inside):
            continue
        lead = [t for t in clause.tokens if t.i < part[0].i]
        tail = [t for t in clause.tokens if t.i > part[-1].i]
        if not any(t.pos_ in ("VERB", "AUX") for t in lead):
            part, rest = lead + part, tail  # "maybe if you…, I'd…": the opener goes with the condition
        elif not any(t.pos_ in ("VERB", "AUX") for t in tail):
            rest = lead  # the condition ends the sentence; its full stop goes with it
        else:
            continue  # the condition sits mid-clause: leave the sentence whole
        if not any(t.pos_ in ("VERB", "AUX") for t in rest):
            continue
        kept = part if mark.lower_ == "if" else [t for t in part if t.i != mark.i]
        condition = Clause(kept, connector=mark.lower_, question=clause.question)
        main = Clause(rest, connector=clause.connector, question=clause.question)
        first_verb = next(t.i for t in rest if t.pos_ in ("VERB", "AUX"))
        return [condition, main] if part[0].i < first_verb else [main, condition]
    return [clause]


_QUOTE_MARKS = {'"', "“", "”"}
_OPENERS = INTERJECTIONS | {"so", "and", "but", "then"}


def _inverted(tokens) -> bool:
    """A question without its "?": "why can't you…", "can't you ever…", "should I…"."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in _OPENERS]
    if len(words) > 3 and words[0].i + 1 < len(words[0].doc) and words[0].nbor().text == ",":
        words = words[1:]  # "Mum, why did you…": the person addressed first
    if len(words) < 3:
        return False
    first, second, third = words[:3]
    if first.lower_ in ("why", "how") and second.pos_ == "AUX":
        return True
    return first.pos_ == "AUX" and (second.dep_ in ("nsubj", "expl")
                                    or (second.dep_ == "neg" and third.dep_ in ("nsubj", "expl")))


def _echo(tokens) -> bool:
    """"oh so now it's my fault", "so I'm the bad guy now": the speaker repeating, in disbelief, what
    they hear the other say about them. A question without its "?", not a statement to keep."""
    words = [t for t in tokens if not t.is_punct and not is_emoji(t.text)]
    while words and words[0].lower_ in INTERJECTIONS and words[0].lower_ != "so":
        words = words[1:]
    if not words or words[0].lower_ != "so" or not any(t.lower_ == "now" for t in words):
        return False
    lowers = " ".join(t.lower_ for t in words)
    copula = any(t.lemma_ == "be" and t.dep_ == "ROOT" for t in words)
    return copula and (" my fault" in lowers or any(t.lower_ == "i" and t.dep_ == "nsubj" for t in words))


def is_negative(clause: Clause) -> bool:
    """A clause that complains something did not happen ("you never call", "why can't you")."""
    head = clause.head
    return any(c.dep_ == "neg" or c.lower_ in ("never", "n't", "not") for c in head.children) or any(
        t.lower_ in ("never",) for t in clause.tokens) or doubts(clause)


def wh_led(verb) -> bool:
    """A complement that opens with "what/how/why…" ("what day it is"): a question, not a fact."""
    first = min(verb.subtree, key=lambda t: t.i)
    return first.tag_ in ("WP", "WRB", "WDT", "WP$")


_AWARE = {"care", "know", "realise", "realize", "notice", "understand", "see"}


def doubts(clause) -> bool:
    """"did you even read it?", "are you even listening?": a question whose "even" says the listener
    did not; read as the negative, never as the act it asks about."""
    if not clause.question:
        return False
    head, subject = clause.head, clause.subject
    if subject is None or subject.lower_ not in YOU or any(c.dep_ == "neg" for c in head.children):
        return False
    if any(c.dep_ == "ccomp" and not wh_led(c) for c in head.children) and head.lemma_ in _AWARE:
        return False  # "do you even care that the ward is short-staffed": the ward is the point
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    aux += [head] if head.lemma_ == "be" and head.i < subject.i else []
    return any(a.lemma_ in ("do", "be", "have") for a in aux) and any(
        t.lower_ == "even" and t.head.i == head.i for t in clause.tokens)


def perfect(verb) -> bool:
    """"'s never worked", "'s never been": "'s" as "has" (a person's doing, or "been"), not "is"."""
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.tag_ == "VBN" and (verb.lemma_ == "be" or any(c.dep_ in ("dobj", "npadvmod") for c in verb.children)
                                   or who is not None and who.pos_ in ("PRON", "PROPN") and who.lower_ not in _THINGS)


_THINGS = {"it", "this", "that", "which"}


def _question_marks(tokens) -> set:
    """Indices of "?" that end the speaker's own question (not one inside quoted words)."""
    found, quotes = set(), 0
    for t in tokens:
        if t.text in _QUOTE_MARKS:
            quotes += 1
        elif "?" in t.text and t.is_punct and quotes % 2 == 0:
            found.add(t.i)
    return found


_FRAMES = {"believe", "swear", "think", "guess", "bet", "clear", "obvious", "feel", "know", "see"}


def _lift_complement(clause: Clause) -> None:
    """"I can't believe you forgot X" / "it's clear you don't like him" → the complement clause."""
    head = clause.head
    subject = clause.subject
    frame = head.lemma_ in _FRAMES or any(c.lemma_ in ("clear", "obvious") for c in head.children)
    if not frame or (subject is not None and subject.lower_ not in ("i", "it")):
        return
    comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if comp is None or not any(c.dep_ == "nsubj" and c.lower_ in YOU for c in comp.children):
        return
    inside = {t.i for t in comp.subtree}
    lifted = [t for t in clause.tokens if t.i in inside and not (t.dep_ == "mark" and t.head.i == comp.i)]
    if lifted:
        clause.tokens = lifted


def mark_clauses(doc, clauses, evidence=()) -> None:
    """Fills each clause's cues, flags and role from the doc's cue spans and the evidence."""
    spans = doc.spans.get(SPAN_KEY, [])
    for clause in clauses:
        _lift_complement(clause)
        # Token by token: a clause split around a "when/if" clause has a gap in the middle.
        chars = [(t.idx, t.idx + len(t.text)) for t in clause.tokens]
        inside = [sp for sp in spans if any(sp.start_char < hi and lo < sp.end_char for lo, hi in chars)]
        clause.cues = {sp.label_ for sp in inside}
        clause.flags = {e["label"] for e in evidence if any(e["start"] < hi and lo < e["end"] for lo, hi in chars)}
        # An eye-roll tacked on ("you forgot our anniversary AGAIN 🙄") colours the accusation; it
        # doesn't make the clause contempt with nothing in it to keep.
        rolled = [sp for sp in inside if sp.label_ == "contempt"]
        last = max((t.i for t in clause.tokens if not t.is_punct), default=-1)
        decor = bool(rolled) and all(is_emoji(t.text) and sp.end - 1 >= last for sp in rolled for t in sp) \
            and (clause.you_subject or _told_thing(clause))  # "…and the dog's gone 🙄": what happened
        clause.role = _role(clause, ignore={"contempt"} if decor else set())
    mark_insult_tails(clauses)


def _told_thing(clause) -> bool:
    """A thing said to have happened: a noun subject with its own verb ("the dog's gone")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("VERB", "AUX")
               for t in clause.tokens)


_TAG_VERBS = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "will", "would",
              "could", "should", "wo", "ca", "n't", "not", "'re", "'s"}
_TAG_SUBJECTS = {"you", "u", "i", "he", "she", "it", "they", "we", "ya"}


def _tag_question(clause: Clause) -> bool:
    """", do you" / ", don't you" / ", isn't it": a tag on the sentence before, not a clause of its own."""
    words = [t.lower_ for t in clause.tokens if not t.is_punct]
    return 2 <= len(words) <= 3 and words[-1] in _TAG_SUBJECTS and all(w in _TAG_VERBS for w in words[:-1]) \
        and clause.tokens[0].i > 0


def _role(clause: Clause, ignore=frozenset()) -> str:
    if not clause.content or _tag_question(clause):
        return "filler"
    for cue, role in _ROLE_BY_CUE:
        if cue in clause.cues and cue not in ignore:
            return role
    if clause.cues & VALIDATING_CUES:
        return "validation"
    if clause.you_subject and _trait_of(clause) is not None or _trait_noun(clause) is not None or _verdict(clause) \
            or hurls_insult(clause):
        return "attack"
    if _likened(clause):
        return "contempt"
    if clause.cues & OWN_CUES:
        return "own"
    if clause.question and clause.you_subject:
        return "question"
    if clause.you_subject:
        return "accusation"
    return "fact"


def _verdict(clause: Clause) -> bool:
    """"so rude", "so selfish": a trait said of the listener with no verb, after what they did."""
    words = [t for t in clause.tokens if not t.is_punct and not is_emoji(t.text)]
    return bool(words) and clause.tokens[0].i > 0 and all(t.pos_ in ("ADV", "ADJ") for t in words) \
        and words[-1].lower_ in TRAITS


def _likened(clause: Clause) -> bool:
    """"Spoken like someone who's never worked a day", "said like a true expert": a participle with
    no subject, likening the listener to someone; a sneer, not a fact."""
    head = clause.head
    return head.tag_ in ("VBN", "VBD") and clause.subject is None and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "like" and any(p.dep_ == "pobj" for p in c.children) for c in head.children)


def _trait_of(clause: Clause):
    """The insult in "you're (so) X" / "you're a X", when it is one heard knows."""
    head = clause.head
    if head.lemma_ != "be":
        return None
    for tok in clause.tokens:
        if tok.lower_ in TRAITS and tok.i > head.i:
            return tok
    return None


def trait_of(clause: Clause):
    return _trait_of(clause) or next((t for t in clause.tokens if t.lower_ in TRAITS), None)


def _trait_noun(clause: Clause):
    """"Your ignorance is astounding", "your laziness cost us the deposit": a trait of the listener's
    as the subject of the clause; a verdict on the person, never a fact to keep."""
    subject = clause.subject
    if subject is not None and subject.lower_ in TRAIT_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in ("your", "ur", "yr") for c in subject.children):
        return subject
    return None


def trait_name(clause: Clause) -> str | None:
    """The TRAITS word for the insult in a clause ("lazy" for "you're lazy" and "your laziness")."""
    found = trait_of(clause)
    if found is not None:
        return found.lower_
    noun = _trait_noun(clause)
    return TRAIT_NOUNS.get(noun.lower_) if noun is not None else None
