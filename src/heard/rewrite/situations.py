"""Turns one clause into what a rewrite says: the situation, a request, or the speaker's experience."""

from __future__ import annotations

import re

from . import inflect, phrase_repairs
from .causes import cause_last
from .clauses import YOU, Clause, doubts, is_negative, perfect, wh_led  # noqa: F401 (is_negative: re-exported)
from .lexicon import ABSOLUTES, INTENSIFIERS, INTERJECTIONS, SARCASM
from .sneers import sneering
from .surface import Word, is_emoji, render, spelled

_QUOTES = {'"', "“", "”", "'", "‘", "’", "`"}
_PROFANITY = {"fucking", "fuckin", "freaking", "friggin", "bloody", "damn", "goddamn", "effing",
              "hell", "heck", "fuck", "shit", "crap"}
_CONTEMPT_TOKENS_KEEP = {"you", "u", "your"}  # a contempt span's words we never need to cut
_ONCE = {"once", "ever", "single"}


def _scare_quoted(tokens) -> set[int]:
    """Indices of quote marks around one to three words ("forgot", 'creative'): sarcasm."""
    found = set()
    marks = [t for t in tokens if t.text in _QUOTES]
    for a, b in zip(marks, marks[1:]):
        if 1 <= b.i - a.i - 1 <= 3:
            found |= {a.i, b.i}
    return found


def _absolute_phrases(tokens) -> set[int]:
    """"every (single) time", "all the time", "as usual", "yet again", "not once (in N years)"."""
    found = set()
    toks = list(tokens)
    lowers = [t.lower_ for t in toks]
    for k, word in enumerate(lowers):
        nxt = lowers[k + 1:k + 4]
        if word == "every" and nxt[:1] in (["time"],) or word == "every" and nxt[:2] == ["single", "time"]:
            found |= {t.i for t in toks[k:k + (3 if nxt[:1] == ["single"] else 2)]}
        elif word == "all" and nxt[:2] == ["the", "time"]:
            found |= {t.i for t in toks[k:k + 3]}
        elif word == "as" and nxt[:1] in (["usual"], ["always"]):
            found |= {t.i for t in toks[k:k + 2]}
        elif word in ("yet", "once") and nxt[:1] == ["again"]:
            found |= {t.i for t in toks[k:k + 2]}
        elif word == "for" and (nxt[:1] == ["once"] or nxt[:2] == ["a", "change"]):  # "for once (in your life)"
            end = k + (2 if nxt[:1] == ["once"] else 3)
            end += 3 if lowers[end:end + 3] in (["in", "your", "life"], ["in", "ur", "life"]) else 0
            found |= {t.i for t in toks[k:end]}
        elif word == "not" and nxt[:1] == ["once"]:
            end = k + 2
            if lowers[end:end + 1] == ["in"]:
                end += 1
                while end < len(toks) and toks[end].pos_ in ("NUM", "NOUN", "DET", "ADJ"):
                    end += 1
            found |= {t.i for t in toks[k:end]}
    return found


def _contempt_tokens(clause: Clause, doc) -> set[int]:
    from ..cues import SPAN_KEY

    found = set()
    for span in doc.spans.get(SPAN_KEY, []):
        if span.label_ == "contempt":
            found |= {t.i for t in span if t.lower_ not in _CONTEMPT_TOKENS_KEEP and t.pos_ != "PROPN"
                      and t.dep_ not in ("nsubj", "nsubjpass")}
            for t in span:  # "sit in Nando's like an idiot": the whole simile goes, not "like an"
                if t.dep_ == "pobj" and t.head.lower_ == "like" and t.head.dep_ == "prep":
                    found |= {s.i for s in t.head.subtree}
    inside = {t.i for t in clause.tokens}
    return found & inside


def cleaned(clause: Clause, drop=frozenset(), strict: bool = True) -> list[Word]:
    """The clause's words without emoji, sarcasm, absolutes and intensifiers; "never" → "not".

    `strict` also drops intensifiers ("literally", "just") and contempt phrases (not the speaker's own)."""
    tokens = clause.tokens
    doc = tokens[0].doc
    cut = set(drop) | _scare_quoted(tokens) | _absolute_phrases(tokens) | phrase_repairs.phrase_cuts(tokens)
    if strict:
        cut |= _contempt_tokens(clause, doc)
    last = max((t.i for t in tokens if t.is_alpha), default=-1)
    for t in tokens:
        low = t.lower_
        if is_emoji(t.text) or low in ("lol", "lmao", "smh", "ffs", "tbh", "ngl") \
                or low in ("chill", "relax") and t.i == last and t.i > tokens[0].i:  # "…10 mins late chill"
            cut.add(t.i)
        elif low in ABSOLUTES and t.dep_ in ("advmod", "npadvmod", "dep"):
            cut.add(t.i)
        elif strict and low in INTENSIFIERS and t.dep_ in ("advmod", "amod", "dep", "npadvmod") \
                and not (low == "just" and t.head.lemma_ in ("want", "need") or low == "even" and t.i == t.head.right_edge.i):
            cut.add(t.i)
        elif low in _PROFANITY and t.dep_ in ("advmod", "amod", "dep", "intj", "pobj", "npadvmod") or sneering(t):
            cut.add(t.i)  # sneering: "your stupid mug" keeps "your mug"
        elif strict and low in SARCASM and t.pos_ in ("ADJ", "NOUN", "INTJ", "ADV") \
                and not (t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be"):
            cut.add(t.i)  # but not what a thing is said to be: "the lag was unreal" would leave "the lag was"
        elif t.text in ("?", "!") and strict:
            cut.add(t.i)
        elif t.text == "," and t.head.dep_ == "nsubj" and t.i == t.head.i + 1 and not any(
                c.dep_ in ("appos", "conj") for c in t.head.children):
            cut.add(t.i)  # "lauren, only calls": no comma between a subject and its verb
    # Interjections at the clause's start ("ok but", "wow.", "look,").
    for t in tokens:
        if t.i in cut or t.is_punct:
            continue
        if t.lower_ in INTERJECTIONS and t.dep_ in ("intj", "advmod", "ROOT", "dep", "discourse", "npadvmod", "amod", "acomp", "nsubj", "cc", "prep", "punct") \
                and not (t.lower_ in ("well", "sure", "fine") and t.dep_ == "acomp") \
                or t.lower_ in INTERJECTIONS and t.dep_ == "compound" and t.head.lower_ in INTERJECTIONS:  # "Jesus Christ,"
            cut.add(t.i)
            continue
        if t.lower_ == "come" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "on" and t.tag_ == "VB":
            cut |= {t.i, t.i + 1}  # "Ah come on Declan, you told the whole pub…": no "when come on Declan, you told"
            continue
        if t.lower_ in ("c'mon", "cmon"):
            cut.add(t.i)
            continue
        if t.lower_ == "my" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("god", "gosh", "goodness", "lord", "days"):
            cut |= {t.i, t.i + 1}  # "Oh my god, you forgot…": no "when my god, you forgot"
            continue
        break
    words = []
    for t in tokens:
        if t.i in cut:
            if t.i in drop and t.dep_ == "nsubj" and t.head.tag_ == "VBD" and not any(  # "Wow Dad, … missed it"
                    c.i not in cut and not list(c.children) for c in t.children if c.pos_ in ("PROPN", "PRON")) \
                    and not any(c.dep_ == "nsubj" and c.i != t.i and c.i not in cut for c in t.head.children):
                # (not "Marcus, the deck went out…": the parse hangs the name on a verb that has its own subject)
                words.append(Word("you", " ", None))  # the one addressed did it: "you missed the recital"
            elif words and t.whitespace_:
                words[-1].ws = words[-1].ws or " "
            continue
        words.append(Word(spelled(t), t.whitespace_, t))
    if strict and not clause.question and clause.you_subject and any(t.lower_ in ABSOLUTES for t in tokens):
        words, _ = _drop_have_to(clause.head, words)  # "you always have to have the last word"
    return _fix_never(phrase_repairs.phrase_words(tokens, words))  # "every time X, Y" → "Y when X", clefts, idioms


def _fix_never(words: list[Word]) -> list[Word]:
    """"you never listen" → "you don't listen"; "you've never once" → "you haven't"."""
    out = list(words)
    for k, w in enumerate(out):
        if w.lower != "never" or w.tok is None:
            continue
        head = w.tok.head
        # "never ever", "never once"
        while k + 1 < len(out) and out[k + 1].lower in _ONCE:
            out[k + 1] = Word("", "", None)
        aux = _aux_before(out[:k], head)
        if aux is not None and aux.lower in inflect.NEGATED_AUX:
            negated = "hasn't" if aux.lower in ("'s", "’s") and perfect(head) else inflect.NEGATED_AUX[aux.lower]
            index = out.index(aux)
            if aux.text.startswith(("'", "’")) and index > 0:
                out[index - 1] = Word(out[index - 1].text, " ", out[index - 1].tok)
            out[index] = Word(negated if not aux.text[:1].isupper() else negated.capitalize(), aux.ws, aux.tok)
            out[k] = Word("", "", None)
            continue
        if head.pos_ in ("VERB", "AUX") and head.i > w.tok.i:
            do = {"VBD": "didn't", "VBZ": "doesn't"}.get(head.tag_, "don't")
            out[k] = Word(do, " ", w.tok)
            for j, x in enumerate(out):
                if x.tok is not None and x.tok.i == head.i:
                    out[j] = Word(_base(head), x.ws, x.tok)
        else:
            out[k] = Word("not", w.ws, w.tok)
    return [w for w in out if w.text]


def _aux_before(words: list[Word], head):
    """The auxiliary (or copula) of `head` nearest before a "never"."""
    for x in reversed(words):
        if x.tok is None:
            continue
        if x.tok.head.i == head.i and x.tok.dep_ in ("aux", "auxpass"):
            return x
        if x.tok.i == head.i and head.lemma_ == "be":
            return x
    return None


def _base(tok) -> str:
    lemma = tok.lemma_.lower()
    return inflect.base_of(lemma if lemma and lemma != "-pron-" else tok.lower_)


def situation(clause: Clause, drop=frozenset()) -> str:
    """The clause as a plain description (for "when …"): no absolutes, no question form.

    A present perfect becomes a simple past ("you have singled out" → "you singled out"), so the
    situation fits "I felt … when …".
    """
    words = cause_last(cleaned(clause, drop))  # "thanks to your report, X" → "X because of the report" (causes.py)
    if clause.question:
        words = _question_to_statement(clause, words)
    while words and words[-1].tok is not None and words[-1].tok.lower_ == "so" and words[-1].tok.i == clause.tokens[-1].i \
            and len(words) > 3:  # "…until sunday night either so": a trailing "so" leads nowhere (set 22)
        words = words[:-1]
    return render(words if clause.question and is_negative(clause) else _simple_past(clause, words))


def _simple_past(clause: Clause, words: list[Word]) -> list[Word]:
    """"you have singled out" → "you singled out"; "you'd say that to her face" → "you said…"."""
    head = clause.head
    if not clause.you_subject:
        return words
    would = [c for c in head.children if c.dep_ == "aux" and c.lower_ in ("would", "'d") and c.i < head.i]
    if would and head.tag_ == "VB" and head.lemma_ != "be" and not any(
            c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in head.children):
        return _without_aux_in_past(words, would[0], head)
    have = [c for c in head.children if c.dep_ == "aux" and c.lemma_ == "have" and c.i < head.i]
    if head.tag_ != "VBN" or not have or head.lemma_ == "be" or any(
            c.dep_ in ("aux", "auxpass", "neg") and c.lemma_ not in ("have", "never") for c in head.children):
        return words  # (a "haven't" stays whole: dropping "have" would leave "you n't said")
    if any(t.lower_ == "since" for t in clause.tokens) or _LASTING.search(clause.text):
        return words  # "you've had my lawnmower since Easter": still going, so the perfect stays ("you had… since"
        # is no English)
    return _without_aux_in_past(words, have[0], head)


_PERFECT_ONLY = {"now", "just", "already"}
# "for five months", "for the last two weeks": a span up to now, which only the perfect says
_LASTING = re.compile(r"\bfor (?:the (?:last|past) )?(?:\d+|a|an|two|three|four|five|six|several|many) "
                      r"(?:days?|weeks?|months?|years?)\b", re.I)


def _without_aux_in_past(words: list[Word], aux, head) -> list[Word]:
    """Drops the auxiliary (and the space a contracted "'d"/"'ve" hung on) and puts the head
    verb in the simple past."""
    out = []
    for w in words:
        if w.tok is not None and w.tok.i == aux.i:
            if out and w.text.startswith("'"):
                out[-1] = Word(out[-1].text, " ", out[-1].tok)
            continue
        if w.tok is not None and aux.i < w.tok.i < head.i and w.tok.lower_ in _PERFECT_ONLY and aux.lemma_ == "have":
            continue  # "you've now delayed it" → "you delayed it": "now" fits only the perfect (set 22)
        if w.tok is not None and w.tok.i == head.i:
            out.append(Word(inflect.past(_base(head)), w.ws, w.tok))
            continue
        out.append(w)
    return out


def _question_to_statement(clause: Clause, words: list[Word]) -> list[Word]:
    """"why do you always X" → "you X"; "why did you X" → "you X-ed"; "why do you never X" → "you don't X"; "do you care that S" → S."""
    head = clause.head
    subject = clause.subject
    # "do you even care/know/realise that S" → S
    if head.lemma_ in ("care", "know", "realise", "realize", "notice", "understand", "see"):
        comp = next((c for c in head.children if c.dep_ == "ccomp" and not wh_led(c)), None)
        if comp is not None:
            inside = {t.i for t in comp.subtree}
            kept = [w for w in words if w.tok is not None and w.tok.i in inside and w.tok.dep_ != "mark"]
            if kept:
                return kept
    if subject is None:
        return words
    words, main = _drop_have_to(head, words)
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    if head.lemma_ == "be" and head.i < subject.i:
        auxes = [head]
    if not auxes:
        return words
    aux = auxes[0]
    wh = {t.i for t in clause.tokens if t.tag_ in ("WRB",) and t.i < subject.i}
    negs = {c.i for c in list(head.children) + list(aux.children) if c.dep_ == "neg" and c.i < subject.i} or (
        {-1} if doubts(clause) or any(w.tok is not None and w.tok.i == aux.i and w.text.endswith("n't") for w in words) else set())
    out = []
    for w in words:
        if w.tok is None:
            out.append(w)
            continue
        i = w.tok.i
        if i in wh or i in negs or (i < subject.i and w.tok.dep_ in ("advmod",) and w.lower in ("why", "how")):
            continue
        if i == aux.i:
            continue
        if i == subject.i:
            out.append(Word("you" if subject.lower_ in YOU else w.text, " ", w.tok))
            form = _negative_aux(aux, subject) if negs else _aux_after_subject(aux, head, subject)
            if form:
                out.append(Word(form, " ", None))
            continue
        if negs and i == main.i and aux.lemma_ != "be":
            out.append(Word(_base(main), w.ws, w.tok))
            continue
        if i == main.i and aux.lemma_ == "do" and aux.tag_ == "VBD":
            out.append(Word(inflect.past(_base(main)), w.ws, w.tok))
            continue
        if i == main.i and aux.lower_ in ("would", "must") and main.tag_ == "VB":
            out.append(Word(inflect.past(_base(main)), w.ws, w.tok))
            continue
        if i == main.i and aux.lemma_ == "do" and aux.tag_ == "VBZ":
            out.append(Word(inflect.third_person(_base(main)), w.ws, w.tok))
            continue
        out.append(w)
    return out


def _drop_have_to(head, words: list[Word]) -> list[Word]:
    """"(why do) you have to turn X" → "(why do) you turn X": the complaint, not the compulsion."""
    xcomp = next((c for c in head.children if c.dep_ == "xcomp"), None)
    if head.lemma_ not in ("have", "get") or xcomp is None:
        return words, head
    to = next((c for c in xcomp.children if c.lower_ == "to" and c.i < xcomp.i), None)
    if to is None:
        return words, head
    return [w for w in words if w.tok is None or w.tok.i not in (head.i, to.i)], xcomp


def _negative_aux(aux, subject) -> str:
    """"why can't you" → "you don't"; "why didn't you" → "you didn't"; "why aren't you" → "you aren't"."""
    if aux.lemma_ == "be":
        return "weren't" if aux.tag_ == "VBD" else "aren't" if subject.lower_ in YOU else "isn't"
    if aux.tag_ == "VBD" or aux.lower_ in ("could", "would", "did") or aux.lemma_ == "have":
        return "didn't"
    return "doesn't" if aux.tag_ == "VBZ" and subject.lower_ not in YOU else "don't"


def _aux_after_subject(aux, head, subject) -> str:
    """The auxiliary as it stands after the subject in a statement, or "" for do/would."""
    if aux.lemma_ == "do" or aux.lower_ in ("would", "must"):
        return ""
    if aux.lemma_ == "be":
        you = subject.lower_ in YOU
        return {"VBD": "were" if you else "was"}.get(aux.tag_, "are" if you else aux.lower_)
    return aux.lower_


def verb_phrase(clause: Clause, form: str = "base", drop=frozenset()) -> str:
    """The clause's predicate without its subject and auxiliaries: "check the calendar …".

    `form` is "base" (for "could you …") or "gerund" (for "talk about …").
    """
    head = clause.head
    if head.lemma_ == "be":
        complement = next((c for c in head.children if c.dep_ in ("acomp", "attr", "prep", "advmod")), None)
        if complement is None:
            return ""
    words = cleaned(clause, drop)
    skip = {c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass", "mark")}
    skip |= {t.i for t in clause.tokens if t.lower_ in ("never", "ever", "once")
             or (t.lower_ in ("why", "how") and t.i < head.i)}
    skip |= {t.i for t in clause.tokens if t.i < head.i and t.dep_ in ("advmod", "npadvmod", "intj", "cc")}
    # "have to X" / "got to X" → X
    xcomp = next((c for c in head.children if c.dep_ == "xcomp"), None)
    main = head
    if head.lemma_ in ("have", "get", "need") and xcomp is not None and any(
            c.lower_ == "to" for c in xcomp.children):
        skip |= {head.i} | {c.i for c in xcomp.children if c.lower_ == "to"}
        main = xcomp
    if head.lemma_ == "keep" and xcomp is not None and xcomp.tag_ == "VBG":
        skip |= {head.i}
        main = xcomp
    for conj in (c for c in main.children if c.dep_ == "conj"):
        skip |= {t.i for t in conj.subtree}
        skip |= {c.i for c in main.children if c.dep_ == "cc" and c.i < conj.i}
        skip |= {t.i for t in clause.tokens if t.i > conj.i}
    out = []
    for w in words:
        if w.tok is not None and (w.tok.i in skip or w.tok.i < main.i and w.tok.i != head.i):
            continue
        if w.lower in ("don't", "didn't", "doesn't", "not", "haven't", "won't", "can't", "hasn't",
                       "aren't", "isn't", "wasn't", "weren't", "couldn't", "wouldn't"):
            continue
        if w.tok is not None and w.tok.i == main.i:
            lemma = _base(main)
            if main.lemma_ == "be" and main.tag_ != "VB":
                lemma = "be"
            out.append(Word(inflect.gerund(lemma) if form == "gerund" else lemma, w.ws, w.tok))
            continue
        out.append(w)
    text = render(out)
    return text if len(text.split()) >= 1 else ""


# -- one occasion instead of a habit ---------------------------------------------------------
_PAST_NEGATION = {"don't": "didn't", "doesn't": "didn't", "won't": "didn't", "can't": "couldn't",
                  "aren't": "weren't", "isn't": "wasn't", "haven't": "haven't", "didn't": "didn't"}
_MODALS = {"will", "can", "would", "could", "should", "must", "may", "might", "shall", "to"}
_PAST_BE = {"are": "were", "'re": "were", "is": "was", "'s": "was", "am": "was", "'m": "was"}


def _present_verb(tok, verbs, kept) -> bool:
    """A present-tense verb of the clause that `specific` puts in the past (its auxiliaries, if
    the rewrite kept any, decide instead: "you will", "you can")."""
    if tok.pos_ != "VERB" or tok.lemma_ == "be" or tok.dep_ == "xcomp" and tok.i not in verbs:
        return False  # an xcomp has no tense of its own ("said thank you": never "said thanked you")
    if any(c.dep_ == "aux" and c.i in kept and (c.lemma_ in _MODALS or c.lemma_ == "do") for c in tok.children):
        return False
    return tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VB" and tok.i in verbs)


def specific(clause: Clause, drop=frozenset()) -> str:
    """The clause told as one past occasion: "you never replace X" → "you didn't replace X"."""
    words = cleaned(clause, drop)
    if clause.question:
        words = _question_to_statement(clause, words)
    head = clause.head
    verbs = {head.i} | {c.i for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
    if head.i not in {w.tok.i for w in words if w.tok is not None}:  # "have to X" dropped: X leads
        verbs |= {c.i for c in head.children if c.dep_ == "xcomp"}
        verbs.discard(head.i)
    negated = {w.tok.head.i for w in words if w.tok is not None and w.lower in _PAST_NEGATION}
    negated |= verbs if any(w.tok is None and w.lower in _PAST_NEGATION for w in words) else set()
    kept = {w.tok.i for w in words if w.tok is not None}
    out = []
    # "you have ignored every one of them": "them", not "the one of them" (one occasion of "every one" is all of them)
    skip = {k + j for k in range(len(words) - 2) if [x.lower for x in words[k:k + 3]] == ["every", "one", "of"]
            for j in range(3)}
    for n, w in enumerate(words):
        low = w.lower
        if n in skip:
            continue
        if low == "every" and w.tok is not None and w.tok.dep_ == "det":
            out.append(Word("this", w.ws, w.tok))
            continue
        if w.tok is not None and w.tok.i in negated and w.tok.tag_ in ("VBP", "VB", "VBZ"):
            out.append(w)
            continue
        if low in _PAST_NEGATION and (w.tok is None or w.tok.lower_ == "never" or w.tok.head.i in verbs):
            out.append(Word(_PAST_NEGATION[low], w.ws, w.tok))
        elif w.tok is not None and _present_verb(w.tok, verbs, kept):
            out.append(Word(inflect.past(_base(w.tok)), w.ws, w.tok))
        elif w.tok is not None and low in _PAST_BE and w.tok.pos_ == "AUX":
            form = _PAST_BE[low]
            if low.startswith("'") and out:
                out[-1] = Word(out[-1].text, " ", out[-1].tok)
            verb = w.tok.head if w.tok.dep_ in ("aux", "auxpass") else w.tok
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if form == "was" and subject is not None and (
                    subject.lower_ in YOU | {"we", "they"} or subject.tag_ in ("NNS", "NNPS")):
                form = "were"
            out.append(Word(form, w.ws, w.tok))
        else:
            out.append(w)
    return render(out)
