"""A label for the listener pinned to something concrete: "you're such a know-it-all about therapy",
"you're always so cold when my friends come round".

The label ("know-it-all", "cold") is the verdict; what it is pinned to ("therapy", "when my friends
come round") is the one concrete thing the speaker names. Left to the other strategies these got a
feeling line that names nothing ("I'd like us to be gentler with each other", "I don't agree with you
here") or kept a broken piece of the label ("when you're such a know-it"). Read here: the label is
left out and its topic or moment kept as the situation, with a feeling that fits the kind of label:
- "about X" (an attitude on a subject) -> "I feel unheard when we talk about therapy.";
- "when CLAUSE" (how they are at a moment) -> "I feel hurt about how things go when my friends come round."
A label for a weak part of a shared effort ("you're the biggest bottleneck on this project", "dead
weight in this group") keeps the effort: "I'm worried about how things are going on this project."
A close kin: "you're the reason we're always broke" pins the blame for an outcome on the listener; the
outcome is the concrete thing, so it is kept and the blame left: "I'm upset that we're broke." (when the
outcome is the speaker's own state, "you're the reason I'm so tired", it is left to the others).
Nothing else is said about what the listener does, so nothing is invented. Only a message made of
the one label sentence (an address, "honestly", emoji and a "for someone who…" jab beside it) is read;
a second complaint ("Kayla isn't a bad influence…") may need its own reading, so it gets none here.
"""

from __future__ import annotations

import re

from .message import Message
from .reading import talk_request

# labels for how someone talks or stands on a subject: "about X" reads as "when we talk about X"
_ATTITUDES = {
    "unheard": ("know-it-all", "know it all", "condescending", "patronising", "patronizing", "smug", "preachy",
                "dismissive", "arrogant", "stubborn", "closed-minded", "closed minded", "pushy", "bossy",
                "expert", "authority"),
    "judged": ("judgmental", "judgemental", "critical", "snobby", "snob", "snooty", "sanctimonious", "harsh"),
    "frustrated": ("defensive", "touchy", "sensitive", "weird", "funny", "odd", "paranoid", "precious",
                   "dramatic", "negative", "difficult", "uptight", "tight", "cagey", "secretive", "obsessed"),
}
# labels for how someone is with people at a moment: "when X" reads as "how things go when X"
_MANNERS = {
    "hurt": ("cold", "distant", "rude", "mean", "nasty", "horrible", "dismissive", "off", "short", "snappy",
             "offish", "standoffish", "stand-offish", "unfriendly", "frosty", "sharp"),
    "upset": ("grumpy", "moody", "difficult", "awful", "nightmare", "miserable", "stroppy", "impossible",
              "unbearable", "annoying", "embarrassing", "weird", "funny", "odd", "childish", "tense"),
}
_FEELING_OF = {w: f for f, ws in list(_ATTITUDES.items()) for w in ws}
_MANNER_OF = {w: f for f, ws in _MANNERS.items() for w in ws}
_LABEL = "|".join(sorted({re.escape(w) for w in list(_FEELING_OF) + list(_MANNER_OF)}, key=len, reverse=True))

_OPEN = r"^(?:(?:honestly|seriously|god|ugh|wow|man|tbh|like|and|but|omg),?\s+)*"
# "you're (always) so cold", "you are such a know-it-all", "you're being really weird"
_YOU_ARE = (r"(?:you'?re|you are|ur|u r|you always are|you've always been|you have always been|you get|you always get)"
            r"(?:\s+(?:always|being|getting|honestly|literally|just|actually|ever))*"
            r"(?:\s+(?:so|such an?|really|super|very|so very|incredibly|unbelievably|a bit|kind of|a total|a complete|"
            r"an absolute|the biggest|the most))*\s+(?:(?:the|a|an)\s+)?")
_ABOUT = re.compile(_OPEN + _YOU_ARE + rf"(?P<label>{_LABEL})\s+(?:about|over|with|re)\s+(?P<what>[^.!?,;]+?)"
                    r"(?:,?\s+for (?:someone|somebody|a (?:person|guy|girl|man|woman)) (?:who|that)\b[^.!?]*)?"
                    r"[\s.!?]*$", re.I)
_WHEN = re.compile(_OPEN + _YOU_ARE + rf"(?P<label>{_LABEL})\s+(?:whenever|when|every time)\s+(?P<what>[^.!?,;]+?)"
                   r"[\s.!?]*$", re.I)
# words that say the topic is itself a verdict or nothing concrete ("about everything", "about it")
_EMPTY = re.compile(r"^(?:it|this|that|everything|anything|nothing|stuff|things|me|everyone|everybody|"
                    r"literally everything|every(?:thing| little thing)|all of it)$", re.I)
_ABSOLUTES = re.compile(r"\s+(?:always|ever|constantly|literally|every (?:single )?time)\b", re.I)
_SUBJECT = re.compile(r"(?:i|we|my|our|your|the|his|her|their|people|friends|guests|family|mum|mom|dad)\b", re.I)
_DECOR = re.compile(r"[^\w\s'’.,!?;:\"-]+")  # emoji and other symbols: no words to keep


def _bare(msg: Message) -> str:
    """The message without its address, emoji or quote marks, on one line."""
    text = _DECOR.sub(" ", msg.text).replace("’", "'")
    if msg.address:
        text = re.sub(rf"(?:^|[,\s])\s*{re.escape(msg.address)}\s*(?:[,.!?]|$)", " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip(" ,")


def _kept(what: str) -> str | None:
    """The topic or moment in the speaker's words, the absolutes left out, or None when it names nothing."""
    what = _ABSOLUTES.sub("", " " + what).strip()
    if what.isupper():  # shouted: said back in a calm voice, "I" kept as a capital
        what = re.sub(r"\bi\b", "I", what.lower())
    if _EMPTY.match(what) or not re.search(r"[a-z]{3}", what, re.I) or len(what.split()) > 10:
        return None
    if re.search(r"\b(?:you|your|yours|yourself)\b", what, re.I) and re.search(r"\b(?:wrong|stupid|idiot|fault)\b", what, re.I):
        return None  # "about how you're wrong": another verdict, not a subject
    return what


_REASON = re.compile(_OPEN + r"(?:you'?re|you are|ur|u r|you were|it'?s)\s+(?:honestly\s+|literally\s+|just\s+)*"
                     r"(?:the (?:only |main |whole |sole |real |single )?reason|all your fault|your fault)\s+"
                     r"(?:why |that )?(?P<what>(?:we|this|our|the|my|everyone|everybody)\b[^.!?;]+?)[\s.!?]*$", re.I)


# labels for a weak part of a shared effort: what they are "on"/"in" is the effort, kept
_WEAK = r"(?:bottleneck|weak(?:est)? link|dead ?weight|liability|passenger|handbrake|anchor|drag)"
_EFFORT = re.compile(_OPEN + _YOU_ARE + r"(?:(?:single|biggest|worst|real|only|massive|huge)\s+)*" + _WEAK +
                     r"\s+(?P<prep>on|in|of)\s+(?P<what>(?:this|the|our|that|my)\s+[^.!?,;]+?)"
                     r"(?:,?\s+and (?:you|everyone|everybody|we all) (?:know|knows|can see) it)?[\s.!?]*$", re.I)


def _effort(text: str) -> list[str] | None:
    """"You're the biggest bottleneck on this project" -> the project kept, the label left."""
    found = _EFFORT.match(text)
    what = _kept(found["what"]) if found else None
    if what is None:
        return None
    prep = "with" if found["prep"].lower() == "of" else found["prep"].lower()  # "the weak link of this team"
    return [f"I'm worried about how things are going {prep} {what}."]


def _outcome(text: str) -> list[str] | None:
    """"You're the reason we're always broke" -> the outcome kept, the blame left."""
    found = _REASON.match(text)
    what = _kept(found["what"]) if found else None
    if what is None or re.search(r"\b(?:you|your|yours|yourself|u|ur)\b", what, re.I) or len(what.split()) < 2:
        return None  # "…the reason your mum hates me": another verdict on the listener's side
    return [f"I'm upset that {what}."]


# "you treat Dad's credit card like it's yours": the image is the verdict, the thing treated is concrete
_TREAT = re.compile(_OPEN + r"(?:[A-Z][a-z]+,?\s+)?(?:you|u)\s+(?:always\s+|just\s+|basically\s+)?treat(?:s|ing)?\s+"
                    r"(?P<what>(?:the|my|our|your|this|that|his|her|[A-Z][a-z]+'s)\s+[^.!?,;]+?)\s+"
                    r"(?:like|as if|as though)\s+[^.!?,;]+?(?:,?\s+and\s+(?:it's|it is|that's)\s+\w+)?[\s.!?]*$", re.I)


def _treated(text: str) -> list[str] | None:
    """"You treat the joint account like your personal piggy bank" -> the account kept, the image left."""
    found = _TREAT.match(text)
    what = _kept(found["what"]) if found else None
    if what is None or len(what.split()) > 5:
        return None
    what = re.sub(r"^your\b", "your", what, flags=re.I)
    return [f"I feel uneasy about how we're handling {what}."]


def concrete_label_lines(msg: Message) -> list[str] | None:
    """The lines for "you're so <label> about X / when X" or "you're the reason X", or None."""
    # shouted, the whole may read as defensive to the model; its clause is still the verdict
    if not (msg.blaming or any(c.role in ("attack", "accusation", "fault") for c in msg.clauses)):
        return None
    text = _bare(msg)
    outcome = _outcome(text) or _effort(text) or _treated(text)
    if outcome:
        return outcome + [talk_request(msg)]
    about, when = _ABOUT.match(text), _WHEN.match(text)
    if about:
        feeling = _FEELING_OF.get(about["label"].lower())
        what = _kept(about["what"])
        if feeling is None or what is None:
            return None  # "rude about my cooking": a manner, not a subject talked about; left to the others
        return [f"I feel {feeling} when we talk about {what}.", talk_request(msg)]
    if when:
        feeling = _MANNER_OF.get(when["label"].lower())
        what = _kept(when["what"])
        # the moment must have its own subject ("my sister visits", "I get home"): "when drunk" is another verdict
        if feeling is None or what is None or not (_SUBJECT.match(what) or re.match(r"[A-Z][a-z]+\b", what)):
            return None
        return [f"I feel {feeling} about how things go when {what}.", talk_request(msg)]
    return None
