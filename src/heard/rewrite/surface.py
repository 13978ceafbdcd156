"""The written surface of a rewrite: shouting re-cased, words joined, punctuation and capitals tidied."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from . import inflect
from .phrase_repairs import after_count, lowercase_name, shouted_word

_MONTHS_DAYS = {m: m.capitalize() for m in (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday").split()}
_AMBIGUOUS = {"may", "march", "august"}  # also a verb or an adjective
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


@dataclass
class Word:
    """One word of a clause being rewritten: its text, the space after it, and its source token."""

    text: str
    ws: str = " "
    tok: object = None  # the spaCy Token it came from, None for words the rewrite added

    @property
    def lower(self) -> str:
        return self.text.lower()


_TEXTSPEAK = {"u": "you", "ur": "your", "ya": "you", "bc": "because", "cuz": "because", "tho": "though",
              "rn": "right now", "pls": "please", "plz": "please", "thx": "thanks"}


def spelled(tok) -> str:
    """A token's text with text-speak spelled out ("ur" → "your")."""
    if tok.lower_ in _TEXTSPEAK and tok.text.islower():
        return _TEXTSPEAK[tok.lower_]
    day = tok.lower_[:-1] if tok.lower_.endswith("days") else tok.lower_
    if tok.text.islower() and day in _MONTHS_DAYS and (day not in _AMBIGUOUS or tok.ent_type_ == "DATE"):
        return tok.text.capitalize()  # "on a friday" → "on a Friday"; "may"/"march" only as dates
    if tok.ent_type_ == "PERSON" and tok.text.islower() and tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha \
            and not any(c.dep_ in ("det", "poss") for c in tok.children) and not after_count(tok) \
            or _bare_name_subject(tok):
        return tok.text.capitalize()  # "classic lauren" → "Lauren": a name keeps its capital in a rewrite
    return tok.text


def _bare_name_subject(tok) -> bool:
    """"typical dave, only shows up…", "leo's running late": a bare lowercase name the parser reads as a
    name or a subject, and not a common noun ("money fixes everything") (phrase_repairs.py)."""
    return lowercase_name(tok)


def said_tokens(tokens) -> list:
    """The tokens that are words: no punctuation, no emoji."""
    return [t for t in tokens if not t.is_punct and not is_emoji(t.text)]


def words_of(tokens) -> list[Word]:
    return [Word(spelled(t), t.whitespace_, t) for t in tokens]


def past_joined(tokens, head, tags) -> list[Word]:
    """words_of(tokens), with each act of one of `tags` joined to `head` told in the past as the head is:
    "…and putting the carton back" → "…and put the carton back", "…and not washing the tub" → "…and
    didn't wash the tub", "…and go through their drawers" → "…and went through…"."""
    joined = {t.i for t in tokens if t.tag_ in tags and t.dep_ == "conj" and t.head.i == head.i}
    negated = {t.head.i for t in tokens if t.dep_ == "neg" and t.head.i in joined}
    words = []
    for tok, word in zip(tokens, words_of(tokens)):
        if tok.dep_ == "neg" and tok.head.i in negated:
            continue
        if tok.i in joined:
            base = inflect.base_of(tok.lemma_.lower())
            word = Word(f"didn't {base}" if tok.i in negated else inflect.past(base), tok.whitespace_, tok)
        words.append(word)
    return words


def recase(text: str) -> str:
    """Lowercases shouting (a sentence in capitals, or an emphasised WORD), keeping every offset.

    Acronyms (PE, IRS, API) stay as they are; months and days keep their capital.
    """
    chars = list(text)
    for sentence in _SENTENCE.finditer(text):
        found = [m for m in _WORD.finditer(sentence.group()) if len(m.group()) > 1]
        shouted = [m for m in found if m.group().isupper()]
        whole = len(shouted) >= 3 and len(shouted) >= 0.6 * len(found)
        for match in shouted:
            word = match.group()
            lower = word.lower()
            if not (whole or len(word) >= 5 or lower in STOP_WORDS or lower.rstrip("'s") in STOP_WORDS):
                continue
            end = sentence.start() + match.end()
            if text[end:end + 1].isdigit() or text[end:end + 1] == "-" and text[end + 1:end + 2].isdigit():
                continue  # a code, not shouting: "PRINCE2", "INC-4471"
            replacement = _MONTHS_DAYS.get(lower) or shouted_word(lower, STOP_WORDS)  # "KYLE" → "Kyle"
            start = sentence.start() + match.start()
            for i, ch in enumerate(replacement):
                if len(ch) == 1:
                    chars[start + i] = ch
    return "".join(chars)


def is_emoji(text: str) -> bool:
    """True for a token made only of pictographs, variation selectors and joiners."""
    return bool(text) and all(
        unicodedata.category(ch) in ("So", "Sk", "Cs", "Mn", "Cf") or 0x1F000 <= ord(ch) <= 0x1FAFF
        for ch in text) and not text.isalnum()


def join(words: list[Word]) -> str:
    return "".join(w.text + (w.ws or _gap(w, words[k + 1] if k + 1 < len(words) else None))
                   for k, w in enumerate(words)).strip()


def _gap(word: Word, following) -> str:
    """A space where a dropped token stood: "the release, genius" without ", genius" is not "releasegenius"."""
    if following is None or word.tok is None or following.tok is None or not following.text[:1].isalnum():
        return ""
    return " " if following.tok.i != word.tok.i + 1 and word.tok.doc is following.tok.doc else ""


_SPACE_BEFORE = re.compile(r"\s+([,.!?;:%])")
_REPEATS = re.compile(r"([!?.,])\1+")
_PUNCT_RUN = re.compile(r"[,;:]\s*([.!?])")
_LEADING = re.compile(r"^(?:[\s,;:.!?\-–—]+|(?:and|but|so|or|because|cause|cos|bc)\b[\s,]*)+",
                      re.IGNORECASE)
_TRAILING = re.compile(r"[\s,;:\-–—]+$|\s+(?:and|but|or)$|,\s*so$", re.IGNORECASE)
_LONE_I = re.compile(r"\bi\b(?=$|[\s'’,.!?;:])")
_A_AN = re.compile(r"\b([Aa]) (?=(?!(?:one|once|eu|ewe)\w*)([aeioAEIO])\w)", re.I)  # not "an one-star review"
# "why can't you be on time" → "you don't be on time" → "you aren't on time"
_DO_BE = tuple((re.compile(rf"\b{a}\s+be\b"), b) for a, b in (
    ("don't", "aren't"), ("didn't", "weren't"), ("doesn't", "isn't"), ("Don't", "Aren't")))
_EMPTY_PARENS = re.compile(r"\(\s*\)|\"\s*\"|“\s*”")


def tidy(text: str) -> str:
    """One clause's text cleaned of what edits leave behind: double spaces, stray commas, "i"."""
    text = _EMPTY_PARENS.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _REPEATS.sub(r"\1", text)
    text = _PUNCT_RUN.sub(r"\1", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text).strip()
        text = _TRAILING.sub("", text).strip()
    text = _LONE_I.sub("I", text)
    for wrong, right in _DO_BE:
        text = wrong.sub(right, text)
    text = _A_AN.sub(_article, text)
    return text


def _article(match) -> str:
    return match.group(1) + "n "  # "a" before a vowel the rewrite put there ("a hour" stays "an hour")


def render(words: list[Word], lower_start: bool = True) -> str:
    """A clause's words as tidy text; its first word lowercased unless a name, "I" or an acronym."""
    words = [w for w in words if w.text]
    if lower_start and words:
        first = words[0]
        keep = first.text.isupper() or first.text in ("I", "I'm", "I've", "I'll", "I'd") \
            or (first.tok is not None and (first.tok.pos_ == "PROPN" or first.tok.ent_type_ in _NAME_ENTS
                                           or not first.tok.is_sent_start))
        if not keep and first.text[:1].isupper():
            words = [Word(first.text[0].lower() + first.text[1:], first.ws, first.tok)] + words[1:]
    return tidy(join(words))


_NAME_ENTS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def sentence(text: str, end: str | None = None) -> str:
    """A clause made into a sentence: capital first letter and one closing mark.

    A question keeps its "?" unless `end` says otherwise; "!" calms down to ".".
    """
    text = tidy(text)
    if not text:
        return ""
    stripped = text.rstrip(".!?… ")
    mark = end or ("?" if text.endswith("?") else ".")
    return capitalise(stripped) + mark if stripped else ""


def paragraph(sentences) -> str:
    """Sentences joined with one space; empty ones dropped."""
    return " ".join(s for s in (sentence(s) for s in sentences if s and s.strip()) if s)
