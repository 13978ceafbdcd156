"""Owns small phrase readings that blaming rewrites got wrong, each read from the parse, not the string:

- "every time we talk I come away feeling worse": a sentence-initial "every time X, Y" whose main
  clause is not the listener's act keeps its moment as "Y when X" (cutting "every time" alone left
  "We talk I come away…"); "every time I bring up money you change the subject" misparsed with
  "time" as the root is read as one situation too (never "you change the time");
- "like a normal person / an adult / a human being": a put-down comparison, cut from the act;
- "you were the one who never checked his homework": the cleft is the accusation's frame, the act
  is "you never checked his homework";
- "you never could stick to a budget": "never" before a modal reads as the habit ("you don't…");
- "keep your mouth shut": said plainly ("keep things to yourself");
- "give the deal a chance", "like a normal person": objects that stay singular under a negated habit;
- "every piece of feedback": a partitive names its whole ("feedback"), never "the piece";
- the need under an insult about the listener's own things ("lazy with your variable names"): asked
  as the behaviour wanted, not as help with their things or "count on you with";
- "You ruined my wedding day, Mum": the name addressed is not part of the occasion;
- a lower-case name ("leo's running late", an all-caps "KYLE FORGOT…") gets its capital back, a
  common noun ("money fixes everything") does not.

No package imports at module level (surface.py and situations.py import this module); the few
helpers needed are imported inside the functions. Names come from name_words.py.
"""

from __future__ import annotations

from .name_words import name_words

_YOU = {"you", "u", "ya"}

# --- "every time X, Y" -> "when X, Y" -------------------------------------------------------------


def every_time_as_when(tokens, words: list) -> list:
    """`words` (what cleaned() kept of `tokens`) with "when" where a clause-opening "every (single)
    time" was cut: "every time we talk I come away feeling worse" → "I come away feeling worse when we
    talk". Only when the main clause is not the listener's ("you sulk every time…" is the act
    itself, read elsewhere) and nothing but cut words comes before it."""
    from .surface import Word  # (surface imports this module: imported here, when first needed)
    kept = {w.tok.i for w in words if w.tok is not None}
    for time in tokens:
        if time.lower_ != "time" or time.dep_ != "npadvmod" or not any(
                c.dep_ == "det" and c.lower_ in ("every", "each") for c in time.children):
            continue
        moment = next((c for c in time.children if c.dep_ in ("relcl", "acl") and c.i > time.i), None)
        subject = next((c for c in time.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if moment is None or subject is None or subject.lower_ in _YOU:
            return words
        span = {t.i for t in moment.subtree}
        inside = [k for k, w in enumerate(words) if w.tok is not None and w.tok.i in span]
        if not inside or any(w.tok is None or w.tok.i not in span for w in words[inside[0]:inside[-1] + 1]):
            return words
        first, last = inside[0], inside[-1]
        if any(t.i in kept for t in tokens if t.i < time.i):  # "I cry every time we talk": "when", in place
            return words[:first] + [Word("when", " ", None)] + words[first:]
        rest = [w for w in words[last + 1:] if w.text != ","] if words[last + 1:last + 2] else []
        closing = [rest.pop()] if rest and rest[-1].text in (".", "!", "?") else []
        if not rest:
            return words  # nothing after the moment: no sentence to join it to
        # the main clause first, so it stands as a sentence ("when we talk, …" alone reads as a fragment)
        rest[-1] = Word(rest[-1].text, " ", rest[-1].tok)
        moment = list(words[first:last + 1])
        moment[-1] = Word(moment[-1].text, "", moment[-1].tok)
        return words[:first] + rest + [Word("when", " ", None)] + moment + closing
    return words


# --- tokens to cut from an act ----------------------------------------------------------------------

_PEOPLE = {"person", "people", "adult", "adults", "human", "humans", "being", "beings", "grown-up", "grownup",
           "grown-ups", "man", "woman", "men", "women", "guy", "everyone", "everybody", "normie"}
_PLAIN_PEOPLE = {"normal", "regular", "decent", "grown", "functioning", "sane", "reasonable", "rational", "mature",
                 "civilised", "civilized", "ordinary", "proper", "real", "actual", "responsible", "else"}
_MODALS = {"could", "would"}


def put_down_like(tokens) -> set[int]:
    """"(talk to me) like a normal adult", "like a human being", "like everyone else": measuring the
    listener against normal people is the put-down; the act is what's left."""
    found = set()
    for prep in tokens:
        if prep.lower_ != "like" or prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ not in _PEOPLE:
            continue
        described = {c.lower_ for c in obj.subtree if c.i != obj.i}
        rest = [c for c in prep.head.children if c.i != prep.i and c.dep_ in (
            "dobj", "dative", "prep", "prt", "intj", "ccomp", "xcomp", "acomp", "oprd")
                and not (c.lower_ == "for" and any(g.lower_ in ("once", "change") for g in c.subtree))]  # cut anyway
        if not rest:
            continue  # "act like an adult": the comparison is the whole act, nothing is left to keep
        if obj.lower_ in ("adult", "adults", "grown-up", "grownup", "grown-ups") or described & (_PLAIN_PEOPLE | {"human"}):
            found |= {t.i for t in prep.subtree}
    return found


def cleft_frame(tokens) -> set[int]:
    """"you were the one who left the gate open" → the words "were the one who": the act is the
    relative clause's, with "you" as its subject."""
    for one in tokens:
        if one.lower_ != "one" or one.dep_ != "attr" or one.head.lemma_ != "be":
            continue
        be = one.head
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        act = next((c for c in one.children if c.dep_ == "relcl"), None)
        who = next((c for c in act.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), None) \
            if act is not None else None
        if subject is None or subject.lower_ not in _YOU or who is None or any(
                c.dep_ == "neg" for c in be.children):
            continue
        cut = {be.i, one.i, who.i} | {c.i for c in one.children if c.dep_ == "det"}
        if all(be.i <= i <= who.i for i in cut) and who.i - be.i == len(cut) - 1:
            return cut  # "were the one who", nothing else between them
    return set()


def modal_after_never(tokens) -> set[int]:
    """"you never could keep…": the modal, so "never" reads as the habit ("you don't keep…")."""
    toks = list(tokens)
    return {b.i for a, b in zip(toks, toks[1:]) if a.lower_ == "never" and b.lower_ in _MODALS and b.tag_ == "MD"
            and b.head.pos_ == "VERB"}


def phrase_cuts(tokens) -> set[int]:
    return put_down_like(tokens) | cleft_frame(tokens) | modal_after_never(tokens)


# --- idioms said plainly ---------------------------------------------------------------------------


def plain_idioms(words: list) -> list:
    """"keep your mouth shut" → "keep things to yourself": what it means, without the insult."""
    from .surface import Word
    for k, w in enumerate(words):
        if w.tok is None or w.tok.lemma_ != "keep" or k + 2 >= len(words):
            continue
        owner, mouth = words[k + 1], words[k + 2]
        shut = words[k + 3] if k + 3 < len(words) else None
        if mouth.lower == "mouth" and owner.lower in ("your", "ur", "his", "her", "their") and shut is not None \
                and shut.lower == "shut":
            self_ = {"your": "yourself", "ur": "yourself", "his": "himself", "her": "herself",
                     "their": "themselves"}[owner.lower]
            return words[:k + 1] + [Word("things", " ", None), Word("to", " ", None),
                                     Word(self_, shut.ws, None)] + words[k + 4:]
    return words


def cleft_act(tokens, words: list) -> list:
    """"you were the one who never once checked his homework" (its frame cut) → "you didn't check his
    homework": the act's own verb carries the negation, so "could you check his homework?" can follow."""
    from . import inflect
    from .surface import Word
    cut = cleft_frame(tokens)
    act = next((t.head for t in tokens if t.i in cut and t.lower_ in ("who", "that")), None)
    if act is None:
        return words
    words = _agreeing_with_you(act, words)  # "who leaves", "who doesn't listen": said to "you" now
    nevers = [k for k, w in enumerate(words) if w.tok is not None and w.lower == "never" and w.tok.i < act.i]
    at = next((k for k, w in enumerate(words) if w.tok is not None and w.tok.i == act.i), None)
    if not nevers or at is None or act.tag_ not in ("VBD", "VBZ", "VBP"):
        return words
    do = "didn't" if act.tag_ == "VBD" else "don't"
    base = inflect.base_of(act.lemma_.lower())
    out = [w for k, w in enumerate(words[:at]) if k != nevers[0] and not (
        k > nevers[0] and w.lower in ("once", "ever"))]
    return out + [Word(do, " ", None), Word(base, words[at].ws, None)] + words[at + 1:]


_YOU_FORMS = {"is": "are", "'s": "'re", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
              "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}


def _agreeing_with_you(act, words: list) -> list:
    """The relative clause's verb (or its auxiliary) in the form "you" takes: "leaves" → "leave"."""
    from . import inflect
    from .surface import Word
    auxes = {c.i for c in act.children if c.dep_ in ("aux", "auxpass", "neg")}
    out = []
    for w in words:
        if w.tok is not None and w.tok.i in auxes | {act.i}:
            if w.lower in _YOU_FORMS:
                w = Word(_YOU_FORMS[w.lower], w.ws, w.tok)
            elif w.tok.i == act.i and act.tag_ == "VBZ" and not auxes:
                w = Word(inflect.base_of(act.lemma_.lower()), w.ws, w.tok)
        out.append(w)
    return out


def phrase_words(tokens, words: list) -> list:
    from .fluent_repairs import fronted_every  # "every holiday you spend half of it…" (fluent_repairs.py)
    return plain_idioms(cleft_act(tokens, fronted_every(tokens, every_time_as_when(tokens, words))))


# --- objects that stay singular ----------------------------------------------------------------------


def keeps_singular(obj) -> bool:
    """"give the deal a chance", "send me a text", "like a normal person": one given thing, one
    comparison: "chances", "persons", "give me them" would not be what was said."""
    if obj.dep_ == "dobj" and (any(c.dep_ == "dative" for c in obj.head.children) or obj.pos_ == "INTJ"):
        return True  # (an interjection object, "say no", "say sorry", is a word said, not a thing)
    if obj.dep_ == "dobj" and obj.lower_ in _IDIOM_OBJECTS and obj.head.lemma_.lower() in ("have", "take", "give", "make", "get"):
        return True  # "I'm not having a go", "make a fuss": an idiom, never "having gos"
    return obj.dep_ == "pobj" and obj.head.lower_ in ("like", "as")


_IDIOM_OBJECTS = {"go", "look", "word", "try", "laugh", "fuss", "scene", "clue", "say", "dig", "pop"}


# --- a partitive names its whole ------------------------------------------------------------------

_PARTS = {"piece", "bit", "scrap", "item", "shred", "ounce", "grain", "kind", "sort", "type", "bite", "drop"}
_QUANTIFIED = {"every", "each", "any", "all", "no", "a", "one", "single"}


def partitive_whole(chunk):
    """"every piece of feedback" → the tokens of "feedback": the part names nothing on its own."""
    root = chunk.root
    if root.lower_ not in _PARTS or not any(t.lower_ in _QUANTIFIED for t in chunk if t.i < root.i):
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.pos_ != "NOUN":
        return None
    return [t for t in whole.subtree if not t.is_punct]


def _partitives(doc) -> set[str]:
    return {" ".join(t.lower_ for t in whole) for whole in map(partitive_whole, doc.noun_chunks) if whole}


# --- the need under an insult --------------------------------------------------------------------

_CARE = {"careless", "sloppy", "messy"}  # the rest ("lazy about…", "passive about…") ask to keep on top of it


def need_with_topic(need: str, topic: str | None, msg=None) -> str:
    """The need line of TRAITS with its topic: "count on you with X" is not English ("…for X"), "your
    own" is pointed ("your"), and help with the listener's own things ("more help with your variable
    names") asks for the wrong thing: the behaviour is asked for instead."""
    if topic and msg is not None and topic in _partitives(msg.doc):
        topic = None  # "argue with every piece of feedback": a kind of thing met, not a task to count on them for
    if not topic:
        return need.format(with_topic="")
    prep = _trait_prep(msg) if msg is not None else None
    topic = topic.replace("your own ", "your ").replace("ur own ", "your ")
    theirs = topic.lower().startswith(("your ", "ur "))
    if theirs and ("{with_topic}" in need) and ("help" in need or "count on" in need):
        if prep == "with" or _trait_word(msg) in _CARE:
            return f"Could you take more care with {topic}?"
        return f"Could you keep on top of {topic}?"
    if "count on you" in need and (prep == "with" and _trait_word(msg) in _CARE):
        # "you're so careless with the company card": to be trusted with it, not "counted on for the company card"
        return need.replace("count on you{with_topic}", f"trust you with {topic}")
    if "count on you" in need:
        return need.format(with_topic=f" for {topic}")  # "…for it" after repeats.py, never "when it comes to it"
    return need.format(with_topic=f" with {topic}")


def _trait_word(msg) -> str | None:
    from .lexicon import TRAITS
    return next((t.lower_ for c in (msg.having("attack") if msg is not None else ()) for t in c.tokens
                 if t.lower_ in TRAITS), None)


def _trait_prep(msg) -> str | None:
    """The preposition an insult takes its thing with: "lazy with…", "passive about…"."""
    from .lexicon import TRAITS
    for clause in msg.having("attack"):
        for tok in clause.tokens:
            if tok.lower_ in TRAITS:
                prep = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "about", "at")),
                            None)
                if prep:
                    return prep
    return None


# --- the occasion without the name addressed ----------------------------------------------------


def addressed_within(obj) -> set[int]:
    """"my wedding day, Mum": the appositive name (and its comma) after the occasion, said to someone."""
    found = set()
    for c in obj.children:
        if c.dep_ == "appos" and c.i > obj.i and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or c.lower_ in _KIN
                                                   or c.doc[c.i - 1].text == "," and c.lower_ in name_words()):
            found |= {t.i for t in c.subtree}
            before = c.doc[c.i - 1]
            if before.text == ",":
                found.add(before.i)
    return found


# --- lower-case names ------------------------------------------------------------------------------

_KIN = {"mum", "mom", "dad", "mam", "nan", "nana", "gran", "grandma", "grandpa", "mummy", "mommy", "daddy"}


def _bare(tok) -> bool:
    return tok.is_alpha and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") and c.lower_ not in (
        "classic", "typical") for c in tok.children)


def after_count(tok) -> bool:
    """The word follows a number: "it's 3 max", "5 mins tops" name no one, whatever the parser says."""
    return tok.i > 0 and tok.nbor(-1).like_num


def lowercase_name(tok, shouted: bool = False) -> bool:
    """A word typed lower-case (or in an all-caps message) that is a person's name: the parser says
    so (a PERSON, a PROPN, a bare subject) and English writes the word capitalised far more often
    than not, so a common noun the parser mistakes ("money fixes everything") keeps its case."""
    if not tok.is_alpha or not (tok.text.islower() or shouted) or len(tok.text) < 2 or tok.lower_ in _YOU:
        return False
    if not _bare(tok) or after_count(tok):
        return False
    by_parser = tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN"
    subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NN", "NNP", "UH") and tok.head.pos_ in ("VERB", "AUX")
    if tok.lower_ in _KIN:  # "mum forgot again": said as a name when bare, as before
        return subject and tok.head.tag_ == "VBZ"
    if not (by_parser or subject or shouted and tok.dep_ in ("nsubj", "poss", "dobj", "pobj", "appos")):
        return False
    return tok.lower_ in name_words()


def shouted_word(lower: str, stop_words) -> str:
    """A shouted word re-cased: "KYLE" → "Kyle" (a name keeps its capital), "FORGOT" → "forgot"."""
    if len(lower) > 2 and lower.isalpha() and lower not in stop_words and lower not in _KIN and lower in name_words():
        return lower.capitalize()
    return lower


def mark_every_time_root(clauses) -> None:
    """"every time I bring up money you change the subject" parsed with "time" as the root and both
    clauses hung on it: the moment and the listener's act, one situation ("I bring up money and you
    change the subject"), as every_time.py reads the well-parsed shape. Never "the time" as an object."""
    from .literal import Literal
    from .surface import render, words_of
    for clause in clauses:  # (a literal already read from it, "you change the time", is replaced)
        time = clause.head
        if time.lower_ != "time" or time.dep_ != "ROOT" or not any(
                c.dep_ == "det" and c.lower_ in ("every", "each") for c in time.children):
            continue
        parts = [c for c in time.children if c.dep_ in ("relcl", "acl") and c.i > time.i]
        subjects = [next((s for s in p.children if s.dep_ == "nsubj"), None) for p in parts]
        if len(parts) != 2 or None in subjects or subjects[0].lower_ in _YOU or subjects[1].lower_ not in _YOU:
            continue
        inside = {t.i for t in clause.tokens}
        said = [render(words_of([t for t in p.subtree if t.i in inside and not t.is_punct
                                 and t.lower_ not in ("always", "just", "again", "even", "still")])) for p in parts]
        if all(said):
            clause.literal, clause.role = Literal(situation=f"{said[0]} and {said[1]}", past=False), "accusation"
