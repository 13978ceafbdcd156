"""Denials and non-apologies where the sender can be sorry for the effect and keep the reason.

The clause strategies kept a flat denial ("I didn't ghost you. I was away…"), dropped the reason
("i wasnt afk my internet dropped" → "what happened from your side?"), broke a conditional apology
into a fragment ("If you felt left out of the meeting. I'm sorry."), kept a work email's
"Apologies for any confusion, however…", and answered "not my fault" with form phrases ("I hear
that you feel it's my fault… I'm sorry it landed on you"). This module owns whole-message readings
for these shapes (`denial_repair_lines`, offered alone by `with_denial_repairs` in strategies.py):

- a lapse denied with its reason (going quiet, ignoring, missing, skipping, AFK): "Sorry I went
  quiet; I was in Cornwall with no signal.";
- "those weren't my dishes, I haven't cooked since Sunday": the thing acknowledged, the fact
  offered gently, whose it is asked together;
- "I paid X late because Y": "Sorry I paid X late; Y.";
- "Apologies for any confusion, however X": "Sorry for the confusion. For reference, X." (a work
  register, no "I hear how upset you are");
- "I'm sorry if you felt X, but Y": "I'm sorry you felt X. Y.";
- "…the one time I forget the milk it's a crisis": "I'm sorry I forgot the milk.", the
  justification beside it left out;
- "not my fault the car ran out of petrol, you drove it last": sorry for the event, the counter-claim
  left out; a game role ("healer left") gets "our".

A denial about a broken or lost object with its own support ("I didn't break your mug, it was
cracked already") is not read here: supported_denials.py keeps the denial and gives no apology.
Any reason that points at the listener ("you never texted") is a counter-claim: it is left out
where the message stands without it, and otherwise no reading is given.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY, Candidate
from .inflect import past
from .reading import compose
from .supported_denials import plain

_LISTENER = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|u|ur)\b", re.I)
# a tail that only brushes the listener off: left out whole
_DISMISSAL = re.compile(r"^(?:(?:it's\s+|it\s+is\s+)?(?:not|hardly|not\s+exactly|not\s+really)\s+(?:my\s+fault|everything\s+is\s+about\s+you|"
                        r"a\s+big\s+deal)|not\s+everything\s+is\s+about\s+you(?:\s+being\s+[\w ]+)?|"
                        r"some\s+of\s+us\s+(?:actually\s+)?(?:work|have\s+(?:a\s+job|jobs|lives|a\s+life))|chill|relax|calm\s+down|jeez|geez|god|seriously|"
                        r"ok(?:ay)?|lol|ffs|stop\s+(?:crying|moaning|whining|complaining|nagging)(?:\s+about\s+it)?|get\s+over\s+it)$", re.I)
# the lapse denied → what the sender is sorry for
_LAPSES = (
    (re.compile(r"^(?:ignor(?:e|ing|ed))\s+(?P<what>your\s+(?:call|message|text|dm|email|voicemail))$", re.I), "I missed {what}"),
    (re.compile(r"^(?:ghost(?:ing|ed)?|ignor(?:e|ing|ed))\s+(?:you|u|(?:your|ur)\s+(?:texts?|messages?|calls?|dms?))$", re.I), "I went quiet and left you wondering"),
    (re.compile(r"^(?:skip(?:ping|ped)?|miss(?:ing|ed)?)\s+(?P<what>(?:your|the|our|my)\s+[\w' ]+?)$", re.I), "I missed {what}"),
    (re.compile(r"^(?:afk|away\s+from\s+(?:the\s+)?keyboard)$", re.I), "for going AFK"),
    (re.compile(r"^lagging$", re.I), "about the lag"),
    (re.compile(r"^(?:bail(?:ing|ed)?|flak(?:e|ing|ed))\s+on\s+you$", re.I), "I bailed"),
    (re.compile(r"^(?:stand(?:ing)?|stood)\s+you\s+up$", re.I), "I didn't show up"),
)
_DENIED = re.compile(r"^(?:(?:I\s+)?(?:didn't|didnt|did\s+not|wasn't|wasnt|was\s+not|never)|I'm\s+not|I\s+am\s+not|im\s+not)\s+(?P<act>.+?)"
                     r"(?:\s+on\s+purpose)?(?:\s+(?-i:[A-Z][a-z]+))?$", re.I)  # "…ignoring your texts Jess": the name said to
_STATEMENT = re.compile(r"^(?:I|I'm|I've|I'd|my|there|it|the|we|our|a|an)\b", re.I)
# "didn't ghost u, phone was broken": the speaker's own thing, its "my" dropped in a text
_BARE_OWN = re.compile(r"^(?P<thing>phone|battery|laptop|car|wifi|internet|data|charger|alarm)\s+(?=(?:was|had|got|died|broke|ran|went)\b)", re.I)
_THING = re.compile(r"^(?P<that>those|these|that|this|it)\s+(?P<be>weren't|aren't|wasn't|isn't)\s+my\s+(?P<what>[\w' ]+?)$", re.I)
_LATE = re.compile(r"^I\s+(?P<verb>\w+ed|paid|sent|got)\s+(?P<what>[\w' ]*?)\s*late\s+(?:because|as|since|cos|coz)\s+(?P<why>.+)$", re.I)
_WORK = re.compile(r"^(?:apologies|sorry|I\s+apologi[sz]e)\s+for\s+(?:any|the)\s+(?P<what>confusion|inconvenience|misunderstanding|delay)"
                   r"\s*,?\s*(?:however|but)\s*,?\s+(?P<fact>.+)$", re.I)
_IF = re.compile(r"^(?:I'm\s+|I\s+am\s+)?sorry\s+if\s+(?P<felt>you\s+felt|you\s+feel|that|it|this)\s+(?P<how>.+?)\s*,?\s+but\s+(?P<why>.+)$", re.I)
_ONE_TIME = re.compile(r"\bthe\s+one\s+time\s+I\s+(?P<verb>\w+)\s+(?P<what>(?:the|your|my|our|a|an)\s+[\w' ]+?)\s*,?\s+(?:it's|it\s+is|suddenly|I'm|you)\b", re.I)
_FAULT = re.compile(r"^(?:it's\s+|it\s+is\s+|it\s+isn't\s+|its\s+)?(?:not|hardly|not\s+exactly)\s+my\s+fault\s*(?P<event>.*)$", re.I)
# game roles named bare in chat ("healer left"): the sender's own team
_ROLE = re.compile(r"^(?:the\s+)?(?P<role>healer|tank|support|jungler|jungle|mid\s+laner|mid|top\s+laner|adc|carry|dps|medic|sniper)\b", re.I)
_AFKD = re.compile(r"\bafk'?d\b|\bwent\s+afk\b", re.I)


def _sentences(text: str) -> list[str]:
    """Parts split at sentence ends and commas, tidied of trailing marks."""
    return [p.strip(" .!?") for p in re.split(r"(?<=[.!?])\s+|\?+|!+|,\s*", text) if p.strip(" .!?")]


def _lower(part: str) -> str:
    """A reason after a semicolon: "I" and names keep their capitals."""
    return part if re.match(r"^(?:I\b|I'|[A-Z][a-z]+\s+[A-Z]|[A-Z]{2})", part) or re.match(r"^[A-Z][a-z]+\b(?<!The)(?<!My)(?<!It)(?<!There)(?<!We)(?<!Our)", part) \
        else part[:1].lower() + part[1:]


def _cap(text: str) -> str:
    text = re.sub(r"(?<![\w'])i(?=\s|'|$)", "I", text)
    return text[:1].upper() + text[1:]


def _own_team(part: str) -> str:
    """"healer left" → "our healer left"; "the mid laner afk'd" → "our mid laner went AFK"."""
    part = _AFKD.sub("went AFK", part)
    return _ROLE.sub(lambda m: "our " + m.group("role"), part, count=1)


def _rest_dismissed(parts: list[str]) -> bool:
    return all(_DISMISSAL.match(p) for p in parts)


def _lapse(parts: list[str]) -> list[str] | None:
    """"I didn't ghost you, I was away in Cornwall with no signal" → sorry for the effect, the reason kept."""
    # "i wasnt afk my internet dropped ok": the reason run on without a comma
    parts = re.split(r"\s+(?=(?:my|there|I\s+was|I\s+had)\b)", re.sub(r"\s+ok(?:ay)?$", "", parts[0], flags=re.I), maxsplit=1) + parts[1:]
    m = _DENIED.match(parts[0])
    if not m or len(parts) < 2:
        return None
    act = re.sub(r"\s+on\s+purpose$", "", m.group("act"))
    said = next((said.format(**{k: v for k, v in mm.groupdict().items()}) for rx, said in _LAPSES for mm in [rx.match(act)] if mm), None)
    if said is None:
        return None
    reasons = [_BARE_OWN.sub(lambda b: f"my {b.group('thing').lower()} ", p) for p in parts[1:] if not _DISMISSAL.match(p)]
    if not reasons or len(reasons) > 2 or not all(_STATEMENT.match(r) and not _LISTENER.search(r) for r in reasons):
        return None
    if re.match(r"^I\s+(?:told|messaged|texted|said|emailed|let)\b", reasons[0], re.I):  # notice given: nothing to be sorry for
        return None
    reasons = [re.sub(r"\s+already\b", "", r) for r in reasons]  # "already on silent" said flat is the defence
    reason = _cap(" and ".join(_lower(r) for r in reasons))
    # going quiet: the listener's worry heard first; a missed call or party: the outcome said first
    first = f"I can hear you're upset, and I'm sorry {said}." if "quiet" in said else f"Sorry {said}."
    # the reason alone can still read as the excuse: the same with the sender's part owned, behind it
    return [[first, f"{reason}."], [first, f"{reason}, and I should have let you know."]]


def _not_mine(parts: list[str]) -> list[str] | None:
    """"those weren't my dishes, I haven't even cooked since sunday": the thing seen, the fact offered."""
    m = _THING.match(parts[0])
    if not m or len(parts) < 2:
        return None
    facts = [p for p in parts[1:] if not _DISMISSAL.match(p)]
    if len(facts) != 1 or not re.match(r"^I(?:\s|')", facts[0]) or _LISTENER.search(facts[0]):
        return None
    many = m.group("be").lower() in ("weren't", "aren't")
    what = m.group("what")
    fact = re.sub(r"\s+even\b", "", facts[0])
    return [f"I can see the {what} {'are' if many else 'is'} bothering you.",
            _cap(fact) + ", so I don't think " + ("they're" if many else "it's") + " mine.",
            f"Can we work out whose {'they are' if many else 'it is'}?"]


def _late(parts: list[str]) -> list[str] | None:
    """"I paid my subs late because nobody sent the bank details" → "Sorry I paid my subs late; nobody…"."""
    m = _LATE.match(parts[0])
    if not m or not _rest_dismissed(parts[1:]) or _LISTENER.search(m.group("why")):
        return None
    what = m.group("what").strip()
    first = f"I'm sorry I {m.group('verb')} {what + ' ' if what else ''}late."
    # "nobody sent the bank details" kept as said is still the excuse: the sender's part in it owned instead
    missing = re.match(r"^(?:nobody|no\s+one|no-one)\s+(?:sent|told|gave|emailed|shared|forwarded|posted)(?:\s+(?:me|us))?\s+(?P<x>the\s+.+)$",
                       m.group("why"), re.I)
    if missing:
        return [[first, f"I should have asked for {missing.group('x')} sooner."]]
    sets = [[first, f"{_cap(m.group('why'))}."]]
    if m.group("verb").lower() in ("paid", "sent"):  # money sent late: checking the details was the sender's part
        sets.append([first, f"{_cap(m.group('why'))}, and I should have checked."])
    return sets


def _work(text: str) -> list[str] | None:
    """"Apologies for any confusion, however the deadline was communicated clearly…": sorry, and the fact."""
    m = _WORK.match(text.strip(" .!"))
    if not m or "." in m.group("fact").strip(" ."):
        return None
    fact = re.sub(r"\s+(?:very\s+)?clearly\b", "", m.group("fact"))
    return [f"Sorry for the {m.group('what').lower()}.", f"For reference, {_lower(fact)}."]


def _conditional(text: str) -> list[str] | None:
    """"I'm sorry if you felt left out of the meeting, but the invite went…" → "I'm sorry you felt…"."""
    m = _IF.match(text.strip(" .!"))
    if not m or "." in m.group("why"):
        return None
    felt = m.group("felt")
    first = f"I'm sorry {felt} {m.group('how')}." if felt.lower().startswith("you") else f"I'm sorry {felt.lower()} {m.group('how')}."
    why = re.sub(r"\b(?:only|just)\s+", "", m.group("why"))
    lines = [first]
    if not _LISTENER.search(why):
        lines.append(f"{_cap(why)}.")
    return lines + ["What would help next time?"]


def _one_time(text: str) -> list[str] | None:
    """"I cook every night and the one time I forget the milk it's a crisis" → "I'm sorry I forgot the milk."."""
    m = _ONE_TIME.search(text)
    if not m:
        return None
    verb = m.group("verb").lower()
    done = past(verb)
    amends = "I'll set myself a reminder so it doesn't slip again." if verb in ("forget", "forgot", "miss", "missed") \
        else "I'll be more careful next time."
    return [f"I'm sorry I {done} {m.group('what')}.", amends]


# "Jayden was the one who pushed B with no util": the blame handed on to someone else, not a cause to tell
_HANDED_ON = re.compile(r"\b(?:was|were|is|'s) the one (?:who|that)\b", re.I)


def _fault(parts: list[str]) -> list[str] | None:
    """"not my fault the car ran out of petrol, you drove it last" → sorry for the event, no counter-claim."""
    m = _FAULT.match(parts[0])
    if not m:
        return None
    event = m.group("event").strip()
    reasons = [p for p in parts[1:] if not _DISMISSAL.match(p)]
    if len(reasons) > 1 or (event and _LISTENER.search(event)):
        return None
    if reasons and re.match(r"^(?:I\b|nobody|no\s+one)", reasons[0], re.I):  # "I did what I was told", "nobody told me":
        return None  # the defence itself, not a cause; the other readings answer these
    if re.search(r"\blate\b", event, re.I):  # late work: owning.py's amends about flagging it answer it
        return None
    reason = reasons[0] if reasons and not _LISTENER.search(reasons[0]) and not _HANDED_ON.search(reasons[0]) else ""
    if reason:
        reason = _own_team(reason)
        return [f"Sorry {event}; {_lower(reason)}." if event else f"Sorry, {_lower(reason)}."]
    if not event:
        return None
    return [f"Sorry {event}, that's a pain.", "Can we work out what to do now?"]


def denial_repair_lines(msg) -> tuple[list[list[str]], str] | None:
    """The sentence lists (best first) and strategy of this module's reading of the whole message, or None."""
    text = re.sub(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*", " ", plain(msg.text)).strip()  # an eye-roll is not kept
    if sum(c.isupper() for c in text) > 0.6 * sum(c.isalpha() for c in text):  # all caps: said in ordinary case
        text = re.sub(r"\bi\b", "I", text.lower())
    text = re.sub(r"\s*,?\s*\b(?:ok(?:ay)?|right|yeah)\s*\?+", ".", text, flags=re.I)  # "ok??" is a brush-off, not a question
    text = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", lambda d: d.group(1).capitalize(), text)
    if "?" in text.rstrip("?! ") and not _ONE_TIME.search(text):  # a question inside: another reading's
        return None
    parts = _sentences(text)
    if not parts:
        return None
    for reading, strategy in ((_work(text), ACKNOWLEDGE), (_conditional(text), ACKNOWLEDGE), (_one_time(text), RESPONSIBILITY),
                              (_lapse(parts), RESPONSIBILITY), (_late(parts), RESPONSIBILITY), (_not_mine(parts), ACKNOWLEDGE),
                              (_fault(parts), RESPONSIBILITY)):
        if reading:
            return (reading if isinstance(reading[0], list) else [reading]), strategy
    return None


def with_denial_repairs(msg, chosen: tuple) -> tuple:
    """Only this module's answer when the message is one of its shapes (strategies.py)."""
    from .counters import counter_candidates
    from .supported_denials import Behind

    found = denial_repair_lines(msg)
    if not found or counter_candidates in chosen:  # a counter-attack keeps counters.py's reading, its grievance heard
        return chosen
    sets, strategy = found
    # later sets are shown only when the first still reads as the excuse (engine.py keeps fallbacks back)
    # the readings before stay behind, shown only when none of these pass the re-check ("nobody told me it was
    # Tuesday" kept beside the apology still reads as the excuse)
    return (lambda m: [Candidate(compose(m, lines), strategy, k > 0) for k, lines in enumerate(sets)],
            *(Behind(s) for s in chosen))
