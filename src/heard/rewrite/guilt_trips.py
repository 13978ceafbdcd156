"""Guilt trips, comparisons, dares to withdraw and isolating turns that manipulation.py does not read.

manipulation.py and pressure.py read the common forms. People put the same moves other ways, and the
strategies then keep the pressure as a fact ("It upsets me when everyone else's kids call their
parents every day", "When you can find somewhere else to live, I feel unheard") or give nothing
("Fine, don't come to the wedding, see if I ever invite you again"). This module reads a message
that is, whole, one of these moves and says the speaker's own feeling and need plainly instead,
keeping the event (the wedding, the birthday, lunch) and dropping the pressure:

- comparisons: "your sister visits every weekend, why can't you?" → "I'd really love it if you could
  visit every weekend. Would that work?";
- dares to withdraw: "don't come to the wedding, see if I ever invite you again", "I won't bother
  asking you for help again", "keep talking to me like that and you can find somewhere else to live",
  "go on, leave, but don't expect me to be here";
- worth tests: "you'd move in with me if you were serious about us", "my birthday isn't important
  enough for you to come home", "you can't even be bothered to visit at Christmas";
- left out and isolating: "aren't I enough?", "you don't need book club, you have me", "I might as
  well not exist", "she's turning you against me";
- unheard from: "your own mother hasn't heard from you in a month";
- denial with a named time: "that's not how it went at lunch, you're making it up" → the time kept;
- guilt with no content at all ("don't worry about my feelings, I'm only your father"): no rewrite.

`with_guilt_trips` is called last in strategies._chosen, so a reading here takes the whole message.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate
from .inflect import past
from .reading import compose
from .said import said_phrase, verb_base

# Who the listener is compared to: relatives, others' children or partners, the rest of a team.
_OTHERS = (r"(?:everyone\s+else(?:'s\s+\w+)?|everybody\s+else(?:'s\s+\w+)?|other\s+people(?:'s\s+\w+)?|"
           r"all\s+(?:my|the\s+other|your)\s+(?:\w+'?s?'?\s+)?\w+|the\s+rest\s+of\s+(?:the|my|your)\s+\w+|"
           r"your\s+(?:sister|brother|cousin|sisters|brothers|cousins|friends?|dad|mum|mom|father|mother)|"
           r"(?:most|other)\s+(?:kids|husbands|wives|partners|sons|daughters|people|colleagues))")
_COMPARED = re.compile(r"^\s*(?P<who>" + _OTHERS + r")\s+(?P<verb>[a-z]+)\s+(?P<rest>[^,.!?]+?)"
                       r"\s*(?P<tail>,?\s*(?:you\s+know|just\s+saying|why\s+can't\s+you|why\s+don't\s+you|"
                       r"and\s+you\s+can't|but\s+not\s+you|so\s+why\s+can't\s+you)\b[^.!?]*)?[.!?]*\s*$", re.I)
_WORK = re.compile(r"\b(?:team|colleagues|staff|office|department)\b", re.I)
# The one the others do it for is the speaker: "call their parents" said by a parent is "call me".
_THEIRS = re.compile(r"\b(?:their\s+(?:parents|mum|mom|mother|dad|father|wives|husbands|partners)|them)\b", re.I)

_DARE_COME = re.compile(r"\bdon't\s+(?:come|bother\s+coming)\s+(?P<to>to\s+[^,.!?]+?)\s*[,.;!]+\s*"
                        r"(?:see\s+if|and\s+see\s+if|I\s+won't|I'll\s+never|don't\s+expect)", re.I)
_NOT_ASK = re.compile(r"\bI\s+won't\s+(?:bother\s+|ever\s+)?ask(?:ing)?\s+you\s+(?P<what>for\s+[^,.!?]+?|to\s+[^,.!?]+?)"
                      r"\s+(?:again|any\s?more|ever\s+again)\b", re.I)
_KEEP_AND = re.compile(r"^\s*(?:if\s+you\s+)?keep\s+(?P<act>\w+ing\b[^,.!?]*?)\s*,?\s+(?:and|then)\s+"
                       r"(?:you\s+can|you'll|I'll|I'm|we're)\b", re.I)
_LEAVE = re.compile(r"\bleave\b[^.!?]*\bdon't\s+expect\s+me\s+to\s+be\s+(?:here|there|around|waiting)", re.I)

_SERIOUS = re.compile(r"\byou(?:'d|\s+would)\s+(?P<want>[^,.!?]+?)\s+if\s+you\s+(?:were|was)\s+(?:really\s+)?"
                      r"(?:serious|committed)\s+about\s+(?:us|me|this)\b|\bif\s+you\s+(?:were|was)\s+(?:really\s+)?"
                      r"(?:serious|committed)\s+about\s+(?:us|me|this)\s*,?\s+you(?:'d|\s+would)\s+(?P<want2>[^,.!?]+)", re.I)
_NOT_IMPORTANT = re.compile(r"\b(?P<thing>my\s+\w+(?:\s+(?:party|dinner|lunch|day))?)\s+(?:isn't|is\s+not|wasn't)\s+"
                            r"important\s+enough\s+for\s+you\s+to\s+(?P<act>[^,.!?]+)", re.I)
_BOTHERED = re.compile(r"\byou\s+(?:can't|won't|cannot)\s+(?:even\s+)?be\s+bothered\s+to\s+(?P<act>[^,.!?]+)", re.I)

_MISSED = re.compile(r"\baren't\s+I\s+enough\b|\byou(?:'ve\s+got|\s+have)\s+me\s*[.!]*\s*$|\bI\s+might\s+as\s+well\s+not\s+"
                     r"exist\b|\bturning\s+you\s+against\s+me\b", re.I)
# Left out by whoever it is (friends, family, the listener): the feeling, not "I miss you".
_LEFT_OUT = re.compile(r"\bI'm\s+always\s+the\s+one\s+(?:who\s+gets|that\s+gets|who's|who\s+is)\s+(?:left\s+out|forgotten)\b", re.I)
# The speaker's outburst put on the listener: "if you helped more I wouldn't have to shout".
_MADE_ME = re.compile(r"\bif\s+you\s+(?P<act>\w+ed)\s+(?:a\s+bit\s+)?more\s*,?\s+I\s+(?:wouldn't|would\s+not)\s+(?:have\s+to\s+|need\s+to\s+)?"
                      r"(?P<react>shout|yell|snap|scream|nag|lose\s+my\s+temper)\b", re.I)
_STRAINED = re.compile(r"\b(?:so\s+|really\s+)?(?P<feel>stressed|exhausted|tired|overwhelmed|worn\s+out)\b", re.I)
_NO_THANKS = re.compile(r"^\s*(?P<did>I\s+[^,.!?]+?)\s*,?\s+and\s+you\s+(?:didn't|did\s+not|never)\s+(?:even\s+)?"
                        r"(?:say\s+)?(?:thank\s+you|thanks|said\s+thanks)\b", re.I)
_JUST_FELT = re.compile(r"\bI'm\s+(?:just|only)\s+(?P<feel>disappointed|hurt|sad|upset)\s+that\s+you(?:'d|\s+would)\s+"
                        r"(?P<act>[a-z]+)(?P<rest>[^,.!?]*)", re.I)
_NEVER_SAID = re.compile(r"^\s*I\s+never\s+said\s+(?P<what>(?!that\b|it\b|this\b|so\b|anything\b)[^,.!?]+?)\s*[,.;]+\s*"
                         r"you're\s+(?:making|imagining|dreaming)", re.I)
# "your own mother" is the speaker; "your mum" may be someone else, so it is not said as "I".
_UNHEARD = re.compile(r"\b(?:your\s+own\s+\w+|I|we)\s+(?:hasn't|haven't|has\s+not|"
                      r"have\s+not)\s+heard\s+from\s+you\s+(?P<when>(?:in|for|since)\s+[^,.!?]+)", re.I)
_DENIED_AT = re.compile(r"\b(?:that's\s+not|that\s+is\s+not|that\s+isn't)\s+(?:how\s+it\s+went|what\s+happened|how\s+it\s+happened)\s+"
                        r"(?P<when>(?:at|on|in|during|last|yesterday|this)\b[^,.!?]*)|\bthat\s+never\s+happened\s+"
                        r"(?P<when2>(?:at|on|in|during|last|yesterday|this)\b[^,.!?]*)", re.I)
_IMAGINED = re.compile(r"\b(?:imagining|making\s+(?:it|that|things|this)\s+up|remembering\s+it\s+wrong|dreamt|dreamed|"
                       r"twisting|crazy)\b", re.I)
# Guilt with nothing in it to keep: the listener told not to mind the speaker, who is "only" their parent.
_EMPTY_GUILT = re.compile(r"^\s*(?:don't|do\s+not|never)\s+(?:worry|mind)\s+(?:about\s+)?my\s+feelings\s*[,.;!]*\s*"
                          r"(?:I'm|I\s+am)\s+only\s+your\s+\w+\s*[.!]*\s*$", re.I)


def _own(phrase: str) -> str:
    """The listener's act said to them: "your"/"you" stay, "their parents"/"them" become "me"."""
    return _THEIRS.sub("me", said_phrase(phrase))


def _ing_base(act: str, doc) -> str:
    """"talking to me like that" → "talk to me like that"."""
    verb, _, rest = act.partition(" ")
    base = verb_base(verb, doc)
    return f"{base} {rest}".strip() if base != verb.lower() else ""


def guilt_trip_lines(msg) -> list[str] | None:
    """The speaker's feeling and need for a message that is one of these moves; [] when the message
    is guilt with nothing in it to keep; None when it is not one of them."""
    text = msg.text.strip()
    if _EMPTY_GUILT.search(text):
        return []
    found = _COMPARED.search(text)
    # "rings me every Sunday" is asked of the listener; "calls his mum" is not theirs to copy
    # "your brother treats me like a taxi" is about the brother: a relative compares only with a tail
    if found and (found["tail"] or not found["who"].lower().startswith("your")) \
            and not re.search(r"\b(?:you|your|I|his|her|he|she|him|never|always)\b", found["rest"] + " " + found["verb"], re.I) and found["verb"].lower() not in (
            "are", "is", "were", "was", "have", "has", "had", "do", "does", "did", "can", "could", "would", "will"):
        verb = verb_base(found["verb"], msg.doc)
        feel = "appreciate" if _WORK.search(found["who"]) else "love"
        return [f"I'd really {feel} it if you could {verb} {_own(found['rest'])}.", "Would that work?"]
    found = _DARE_COME.search(text)
    if found:
        return [f"I'd really love it if you could come {said_phrase(found['to'])}.", "It matters a lot to me."]
    found = _NOT_ASK.search(text)
    if found:
        what = said_phrase(found["what"])
        need = f"I could really use your {what[4:]}" if what.lower().startswith("for ") else f"I'd really like you {what}"
        return [f"{need}, and I'm feeling frustrated.", "Can we talk about it?"]
    found = _KEEP_AND.search(text)
    if found:
        act = _ing_base(said_phrase(found["act"]), msg.doc)
        if act:
            return [f"I feel hurt when you {act}.", "Can we both take a breath and talk about this calmly?"]
    if _LEAVE.search(text):
        return ["I don't want you to leave like this.", "Can we talk it through?"]
    found = _SERIOUS.search(text)
    if found:
        want = said_phrase(found["want"] or found["want2"])
        return [f"I'd really like you to {want}.", "It matters a lot to me. Can we talk about it?"]
    found = _NOT_IMPORTANT.search(text) or _BOTHERED.search(text)
    if found:
        act = said_phrase(found["act"])
        thing = found.groupdict().get("thing")
        return [f"I'd really love it if you could {act}{' for ' + said_phrase(thing) if thing else ''}.",
                "It would mean a lot to me."]
    found = _UNHEARD.search(text)
    if found:
        return [f"I haven't heard from you {said_phrase(found['when'])}, and I miss you.", "Could we catch up soon?"]
    found = _DENIED_AT.search(text)
    if found and _IMAGINED.search(text):
        return ["I remember it differently.", f"Can we talk about what happened {said_phrase(found['when'] or found['when2'])}?"]
    if _MISSED.search(text) and not re.search(r"\b(?:anyone|anybody|nobody)\s+else\b", text, re.I):
        return ["I'm feeling a bit left out, and I miss you.", "I'd really like us to spend some time together. Can we make a plan?"]
    if _LEFT_OUT.search(text):
        return ["I'm feeling a bit left out.", "Can we talk about it?"]
    found = _MADE_ME.search(text)
    if found:
        act, strained = verb_base(found["act"], msg.doc), _STRAINED.search(text)
        need = "I could really use more help" if act == "help" else f"I'd really like you to {act} more"
        react = found["react"].lower().replace("my temper", "")
        owned = f"I'm sorry I {past(react.split()[0])}{' my temper' if 'lose' in react else ''}."
        return [owned, f"I'm {strained['feel'].lower()}, and {need}." if strained else f"{need}.", "Can we talk about it?"]
    found = _NO_THANKS.search(text) if re.search(r"\bwhatever\b|\bused\s+to\s+it\b", text, re.I) else None
    if found:  # only the thanks with a martyr's shrug; a plain favour is read by the strategies (thanks_owed.py)
        return [f"{said_phrase(found['did'])}, and I'd have loved a thank you.", "It would mean a lot to me."]
    found = _JUST_FELT.search(text)
    if found:
        rest = re.sub(r"\s+(?:yet\s+|once\s+)?again\b|\s+every\s+time\b", "", found["rest"])
        return [f"I'm {found['feel'].lower()} that you {past(verb_base(found['act'], msg.doc))}{rest}.", "Can we talk about it?"]
    found = _NEVER_SAID.search(text)
    if found:
        return [f"I don't remember saying {said_phrase(found['what'])}.", "Can we talk about what happened?"]
    return None


def with_guilt_trips(msg, chosen: tuple) -> tuple:
    """Only this module's answer when the message is one of its moves (strategies.py); no strategies
    at all when it is guilt with nothing to keep."""
    lines = guilt_trip_lines(msg)
    if lines is None:
        return chosen
    if not lines:
        return ()
    return (lambda m: [Candidate(compose(m, lines), I_STATEMENT)],)
