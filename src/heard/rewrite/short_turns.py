"""Whole-sentence turns of a row too short to name anything, read for what the speaker means.

Each is one short sentence with no event, object or request of its own, so copied into "I feel … when
you…" it stays the jab, and without a reading the engine says "the message names no situation":

- "You're lying.", "You're such a liar.", "Stop lying to me.": the speaker doesn't believe the
  listener right now, and wants honesty (as "who do you think you're fooling?", film_jabs.py);
  "You lied to me" tells an act in the past and is left to the "when you lied to me" strategies;
- "Look at the state of you.", "What a state you're in.": the listener's condition, seen with worry;
- "Oh, come on.", "Oh please.", "Get real.", "Yeah, right.": disbelief, said as a different view
  and a question;
- "Who raised you, wolves?", "Were you born in a barn?", "You're just like your father.": contempt
  with nothing to keep, left to the feeling-only fallback (venting.py);
- "So what?", "Big deal.", "Who cares?": a shrug at the complaint, owned as brushing it off (defence.py);
- "Yes you did.", "No, you don't.", "You're wrong.": a bare contradiction, said as the speaker's memory
  (a past act) or view, and a question;
- "Are you done?", "Have you finished?": impatience with the listener's turn, said as wanting one's own.

`short_turn` is asked by film_jabs.sentence_jab for each sentence, before its own readings.
"""

from __future__ import annotations

import re

from .accusing import Accused
from .surface import is_emoji

_YOU = r"(?:you|u|ya)"
_ARE = r"(?:you're|you are|ur|u r|youre)"
# A question tag that only presses the point: "…, aren't you?", "…, you know that?".
_TAG = re.compile(rf",? (?:(?:aren't|don't|didn't|weren't|isn't|are|do) {_YOU}|{_YOU} know (?:it|that)|and {_YOU} know it)$", re.I)
_LYING = re.compile(rf"^(?:{_ARE} (?:(?:such|just) )?(?:a |an )?(?:(?:damn|bloody|fucking|lying|total|complete|filthy) )?"
                    rf"(?:liar|lying)(?: (?:to me|to my face|again|through (?:your|ur) teeth|about (?:it|this|that)))*"
                    rf"|(?:stop|quit) lying(?: to me| to my face)?(?: about (?:it|this|that))?|liar)$", re.I)
_STATE = re.compile(rf"^(?:(?:just |oh )?look at )?(?:the state (?:of {_YOU}|{_ARE} in)|what a state {_ARE} in)(?: now| right now)?$"
                    rf"|^what have {_YOU} done to {_YOU}rself$", re.I)
_DOUBT = re.compile(r"^(?:(?:oh|ah|aw|ugh),? )+(?:come on|come off it|please|puh-?lease)(?: now)?$"
                    r"|^(?:come on now|come off it|get real|yeah,? right|as if)$", re.I)
_RAISED = re.compile(rf"^(?:who (?:the (?:hell|heck) )?raised {_YOU}(?:,? (?:wolves|apes|animals))?"
                     rf"|(?:were|was) {_YOU} (?:raised|born|brought up|dragged up) (?:in a (?:barn|cave|field|zoo)|by wolves)"
                     rf"|did (?:your|ur) (?:mother|mum|mom|parents|father|dad) (?:never|not) teach {_YOU} (?:anything|any manners|manners))$",
                     re.I)
_RELATIVE = r"(?:your|ur) (?:father|mother|dad|mum|mom|old man|brother|sister)"
_LIKE_KIN = re.compile(rf"^(?:{_ARE} (?:(?:just|exactly|so) )?(?:like|as bad as|no better than|turning into|becoming)"
                       rf"|{_YOU} (?:sound|act|talk) (?:(?:just|exactly) )?like|{_YOU}(?:'ve| have) (?:turned into|become))"
                       rf" {_RELATIVE}(?: all over again)?$", re.I)
# A bare contradiction, the row's "Yes you did." / "No, you don't.": past → memory, else a view.
_CONTRADICTION = re.compile(rf"^(?:(?:yes|yeah|yep|no|nope|nah|oh|but|and),? )*{_YOU} (?P<aux>did|didn't|were|weren't|had|"
                            rf"hadn't|do|don't|are|aren't|will|won't|would|wouldn't|can|can't|have|haven't|does|doesn't)"
                            rf"(?: (?:too|so|not|though|actually))?$", re.I)
_PAST_AUX = ("did", "didn't", "were", "weren't", "had", "hadn't")
_WRONG = re.compile(rf"^(?:(?:no|nope|but|well),? )?{_ARE} (?:(?:so|totally|completely|dead|just|simply|plain) )?wrong"
                    rf"(?: about (?:this|that|it|that one|me))?$", re.I)
_DONE = re.compile(rf"^(?:(?:so|well|oh),? )?(?:are {_YOU} (?:done|finished|through)|have {_YOU} finished)(?: yet| now)?$", re.I)
_SHRUG = re.compile(r"^(?:(?:oh|well|yeah|and),? )?(?:so what|big deal|who cares)$", re.I)

# Laughing or affection in the sentence: "you're lying 😂", "oh come on lol", "so what haha ❤".
PLAYFUL = re.compile(r"😂|🤣|😆|😜|😘|❤|♥|\b(?:lol|lmao|haha\w*|hehe\w*|jk|love (?:you|u|ya))\b", re.I)

_HONEST = "Can we be honest with each other about what's going on?"


def _said(tokens) -> str:
    """The sentence's words as typed, with no emoji, closing punctuation or pressing tag."""
    text = "".join(t.text_with_ws for t in tokens if not is_emoji(t.text)).strip().replace("’", "'")
    text = re.sub(r"\s+", " ", re.sub(r"[.!?…]+$", "", text).strip())
    return _TAG.sub("", text.rstrip(" ,"))


def _named_off(text: str, tokens) -> str:
    """Without a name called at either end ("Jack, you're lying", "Calm down, Mum")."""
    names = {t.text for t in tokens if t.pos_ == "PROPN"} | {"Mum", "Mom", "Dad", "mum", "mom", "dad"}
    head, _, rest = text.partition(", ")
    if rest and head in names:
        text = rest
    body, _, tail = text.rpartition(", ")
    return body if body and tail in names else text


def short_turn(tokens):
    """An Accused, "contempt", "shrug" for a whole sentence that is one of the turns above, or None."""
    words = [t for t in tokens if t.is_alpha]
    if not words or len(words) > 10:
        return None
    said = _named_off(_said(tokens), tokens)
    if _LYING.match(said):  # even teased ("you're lying 😂") this beats "it hurts when you're lying"
        return Accused("I'm finding it hard to believe you right now", past=False, feeling="hurt", bare=True,
                       statement="I'm finding it really hard to believe you right now", request=_HONEST)
    if PLAYFUL.search(tokens[0].sent.text):
        return None  # "oh come on lol", "so what haha": teasing, not a row
    if _STATE.match(said):
        line = "I'm worried about you, seeing you like this"
        return Accused(line, past=False, feeling="worried", bare=True, statement=line,
                       request="Are you okay? Can we talk about what's going on?")
    if _DOUBT.match(said):
        line = "I see this differently, and I'd like to understand how you see it"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line, request="Can you tell me more?")
    alone = all(tokens[0].i <= t.i <= tokens[-1].i for t in tokens[0].doc if t.is_alpha)
    # a contradiction answers the last turn only when it is the whole message: "You were meant to pay the hall
    # hire by Friday. You didn't." reproaches, and "I'm not the one who broke it. You are." counters
    asked = "?" in "".join(t.text for t in tokens)  # "You did?": surprise asked, no contradiction
    found = _CONTRADICTION.match(said) if alone and not asked else None
    if found and found.group("aux").lower() in _PAST_AUX:
        line = "I remember it differently"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line,
                       request="Can we talk through what happened?")
    if found or alone and not asked and _WRONG.match(said):
        line = "I see this differently, and I'd like to understand how you see it"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line, request="Can you tell me more?")
    if alone and _DONE.match(said):
        line = "I'd like a chance to say something too"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line,
                       request="Can I have a turn when you're ready?")
    if _RAISED.match(said) or _LIKE_KIN.match(said):
        return "contempt"
    if _SHRUG.match(said):
        return "shrug"
    return None
