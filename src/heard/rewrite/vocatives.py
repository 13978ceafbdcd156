"""Names the listener is called at the end of a clause: "…right before the release, genius"."""

from __future__ import annotations

from .lexicon import SARCASM, TRAIT_NOUNS

# Nouns that, hung on a clause after a comma, call the listener something rather than name a thing.
_CALLED = set(SARCASM) | set(TRAIT_NOUNS) | {"idiot", "moron", "einstein", "sherlock", "champ", "buddy",
                                               "pal", "mate", "chief", "boss", "sunshine", "princess",
                                               # sneering names ("Karen" is left out: it is also someone's name)
                                               "professor", "boomer", "snowflake", "columbo",
                                               # mock praise: "Cheers for eating the cake I made for Tom, legend."
                                               "legend", "hero", "superstar", "mastermind", "wizard", "smartass"}


def vocative(tok) -> bool:
    """The insult word of ", genius" / ", einstein" (or the comma before it): not part of the act."""
    word = tok.doc[tok.i + 1] if tok.text == "," and tok.i + 1 < len(tok.doc) else tok
    if word.lower_ not in _CALLED or word.pos_ not in ("NOUN", "PROPN", "ADJ", "INTJ") \
            or word.dep_ not in ("npadvmod", "appos", "dep", "intj", "vocative", "conj", "attr", "dobj"):
        return False
    before = word.doc[word.i - 1] if word.i > 0 else None
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return before is not None and before.text == "," and (after is None or after.is_punct)


# Pet names and family words a message is said to ("…the last slice of cake, babe, really appreciated").
_PETS = {"babe", "baby", "hun", "hon", "honey", "sweetie", "sweetheart", "darling", "bae", "love", "mum", "mom",
         "dad", "sis", "bro"}


def pet_name(tok) -> bool:
    """The pet name of ", babe," (or the comma before it): the person spoken to, not part of the act."""
    word = tok.doc[tok.i + 1] if tok.text == "," and tok.i + 1 < len(tok.doc) else tok
    if word.lower_ not in _PETS or word.i == 0 or word.doc[word.i - 1].text != ",":
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is None or after.is_punct or not after.is_alpha and not after.like_num
