"""A sentence that opens in lower case after a full stop, "!" or "?" still opens a sentence.

Chat writes "…the £40 from the concert, Jess. typical." and "i was busy. what do u want me to do": the
small parser, left to itself, runs on across the stop and reads the two as one sentence, so the rewrite
met one clause whose role was the sneer ("typical") and kept none of the event. A token after a lone
".", "!" or "?" (or a run of "!" and "?") and a space opens a sentence before the parser runs, which the
parser keeps. Left alone: an ellipsis ("your solution is... paying them less"), a stop inside a token
("e.g.", "Mr.", "ch. 112" is protected earlier, tense_agreement.py), a stop after an abbreviation
("etc. and"), and what follows no space.
"""

from __future__ import annotations

import re

from spacy.language import Language

NAME = "heard_chat_sentences"
_ENDS = re.compile(r"^(?:\.|[!?]+)$")
# Words the tokenizer may leave before a stop of their own: "eggs, milk, etc. and bread" runs on.
_ABBREVIATIONS = {"etc", "vs", "approx", "eg", "ie", "mr", "mrs", "ms", "dr"}  # not "no": "I said no. stop asking"


@Language.component(NAME)
def chat_sentences(doc):
    for prev, token in zip(doc, doc[1:]):
        before = doc[prev.i - 1].lower_ if prev.i > 0 else ""
        if _ENDS.match(prev.text) and prev.whitespace_ and (token.is_alpha or token.like_num) \
                and before not in (".", "…") and not (prev.text == "." and before in _ABBREVIATIONS):
            token.is_sent_start = True
    return doc
