"""Playing the victim: "Nobody ever thinks about what I'm going through", "Poor me, right? Nobody
cares", "Why is everyone ganging up on me?", "Of course it's my fault. It's always my fault", "I'm the only one
in this house who does anything", "I'm the one getting yelled at", "I gave up everything for you".

The speaker is the one hurting here, so neither an apology ("I'm sorry, and I can see this affected
you. Nobody thinks about…") nor an acknowledgement of the listener's upset fits. The rewrite says the
speaker's own feeling and what they need, keeping what the message names ("what I'm going through",
"how my day was"), and says "you" for the "nobody" the listener is part of only in a request.
"""

from __future__ import annotations

import re

_NOBODY = r"\b(?:nobody|no one|no-one|noone|no body|not one person)\s+(?:here\s+)?(?:ever\s+|even\s+|really\s+|actually\s+|once\s+)*"
# What the speaker says nobody thinks of: their own state ("what I'm going through", "how I feel").
_ABOUT_ME = r"(?P<what>(?:what|how|whether|if)\s+(?:I|I'm|I've|I'd|my)\b[^.!?,;]*|my\s+[^.!?,;]+)"
_KINDS = (
    ("asked", re.compile(_NOBODY + r"asks?\s+(?:me\s+)?(?P<what>(?:how|what|whether|if|about)\s+[^.!?,;]+)", re.I)),
    # Asked nothing at all: "Nobody ever asks me.", "No one asked me." (not "…asked me to", an excuse).
    ("unasked", re.compile(_NOBODY + r"(?P<tense>asks?|asked)\s+me(?:\s+anymore|\s+first|\s+either)?(?=\s*[^\w\s']|\s*$)", re.I)),
    ("about_me", re.compile(_NOBODY + r"(?:thinks?|cares?|worries|worry|considers?|wonders?)\s+(?:about\s+)?"
                            + _ABOUT_ME, re.I)),
    ("unheard", re.compile(_NOBODY + r"(?:listens?|hears?)(?:\s+to\s+me)?\b|\bno one\s+(?:ever\s+)?lets me\s+"
                           r"(?:talk|speak|finish)\b", re.I)),
    ("unhelped", re.compile(_NOBODY + r"(?:helps?|lifts a finger)(?:\s+me)?(?P<with>\s+with\s+[^.!?,;]+)?", re.I)),
    ("unnoticed", re.compile(_NOBODY + r"(?:notices?|appreciates?|thanks?\s+me\s+for|sees)(?:\s+(?P<what>[^.!?,;]+)|\W*$)", re.I)),
    ("alone", re.compile(_NOBODY + r"(?:cares?|gives?\s+a\s+(?:damn|toss|shit|crap))(?:\s+about\s+me)?(?:\s+anymore)?"
                         r"(?=\s*[^\w\s]|\s*$)|\bpoor\s+(?:little\s+)?me\b|"
                         r"\b(?:does|do)\s+(?:anyone|anybody)\s+(?:here\s+)?(?:even\s+|actually\s+)?care\b|"
                         r"^\W*(?:and\s+|but\s+)?what\s+about\s+me\b", re.I)),
    ("against", re.compile(r"\b(?:every(?:one|body)|you\s+all|y'all|you\s+lot|the\s+whole\s+family|you(?=(?:'re|\s+are)\s+(?:all|both)\b))"
                           r"(?:'s|\s+is|\s+are|'re)?\s+"
                           r"(?:always\s+|just\s+|all\s+)*(?P<how>ganging\s+up\s+on|against|picking\s+on|having\s+a\s+go\s+at)"
                           r"\s+me\b", re.I)),
    # The one who does everything, and the one blamed: "I'm the only one in this house who does anything".
    ("carrying", re.compile(r"\bI(?:'m|\s+am)\s+the\s+only\s+one\s+(?:in\s+this\s+(?:house|family|place|team|office)\s+|(?:around\s+)?here\s+)?"
                            r"who\s+(?:ever\s+|actually\s+|even\s+)*(?:does|lifts|tries|helps|works|cares|cleans|cooks|pays)\b", re.I)),
    ("scapegoat", re.compile(r"(?:\bI(?:'m|\s+am)\s+(?:always\s+|still\s+)?the\s+one|\b(?:it'?s|is\s+it)\s+always\s+me)\s+"
                             r"(?:who\s+(?:gets|is|'s)\s+|that\s+(?:gets|is)\s+|getting\s+|being\s+)?"
                             r"(?P<how>yelled\s+at|shouted\s+at|blamed|punished|in\s+trouble|told\s+off)\b|"
                             # "I always get blamed", "why do I always get the blame?", "I get blamed for everything":
                             # a habit of being blamed, not one occasion ("I got blamed for the window" tells one)
                             r"\bI(?:\s+(?:always|constantly|still)\s+(?:get|am)|(?:'m|\s+am)\s+(?:always|constantly|still))\s+(?:the\s+)?(?P<how2>blamed|blame|yelled\s+at|"
                             r"shouted\s+at|told\s+off|punished)\b|\bI(?:\s+get|\s+am|'m)\s+(?:always\s+)?(?P<how3>blamed|yelled\s+at|"
                             r"shouted\s+at|told\s+off)\s+for\s+(?:everything|every\s*thing|all\s+of\s+it)\b", re.I)),
    ("gave_up", re.compile(r"\bI\s+(?:gave\s+up|sacrificed|have\s+given\s+up|'ve\s+given\s+up)\s+(?P<what>everything|so\s+much|my\s+[^.!?,;]+?)"
                           r"\s+for\s+(?:you|this\s+family|us|the\s+kids|this)\b", re.I)),
    # Fault taken on in sarcasm: "of course it's my fault", "it's always my fault", "everything's my fault".
    ("all_my_fault", re.compile(r"^\W*(?:oh\W+|well\W+|yeah\W+|sure\W+)*(?:of\s+course|obviously|naturally|right)\W+"
                                r"(?:it's|it\s+is|it\s+was|that's)\s+(?:all\s+)?my\s+fault\b|"
                                r"\b(?:it's|it\s+is|everything's|everything\s+is)\s+always\s+(?:all\s+)?my\s+fault\b|"
                                r"\beverything(?:'s|\s+is)\s+(?:always\s+)?my\s+fault\b", re.I)),
)


# The speaker's view or wish, said not to count: "what I think", "how I feel", "my opinion".
_VIEW = re.compile(r"(?:(?:what|how)\s+I\s+(?:think|want|feel|need)|my\s+(?:opinion|opinions|views?|feelings))$", re.I)


def victim_kinds():
    """The kinds, for spoken.py: (name, pattern)."""
    from .speaker_grievances import KINDS as GRIEVANCES  # "Sure, blame the dog, like always" (speaker_grievances.py)

    return _KINDS + GRIEVANCES


def _plain(text: str) -> str:
    text = re.sub(r"[^\w\s',-]+", "", re.sub(r"\s+", " ", text)).strip().rstrip(".!?,; ")  # no emoji
    return re.sub(r"\b(?:anything|everything) I do\b", "what I do", text, flags=re.I)


def victim_lines(kind: str, match) -> list[str] | None:
    """The speaker's own feeling and need for one kind of victim line."""
    groups = match.groupdict()
    what = _plain(groups.get("what") or "")
    if kind in ("mock_blame", "battle"):
        from .speaker_grievances import grievance_lines

        return grievance_lines(kind, match)
    if kind == "asked":
        if re.match(r"about\s+me$", what, re.I):
            return ["I'd really love it if you asked about me sometimes", "It would mean a lot to me"]
        return [f"I'd really love it if you asked {what} sometimes", "It would mean a lot to me"]
    if kind == "unasked":  # what the speaker wants is to be asked, not the question "nobody" asked
        if groups["tense"].lower() == "asked":
            return ["I wish I'd been asked", "I'd really like to have a say next time"]
        return ["I'd really like to be asked sometimes", "It would mean a lot to me to have a say"]
    if kind == "about_me" and _VIEW.match(what):  # "nobody cares what I think": a say, asked for
        # the need, not "it feels like what I think doesn't count" (a victim line of its own)
        feelings = re.match(r"(?:how\s+I\s+feel|my\s+feelings)$", what, re.I)
        said = "my feelings matter" if feelings else f"{what} {'matter' if what.lower().endswith('s') else 'matters'}"
        ask = "how I feel" if feelings else "what I think" if what.lower().startswith("my") else what
        return [f"I'd really like to feel that {said} to you", f"It would mean a lot to me if you asked me {ask}"]
    if kind == "about_me":
        return ["I've been having a hard time, and I'd really like some support", f"Can we talk about {what}?"]
    if kind == "unheard":
        return ["I'm feeling unheard right now", "I'd really like you to listen to me. Can we talk?"]
    if kind == "unhelped":
        with_ = _plain(groups.get("with") or "")
        return ["I'm feeling stretched thin", f"I could really use some help{' ' + with_ if with_ else ''}. "
                "Can we share it out?"]
    if kind == "unnoticed":
        if not what or re.match(r"(?:what I do|me|it|that|this)$", what, re.I):
            return ["I'm feeling unappreciated", "It would mean a lot to me to feel that what I do is noticed"]
        return ["I'm feeling unappreciated", f"It would mean a lot to me if you noticed {what}"]
    if kind == "alone":
        return ["I'm feeling really alone with this right now", "I could really use some support. Can we talk?"]
    if kind == "against":
        how = re.sub(r"\s+", " ", groups["how"].lower())
        return [f"It feels like everyone's {how} me right now, and I'm finding it really hard",
                "Can we slow down and talk about it one thing at a time?"]
    if kind == "carrying":
        return ["I'm feeling like I carry a lot of it on my own", "I could really use some help. Can we share it out?"]
    if kind == "scapegoat":
        done = re.sub(r"\s+", " ", (groups.get("how") or groups.get("how2") or groups.get("how3") or "blamed").lower())
        done = "blamed" if done == "blame" else done  # "shouted at", "told off"
        return [f"It hurts to feel like I'm the one {'in trouble' if done == 'in trouble' else 'being ' + done}",
                "Can we look at what happened together?"]
    if kind == "gave_up":
        what = "a lot" if what.lower() in ("everything", "so much") else what
        return [f"I've given up {what}, and I'm feeling unappreciated right now",
                "It would mean a lot to me to know that it matters to you"]
    if kind == "all_my_fault":
        return ["It feels like everything ends up being my fault, and that's really hard to hear",
                "Can we look at what happened together?"]
    return None
