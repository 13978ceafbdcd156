"""DocView: what heard reads from a spaCy doc (token keys with offsets, lemmas, cues, shape)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, LEMMA, NORM, ORTH

from .cues import SPAN_KEY

_REPEATED_MARKS = re.compile(r"([!?])\1+")
_ATTRS = [ORTH, NORM, IDX, LEMMA]


@dataclass
class DocView:
    """The features' raw material for one doc."""

    keys: list = field(default_factory=list)        # normalised token strings
    offsets: list = field(default_factory=list)     # (start, end) character span of each key
    ngrams: list = field(default_factory=list)      # "you", "you never", "you never listen"…
    lemmas: list = field(default_factory=list)      # of the alphabetic tokens
    cues: list = field(default_factory=list)        # "cue:contempt", "flag:blaming", "shape:…"
    cue_spans: list = field(default_factory=list)   # (cue, label, start, end)

    def spans_of(self, gram: str) -> list[tuple[int, int]]:
        """Character spans where the n-gram `gram` occurs."""
        parts = gram.split(" ")
        n = len(parts)
        return [(self.offsets[i][0], self.offsets[i + n - 1][1])
                for i in range(len(self.keys) - n + 1) if self.keys[i:i + n] == parts]


# Memos keyed by spaCy hashes. A string's hash never changes, so they stay right across
# memory zones. _LOWERED: hash -> lower-cased string (norms, lemmas), sparing a StringStore
# lookup and a lower() per token. _LEXICAL: word hash -> what the word alone decides (spaCy's
# lexeme flags), sparing five more columns of Doc.to_array per doc.
_LOWERED: dict[int, str] = {}
_LEXICAL: dict[int, tuple] = {}
_MEMO_LIMIT = 50_000


def _lowered(strings, key: int) -> str:
    if len(_LOWERED) > _MEMO_LIMIT:
        _LOWERED.clear()
    found = _LOWERED[key] = strings[key].lower()
    return found


def _lexical(vocab, orth: int) -> tuple:
    """(is space, "<url>"/"<num>"/None, is alphabetic, is a shouted word, length)."""
    lex = vocab[orth]
    special = "<url>" if lex.like_url else "<num>" if lex.like_num else None
    if len(_LEXICAL) > _MEMO_LIMIT:
        _LEXICAL.clear()
    length = len(lex.orth_)
    found = _LEXICAL[orth] = (lex.is_space, special, lex.is_alpha,
                              lex.is_alpha and lex.is_upper and length > 1, length)
    return found


def view_doc(doc, max_n: int, text: str | None = None, details: bool = True) -> DocView:
    """`text` is the doc's text when the caller has it (rebuilding doc.text is not free).
    `details=False` leaves out the offsets and lemmas, which scoring alone does not read."""
    text = doc.text if text is None else text
    view = DocView()
    strings, vocab = doc.vocab.strings, doc.vocab
    upper = 0
    if len(doc):
        lowered, lexical = _LOWERED.get, _LEXICAL.get
        rows = doc.to_array(_ATTRS).tolist()
        words = [lexical(row[0]) or _lexical(vocab, row[0]) for row in rows]
        if any(word[0] for word in words):  # whitespace tokens carry no words
            rows = [row for row, word in zip(rows, words) if not word[0]]
            words = [word for word in words if not word[0]]
        view.keys = [word[1] or lowered(row[1]) or _lowered(strings, row[1])
                     for row, word in zip(rows, words)]
        upper = sum(word[3] for word in words)
        if details:
            view.offsets = [(row[2], row[2] + word[4]) for row, word in zip(rows, words)]
            view.lemmas = [lowered(row[3]) or _lowered(strings, row[3])
                           for row, word in zip(rows, words) if word[2]]
    keys = view.keys
    grams = view.ngrams
    # A full stop alone is no word: the corpus's short neutral texts rarely end in one and its terse
    # insults do ("Spineless. As always."), so as a unigram it became a blame cue that carried a
    # short message's whole score ("Hello." 0.57, "Erica." 0.80). Its bigrams ("lazy .") stay.
    grams.extend([key for key in keys if key != "."] if "." in keys else keys)
    for n in range(2, max_n + 1):
        grams.extend(map(" ".join, zip(*(keys[i:] for i in range(n)))))
    if upper >= 2:
        view.cues.append("shape:shouting")
    if _REPEATED_MARKS.search(text):
        view.cues.append("shape:repeated_marks")
    if text.rstrip().endswith("?"):
        view.cues.append("shape:question")
    group = doc.spans.get(SPAN_KEY)
    if group is not None and len(group):
        labels = group.attrs.get("labels", {})
        for span in group:
            label = labels.get(span.label_)
            view.cues.append("cue:" + span.label_)
            if label:
                view.cues.append("flag:" + label)
            view.cue_spans.append((span.label_, label, span.start_char, span.end_char))
    return view
