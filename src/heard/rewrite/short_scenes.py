"""Short scenes read whole, and the candidate checks they showed were missing.

Whole readings (`short_scene_lines`, lines for `compose`, or None):
- a parting threat: "This isn't over.", "We're not done here." → the wish to settle it, said calmly,
  and a pause asked for (an acknowledgement of the listener's upset answered nothing);
- a worried question at a late hour: "Where have you been, Lucy? It's two in the morning" → the
  worry said and a text asked for (it is not a defence to acknowledge);
- sarcasm about a mishap: "oh fantastic, you've lost the spare key" → frustration about the state
  things are in and a request to sort it out together (it is not hurt);
- "easy for you to judge when you're not the one up with the baby every night" → the load said.

Candidate checks used by strategies.candidates_for:
- `without_easy_jab(text)`: "It's easy to criticise." kept as a fact is still the jab;
- `grants_as_grievance(msg, text)`: "No, you go, I'll just stay home": the permission is not the
  complaint, so no "I get really worried when you go".
`one_hedge` and `not_turned_round` tidy a candidate's acknowledgement.
"""

from __future__ import annotations

import re

_PARTING = re.compile(
    r"^\W*(?:(?:this|it|that)(?:\s+conversation|\s+discussion|\s+argument)?\s+(?:isn'?t|is\s+not|ain'?t)\s+"
    r"(?:over|finished|done)(?:\s+yet)?|we'?re\s+not\s+(?:done|finished)(?:\s+here|\s+talking)?(?:\s+yet)?"
    r"|we\s+are\s+not\s+(?:done|finished)(?:\s+here|\s+talking)?(?:\s+yet)?|i'?m\s+not\s+(?:done|finished)\s+with\s+you(?:\s+yet)?"
    r"|we'?ll\s+(?:talk\s+about|deal\s+with|discuss|finish)\s+(?:this|it|that)\s+later)"
    r"(?:[\s,.!-]*(?:trust\s+me|mark\s+my\s+words|believe\s+me|you\s+hear\s+me\??))?[\s.!?]*$", re.I)

_NAME = r"(?P<{}>[A-Z][a-z]+)"
_WHERE = re.compile(
    r"^\W*(?:" + _NAME.format("n1") + r",\s+)?(?i:where\s+(?:on\s+earth\s+|the\s+hell\s+|the\s+heck\s+)?"
    r"(?:have\s+you\s+been|were\s+you|did\s+you\s+go))(?:,?\s+" + _NAME.format("n2") + r")?\s*[?!.]+\s*(?P<rest>.+)$")
_TIME = r"(?P<time>midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?)"
_LATE = re.compile(
    r"^(?:it'?s|it\s+is)\s+(?:already\s+)?(?:past\s+|gone\s+|nearly\s+|almost\s+|after\s+)?" + _TIME +
    r"(?:\s+in\s+the\s+(?:morning|night))?(?P<more>\s+and\s+you\s+(?:weren'?t|were\s+not|didn'?t)\s+[\w' ]+?)?\W*$"
    r"|^(?P<meal>dinner|tea|supper|lunch)\s+was\s+(?:at\s+)?" + _TIME.replace("<time>", "<mealtime>") + r"\W*$", re.I)

_SARCASTIC = (r"(?:oh\s+|well\s+|just\s+)?(?:great|fantastic|brilliant|wonderful|perfect|lovely|marvell?ous|terrific|"
              r"superb|awesome|nice\s+one|well\s+done|fabulous|splendid)")
_MISHAP = re.compile(
    r"^\W*" + _SARCASTIC + r"\s*[,!.…]+\s*(?:so\s+)?you(?:'ve|\s+have)?\s+(?:gone\s+and\s+|only\s+gone\s+and\s+)?"
    r"(?P<verb>lost|broken|broke|cracked|ruined|smashed|burnt|burned|spilled|spilt|locked\s+(?:us|me)\s+out)"
    r"(?:\s+(?P<obj>(?:(?:the|my|our|your|his|her|their|this|that|mum's|dad's)\b|(?=\w+\s+(?:on|over|all\s+over)\b))[\w' -]*?))?"
    r"(?:\s+(?P<on>(?:on|over|all\s+over)\s+(?:the|my|our|your)\b[\w' -]*?))?(?:\s+(?:as\s+well|too|now|already))?(?P<again>\s+again)?\W*$", re.I)  # "as well": nothing to say
_STATES = {"broke": "broken", "spilt": "spilled", "burned": "burnt"}

_EASY = re.compile(
    r"^\W*(?:it'?s\s+|it\s+is\s+)?(?:so\s+|very\s+|pretty\s+|real\s+)?easy\s+(?:for\s+you\s+)?to\s+"
    r"(?:criticise|criticize|complain|judge|talk|moan|comment|nag|point\s+fingers)\b[^.!?]*?\s+when\s+you"
    r"(?P<tense>'re\s+not|\s+are\s+not|\s+aren't|\s+weren't|\s+were\s+not|'ve\s+never\s+been)\s+the\s+one\s+(?P<what>[^.!?]+?)\W*$", re.I)
# A candidate line that keeps the jab itself: "It's easy to criticise [the cooking]."
_EASY_LINE = re.compile(r"(?:^|(?<=[.!?]\s))(?:It's|It\s+is)\s+(?:so\s+)?easy\s+(?:for\s+you\s+)?to\s+"
                        r"(?:criticise|criticize|complain|judge|talk|moan|comment|nag|point\s+fingers)\b[^.!?]*[.!?]\s*")

# "No, you go", "go ahead", "have fun": leave given, said beside a martyr line.
_GRANT = re.compile(r"(?:^|[,.!]\s*)(?:no,?\s+)?(?:you\s+go(?:\s+out)?|go\s+ahead|go\s+on|off\s+you\s+go|have\s+fun)\b", re.I)
_MARTYR = re.compile(r"\bI'll\s+(?:just\s+)?(?:stay|sit|be|eat|do|manage|cope|wait)\b[^.!?]*"
                     r"\b(?:alone|by\s+myself|on\s+my\s+own|myself|like\s+always|as\s+usual|again)\b", re.I)

# A claim the speaker already hedged: "I think it got moved", "maybe it was Sam".
_HEDGES = r"(?:I\s+think|I\s+guess|I\s+believe|I'm\s+pretty\s+sure|I'm\s+fairly\s+sure|I\s+reckon|maybe|probably|apparently|pretty\s+sure)"


def short_scene_lines(msg) -> list[str] | None:
    """Lines for one of this module's whole-message readings, or None."""
    text = msg.text.strip()
    return _parting(text) or _late(text) or _unreachable(text) or _mishap(text) or _easy(text) or _non_apology(text)


def _parting(text: str) -> list[str] | None:
    if not _PARTING.match(text):
        return None
    # the speaker wants it settled, not dropped: that is kept, the threat is not
    return ["I don't feel this is settled yet", "I need a break right now. Can we pick this up later, when we've both calmed down?"]


def _late(text: str) -> list[str] | None:
    where = _WHERE.match(text)
    late = where and _LATE.match(where.group("rest").strip())
    if not late:
        return None
    time = re.sub(r"\s+o'clock$", "", late.group("time") or late.group("mealtime") or "", flags=re.I)
    when = f"weren't home for {late.group('meal').lower()} at {time}" if late.group("meal") else f"weren't home by {time}"
    more = (late.group("more") or "").strip()
    if more:  # "and you weren't answering": kept, it is part of why they worried
        when += " " + re.sub(r"^and\s+you\s+", "and you ", more, flags=re.I)
    first = f"I was worried when you {when}"
    return [first,  # compose() says the name back ("Lucy, I was worried…")
            "Could you text me next time you'll be late?"]


# "Where have you been?! I've been calling you all night": the worry is that they couldn't be reached
_TRIED = re.compile(r"^(?:I'?ve|I\s+have)\s+been\s+(?:calling|ringing|phoning|texting|messaging|trying\s+to\s+(?:call|reach|get\s+hold\s+of))"
                    r"\s+you\b[\w\s':]*?\W*$", re.I)


_WHERE_COMMA = re.compile(r"^\W*where\s+(?:have\s+you\s+been|were\s+you|did\s+you\s+go)\s*,\s*(?P<rest>.+)$", re.I)


def _unreachable(text: str) -> list[str] | None:
    where = _WHERE.match(text) or _WHERE_COMMA.match(text)  # "where were you, I've been ringing you since 10"
    if not where or not _TRIED.match(where.group("rest").strip()):
        return None
    return ["I was worried when I couldn't reach you", "Could you let me know where you are next time?"]


# "I'm sorry you feel that way", "sorry if that upset you": the apology taken back in the same breath
_NON_APOLOGY = re.compile(
    r"^\W*(?:well|ok|okay|fine|look)?[,\s]*(?:I'?m\s+|I\s+am\s+)?(?:so\s+|very\s+)?sorry\s+(?:that\s+|if\s+)?"
    r"(?:you\s+(?:feel|felt)\s+(?:that\s+way|like\s+that)|you\s+took\s+it\s+(?:that\s+way|the\s+wrong\s+way|wrong|badly|like\s+that)"
    r"|you\s+(?:were|are|got)\s+(?:offended|upset|hurt)|(?:that|it)\s+(?:upset|offended|hurt)\s+you)"
    r"(?:[\s,]+(?:I\s+guess|I\s+suppose|then|lol|lmao|tbh))?(?:,\s*[A-Z][a-z]+)?\W*$", re.I)


def _non_apology(text: str) -> list[str] | None:
    if not _NON_APOLOGY.match(text):
        return None
    # the listener's hurt owned, not put on how they took it; nothing said about what was done
    return ["I can see I upset you, and I'm sorry", "Can you tell me what hurt?"]


def _mishap(text: str) -> list[str] | None:
    m = _MISHAP.match(text)
    if not m:
        return None
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    verb = _STATES.get(verb, verb)
    obj = (m.group("obj") or "").strip()
    again = " again" if m.group("again") else ""
    if verb.startswith("locked"):  # no object to say the state of: the act, with the feeling it is ("left out" is not)
        return [f"I'm frustrated that you {verb}{again}", "Can we work out how to get back in?"]
    if not obj or re.match(r"(?:this|that|it|them)$", obj, re.I):
        return None  # nothing named to keep: the other readings decide
    obj = re.sub(r"^your\b", "your", obj, flags=re.I) if obj[0].isupper() else obj
    plural = obj.split()[-1].lower().endswith("s") and not obj.split()[-1].lower().endswith(("ss", "'s"))
    it = "them" if plural else "it"
    if verb == "spilled":
        on = (m.group("on") or "").strip()
        if not on:
            return None
        return [f"I'm frustrated there's {obj} {on}{again}", "Can we clean it up together?"]
    if m.group("on"):
        return None
    state = f"{obj} are {verb}" if plural else f"{obj} is {verb}" if re.search(r"(?:s|x|z|ce|se|ze)$", obj, re.I) \
        else f"{obj}'s {verb}"
    if verb == "lost":
        return [f"I'm frustrated {state}{again}", f"Can we look for {it} together?"]
    return [f"I'm frustrated {state}{again}", f"Can we work out what to do about {it} together?"]


def _easy(text: str) -> list[str] | None:
    m = _EASY.match(text)
    if not m:
        return None
    what = m.group("what").strip()
    past = re.search(r"were", m.group("tense"), re.I)  # "when you weren't the one…": it is over
    return [f"I {'was' if past else 'am'} worn out being the one {what}".replace("I am ", "I'm "),
            "Could we share it more evenly next time?" if past else "Could we share it more evenly?"]


def without_easy_jab(text: str) -> str:
    """The candidate less a kept "It's easy to criticise…" line (the jab, not a fact)."""
    cut = _EASY_LINE.sub("", text).strip()
    return cut if len(cut.split()) >= 3 else text


def grants_as_grievance(msg, text: str) -> bool:
    """A candidate that complains about the leave the speaker gave beside a martyr line."""
    if not (_GRANT.search(msg.text) and _MARTYR.search(msg.text)):
        return False
    return bool(re.search(r"\bwhen you (?:go|go out|have fun|go ahead)\b", text, re.I))


_TWO_HEDGES = re.compile(r"\b(?:as far as I know|from what I can tell|the way I understand it|my understanding is that),?\s+"
                         r"(?=" + _HEDGES + r"\b)", re.I)


def one_hedge(text: str) -> str:
    """"As far as I know, I think it got moved…": the speaker's own hedge kept, the added one dropped."""
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), _TWO_HEDGES.sub("", text))


_TURNED = re.compile(r"\bI can see why (?P<thing>your [\w' -]+?) upset you\b")


def not_turned_round(text: str) -> str:
    """"I can see why your text upset you": the listener's own thing is what they are upset about,
    not what upset them ("I didn't see your text until this morning")."""
    return _TURNED.sub(lambda m: f"I can see why you're upset about {m.group('thing')}", text)
