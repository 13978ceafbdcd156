"""The `heard_cues` spaCy component: marks blame, defence and validation cue spans."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy

from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, SpanGroup

from .cue_patterns import CueCategory, anchor_first_token, load_categories

SPAN_KEY = "heard_cues"

# Words that negate a cue when they come just before it ("I don't think you're lazy",
# "nobody blames you"). Negation inside a match is the pattern's own business: "why can't
# you ever" is still an accusation.
_NEGATORS = {"not", "no", "never", "nobody", "nothing", "none", "hardly", "neither", "nor",
             "without", "noone"}
_LOOKBACK = 2  # tokens before a cue that may carry its negation
_CLAUSE_BREAKS = {",", ".", "!", "?", ";", ":", "but", "and", "so"}
_MEMO_LIMIT = 30_000  # remembered windows or lemmas before a memo starts afresh
_REPEAT_SPAN = 4  # words a "*" or "+" token may cover inside an anchored window
_ANCHOR_ATTRS = {"LOWER": LOWER, "NORM": NORM, "ORTH": ORTH, "TEXT": ORTH, "LEMMA": LEMMA}


def _negated(doc: Doc, start: int) -> bool:
    for i in range(start - 1, max(start - 1 - _LOOKBACK, -1), -1):
        if doc[i].lower_ in _CLAUSE_BREAKS:
            break
        if doc[i].norm_ in _NEGATORS or doc[i].lower_ in _NEGATORS:
            return True
    return False


_SPEAKER = {"i", "i'm", "im", "me", "myself"}
_LISTENER = {"you", "u", "ya", "your", "ur", "yourself"}


def _about_speaker(doc: Doc, start: int) -> bool:
    """Whether the nearest person before `start` in its clause is the speaker: "I'm such an idiot"."""
    for i in range(start - 1, max(start - 1 - 2 * _LOOKBACK - 1, -1), -1):
        word = doc[i].lower_
        if word in _CLAUSE_BREAKS or word in _LISTENER:
            return False
        if word in _SPEAKER:
            return True
    return False


@lru_cache(maxsize=None)
def lemma_lookup_table(lang: str):
    """spaCy's lookup lemma table for `lang` (spacy-lookups-data), loaded once per process: the cue
    component lemmatizes with it, and the rewrites read a gerund's base from it (rewrite/inflect.py)."""
    from spacy.lookups import load_lookups

    return load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")


class CueMarker:
    """Matches every cue pattern and writes the cues to `doc.spans[span_key]`.

    Each span's label is the cue name; the group's `attrs["labels"]` maps cue names to the
    flag each is evidence for, so a reader of the doc needs nothing else.
    """

    def __init__(self, nlp: Language, name: str, patterns_dir: str | None, span_key: str):
        self.name = name
        self.span_key = span_key
        self.categories: dict[str, CueCategory] = {
            c.cue: c for c in load_categories(patterns_dir)}
        self.cue_labels = {cue: c.label for cue, c in self.categories.items()}
        # spaCy's Matcher tries every pattern at every token, so one Matcher over all the
        # patterns costs tokens × patterns (~1,300 docs/s here). Patterns are grouped by their
        # first token's exact value, and a group runs only on a short window that starts at
        # an occurrence of its anchor word and only when the next word can continue one of
        # its patterns: the same matches, several times faster.
        self.anchored: dict[tuple[int, int], Matcher] = {}
        self.windows: dict[tuple[int, int], int] = {}  # tokens a group's matches can span
        self.follows: dict = {}  # attr -> allowed next values; pairs of them once built
        self.unanchored = Matcher(nlp.vocab, validate=True)
        strings = nlp.vocab.strings
        for cue, category in self.categories.items():
            for pattern in category.patterns:
                for variant in anchor_first_token(pattern):
                    anchor = _anchor_of(variant[0])
                    if anchor is None:
                        self.unanchored.add(cue, [variant])
                        continue
                    key = (_ANCHOR_ATTRS[anchor[0]], strings.add(anchor[1]))
                    if key not in self.anchored:
                        self.anchored[key] = Matcher(nlp.vocab, validate=True)
                        self.windows[key] = 0
                        self.follows[key] = {}
                    self.anchored[key].add(cue, [variant])
                    self.windows[key] = max(self.windows[key], _longest_match(variant))
                    self.follows[key] = _merge_follow(self.follows[key], variant, strings)
        attrs = {attr for attr, _ in self.anchored}
        for follow in self.follows.values():
            attrs.update(follow or ())
        self._attr_order = sorted(attrs | {ORTH, LEMMA})
        self._word_columns = [self._attr_order.index(ORTH), self._attr_order.index(LEMMA)]
        self._anchor_ids = {key: i.to_bytes(4, "little") for i, key in enumerate(self.anchored)}
        self._anchor_values = {attr: frozenset(v for a, v in self.anchored if a == attr)
                               for attr in self._attr_order}
        # (attr, allowed values) pairs, looped over per anchor hit on the hot path.
        self.follows = {key: None if follow is None else tuple(follow.items())
                        for key, follow in self.follows.items()}
        self._window_memo = {}

    def _matches(self, doc: Doc):
        if len(self.unanchored):
            yield from self.unanchored(doc)
        if not len(doc):
            return
        table = doc.to_array(self._attr_order)
        if table.ndim == 1:
            table = table.reshape(-1, 1)
        columns = dict(zip(self._attr_order, table.T.tolist()))
        # A window's matches depend only on its words and their lemmas; its memo key is
        # those as raw bytes, a fraction of the memory of a tuple of Python ints.
        words = table[:, self._word_columns].tobytes()
        width = 8 * len(self._word_columns)
        last = len(doc) - 1
        for attr, values in columns.items():
            # Most words anchor nothing: one set intersection (in C) finds the few that do.
            present = self._anchor_values[attr].intersection(values)
            if not present:
                continue
            for position, value in enumerate(values):
                if value not in present:
                    continue
                key = (attr, value)
                matcher = self.anchored[key]
                follow = self.follows[key]
                if follow is not None:
                    if position == last:
                        continue
                    for a, allowed in follow:
                        if columns[a][position + 1] in allowed:
                            break
                    else:
                        continue  # the next word continues none of the group's patterns
                stop = min(position + self.windows[key], last + 1)
                # Chats repeat short phrases, so each distinct window is matched once.
                memo = self._anchor_ids[key] + words[position * width:stop * width]
                found = self._window_memo.get(memo)
                if found is None:
                    found = tuple((match_id, end) for match_id, start, end
                                  in matcher(doc[position:stop])
                                  if start == 0)  # matches starting later belong to another anchor
                    if len(self._window_memo) > _MEMO_LIMIT:
                        self._window_memo.clear()
                    self._window_memo[memo] = found
                for match_id, end in found:
                    yield match_id, position, position + end

    def _drop_yielding(self, spans):
        """Drops cues overlapped by a cue they yield to ("you always" inside the praise
        "you always know how to…" is no accusation)."""
        return [span for span in spans
                if not any(other.label_ in self.categories[span.label_].yields_to
                           and _overlap(span, other) for other in spans)]

    def _fill_lemmas(self, doc: Doc) -> None:
        # Patterns match on LEMMA, so in a pipeline without a lemmatizer (spacy.blank("en"))
        # the component lemmatizes from spaCy's English lookup table itself, remembering each
        # word's lemma (a plain dict lookup is several times faster than the table's).
        if getattr(self, "_lemma_table", None) is None:
            self._lemma_table = lemma_lookup_table(doc.lang_)
            self._lemma_cache = {}
        if not len(doc):
            return
        cache, table, strings = self._lemma_cache, self._lemma_table, doc.vocab.strings
        lemmas = []
        # The cache keeps a lemma's id when its string stays in the StringStore for good: a
        # table lemma is added for good (the table bounds them), and a lemma equal to the word
        # is the word's own id. Any other lemma (a capitalised word missing from the table) is
        # kept as a string and added again each time, since inside a memory zone an added
        # string is forgotten when the zone ends.
        for orth in doc.to_array([ORTH]).tolist():
            lemma = cache.get(orth)
            if lemma is None:
                text = strings[orth]
                found = table.get(text)
                if found is not None:
                    lemma = strings.add(found, allow_transient=False)
                else:
                    lowered = text.lower()
                    lemma = orth if lowered == text else lowered
                if len(cache) > _MEMO_LIMIT:
                    cache.clear()
                cache[orth] = lemma
            lemmas.append(lemma if type(lemma) is int else strings.add(lemma))
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64"))

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("LEMMA"):
            self._fill_lemmas(doc)
        seen = set()
        spans = []
        for match_id, start, end in self._matches(doc):
            category = self.categories[doc.vocab.strings[match_id]]
            cue = category.cue
            if category.about_self == "drop" and _about_speaker(doc, start):
                continue
            if category.negation != "keep" and _negated(doc, start):
                if category.negation == "drop":
                    continue
                cue = category.negation
            if (cue, start, end) not in seen:
                seen.add((cue, start, end))
                spans.append(doc[start:end])
                spans[-1].label_ = cue
        doc.spans[self.span_key] = SpanGroup(
            doc, name=self.span_key, attrs={"labels": self.cue_labels},
            spans=self._drop_yielding(_drop_nested(spans)))
        return doc


def _exact_options(token: dict, strings):
    """{attr: {value hashes}} a pattern token accepts (whatever its repeat operator), or None
    when it is not that simple."""
    op = token.get("OP")
    if op not in (None, "?", "*", "+") or len(token) != (2 if op else 1):
        return None
    (key, value), = ((k, v) for k, v in token.items() if k != "OP")
    key = key.upper()
    if key not in _ANCHOR_ATTRS:
        return None
    if isinstance(value, dict) and set(value) == {"IN"}:
        options = value["IN"]
    elif isinstance(value, str):
        options = [value]
    else:
        return None
    if key == "LOWER":
        options = [option.lower() for option in options]
    return {_ANCHOR_ATTRS[key]: {strings.add(option) for option in options}}


def _merge_follow(follow, pattern, strings):
    """Adds what may come right after `pattern`'s anchor; None once anything may.

    That is any token up to and including the first one the pattern requires ("it" [is|'s]?
    "on" -> is, 's or on); a pattern that may end with its anchor lets anything follow."""
    if follow is None:
        return None
    merged = {attr: set(values) for attr, values in follow.items()}
    for token in pattern[1:]:
        options = _exact_options(token, strings)
        if options is None:
            return None
        for attr, values in options.items():
            merged.setdefault(attr, set()).update(values)
        if token.get("OP") not in ("?", "*"):
            return merged
    return None


def _longest_match(pattern: list) -> int:
    return sum(_REPEAT_SPAN if token.get("OP") in ("*", "+") else 1 for token in pattern)


def _anchor_of(token: dict):
    """(attribute, value) of a pattern token that requires one exact value, else None."""
    if token.get("OP") or len(token) != 1:
        return None
    (key, value), = token.items()
    key = key.upper()
    return (key, value.lower() if key == "LOWER" else value) if (
        key in _ANCHOR_ATTRS and isinstance(value, str)) else None


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _drop_nested(spans):
    """Keeps the longest span when one cue's matches nest ("you never" inside "you never ever")."""
    kept = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if any(k.label == span.label and k.start <= span.start and span.end <= k.end
               for k in kept):
            continue
        kept.append(span)
    return kept


def cue_counts(doc: Doc, span_key: str = SPAN_KEY) -> Counter:
    """Counts cues by name and by the flag they support ("cue:contempt", "flag:blaming")."""
    counts = Counter()
    group = doc.spans.get(span_key)
    if group is None:
        return counts
    labels = group.attrs.get("labels", {})
    for span in group:
        counts["cue:" + span.label_] += 1
        if labels.get(span.label_):
            counts["flag:" + labels[span.label_]] += 1
    return counts


if not Doc.has_extension("heard_cue_counts"):
    Doc.set_extension("heard_cue_counts", getter=cue_counts)


@Language.factory(
    "heard_cues",
    default_config={"patterns_dir": None, "span_key": SPAN_KEY},
    assigns=["doc.spans", "token.lemma"],
)
def make_cue_marker(nlp: Language, name: str, patterns_dir: str | None, span_key: str):
    return CueMarker(nlp, name, patterns_dir, span_key)
