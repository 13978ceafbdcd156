"""Owns whole-message readings where the fact or ask that carries the point would otherwise be dropped
for a generic "Can we talk about it?" (strategies.py calls `service_ask_lines` first among the
whole readings). Each keeps the speaker's facts in their words, drops the jab, and asks for the thing:

- a repair chased: "The boiler has been broken for 11 days and I've sent four emails… You're happy to
  take the rent…" → the fault and the chasing kept, "Could you get the boiler fixed as soon as
  possible?" (the rent jab goes);
- money unaccounted for after silence: "Graham, you haven't answered since June. Where exactly has the
  £1,200 from the tournament gone?" → "I haven't heard back from you since June… Could you let me
  know where the £1,200 from the tournament is?";
- "Typical Priya. Dad's 70th and you can't even be bothered to chip in £40…" → the name, the occasion
  and the share asked for;
- noise with "Some of us work nights, not that you'd care" → the noise, "I work nights" as the
  speaker's own reason, and a quieter time asked for;
- "I've washed the kit for FREE for two seasons and this is the thanks I get for one missing shirt?"
  → the work (shouting lowered) and the missing shirt both kept;
- "As usual the deck landed at 11:58pm the night before the pitch. I can't keep covering for…" →
  stressed, and the deck asked for earlier next time;
- "Because of you, mum spent Christmas Day in tears. Hope the ski trip was worth it." → what happened,
  said beside the trip, without the taunt.

Each reading matches the whole message or gives nothing, so a plain fact ("The boiler has been broken
since Monday.") is left to the other strategies.
"""

from __future__ import annotations

import re

from .own_requests import sentences_of

_I = re.I


def _plain(text: str) -> str:
    """Shouting lowered: "FREE" → "free" (short all-caps words such as "NHS" may be names, so stay)."""
    return re.sub(r"\b(?!I\b)[A-Z]{4,}\b", lambda m: m.group(0).lower(), text)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in {"The", "My", "Our", "Your", "Once", "As"}:
        return text[:1].lower() + text[1:]
    return text


# --- a repair or refund chased ---------------------------------------------------------------------
_FAULT = re.compile(
    r"^(?P<thing>(?:the|my|our) [a-z][a-z -]{1,30}?) (?:has|have) been (?P<state>broken|leaking|dripping|blocked|faulty|"
    r"off|out|down|pending|outstanding|not working|unpaid|missing) (?:for|since) [^,.!?]{1,40}?"
    r"(?:,? and|\.) (?P<chase>I'?ve (?:sent|rung|called|phoned|emailed|chased|left|written|reported|messaged)\b[^.!?]{2,80})[.!]?\s*", _I)
_FIXED = {"off": "back on", "out": "back on", "down": "back up", "pending": "sorted out", "outstanding": "sorted out",
          "unpaid": "sorted out", "missing": "sorted out"}


def _repair(text: str) -> list[str]:
    m = _FAULT.match(text)
    if not m:
        return []
    rest = text[m.end():].strip()
    if rest and not re.search(r"\b(?:you|your|u|ur)\b", rest, _I):
        return []  # more facts after, not a jab: the other strategies keep them
    if re.search(r"\b(?:thank|thanks|appreciate|star|sorted)\b", rest, _I):
        return []  # "…thanks for sending the engineer": it is being dealt with, nothing to chase
    fault = text[:m.start("chase")].rstrip(" ,.").removesuffix(" and").rstrip(" ,")
    chase = re.sub(r"^i'?ve\b", "I've", m.group("chase").rstrip(" ,."), flags=_I)  # texted "ive sent 4 emails"
    thing = m.group("thing")
    done = _FIXED.get(m.group("state").lower(), "fixed")
    fault = fault[:1].upper() + fault[1:]
    return [f"I'm really frustrated that {_lower_first(fault)}.", f"{chase}.",
            f"Could you get {thing.lower() if thing.split()[0] != 'My' else thing[:1].lower() + thing[1:]} {done} as soon as possible?"]


# --- money unaccounted for, after silence ------------------------------------------------------------
_MONEY_Q = re.compile(
    r"^(?:so,? )?(?:where (?:exactly |on earth )?(?:has|have|did) (?P<what>(?:the|my|our) [^?]*?[£$€]\s?\d[^?]*?) (?:gone|go|went)"
    r"|what (?:exactly |on earth )?(?:happened|has happened) to (?P<what2>(?:the|my|our) [^?]*?[£$€]\s?\d[^?]*?))\s*\?+$", _I)
_SILENCE = re.compile(
    r"(?:you (?:haven'?t|have not) (?:answered|replied to|returned|responded to) (?:a single|one|any|my)\b[^.!?]*?|"
    r"you'?ve ignored (?:every|all (?:of )?my|my)\b[^.!?]*?|not (?:one|a single) (?:reply|answer|word|text|email)[^.!?]*?)"
    r"\bsince (?P<when>[^.!?,]{2,30})", _I)


def _money(text: str) -> list[str]:
    parts = sentences_of(text)
    if len(parts) != 2:
        return []
    body = re.sub(r"^[A-Z][a-z]+,\s+", "", parts[0])
    silent = _SILENCE.search(body)
    ask = _MONEY_Q.match(parts[1])
    if not silent or not ask or silent.start() > 2:
        return []
    when = silent.group("when").strip()
    if ask.group("what"):
        what = ask.group("what")
        said = f"where {what} is"
    else:
        said = f"what happened to {ask.group('what2')}"
    return [f"I haven't heard back from you since {when}, and I've been worried.", f"Could you let me know {said}?"]


# --- "Typical Priya. Dad's 70th and you can't even be bothered to chip in £40" -------------------------
_TYPICAL = re.compile(
    r"^(?i:typical|classic) (?P<name>[A-Z][a-z]+)[.!]+\s+(?i:it'?s |it was )?(?P<when>[A-Z][^.!?,]{2,40}?),? and you "
    r"(?P<neg>can'?t|couldn'?t|cannot|could not) (?:even )?(?:be bothered to )?(?P<act>[^.!?]{3,60}?)[.!?]*$")


def _typical(text: str) -> list[str]:
    m = _TYPICAL.match(text.strip())
    if not m or not re.search(r"'s\b", m.group("when")):
        return []  # the occasion is someone's ("Dad's 70th", "Sarah's leaving do")
    name, when, act = m.group("name"), m.group("when"), m.group("act")
    if re.search(r"\b(?:you|your)\b", act, _I):
        return []
    if m.group("neg").lower().startswith("could"):
        return [f"{name}, I was really hurt when you didn't {act} for {when}.",
                "It would have meant a lot to me. Can we talk about it?"]
    return [f"{name}, it's {when}, and I'd really love it if you could {act}.", "It would mean a lot to me."]


# --- noise, with "Some of us work nights, not that you'd care" --------------------------------------
_NOISY = re.compile(r"\b(?:bark\w*|howl\w*|yap\w*|music|blast\w*|nois\w*|loud\w*|bang\w*|kick\w*|shout\w*|"
                    r"scream\w*|part(?:y|ies)|drill\w*|thump\w*|stomp\w*)\b", _I)
_SOME_OF_US = re.compile(r"^some of us (?P<reason>[^,.!?]{3,50}?),? (?:not that (?:you(?:'d| would)?|anyone) (?:care|cares|notice|know)"
                         r"\w*|but (?:you|whatever)\b[^.!?]*)[.!?]*$", _I)


def _own_reason(reason: str) -> str:
    reason = re.sub(r"^are\b", "am", reason.strip(), flags=_I)
    reason = re.sub(r"^(?:actually |still )", "", reason, flags=_I)
    reason = re.sub(r"^have jobs\b", "have a job", reason, flags=_I)  # "some of us have jobs" is one job for one speaker
    said = f"I {reason}"
    return said.replace("I am ", "I'm ", 1)


def _noise(text: str) -> list[str]:
    parts = sentences_of(text)
    if len(parts) != 2 or not _NOISY.search(parts[0]):
        return []
    m = _SOME_OF_US.match(parts[1])
    if not m or re.search(r"\b(?:you|u)\b", parts[0].split(" ", 1)[1], _I):
        return []  # the noise told as a thing ("Your dog has barked…"), not as a charge on the listener
    hours = re.findall(r"\b(\d{1,2})(?::\d\d)? ?(am|pm)\b", parts[0], _I)
    when = ""
    if re.search(r"\bmornings?\b", parts[0], _I) or (hours and all(h[1].lower() == "am" and 4 <= int(h[0]) <= 11 for h in hours)):
        when = " in the mornings"
    elif re.search(r"\b(?:night|midnight)\b", parts[0], _I) or (hours and any(h[1].lower() == "am" and int(h[0]) <= 3 for h in hours)):
        when = " at night"
    elif re.search(r"\bevenings?\b", parts[0], _I):
        when = " in the evenings"
    fact = parts[0].rstrip(".!? ")
    return [f"{fact}.", f"{_own_reason(m.group('reason'))}, so it's been really hard for me.",
            f"Could you try to keep the noise down{when}?"]


# --- "I've done X for FREE … and this is the thanks I get for one Y?" -------------------------------
_THANKS = re.compile(r"^(?P<work>I'?ve [^.!?]{5,120}?),? and this is (?:the|all the|what) thanks I get for (?P<for>[^.!?]{3,50}?)[.!?]*$", _I)


def _thanks(text: str) -> list[str]:
    m = _THANKS.match(text.strip())
    if not m or re.search(r"\b(?:you|your)\b", m.group("for"), _I):
        return []
    work = _plain(m.group("work"))
    over = _plain(m.group("for"))
    return [f"{work}, so I felt hurt and unappreciated being pulled up over {over}.",
            "It would mean a lot to me to feel that what I do is noticed."]


# --- "As usual the deck landed at 11:58pm the night before the pitch. I can't keep covering for you." ----
_LATE = re.compile(r"^(?:as usual,?|once again,?|yet again,?|again,?) (?P<what>(?:the|your) [a-z][a-z -]{1,30}?) "
                   r"(?P<how>landed|arrived|came through|came in|turned up|was sent|got sent|showed up)\b(?P<rest>[^.!?]*\b(?:before|on the day|at \d|midnight)\b[^.!?]*)[.!]*$", _I)
_COVERING = re.compile(r"^I(?:'m| am) (?:sick of|tired of|done)|^I can'?t keep\b|^I'?m not (?:going to |gonna )?keep", _I)


def _late(text: str) -> list[str]:
    parts = sentences_of(text)
    if len(parts) != 2:
        return []
    m = _LATE.match(parts[0])
    if not m or not _COVERING.search(parts[1]) or "cover" not in parts[1].lower():
        return []
    what = re.sub(r"^your\b", "the", m.group("what"), flags=_I)
    what = what[:1].lower() + what[1:]
    return [f"I felt really stressed when {what} {m.group('how')}{m.group('rest')}.",
            f"Could you get {what} to me earlier next time?"]


# --- "Because of you, mum spent Christmas Day in tears. Hope the ski trip was worth it." -------------
_BECAUSE = re.compile(r"^because of you,? (?P<what>[^.!?]{5,80}?)[.!]+\s+(?:I )?hope (?P<trip>(?:the|your) [a-z][a-z' -]{1,30}?) was worth it[.!?]*$", _I)
_ON = re.compile(r"\b(?:trip|weekend|holiday|break|cruise|stag|hen|getaway|jolly)\b", _I)
# Somewhere the listener went instead ("the festival", "the work party"); anything else ("the extra pint")
# was not a place to be "at", so no reading.
_AT = re.compile(r"\b(?:party|festival|do|gig|match|game|concert|night out|drinks|wedding|conference|event|golf|pub|club|"
                 r"meeting|dinner|reunion|show|race)\b", _I)


def _because(text: str) -> list[str]:
    m = _BECAUSE.match(text.strip())
    if not m or re.search(r"\b(?:you|your)\b", m.group("what"), _I):
        return []
    trip = re.sub(r"^your\b", "the", m.group("trip"), flags=_I)
    on = "on" if _ON.search(trip) else "at" if _AT.search(trip) else ""
    if not on:
        return []
    return [f"I was really upset that {m.group('what')} while you were {on} {trip}.", "Can we talk about it?"]


def service_ask_lines(msg) -> list[str]:
    """A whole-message reading (strategies.py): the sentences that keep the point, or an empty list."""
    text = msg.text.strip()
    for reading in (_repair, _money, _typical, _noise, _thanks, _late, _because):
        lines = reading(text)
        if lines:
            return lines
    return []
