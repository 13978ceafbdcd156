"""Questions that presume the listener never does something, asked for only when it is wanted.

- "do you ever clean up after yourself?" → "could you clean up after yourself more often?", but
  "do you ever get tired of being wrong?" / "do you ever listen to yourself?" sneer (rhetoric.jab):
  nobody wants that done more often, so there is no request and no invented "you don't…";
- "do you ever stop talking?" → the speaker can't get a word in: turns, asked for;
- "when have you ever put me first?" → "it seems like you don't put me first", asked for;
- "is it too much to ask for you to text me when you're late?" → "could you text me when you're late?";
  "would it kill you to switch the immersion off?" → "could you switch the immersion off?".
"""

from __future__ import annotations

import re

from . import inflect
from .accusing import Accused, lead_skipped, words_after
from .rhetoric import jab
from .surface import is_emoji, render, words_of

_YOU = {"you", "u", "ya"}

# -- "do you ever get tired of being wrong?", "when have you ever put me first?" ----------------
def _ever_verb(tokens):
    """The verb of "do/can/will you (even) ever X" or "when have/did you ever X", and which it was."""
    words = lead_skipped(tokens)
    lowers = [t.lower_ for t in words]
    when = lowers[:1] == ["when"]
    k = 1 if when else 0
    if len(words) < k + 4 or lowers[k] not in ("do", "does", "did", "can", "will", "have", "are") \
            or lowers[k + 1] not in _YOU:
        return None, False
    k += 2
    while k < len(words) and lowers[k] in ("even", "actually", "really", "just"):
        k += 1
    if k + 1 >= len(words) or lowers[k] != "ever":
        return None, False
    verb = words[k + 1]
    if lowers[k + 1:k + 3] == ["going", "to"] and k + 3 < len(words):
        verb = words[k + 3]
    return (verb, when) if verb.pos_ in ("VERB", "AUX") else (None, False)


def ever_jab(tokens) -> bool:
    verb, _ = _ever_verb(tokens)
    return verb is not None and jab(verb, tokens)


_HUSHED = re.compile(r"\b(?:stop|quit) (?:talking|speaking|yapping|rambling|going on)\b|\bshut up\b", re.I)


def never_quiet(tokens) -> Accused | None:
    """"do you ever stop talking / shut up?": the speaker can't get a word in; a turn is what they want."""
    verb, _ = _ever_verb(tokens)
    if verb is None or not _HUSHED.search(" ".join(t.lower_ for t in tokens if t.i >= verb.i)):
        return None
    return Accused("it's hard to get a word in", past=False, statement="I'm finding it hard to get a word in",
                   request="Could we take turns talking?")


def _when_ever(tokens) -> Accused | None:
    """"when have you ever put me first?" presumes you haven't: said as how it seems, and asked for."""
    verb, when = _ever_verb(tokens)
    if verb is None or not when or verb.tag_ not in ("VB", "VBN", "VBD"):
        return None
    base = inflect.base_of(verb.lemma_.lower())
    rest = render(words_of(words_after(verb, tokens)), lower_start=True)
    phrase = f"{base} {rest}".strip()
    sweeping = re.search(r"\b(?:anything|everything|anyone|everyone)\b", phrase)
    ask = None if base in ("be", "have", "want", "care", "love", "like", "know", "mean") or sweeping else \
        f"Could you {phrase} more often?"
    return Accused(f"it seems like you don't {phrase}", past=False, request=ask)


# -- "is it too much to ask for you to text me when you're running late?" -----------------------
_TOO_MUCH = re.compile(r"^(?:is|was) it (?:really |honestly |seriously |actually |that )*(?:too|so|that) much to ask"
                       r"(?: for (?:you|u) to| that (?:you|u)| (?:you|u) to)? "
                       # "would it kill you to switch the immersion off after your shower?": the same ask
                       r"|^(?:would|will|did|does|is) it (?:really |honestly |actually )*(?:kill|hurt|be so hard for) "
                       r"(?:you|u|ya) (?:to )?(?:just )?", re.I)


def _too_much(tokens) -> Accused | None:
    """Asks for X while presuming it isn't done: the ask kept, the sarcasm gone."""
    words = lead_skipped(tokens)
    found = _TOO_MUCH.match(" ".join(t.lower_ for t in words) + " ")
    if not found:
        return None
    taken = len(found.group(0).split())
    rest = render(words_of([t for t in tokens if t.i > words[taken - 1].i and not is_emoji(t.text)
                            and t.text not in ("?", "!")]), lower_start=True).rstrip(" .")
    if not rest or rest.split()[0] in ("be", "not"):
        return None
    return Accused(f"it matters to me that you {rest}", past=False, statement="This really matters to me",
                   request=f"Could you {rest}?")


PRESUMED = (never_quiet, _when_ever, _too_much)
