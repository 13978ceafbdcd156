"""Hyphenated words whose first part never stands on its own ("non-stop", "self-centred",
"semi-finished"): kept as one token. spaCy splits every infix hyphen, and the small parser then
reads "barked non-stop" as "barked non" + "stop", so a rewrite cut the act in two ("…when stop
from 8 until 6. Your dog barked non."). Whole, the parser tags the word as the adverb or adjective
it is, and the rewrite keeps it."""

from __future__ import annotations

import re

# Prefixes that are not words by themselves: the hyphen joins them, it never separates two words.
_BOUND = re.compile(r"(?i)^(?:non|self|semi|anti|multi|pre)-[a-z]+$")


def keep_prefixed_words(nlp) -> None:
    """Make the tokenizer of `nlp` keep "non-stop"-like words whole (other token matches still apply)."""
    earlier = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: _BOUND.match(text) or (earlier(text) if earlier else None)
