"""Lines of a defence that argue the complaint away rather than tell the speaker's side.

An apology or an acknowledgement may carry the speaker's facts ("I was at work", "my phone died"),
but not the lines that say the listener has no reason to be upset:
- normalising: "everybody has off nights", "loads of people fail their test the first time",
  "everyone on my site does that", "that's normal";
- sizing the harm down: "nobody got hurt", "it's hardly worth a row", "it doesn't mean anything",
  "the bill isn't that high", "it's a minor formatting issue", "it's not a pattern";
- standing on the speaker's record or rights: "one bad batch doesn't make me a fraud", "I can't be
  expected to predict revisions", "I know what depth looks like", "I've earned the right", "I'm
  allowed to", "I won't apologise for that", "I've been nothing but supportive", "I did what any
  mother would have done", "there was no way to keep everyone happy", "the pallets aren't a receiving
  issue";
- the martyr's withdrawal: "everything I say is wrong", "I'll stop replying", "sorry I even asked";
- the plea kept as a statement: "what more am I meant to do";
- the fault handed on: "someone else must have left it out", "the dog did it all on his own".
Said back after "I'm sorry" or "It makes sense that you're upset", each one takes the apology back.
"""

from __future__ import annotations

import re

_NORMALISES = (
    r"^\W*(?:but |and |so )?(?:loads|lots|plenty|most|half) of (?:my |the |our )?(?:people|us|them|\w+s)\b(?! (?:were|was|got)\b)"  # "loads of people miss…"
    r"|^\W*(?:but |and |so )?(?:every(?:one|body)|most people|we all|all of us|people)\b"
    r"(?! (?:is|are|was|were|'s) (?:mad|angry|upset))"
    r"(?: \w+){0,4}? (?:does|do|did|has|have|had|fails?|gets?|makes?|says?|goes|go|forgets?|miss(?:es)?|los(?:es?)"
    r"|drinks?|mess(?:es)? up|slips? up)\b"
    r"|\b(?:that's|that is|it's|it is|this is|perfectly|totally|completely) (?:pretty |perfectly |totally )?normal\b"
    r"|\b(?:within|in) (?:the )?normal range\b")

_SIZES = (
    r"\b(?:nobody|no one|no-one|noone) (?:got|was|is|gets) hurt\b|\bno harm done\b"
    r"|\bhardly\b|\bnot (?:really |even |exactly )?worth\b"
    r"|\b(?:doesn't|does not|don't|didn't) mean anything\b|\bmeans nothing\b"
    r"|\b(?:isn't|is not|wasn't|was not|aren't|weren't|'s not|not) (?:even )?(?:that|so|all that|a) "
    r"(?:high|bad|much|big|long|serious|loud|expensive|pattern|fight)\b"
    r"|\bnot (?:a|that|even a) big\b|\bminor\b|\bhonest mistake\b|\bout of (?:all )?proportion\b")

_STANDING = (
    r"\b(?:doesn't|does not|don't) make me (?:a|an|some)\b|\bdoesn't mean I'm\b"
    r"|\bcan(?:'t|not) be expected to\b|\bI know what (?:\w+ ){0,4}looks? like\b"
    r"|\bI(?:'ve| have)? earned the right\b|\bI'm allowed to\b|\bI (?:won't|will not|am not going to|'m not going to) "
    r"(?:apologi[sz]e|pretend|say sorry)\b|\bI find (?:this|that|it) hard to believe\b"
    r"|\bwhat (?:more |else )?(?:am|was|is|are|were) (?:I|we) (?:meant|supposed)\b"  # the plea, as a fact
    r"|\b(?:wasn't|was not|isn't|not) (?:my|the) intention\b"  # "sorry it hurt, wasn't my intention"
    r"|\bnothing but (?:supportive|helpful|kind|patient|nice|polite|honest|good)\b"  # the speaker's record
    r"|\bwhat any (?:\w+ ){0,3}would(?:'ve| have) done\b"
    r"|\b(?:there was|there's|there is) no way (?:to|I could|anyone could)\b|\bI (?:couldn't|could not) have\b"
    r"|\b(?:isn't|aren't|wasn't|weren't|is not|are not) (?:a|an|my|our) (?:\w+ )?(?:issue|problem)\b")

_WITHDRAWS = (
    r"\bevery(?:thing|time) I (?:say|do)\b.*\bwrong\b"
    r"|\bI'll (?:just )?stop (?:replying|talking|posting|commenting|saying anything|trying)\b"
    r"|\bI even (?:said|asked|mentioned|bothered|tried|spoke|opened my mouth)\b|^\W*I (?:said|asked|mentioned) anything\b")  # "sorry I even said anything"

# The fault handed on: "someone else must have left it out", "he ate the sock all on his own",
# "the search on this sub is garbage".
_HANDED_ON = (r"\b(?:someone|somebody|one of you) else (?:must|might|may|could|probably|did|\w+ed)\b|\ball (?:on|by) (?:his|her|their|its|him|her|them|it)(?:self|selves)? ?(?:own)?\b"
              r"|\b(?:is|are|was|were|'s) (?:absolute |total )?(?:garbage|rubbish|trash)\b")

JUSTIFIES = re.compile("|".join((_NORMALISES, _SIZES, _STANDING, _WITHDRAWS, _HANDED_ON)), re.I)
_BRUSHES = re.compile(_SIZES, re.I)  # "everyone makes mistakes" shares the fault out: deflection.py


def justifies(text: str) -> bool:
    """The line argues the complaint away (see the module docstring): not a fact to keep."""
    return bool(JUSTIFIES.search(text))


def brushes_off(text: str) -> bool:
    """The line makes the listener's concern small ("it's hardly worth a row", "nobody got hurt"):
    a brush-off to apologise for. The speaker's record and withdrawal are their own hurt, not that."""
    return bool(_BRUSHES.search(text))
