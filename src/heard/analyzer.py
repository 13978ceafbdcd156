"""Analyzer: scores, flags and evidence for messages, from a loaded LinearScorer."""

from __future__ import annotations

import gc
from contextlib import contextmanager, nullcontext

import numpy as np

from .errors import InputError
from .labels import REWRITTEN_LABELS

MAX_CHARS = 100_000          # longer than any chat message; a pasted book is a mistake
_WARM_TEXTS = 10_000  # see Analyzer._views
_VIEW_BATCH = 500
_LEARNED_PER_LABEL = 3       # learned n-grams shown per flag, besides the cue spans
_CONTROL = {chr(c) for c in range(32)} - {"\n", "\r", "\t"}


def validate_text(text, where: str = "message") -> str:
    """Returns the text, or raises InputError saying what is wrong with it and what to do."""
    if isinstance(text, bytes):
        raise InputError(f"{where} is bytes, not text; decode it first (e.g. text.decode('utf-8'))")
    if not isinstance(text, str):
        raise InputError(f"{where} must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{where} is empty; give the text of a message to check")
    if len(text) > MAX_CHARS:
        raise InputError(f"{where} is {len(text):,} characters long; heard checks messages up to "
                         f"{MAX_CHARS:,} characters, so split it into messages")
    sample = text[:4096]
    if "\x00" in sample or sum(ch in _CONTROL or ch == "\ufffd" for ch in sample) > 0.1 * len(sample):
        raise InputError(f"{where} looks like binary data, not text; give the message itself")
    return text


class Analyzer:
    """What `heard.load()` returns: `.check(text)` and `.check_many(texts)` give result dicts.

    Built from a LinearScorer and heard's spaCy pipeline; scikit-learn is not imported.
    """

    def __init__(self, scorer, card=None, nlp=None):
        self.scorer = scorer
        self.card = dict(card or {})
        self.labels = tuple(scorer.labels)
        self.thresholds = {label: float(scorer.thresholds[label]) for label in self.labels}
        self._cut = np.array([self.thresholds[label] for label in self.labels])
        self._nlp = nlp
        self._pool = None
        self._warm_left = _WARM_TEXTS  # texts this process still tokenizes outside a zone
        word = scorer.word_block
        self._word_range = (word.offset, word.offset + len(word.terms))
        self._word_terms = word.terms
        self._needs_lemmas = any(block.name == "lemma" for block in scorer.blocks)

    @contextmanager
    def workers(self, jobs: int | None = None):
        """Keeps forked worker processes for every batch call inside the block, so a long run
        (an export read in chunks) starts them once and they keep their warm caches."""
        import multiprocessing
        import os

        jobs = jobs or os.cpu_count() or 1
        if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
            yield self
            return
        global _WORKER_ANALYZER
        self._before_fork()
        _WORKER_ANALYZER = self
        # Keeps the collector from touching (and so copying) every inherited object.
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                self._pool = pool
                yield self
        finally:
            gc.unfreeze()
            self._pool = None
            _WORKER_ANALYZER = None

    def _before_fork(self):
        """Builds the pipeline and loads its lazily read tables (the lemma lookup) once, here,
        so forked workers share those pages instead of each reading a private copy."""
        self.nlp("heard")

    @property
    def nlp(self):
        if self._nlp is None:
            from .text_pipeline import build_nlp

            self._nlp = build_nlp()
        return self._nlp

    def _views(self, texts, batch_size=2000, details=True):
        from .views import view_doc

        # Every new word would stay in spaCy's vocabulary for good, so a long export would grow
        # memory without end; the memory zone forgets them once the chunk's views (plain
        # Python strings) are taken. But inside a zone the tokenizer caches nothing, and
        # splitting affixes afresh makes tokenizing ~4x slower; so the first _WARM_TEXTS texts
        # this process sees run outside a zone, and their words (the chat's everyday
        # vocabulary, a bounded set) stay cached for every later batch.
        zone = self.nlp.memory_zone() if self._warm_left <= 0 else nullcontext()
        self._warm_left -= len(texts)
        with zone:
            docs = self.nlp.pipe(texts, batch_size=batch_size)
            return [view_doc(doc, 3, text, details) for doc, text in zip(docs, texts)]

    # -- scoring ----------------------------------------------------------------------
    def scores(self, texts, batch_size: int = 2000, jobs: int | None = 1) -> np.ndarray:
        """Calibrated probability per label, shape (n, n_labels); no evidence (fast path)."""
        texts = list(texts)
        chunks = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
        parts = map_chunks(self, _score_chunk, chunks, jobs)
        return np.vstack(parts) if parts else np.zeros((0, len(self.labels)))

    def scores_async(self, texts, batch_size: int = 2000, jobs: int | None = 1):
        """Like `scores`, but on the worker pool of a `workers()` block it returns at once; the
        returned function waits for and gives the scores."""
        texts = list(texts)
        if self._pool is None or jobs == 1 or not texts:
            result = self.scores(texts, batch_size, jobs)
            return lambda: result
        # Small tasks keep every worker busy to the end of the run, instead of one worker
        # finishing a long task while the others wait.
        chunks = [texts[i:i + _VIEW_BATCH] for i in range(0, len(texts), _VIEW_BATCH)]
        pending = self._pool.map_async(_score_chunk, chunks, chunksize=1)
        return lambda: np.vstack(pending.get())

    def _score_chunk(self, chunk):
        # Views are bulky (every n-gram as a string), so they are made a few hundred at a time.
        parts = [self.scorer.predict_proba(chunk[i:i + _VIEW_BATCH],
                                           self._views(chunk[i:i + _VIEW_BATCH], _VIEW_BATCH,
                                                       details=self._needs_lemmas))
                 for i in range(0, len(chunk), _VIEW_BATCH)]
        return np.vstack(parts) if parts else np.zeros((0, len(self.labels)))

    def predict(self, texts) -> np.ndarray:
        """0/1 flags per label at the tuned thresholds."""
        return (self.scores(texts) >= self._cut).astype(int)

    def check(self, text: str, suggest: bool = False) -> dict:
        return self.check_many([text], suggest=suggest)[0]

    def check_many(self, texts, batch_size: int = 2000, jobs: int | None = None,
                   suggest: bool = False) -> list[dict]:
        """One result dict per text, in order. `jobs`: worker processes (None: every core for
        batches large enough to repay starting them; 1: this process only). `suggest`: fill
        "suggestions" with rewrites of blaming/defensive messages (loads en_core_web_sm once)."""
        texts = list(texts)
        for i, text in enumerate(texts):
            validate_text(text, "message" if len(texts) == 1 else f"message {i}")
        chunks = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
        results = [result for part in map_chunks(self, _check_chunk, chunks, jobs) for result in part]
        if suggest and any(result["labels"].get(label, {}).get("flagged")
                           for result in results for label in REWRITTEN_LABELS):
            # lazy: the rewrite engine costs ~1 s to import, paid only when a message needs it
            from .rewrite import add_suggestions

            add_suggestions(self, results)
        elif suggest:
            for result in results:
                result["suggestions"] = []
        return results

    def rewrite(self, text: str, force: bool = False):
        """Rewrite suggestions for one message (`heard rewrite`): a `Rewrites` with the
        suggestions, best first, or the reason there are none. `force`: also for a message the
        model doesn't flag (the sender hears blame in it that the model misses), read as whichever
        of blaming and defensive it scores nearer; the re-check still applies."""
        from .rewrite import rewrite_results

        return rewrite_results(self, [self.check(text)], force=force)[0]

    def _check_chunk(self, chunk) -> list[dict]:
        results = []
        if chunk:
            views = self._views(chunk, len(chunk))
            rows, columns, values = self.scorer.entries(chunk, views)
            probabilities = self.scorer.proba_from_entries(len(chunk), (rows, columns, values))
            # Each message's word n-gram features, for the evidence of its flags.
            low, high = self._word_range
            words = (columns >= low) & (columns < high)
            rows, columns, values = rows[words], columns[words], values[words]
            order = np.argsort(rows, kind="stable")
            rows, columns, values = rows[order], columns[order], values[order]
            bounds = np.searchsorted(rows, np.arange(len(chunk) + 1))
            for i, (text, view) in enumerate(zip(chunk, views)):
                row = (columns[bounds[i]:bounds[i + 1]], values[bounds[i]:bounds[i + 1]])
                results.append(self._result(text, view, row, probabilities[i]))
        return results

    # -- explanation ------------------------------------------------------------------
    def _result(self, text, view, row, probabilities) -> dict:
        labels = {}
        evidence = []
        for j, label in enumerate(self.labels):
            score = float(probabilities[j])
            flagged = bool(score >= self._cut[j])
            labels[label] = {"score": round(score, 4), "flagged": flagged}
            if flagged:
                evidence.extend(self._evidence(text, view, row, j, label))
        evidence.sort(key=lambda e: (e["start"], e["end"], e["label"]))
        return {"text": text, "labels": labels, "evidence": evidence, "suggestions": []}

    def _evidence(self, text, view, row, j, label) -> list[dict]:
        found = [(start, end, cue) for cue, cue_label, start, end in view.cue_spans
                 if cue_label == label]
        # The n-grams whose learned weight pushed this label's score up the most.
        columns, values = row
        low = self._word_range[0]
        contributions = values * self.scorer.coef[columns, j]
        order = np.argsort(-contributions, kind="stable")
        top = contributions[order[0]] if len(order) else 0.0
        added = 0
        for k in order:
            if added >= _LEARNED_PER_LABEL or contributions[k] <= 0 or contributions[k] < 0.3 * top:
                break
            gram = self._word_terms[columns[k] - low]
            if _only_function_words(gram):
                continue
            for start, end in view.spans_of(gram)[:1]:
                if any(s < end and start < e for s, e, _ in found):
                    continue
                found.append((start, end, "learned"))
                added += 1
        return [{"label": label, "start": s, "end": e, "text": text[s:e], "cue": cue}
                for s, e, cue in _merge(found)]


# Shown alone, these explain nothing to a reader ("I", ", but", "it's"), even when the model
# weighs them; evidence keeps n-grams with at least one other word in them.
_FUNCTION_WORDS = frozenset("""i me my we us our you your it its 's is are am was were be been 're
'm a an the and but or so to of in on at for with that this just do does did not n't have has
had 's , . ! ? ... - … "' ( ) : ;""".split())


def _only_function_words(gram: str) -> bool:
    return all(token in _FUNCTION_WORDS for token in gram.split())


# -- worker processes ---------------------------------------------------------------------
# Workers are forked from the process that holds the loaded analyzer, so nothing is pickled
# but the texts going out and the results coming back.
_WORKER_ANALYZER = None
_MIN_PER_WORKER = 4000  # below this, starting workers costs more than it saves


def _check_chunk(chunk):
    return _WORKER_ANALYZER._check_chunk(chunk)


def _score_chunk(chunk):
    return _WORKER_ANALYZER._score_chunk(chunk)


def map_chunks(analyzer, work, chunks, jobs):
    """[work(chunk) for chunk in chunks], in order, on `jobs` forked processes when it pays."""
    import multiprocessing
    import os

    global _WORKER_ANALYZER
    if analyzer._pool is not None and jobs != 1:
        return analyzer._pool.map(work, chunks, chunksize=1)
    total = sum(len(chunk) for chunk in chunks)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, max(1, total // _MIN_PER_WORKER))
    if jobs < 1:
        raise InputError(f"jobs must be at least 1, got {jobs}")
    if jobs == 1 or len(chunks) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        _WORKER_ANALYZER = analyzer
        try:
            return [work(chunk) for chunk in chunks]
        finally:
            _WORKER_ANALYZER = None
    analyzer._before_fork()
    _WORKER_ANALYZER = analyzer
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(chunks))) as pool:
            return pool.map(work, chunks, chunksize=1)
    finally:
        _WORKER_ANALYZER = None


def _merge(spans):
    """Joins overlapping spans; a named cue wins over a learned n-gram."""
    merged = []
    for start, end, cue in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            name = last[2] if last[2] != "learned" else cue
            merged[-1] = (last[0], max(last[1], end), name)
        else:
            merged.append((start, end, cue))
    return merged
