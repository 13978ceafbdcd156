"""Lower-case names the small parser misreads as some other word: "marco you always book the
retro…" tags "marco" a verb (it has never seen the word), so the usual test for a lower-case
name before "you" (a noun hung on the same verb) misses it and the name ends up inside the act
("when Marco you book…"). A word English writes capitalised far more often than not
(name_words.py) is a name whatever the parser tags it."""

from __future__ import annotations

from .lexicon import INTERJECTIONS
from .name_words import name_words

# Spoken answers some list as names too ("Nah" is a surname): "nah you're just a sore loser" has no address.
_SPOKEN = frozenset("nah naw nope yup yep yeah yea meh oops haha hah aww duh".split())
# Tags the parser gives an unknown lower-case word it should have called a proper noun.
_MISTAGS = ("VERB", "ADV", "ADJ", "INTJ", "X", "AUX", "SCONJ", "ADP")


def name_misread(tok) -> bool:
    """`tok` is a lower-case name that the parser tagged as something else."""
    return tok.pos_ in _MISTAGS and tok.text.islower() and tok.is_alpha and len(tok.text) > 2 \
        and tok.lower_ not in INTERJECTIONS | _SPOKEN and tok.lower_ in name_words()
