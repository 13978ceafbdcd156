"""A cause put first to pin the fault ("because of you…", "thanks to your report, …"), said last and plain.

- "because of you we missed it" → "we missed it": the listener named as the cause adds only fault.
- "Thanks to your "creative" expense report, the whole department is getting audited" → "the whole
  department is getting audited because of the expense report": what happened first, the cause
  after it as a thing, without the sneer in quotes. Left where it was, the lead lost its "because"
  (tidy strips it) and read "when of the creative expense report, …".
- "since you've missed it twice now" → "you missed it twice now": a clause cut loose from its
  sentence keeps no "since" before the "when" that now opens it.
"""

from __future__ import annotations

from .surface import Word

_LEADS = (("because", "of"), ("thanks", "to"), ("due", "to"), ("owing", "to"), ("cause", "of"), ("cos", "of"))
_MARKS = {"since", "as", "because", "cos", "cause", "bc", "coz"}
_YOU = {"you", "u", "ya"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _quoted(tok) -> bool:
    """Between quote marks a word or three apart: the sneer of "creative"."""
    doc = tok.doc
    before = doc[max(0, tok.i - 3):tok.i]
    after = doc[tok.i + 1:tok.i + 4]
    return any(t.text in _QUOTES for t in before) and any(t.text in _QUOTES for t in after)


def cause_last(words: list[Word]) -> list[Word]:
    """The clause's words with a leading cause dropped (the listener) or moved after the rest."""
    lowers = [w.lower for w in words]
    if len(words) > 2 and lowers[0] in _MARKS and words[1].tok is not None and words[1].tok.dep_ in ("nsubj", "expl") \
            and words[0].tok is not None and words[0].tok.dep_ == "mark":
        return words[1:]  # "since you've missed it twice" → "you've missed it twice"
    if len(words) < 4 or tuple(lowers[:2]) not in _LEADS:
        return words
    comma = next((k for k, w in enumerate(words) if w.text == ","), None)
    if comma is None:  # "because of you we missed it": the cause is the listener alone, then the act
        if lowers[2] in _YOU and len(words) > 4:
            return words[3:]
        return words
    cause, rest = words[2:comma], words[comma + 1:]
    if not rest or not cause:
        return words
    if [w.lower for w in cause] in ([y] for y in _YOU):
        return rest
    thing = [w for w in cause if not (w.tok is not None and _quoted(w.tok)) and w.text not in _QUOTES]
    if thing and thing[0].lower in ("your", "ur", "yr"):
        thing[0] = Word("the", thing[0].ws or " ", thing[0].tok)
    if not thing:
        return rest
    end = [w for w in rest if w.text in (".", "!", "?")][-1:] if rest[-1].text in (".", "!", "?") else []
    rest = [w for w in rest if w not in end]
    if not rest:
        return words
    rest[-1] = Word(rest[-1].text, " ", rest[-1].tok)
    return rest + [Word("because", " "), Word("of", " ")] + thing + end
