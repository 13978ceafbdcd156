"""Pushing a complaint back instead of taking it in, said face to face:

- refusing the blame: "Don't you dare blame this on me", "oh sure, blame me";
- waving the listener's view away: "Don't be ridiculous", "That's absurd";
- the rhetorical "you think I wanted this to happen?", "do you really think I enjoy working weekends?";
- hurt disbelief: "I can't believe you'd even think that of me";
- "you don't get to talk to me like that": a prohibition of the act, said as the hurt it causes;
- "you too": "You'd have done the same thing", "like you've never been late in your life";
- refusing to explain, disputing the account, "I'm not a mind reader";
- "don't tell me what to do", "you're not my mum": the speaker's say over their own choices;
- "it's not like you're perfect either", "you knew what kind of man I was", "I never said I'd stay",
  "if you'd picked up the phone, none of this would have happened", "you were never going to listen
  anyway", and leaving the talk ("I'm done explaining myself to you").

Read as plain statements, these became "I'm sorry this has been so hard…" or "It upset me when you'd
have done the same thing". Each gets what the speaker could say instead, keeping what it names.
"""

from __future__ import annotations

import re

from .inflect import base_of, past
from .rhetorical import reaction_refused

_DONT = r"(?:don't|do\s+not|dont)\s+(?:you\s+)?(?:dare\s+|even\s+|ever\s+)*(?:try\s+(?:to\s+|and\s+)?)?"
_KINDS = (
    ("blamed", re.compile(_DONT + r"(?:blame|pin|put|dump)\s+(?P<what>[^.!?,;]{1,40}?)\s+on\s+me\b|"
                          + _DONT + r"blame\s+me(?P<for>\s+for\s+[^.!?,;]+)?|"
                          r"\b(?:stop|quit)\s+blaming\s+me(?P<for2>\s+for\s+[^.!?,;]+)?|"
                          + _DONT + r"make\s+(?:this|it|that)\s+(?:my\s+fault|about\s+me)\b|"
                          r"^\W*(?:oh\W+|yeah\W+|that's\s+right\W+|go\s+on\W+)*sure\W+blame\s+me\b|"
                          # "Don't look at me." on its own: the blame turned away ("…like that" is a hurt, not this)
                          r"^\W*(?:hey\W+|whoa\W+|oi\W+|well\W+)?(?:don't|do\s+not|dont)\s+look\s+at\s+me(?:,\s*[A-Z][a-z]+)?\W*$|"
                          r"\bblame\s+me(?:\s+for\s+everything)?,?\s+why\s+don't\s+you\b|"
                          r"\byou\s+(?:can't|cannot|can\s+not|shouldn't|don't\s+get\s+to)\s+(?:just\s+|really\s+)?"
                          r"(?:blame\s+me(?P<for3>\s+for\s+[^.!?,;]+)?|(?:pin|put|dump)\s+(?P<what2>[^.!?,;]{1,40}?)\s+on\s+me\b)", re.I)),
    ("dismissed", re.compile(r"^\W*(?:oh\W+|come\s+on\W+|look\W+|please\W+)*(?:(?:don't|do\s+not|stop|quit)\s+(?:be|being)\s+|"
                             r"that's\s+(?:just\s+)?|(?:this|that)\s+is\s+(?:just\s+)?)(?:so\s+)?(?:ridiculous|silly|"
                             r"absurd|daft|ludicrous|nonsense|rubbish|stupid)\W*$|"
                             r"^\W*(?:oh\W+)?(?:don't|do\s+not)\s+talk\s+(?:nonsense|rubbish)\W*$", re.I)),
    ("not_wanted", re.compile(r"\b(?:do\s+|did\s+)?you\s+(?:really\s+|honestly\s+|actually\s+|seriously\s+|even\s+)*"
                              r"(?:think|believe|reckon)\s+(?:that\s+)?I\s+(?P<neg>don't\s+|didn't\s+)?"
                              r"(?P<verb>wanted|want|meant|like|liked|enjoy|enjoyed|planned|chose|asked\s+for|care|love|try|listen)\b"
                              r"(?P<rest>[^.!?]*)", re.I)),
    ("hurt_disbelief", re.compile(r"\bI\s+(?:can't|cannot|can\s+not|don't)\s+believe\s+(?:that\s+)?you(?P<aux>'d|\s+would|"
                                  r"\s+could)?(?:\s+(?:even|actually|really|just|ever))*\s+(?P<verb>think|thought|say|said|"
                                  r"accuse|accused|suggest|suggested|believe|believed|imply|implied)\b(?P<rest>[^.!?]*)|"
                                  r"\bhow\s+(?:could|can)\s+you\s+(?:even\s+|ever\s+)?(?P<verb2>think|say|accuse|suggest)"
                                  r"\s+(?P<rest2>(?:that|this|something\s+like\s+that)\s+(?:of|about|to)\s+me|me\s+of\s+[^.!?]+)",
                                  re.I)),
    ("prohibited", re.compile(r"\byou\s+(?:(?:don't|do\s+not|dont)\s+get|(?:have|'ve\s+got)\s+no\s+right)\s+to\s+(?P<act>(?!be\b|have\b|feel\b)[^.!?,;]+)|"
                              r"\b(?:don't|do\s+not)\s+you\s+(?:dare|ever)\s+(?P<act2>(?:talk|speak|shout|yell|swear|snap)"
                              r"\s+(?:to|at)\s+me[^.!?,;]*)|"
                              # "Don't look at me like that", "stop talking to me like that": the manner, said as a hurt
                              r"^\W*(?:(?:don't|do\s+not|dont)\s+|(?:stop|quit)\s+)(?P<act3>(?:look(?:ing)?|star(?:e|ing)|talk(?:ing)?|speak(?:ing)?|glar(?:e|ing))"
                              r"\s+(?:at|to)\s+me\s+like\s+(?:that|this)|"
                              # "Don't yell at me, pal.": raising the voice is the act, whatever the manner
                              r"(?:yell|shout|scream|swear|snap)(?:ing)?\s+at\s+me)(?:,\s*[A-Za-z]+)?\W*$", re.I)),
    ("you_too", re.compile(r"\b(?:you|anyone|anybody|everyone|everybody)(?:'d|\s+would)(?:'ve|\s+have)?\s+(?:have\s+)?done\s+"
                           r"(?:exactly\s+|the\s+exact\s+)?(?:the\s+)?(?:same|that|it)(?:\s+thing)?\b|"
                           r"\b(?:like|as\s+if)\s+you(?:'ve|\s+have)?\s+never\s+(?P<vp>[^.!?,;]+)|"
                           r"\byou\s+do\s+it\s+(?:too|all\s+the\s+time)\b|\byou(?:'re|\s+are)\s+no\s+better\b|"
                           r"\byou\s+started\s+it\b|\byou\s+did\s+it\s+(?:first|too)\b|\bpot\s+calling\s+the\s+kettle\b|"
                           r"\byou(?:'re|\s+are)\s+one\s+to\s+talk\b|\blook\s+who's\s+talking\b", re.I)),
    # "It's not like you're perfect either", "you're no saint": the listener's faults held up against the complaint.
    ("not_perfect", re.compile(r"\b(?:like|as\s+if)\s+(?:you(?:'re|\s+are)|ur)\s+(?:so\s+|exactly\s+|some\s+(?:kind|sort)\s+of\s+)?"
                               r"(?:perfect|a\s+saint|saint|an\s+angel|angel|innocent|blameless|flawless)\b|"
                               r"\b(?:you(?:'re|\s+are)|ur)\s+(?:not|hardly|no|far\s+from)\s+(?:exactly\s+|so\s+|that\s+)?"
                               r"(?:perfect|a\s+saint|saint|an\s+angel|angel|innocent|blameless)\b", re.I)),
    # What the listener would have done, presumed: "you were never going to listen to me anyway".
    ("never_going_to", re.compile(r"\byou\s+(?:were|was|are)\s+never\s+(?:going\s+to|gonna)\s+(?P<vp>(?:listen|understand|believe|"
                                  r"agree|say\s+yes|forgive|help|care|let)\b[^.!?,;]*?)(?:\s+anyway)?(?=\s*[,.!?;]|\s+so\b|\s*$)", re.I)),
    # "You knew what kind of man I was when you married me": the speaker's flaws held up as agreed to.
    ("knew_me", re.compile(r"\byou\s+knew\s+(?:exactly\s+)?(?:what\s+(?:kind|sort)\s+of\s+(?:\w+\s+)?I\s+(?:was|am)|who\s+I\s+(?:was|am)|"
                           r"what\s+I\s+(?:was|am)\s+like|what\s+you\s+were\s+getting\s+(?:into|yourself\s+into)|"
                           r"the\s+deal)\b", re.I)),
    # "I never said I'd stay": an expectation the speaker denies having raised.
    ("never_said", re.compile(r"^\W*(?:but\s+|well\s+|look\W+)?I\s+never\s+(?:said|promised|told\s+you)\s+(?:that\s+|you\s+)?"
                              r"(?P<what>I(?:'d|\s+would|'ll|\s+will)\s+[^.!?,;]+)", re.I)),
    # "If you'd picked up the phone, none of this would have happened": the fault moved to the listener.
    ("if_you_had", re.compile(r"^\W*(?:well\W+|maybe\W+|look\W+)*if\s+you(?:'d|\s+had)\s+[^.!?]+?\b(?:none\s+of\s+this|this|it|that)"
                              r"\s+(?:would(?:n't|\s+not|\s+never)?|wouldn't)\s+(?:have\s+|'ve\s+)?(?:happened|been\s+\w+)", re.I)),
    # Leaving the conversation: "I'm done explaining myself to you", "I've heard enough", "believe what you want".
    ("done", re.compile(r"\b(?:I'?m|I\s+am)\s+(?:so\s+|just\s+)?(?:done|finished|through)\s+(?:wasting\s+(?:my\s+)?(?:time|breath|energy)|"
                        r"explaining(?:\s+myself)?|arguing|talking|with\s+(?:you|this|it|all\s+this)\b)|\bI'?ve\s+heard\s+enough\b|"
                        r"\bI\s+(?:don't|do\s+not)\s+have\s+time\s+for\s+(?:this|you)\b|\bbelieve\s+what(?:ever)?\s+you\s+(?:want|like)\b",
                        re.I)),
    ("no_explaining", re.compile(r"\bI\s+(?:don't|do\s+not)\s+(?:have|need)\s+to\s+(?:explain|justify)\s+myself\b|"
                                 r"\bI\s+(?:don't|do\s+not)\s+owe\s+you\s+(?:an\s+)?(?:explanation|anything)\b", re.I)),
    ("account", re.compile(r"^\W*(?:no\W+)?(?:that's|that\s+is|that\s+was)\s+not\s+(?:what\s+happened|how\s+it\s+(?:happened|went))"
                           r"|\byou(?:'re|\s+are)\s+twisting\s+(?:my\s+words|everything\s+I\s+say|what\s+I\s+(?:said|say|mean|meant))\b", re.I)),
    # "Don't tell me what to do", "you're not my mum": the speaker's own say over their choices
    ("autonomy", re.compile(r"^\W*(?:(?:look|oh|just|please|mum|mom|dad)\W+)*(?:(?:don't|do\s+not|dont|stop|quit)\s+(?:you\s+)?"
                            r"(?:tell|telling)\s+me\s+(?:what\s+to\s+do|how\s+to\s+(?P<how>[^.!?,;]{3,40}?))|"
                            r"(?:you're|you\s+are|ur)\s+not\s+my\s+(?:boss|mum|mom|mother|dad|father|keeper|parent))\W*$", re.I)),
    ("mind_reader", re.compile(r"\bI(?:'m|\s+am)\s+not\s+(?:a\s+)?mind[\s-]?reader\b|\bhow\s+(?:was|am)\s+I\s+supposed\s+to\s+"
                               r"read\s+your\s+mind\b", re.I)),
)

_BASE = {"looking": "look", "staring": "stare", "talking": "talk", "speaking": "speak", "glaring": "glare",
         "yelling": "yell", "shouting": "shout", "screaming": "scream", "swearing": "swear", "snapping": "snap"}  # "stop looking…"
_SPEECH = {"talk", "speak", "shout", "yell", "swear", "snap", "raise", "call", "scream"}
_VAGUE_BLAME = {"this", "that", "it", "everything", "all this", "all of this", "this one"}
LIFELONG = re.compile(r"\s+(?:in\s+your\s+(?:whole\s+)?life|ever|before|yourself|either)\b", re.I)


def pushback_kinds():
    """The kinds, for spoken.py: (name, pattern)."""
    return _KINDS


def _clean(text: str | None) -> str:
    text = re.sub(r"\s+", " ", text or "").strip().rstrip(".!?,; ")
    return re.sub(r"\b(?:even|just|really)\s+", "", text, flags=re.I)


def pushback_lines(kind: str, match) -> tuple[list[str], str] | None:
    """(lines, strategy name) for one kind of pushback, or None when its words don't fit a line."""
    g = match.groupdict()
    if kind == "blamed":
        what = _clean(g.get("what") or g.get("for") or g.get("for2") or g.get("what2") or g.get("for3"))
        what = re.sub(r"^for\s+", "", what, flags=re.I)
        about = f" for {what}" if what and what.lower() not in _VAGUE_BLAME else ""
        return [f"I'm feeling blamed{about}, and it's hard to hear", "Can we look at what happened together?"], "I"
    if kind == "dismissed":
        return ["I see it differently, and I'd like to understand how you see it", "Can you tell me more?"], "ack"
    if kind == "not_wanted":
        return _not_wanted(g)
    if kind == "hurt_disbelief":
        verb = (g.get("verb") or g.get("verb2") or "").lower()
        rest = _clean(g.get("rest") or g.get("rest2"))
        if not rest:
            return None
        if verb in ("thought", "said", "accused", "suggested", "believed", "implied"):
            said = f"It hurt that you {verb} {rest}"
        elif g.get("aux") or g.get("verb2"):
            said = f"It hurt that you'd {base_of(verb)} {rest}"
        else:  # "I can't believe you think I'd cheat": it hurts now
            said = f"It hurts that you {verb} {rest}"
        why = "Can we talk about it?" if base_of(verb) == "say" else "Can we talk about what made you think that?"
        return [said, why], "I"
    if kind == "prohibited":
        act = _clean(g.get("act") or g.get("act2") or g.get("act3"))
        act = re.sub(rf"^(?:{'|'.join(_BASE)})\b", lambda m: _BASE[m.group(0).lower()], act, flags=re.I)
        words = act.split()
        if not words:
            return None
        refused = reaction_refused(act, match.string)  # "you don't get to cry about this": the speaker's hurt (rhetorical.py)
        if refused:
            return refused, "I"
        if words[0].lower() == "decide":
            return [f"It hurts when you {act}", "I'd like us to decide things like that together"], "I"
        gentle = words[0].lower() in _SPEECH
        return [f"It hurts when you {act}", "Could we talk more gently?" if gentle else "Can we talk about it?"], "I"
    if kind == "you_too":
        vp = LIFELONG.sub("", _clean(g.get("vp"))).strip()
        owned = own_mirrored(vp) if vp else None
        return [owned or "I'm sorry for what I did", "That's on me", "Can we talk about what happened?"], "own"
    if kind == "never_going_to":
        vp = _clean(g.get("vp"))
        return [f"I didn't think you'd {vp}, and I'd like to try again now", "Can we talk about it?"], "I"
    if kind == "knew_me":
        return ["I know I'm not always easy to be with, and I can see this is hurting you", "Can we talk about it?"], "own"
    if kind == "never_said":
        return [f"I can see you thought {_clean(g.get('what'))}, and I should have been clearer", "Can we talk about it?"], "own"
    if kind == "if_you_had":
        return ["I'm sorry for my part in what happened", "Can we talk about how we got here?"], "own"
    if kind == "done":  # the need under it: a pause, not an exit
        return ["I'm getting too worked up to talk about this well right now",
                "Can we take a break and come back to it?"], "I"
    if kind == "not_perfect":
        # owned without "either" or "perfect": said back, the listener's imperfection stays the point
        return ["I know I've made mistakes, and I'm sorry for my part", "Can we talk about what happened?"], "own"
    if kind == "no_explaining":
        return ["I'm feeling defensive right now, and it's hard for me to explain myself",
                "Can we talk about it when we're both calmer?"], "I"
    if kind == "account":
        if "twisting" in match.group(0).lower():
            return ["I think my words came across differently from how I meant them", "Can I try again?"], "I"
        return ["I remember it differently", "Can you tell me how you remember it?"], "I"
    if kind == "autonomy":
        how = _clean(g.get("how"))
        choice = f"I'd like to make my own choices about how to {how}" if how else "I'd like to make this choice myself"
        return [choice, "Can you tell me what's worrying you?"], "I"
    if kind == "mind_reader":
        return ["I'm sorry I didn't pick up on it", "Could you tell me what you need next time?"], "own"
    return None


def own_mirrored(vp: str) -> str | None:
    """"like you've never been late" → "I'm sorry I was late": the speaker's own lapse, mirrored."""
    words = vp.split()
    if not words or len(words) > 5:
        return None
    verb, rest = words[0].lower(), [w for w in words[1:] if w.lower() not in ("anything", "something")]
    if any(w.lower() in ("you", "your", "yours", "me", "my") for w in rest):
        return None  # "like you've never forgotten my birthday": the listener's lapse, not a mirror
    if verb == "been":
        return " ".join(["I'm sorry I was", *rest])
    if verb in ("done", "had", "got", "gotten"):
        return None  # "like you've never done it": nothing named to own
    said = verb if verb.endswith("ed") else past(base_of(verb))  # "missed" is its own past
    return " ".join([f"I'm sorry I {said}", *rest])


def _not_wanted(g) -> tuple[list[str], str] | None:
    verb = re.sub(r"\s+", " ", g["verb"].lower())
    rest = _clean(g.get("rest"))
    negative = bool(g.get("neg"))
    if verb in ("care", "love", "try", "listen"):  # "you think I don't care?" → "I do care, and…"
        said = f"I do {verb} {rest}".strip()
        return ([f"{said}, and I'm sorry it hasn't felt that way", "Can we talk about it?"], "own") if negative else None
    if negative or not rest:
        return None
    if verb in ("wanted", "want", "meant", "planned"):
        if re.match(r"(?:any\s+of\s+(?:this|it|that)|all\s+(?:of\s+)?this|this|that)$", rest, re.I) and verb != "want":
            return [f"I never wanted {rest}, and I'm sorry it's hurting you", "Can we talk about it?"], "own"
        if re.match(r"(?:this|that|it|any of this|all this|any of it)\s+to\s+happen$", rest, re.I):
            return [f"I never wanted {rest}, and I'm sorry it did", "Can we talk about it?"], "own"
        if rest.lower().startswith("to ") and verb != "want":
            return [f"I really didn't want {rest}, and I'm sorry it happened", "Can we talk about it?"], "own"
        return None
    if verb in ("like", "liked", "enjoy", "enjoyed"):
        tense, base = ("didn't", verb[:-1] if verb == "liked" else verb[:-2]) if verb.endswith("ed") else ("don't", verb)
        return [f"I {tense} {base} {rest} either",
                "I can see it's hard on you, and I'd like us to talk about it"], "ack"
    if verb in ("chose", "asked for"):
        return [f"I didn't {base_of(verb) if verb == 'chose' else verb} {rest} either",
                "I can see it's hard on you, and I'd like us to talk about it"], "ack"
    return None
