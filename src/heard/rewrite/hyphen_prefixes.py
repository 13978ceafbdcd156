"""Hyphenated words and channel tags kept as one token: "non-stop", "self-centred", "rage-quit",
"sign-up", "guilt-tripping", "double-book", "mother-in-law", "#general".

spaCy splits every infix hyphen, and the small parser then reads the halves as two words: "barked
non-stop" as "barked non" + "stop", "you rage-quit" as a noun "rage" and a verb "quit", "the sign-up
sheet" as a verb "sign" and "up sheet", "Stop guilt-tripping me" as "guilt" + "tripping". A rewrite
then cut the word in two ("…when stop from 8 until 6", "When you quit the time", "Up sheet when…",
"Could you stop tripping me"). Whole, the parser tags the word as the verb, noun or adjective it is
(it does so for all of the above), and the rewrite keeps it. "#general" likewise stays the channel's
name, not "the general". Only lower-case letter runs joined by one or two hyphens are kept whole:
"2-3", "A-level" and dashes between words ("this - that") are left to the tokenizer."""

from __future__ import annotations

import re

# Letters joined by hyphens (at most three parts) or a "#channel" tag: one word, never two.
# Left split: compounds that stand before a noun as its adjective ("a late-night deploy", "a last-minute
# change", "a two-hour wait"); whole, the small parser took them for the noun and the noun for a verb.
_ATTRIBUTIVE = r"(?!(?:late|last|early|long|short|full|part|high|low|well|first|all|one|two|three|four|five|six|" \
               r"seven|eight|nine|ten|twelve|twenty|half-an|once|same|next|big|small|old|brand)-)"
_WHOLE = re.compile(r"^" + _ATTRIBUTIVE + r"(?:[a-z]+-){1,2}[a-z]+$|^#[a-z][a-z0-9_-]*$")


def keep_prefixed_words(nlp) -> None:
    """Make the tokenizer of `nlp` keep hyphenated words and #tags whole (other token matches still apply)."""
    earlier = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: _WHOLE.match(text) or (earlier(text) if earlier else None)

