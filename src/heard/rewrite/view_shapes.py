"""Owns seven put-downs of a view in comment threads, each said back as the view it disputes.

In a thread people attack what someone thinks by attacking how they came to think it. The external
evaluation's aggregate of flagged comments with no suggestion held these shapes; the examples below
were written here, in the same shapes:
- a view called warped: "You seem to have a pretty warped view of economics." → "I see economics
  differently. What makes you see it that way?";
- homework set: "I suggest you read something other than the two blogs that agree with you." →
  "It might help us both to read something other than the two blogs. What do you usually read on this?";
- a lesson threatened: "Read a history book and you'll see rent control has failed everywhere." →
  "From what I've read of history, rent control has failed everywhere. Have you looked at that side of it?";
- a condition on being heard: "Your points might land better if you didn't resort to calling everyone
  sheep." → "I'd like to hear your points without the name-calling. Can we keep to the points?";
- surprise at the listener's credentials: "I'm amazed that with your law degree you'd defend a ruling
  that…" → "I find a ruling that… hard to defend. What makes you see it differently?";
- incoherence alleged: "maybe try forming a coherent argument", "learn to spell" → "I'm having trouble
  following your point. Could you put it another way?";
- the source unwatched: "You didn't even watch the video past the first minute." → "I think the video is
  worth watching to the end. Could you have another look at it?"
`view_shape_replies(msg)` gives the replies (lists of sentences); discussion.py counts a message with
one as an argument about views, and offers them first.
"""

from __future__ import annotations

import re

from .memo import per_message
from .surface import recase

_I = re.I
_NP_END = r"(?=\s*(?:[.!?;]|,\s|\s(?:and|but|or|which|because|just|not|before|instead|first|then)\b|$))"
_WARPED = re.compile(
    r"\b(?:you|u)\s+(?:\w+ly\s+|seem to\s+|appear to\s+)*(?:have|hold|got|'ve got)\s+(?:such\s+)?an?\s+"
    r"(?:(?:very|rather|pretty|really|quite|incredibly|deeply)\s+)?"
    r"(?:twisted|warped|distorted|skewed|strange|odd|bizarre|selective|narrow|naive|naïve|simplistic|cartoonish|"
    r"cartoon|rose-tinted|rosy|limited|shallow|fantasy|funny|[\"'“‘]\w+[\"'”’])\s+"
    r"(?:view|understanding|grasp|idea|picture|version|reading|take|notion)\s+of\s+(?P<x>[^.!?;,]+?)" + _NP_END, _I)
_HOMEWORK = re.compile(
    # "Try reading the Canada Health Act before you tell everyone…": the same homework, set as an order
    r"(?:(?:^|[.!?]\s+)(?:maybe\s+)?try\s+(?=reading\s+\S+\s+\S+.{0,80}?\bbefore\b)|"
    r"\bI(?:\s+would|'d|’d)?\s+(?:suggest|recommend|advise)\s+(?:that\s+)?(?:you|u)\s+)(?:go\s+and\s+|actually\s+)?"
    r"(?:read|reading|look at|make yourself familiar with|familiari[sz]e yourself with|"
    r"educate yourself (?:on|about)|look into|"
    r"study|check out|try reading)\s+(?P<x>[^.!?;]+?)" + _NP_END, _I)
# What is read to form a view (not the manual for the cot): homework set in a thread names one of these.
_READING = re.compile(r"\b(?:news|sources?|history|books?|articles?|stud(?:y|ies)|research|papers?|blogs?|facts|data|"
                      r"act|"
                      r"science|economics|constitution|bible|reports?|literature|newspapers?|statistics|numbers|"
                      r"(?:some|any)thing other than|outlets?|journalism|evidence)\b", _I)
_LESSON = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:lol|lmao|so|well|maybe|perhaps)\W+(?:\w+\W+){0,2}?)?(?:go\s+and\s+|just\s+)?"
    r"(?:read|study|look at|check)\s+(?P<source>(?:a |some |the |any )?(?:\w+\s+){0,2}?"
    r"(?:history|book|books|numbers|data|figures|statistics|stats|research|facts|record))\s+"
    r"and\s+(?:you|u)(?:'ll|’ll| will| would|'d)\s+(?:quickly\s+|soon\s+)?(?:find|see|learn|discover|realise|realize|notice)\s+"
    r"(?:out\s+)?(?:that\s+)?(?P<x>[^.!?;]+)", _I)
_HEARD_IF = re.compile(
    r"\b(?:your|ur)\s+(?P<noun>arguments?|points?|comments?|views?|opinions?|posts?|case)\s+(?:might|would|could|'d)\s+"
    r"(?:be\s+taken\s+(?:more\s+)?seriously|land\s+better|carry\s+more\s+weight|get\s+more\s+respect|be\s+more\s+convincing)\s+"
    r"if\s+(?:you|u)\s+(?:didn'?t|did not|stopped|quit|weren'?t)\s+(?P<x>[^.!?;]+)", _I)
# What the condition asks to stop, as the speaker names it back: "without the name-calling".
_WITHOUT = ((re.compile(r"\b(?:name-?\s?calling|call(?:ing)? (?:people|everyone|everybody|us|them|me)\b|insult\w*|"
                        r"smear\w*|personal attacks?)", _I), "the name-calling"),
            (re.compile(r"\b(?:shout\w*|all caps|capitals|yell\w*)", _I), "the shouting"),
            (re.compile(r"\b(?:swear\w*|cursing|language)\b", _I), "the swearing"),
            (re.compile(r"\b(?:sneer\w*|mock\w*|sarcas\w*)", _I), "the sarcasm"))
_CREDENTIALS = re.compile(
    r"\bI(?:'m|’m| am)\s+(?:\w+ly\s+)?(?:surprised|amazed|astonished|shocked|stunned)\s+(?:that\s+)?(?:with|given)\s+"
    r"(?:all\s+)?(?:your|ur)\s+[^,.!?;]+?,?\s+(?:you|u)(?:'d|’d| would| could| can)\s+(?:\w+ly\s+)?"
    r"(?P<verb>downplay|dismiss|ignore|deny|overlook|defend|support|believe|back|excuse|endorse|swallow)\s+"
    r"(?P<x>[^.!?;]+)", _I)
_INCOHERENT = re.compile(
    r"\b(?:(?:could|can|would) (?:you|u)|maybe|try|how about (?:you|u)|learn to|just)\s+(?:try\s+|learn to\s+)?"
    r"(?:writ(?:e|ing)|form(?:ing)?|mak(?:e|ing)|put(?:ting)? together|string(?:ing)? together|construct(?:ing)?)\s+"
    r"(?:a|one|an)\s+(?:single\s+)?(?:coherent|complete|proper|readable|intelligible|logical|sensible|grammatical)\s+"
    r"(?:paragraph|sentence|argument|point|thought|comment|reply)"
    r"|\blearn (?:how )?to (?:spell|write|read)\b", _I)
_UNWATCHED = re.compile(
    r"\b(?:you|u)\s+(?:\w+ly\s+)?(?:didn'?t|did not|haven'?t|have not)\s+(?:even\s+)?(?:watch(?:ed)?|listen(?:ed)? to)\s+"
    r"(?P<x>(?:the|that|this|his|her|their)\s+(?:\w+\s+){0,2}?(?:video|clip|documentary|podcast|film|episode|"
    r"speech|interview|talk|lecture|debate))\b", _I)
_DOWNPLAYED = ("downplay", "dismiss", "ignore", "deny", "overlook")
_ABSOLUTE = re.compile(r"\b(?:every|always|never|all|everyone|everybody|nobody|no one|everything|nothing)\b", _I)


def _phrase(text: str) -> str:
    """A stretch of the comment as the speaker can say it: no tail that sneers at the listener."""
    text = re.sub(r",?\s+(?:not just|rather than|instead of|unlike)\b.*$", "", text.strip(), flags=_I)
    text = re.sub(r"\b(?:actual|real|proper)\s+", "", text, flags=_I)  # "some actual research": the sneer in "actual"
    text = re.sub(r"\s+(?:that|which|who)\s+(?:already\s+)?(?:agrees?|suits?|confirms?|flatters?)\s+(?:with\s+)?(?:you|u|yours?)\b.*$",
                  "", text, flags=_I)
    return text.strip(" ,")


@per_message  # asked by discussion.about_views and again by view_replies
def view_shape_replies(msg) -> list[list[str]]:
    """The replies for the shapes above that the message has, the first that fits first."""
    text = recase(msg.text)
    replies = []
    found = _WARPED.search(text)
    if found:
        replies.append([f"I see {_phrase(found.group('x'))} differently", "What makes you see it that way?"])
    found = _HOMEWORK.search(text)
    if found and _phrase(found.group("x")) and _READING.search(found.group("x")):  # not "read the manual"
        replies.append([f"It might help us both to look at {_phrase(found.group('x'))}",
                        "What do you usually read on this?"])
    found = _LESSON.search(text)
    if found and len(found.group("x").split()) >= 3:
        source = re.sub(r"^(?:a|some|the|any)\s+", "", found.group("source").lower())
        source = re.sub(r"\s*books?$", "", source) or "it"
        claim = _phrase(found.group("x"))
        if _ABSOLUTE.search(claim):  # "every empire thought…": the absolute is the jab's, and no view of the speaker's
            replies.append([f"I read {source} differently", "Which part of it are you thinking of?"])
        else:
            replies.append([f"From what I've read of {source}, {claim}", "Have you looked at that side of it?"])
    found = _HEARD_IF.search(text)
    if found:
        noun = found.group("noun").lower()
        without = next((said for pattern, said in _WITHOUT if pattern.search(found.group("x"))), None)
        if without:
            replies.append([f"I'd like to hear your {noun} without {without}", "Can we keep to the points?"])
        else:
            replies.append([f"I'd like to understand your {noun}", "Could you walk me through them?"
                            if noun.endswith("s") else "Could you walk me through it?"])
    found = _CREDENTIALS.search(text)
    if found:
        claim = _phrase(found.group("x"))
        if found.group("verb").lower() in _DOWNPLAYED:
            replies.append([f"I'd give {claim} more weight than that", "What makes you see it differently?"])
        else:
            replies.append([f"I find {claim} hard to defend", "What makes you see it differently?"])
    found = _UNWATCHED.search(text)
    if found:
        thing = found.group("x")
        if re.search(r"podcast|speech|talk|lecture|interview|debate", thing, _I):
            replies.append([f"I think {thing} is worth hearing in full", "Could you give it another listen?"])
        else:
            replies.append([f"I think {thing} is worth watching to the end", "Could you have another look at it?"])
    if _INCOHERENT.search(text):
        replies.append(["I'm having trouble following your point", "Could you put it another way?"])
    return replies


__all__ = ["view_shape_replies"]
