"""DocView: what heard reads from a spaCy doc (n-grams with their spans, lemmas, cues, shape)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import SPAN_KEY

_REPEATED_MARKS = re.compile(r"([!?])\1+")


@dataclass
class DocView:
    """What the featurizer reads from one doc, with character spans for each n-gram."""

    ngrams: list = field(default_factory=list)      # "you never", …
    spans: dict = field(default_factory=dict)       # n-gram -> [(start, end), …]
    lemmas: list = field(default_factory=list)
    cues: list = field(default_factory=list)        # "cue:contempt", "flag:blaming", …
    cue_spans: list = field(default_factory=list)   # (cue, label, start, end)


def _token_key(token) -> str:
    if token.like_url:
        return "<url>"
    if token.like_num:
        return "<num>"
    return token.norm_.lower()


def view_doc(doc, max_n: int) -> DocView:
    view = DocView()
    keys = [_token_key(t) for t in doc if not t.is_space]
    toks = [t for t in doc if not t.is_space]
    for n in range(1, max_n + 1):
        for i in range(len(keys) - n + 1):
            gram = " ".join(keys[i:i + n])
            view.ngrams.append(gram)
            view.spans.setdefault(gram, []).append((toks[i].idx, toks[i + n - 1].idx + len(toks[i + n - 1])))
    view.lemmas = [t.lemma_.lower() for t in toks if t.is_alpha]
    upper = sum(1 for t in toks if t.is_upper and len(t) > 1 and t.is_alpha)
    if upper >= 2:
        view.cues.append("shape:shouting")
    if _REPEATED_MARKS.search(doc.text):
        view.cues.append("shape:repeated_marks")
    if doc.text.rstrip().endswith("?"):
        view.cues.append("shape:question")
    group = doc.spans.get(SPAN_KEY, [])
    labels = group.attrs.get("labels", {}) if len(group) else {}
    for span in group:
        label = labels.get(span.label_)
        view.cues.append("cue:" + span.label_)
        if label:
            view.cues.append("flag:" + label)
        view.cue_spans.append((span.label_, label, span.start_char, span.end_char))
    return view
