"""DocView: what heard reads from a spaCy doc (token keys with offsets, lemmas, cues, shape)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, IS_UPPER, LEMMA, LENGTH, LIKE_NUM, LIKE_URL, NORM

from .cues import SPAN_KEY

_REPEATED_MARKS = re.compile(r"([!?])\1+")
_ATTRS = [NORM, LEMMA, IDX, LENGTH, LIKE_URL, LIKE_NUM, IS_ALPHA, IS_UPPER, IS_SPACE]


@dataclass
class DocView:
    """The features' raw material for one doc."""

    keys: list = field(default_factory=list)        # normalised token strings
    offsets: list = field(default_factory=list)     # (start, end) character span of each key
    ngrams: list = field(default_factory=list)      # "you", "you never", "you never listen"…
    lemmas: list = field(default_factory=list)
    cues: list = field(default_factory=list)        # "cue:contempt", "flag:blaming", "shape:…"
    cue_spans: list = field(default_factory=list)   # (cue, label, start, end)

    def spans_of(self, gram: str) -> list[tuple[int, int]]:
        """Character spans where the n-gram `gram` occurs."""
        parts = gram.split(" ")
        n = len(parts)
        return [(self.offsets[i][0], self.offsets[i + n - 1][1])
                for i in range(len(self.keys) - n + 1) if self.keys[i:i + n] == parts]


def view_doc(doc, max_n: int, text: str | None = None) -> DocView:
    """`text` is the doc's text when the caller has it (rebuilding doc.text is not free)."""
    text = doc.text if text is None else text
    view = DocView()
    strings = doc.vocab.strings
    upper = 0
    if len(doc):
        for norm, lemma, idx, length, url, num, alpha, is_upper, space in doc.to_array(_ATTRS).tolist():
            if space:
                continue
            view.keys.append("<url>" if url else "<num>" if num else strings[norm].lower())
            view.offsets.append((idx, idx + length))
            if alpha:
                view.lemmas.append(strings[lemma].lower())
                if is_upper and length > 1:
                    upper += 1
    keys = view.keys
    grams = view.ngrams
    grams.extend(keys)
    for n in range(2, max_n + 1):
        grams.extend(" ".join(keys[i:i + n]) for i in range(len(keys) - n + 1))
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
