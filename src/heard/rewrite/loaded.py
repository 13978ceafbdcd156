"""Owns loaded questions under a news story whose claim is plain to see — who pays, where were you
when, how is it supposed to work, would you say that to them — said as that claim, in its own words,
and a real question; and the small helpers pointed.py shares.

"Who exactly do you think pays for free school meals?" → "I think it matters who pays for free school
meals. How do you see that working?"; "How is cutting bus routes supposed to get people to work?" →
"I don't see how cutting bus routes can get people to work. Can you explain how you see it?".
Each form declines when what it would keep is about a home or the two people talking ("How are the
kids supposed to sleep?", "Would you say that to your mother?"): those stay household complaints.
"""

from __future__ import annotations

import re

from . import inflect
from .surface import is_emoji

_Y = r"(?:you|u)"
_END = r"[^?.!]+"
# Things at home or at work: a question about them is a complaint between housemates or colleagues,
# not a view ("the kids", "the bins", "the client meeting").
HOME = re.compile(r"\b(?:bins?(?! collections?)|dishes|laundry|kids?|children|baby|oven|kitchen|dog|cat|house|fridge|"
                  r"toilet|bedroom|dinner|mum|mom|dad|mother|father|sister|brother|wife|husband|daughter|son|birthday|"
                  r"keys|alarm|diet|parenting|cooking|homework|wedding|holiday|window|door|car(?! parks?)|phone|sofa|couch|tv|"
                  r"carpet|garage|garden|flat|apartment|bike|shopping|groceries|takeaway|landlord|client|clients|"
                  r"customer|boss|manager|deadline|brief|draft|emails?|printer|(?-i:office)|colleagues?|coworkers?|"
                  r"rota|hr|lunch|slides|spreadsheet|standup|presentation|invoice)\b", re.I)
# A time to be somewhere or get something done: logistics, not a view ("the meeting is at nine").
_SCHEDULE = re.compile(r"\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|o'?clock|"
                       r"\d{1,2}(?::\d\d)?\s?(?:am|pm)|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"noon|midnight))\b", re.I)
_PEOPLE_HERE = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|you|your|u|ur|yours|yourself|we|us|our)\b", re.I)


# The ask after the speaker's side of a disputed view. Not "…, and you tell me where you disagree?": its "you tell me"
# is an order, which the model reads as blame alone (0.80), and it put whole replies at the blaming cut.
VIEW_ASK = "Can I explain how I see it, and then hear where you disagree?"

def claim_of(phrase: str | None) -> str:
    """A disputed thing as the speaker can say it: sneering adverbs, filler, emoji and scare quotes gone."""
    phrase = re.sub(r"\s+", " ", "".join(ch for ch in phrase or "" if not is_emoji(ch)))
    phrase = re.sub(r"\b(?:actually|exactly|even|literally|seriously|really|honestly|conveniently|just|ever|"
                    r"all of a sudden|suddenly|now)\s+", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r",?\s+(?:lol|lmao|smh|mate|bro|pal|dude|buddy|sweetie|hun|champ|chief|love|then|now|all of a sudden|"
                    r"suddenly)\s*$", "", phrase, flags=re.I)
    phrase = phrase.strip(" ,.")
    if len(phrase) > 1 and phrase[0] in "\"“'‘" and phrase[-1] in "\"”'’":  # a claim quoted whole: the quotes go
        phrase = phrase[1:-1]
    return phrase.strip(" ,.")


# "all of this", "that": what was said before, pointed at, not said ("who pays for all of this?" is a home's too)
_POINTER = re.compile(r"^(?:for |about |to )?(?:all (?:of )?|any of )?(?:this|that|it|these|those|them|everything|"
                      r"anything|all)(?: (?:stuff|lot|nonsense))?$", re.I)


def public(phrase: str) -> bool:
    """Nobody at home and nobody in the conversation, and more than a pointer: a claim about the world."""
    return bool(phrase) and not HOME.search(phrase) and not _PEOPLE_HERE.search(phrase) \
        and not _POINTER.match(phrase.strip()) and not _SCHEDULE.search(phrase)


def a_or_an(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" and not re.match(r"(?:one|once|eu|ewe|uni|use|usu)", phrase, re.I) else "a"


def them_of(phrase: str) -> str:
    word = phrase.split()[-1] if phrase.split() else ""
    last = word.lower()
    return "them" if last.endswith("s") and not last.endswith(("ss", "is", "us")) and last not in ("news", "economics", "politics") \
        and not word.isupper() else "it"  # "the NHS" is one service


_WHERE_WERE = re.compile(r"\bwhere (?:were " + _Y + r"|was (?:all )?(?:this|that|your|ur|the) (?:\w+ )?(?:outrage|concern|"
                         r"anger|fury|worry|criticism|energy|passion)|was (?:everyone|everybody)) when (?P<x>" + _END + r")",
                         re.I)


def _where_were(found, text):
    said = claim_of(found.group("x"))
    return [f"I think the same standard should apply to the time {said}",
            "Do you see a difference between the two?"] if public(said) else None


# "Who exactly do you think pays for free school meals?", "…, if not the council?", "Where does the money come from?"
_WHO_PAYS = re.compile(r"\bwho(?: exactly| else)?(?: (?:do|did) " + _Y + r" (?:\w+ )?think| (?:do|did) " + _Y + r" expect(?: to)?)?"
                       r"(?P<v> pays| paid| funds| funded| foots| covers| bankrolls|(?:'s| is| was) (?:going|supposed|meant|expected) "
                       r"to (?:pay|fund|foot|cover)| will pay| should pay)(?P<x> [^?.!,]+)(?:,?\s*(?:if not|other than) "
                       r"(?P<y>[^?.!,]+))?", re.I)
_MONEY_FROM = re.compile(r"\bwhere (?:exactly )?(?:do " + _Y + r" (?:\w+ )?think |does )?the (?:money|cash|funding) "
                         r"(?:for (?P<x>[^?.!,]+?) )?(?:is going to |will )?(?:comes?|come) from\b", re.I)


def _who_pays(found, text):
    verb, said = re.sub(r"^'s\b", "is", found.group("v").lower().strip()), claim_of(found.group("x"))
    if not public(said):
        return None
    if found.group("y") and public(claim_of(found.group("y"))):
        who = claim_of(found.group("y"))
        verb = re.sub(r"^(?:'s|was)\b", "is", verb)
        verb = {"pays": "should pay", "paid": "should pay", "funds": "should fund", "funded": "should fund",
                "covers": "should cover", "foots": "should foot"}.get(verb, verb)
        return [f"I think {who} {verb}{' ' + said}", f"Who do you see paying for {them_of(said)}?"]
    verb = re.sub(r"^(?:'s|was)\b", "is", verb)
    return [f"I think it matters who {verb} {said}", "How do you see that working?"]


def _money_from(found, text):
    said = claim_of(found.group("x"))
    if said and not public(said):
        return None
    where = f"where the money for {said} comes from" if said else "where the money comes from"
    return [f"I think it matters {where}", "How do you see that working?"]


_KEEP_SAYING = re.compile(r"\bwhy (?:do|does) (?:" + _Y + r"|people like " + _Y + r"|(?:your|ur) (?:side|lot)) (?:keep|insist on) "
                          r"(?:on )?(?:pretending|saying|claiming|insisting|acting like|telling (?:people|everyone))(?: that)? "
                          r"(?P<x>" + _END + r")", re.I)


def _keep_saying(found, text):
    said = claim_of(found.group("x"))
    return [f"I'm not sure {said}", "What makes you think so?"] if public(said) and len(said.split()) >= 3 else None


# "But sure, keep telling us it's all fine.", "Go on, keep pretending the NHS is fine.", "tell us again how…"
_KEEP_TELLING = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:but |and |oh |so )?(?:sure,?\s+|yeah,?\s+|go on,?\s+|ok,?\s+|right,?\s+)*"
                           r"(?:" + _Y + r" (?:just )?)?(?:keep|carry on|go on) (?:telling (?:us|yourself|urself|everyone|people|me)|pretending|believing|"
                           r"claiming)(?: again)?(?: that)? (?P<x>[^.!?]+)|(?:^|[.!?]\s+|,\s*)(?:but |and )?(?:sure,?\s+|"
                           r"yeah,?\s+|go on,?\s+)*tell (?:us|me) again (?P<how>how|that|why) (?P<y>[^.!?]+)", re.I)


def _keep_telling(found, text):
    # "…the green belt is safe, the bulldozers are already there": the second clause is the speaker's own fact
    said = claim_of(re.split(r",\s+(?=(?:the|a|an|they|it|he|she|we|there|this|that|\w+s)\s+\w+)",
                             found.group("x") or found.group("y"))[0])
    if re.search(r"\band (?:then )?(?:watch|see)\b", said, re.I):
        return None  # "keep believing the Treasury and watch the deficit grow": partisan.py's
    if not public(said) or len(said.split()) < 2 or re.match(r"(?:that|this|it)\b\W*$", said, re.I):
        return None  # "keep telling yourself that": no claim said, only pointed at
    if re.match(r"(?:everything|anything|whatever|every word)\b", said, re.I) and not re.search(r"\btelling\b", found.group(0), re.I):
        return None  # "keep believing everything the premier says": a thing trusted, no claim (condescension.py)
    if (found.group("how") or "").lower() in ("how", "why"):
        return [f"I think we see {found.group('how').lower()} {said} differently", "How do you see it?"]
    return [f"I don't think {said}", "How do you see it?"]


_WHAT_DID = re.compile(r"(?:^|[.!?]\s+)(?:so |and |ok,? )?what (?:exactly )?(?P<aux>did|has|have) (?P<who>(?:the|this|that|your|"
                       r"ur|our) [\w' -]+?|(?-i:[A-Z][\w-]+(?: [A-Z][\w-]+)?)) (?:ever |actually |really |even )*(?:do|done) "
                       r"(?P<prep>about|for|to fix|to help) (?P<x>" + _END + r")\?", re.I)


def _what_did(found, text):
    who, said = claim_of(found.group("who")), claim_of(found.group("x"))
    if not public(said) or HOME.search(who) or re.match(r"(?:your|ur|our)\b(?! (?:party|side|government|council|mayor|"
                                                             r"mp|minister|lot|candidate|leader)\b)", who, re.I):
        return None
    who = re.sub(r"^(?:your|ur)\b", "your", who, flags=re.I)
    return [f"I haven't seen {who} do much {found.group('prep').lower()} {said}", "What do you have in mind?"]


_SPOKESPERSON = re.compile(r"\bwho (?:elected|made|appointed|asked) " + _Y + r" (?:the )?(?:official )?(?:spokesperson|spokesman|"
                           r"spokeswoman|voice|representative|mouthpiece) (?:for|of) (?P<x>" + _END + r")", re.I)


def _spokesperson(found, text):
    said = claim_of(found.group("x"))
    return [f"I don't think either of us speaks for {said}", "What's your own view?"] if public(said) else None


_SUPPOSED = re.compile(r"(?:^|[.!?]\s+)(?:so |and |but |ok,? )?how (?:exactly )?(?:is|are) (?P<s>[^?.!]+?) (?:exactly )?"
                       r"supposed to (?P<v>" + _END + r")\?", re.I)


def _supposed(found, text):
    subject, deed = claim_of(found.group("s")), claim_of(found.group("v"))
    if not public(subject + " " + deed) or not deed:
        return None
    return [f"I don't see how {subject} can {deed}", "Can you explain how you see it?"]


_SAY_THAT_TO = re.compile(r"\b(?:would|will|could) " + _Y + r" (?:say|tell) (?:that|this|it) to (?P<x>" + _END + r")\?|"
                          r"(?:^|[.!?]\s+|,\s*)(?:go on,?\s+|yeah,?\s+|well,?\s+)*(?:try )?(?:saying|telling|tell|say) (?:that|this|it) "
                          r"to (?P<y>" + _END + r")", re.I)


def _say_that_to(found, text):
    said = claim_of(found.group("x") or found.group("y"))
    if not public(said) or re.search(r"\bface\b", said, re.I):
        return None
    if found.group("y"):  # "Tell that to the nurses": what was said, doubted on their behalf
        return [f"I don't think {said} would agree with that", "How do you think it sounds to them?"]
    return [f"I think {said} would see this differently", "How do you think it sounds to them?"]


_LOYAL = re.compile(r"\bis there (?:anything|any \w+|a single \w+) (?P<who>(?:this|the|that|your|ur) (?:[\w-]+ ){0,3}?(?:government|"
                    r"council|party|mayor|minister|president|prime minister|administration|side|leader|pm|mp|candidate))\b"
                    r"[^?.!]*\b" + _Y + r"(?:'d| would| will)?\s*(?:n'?t|wouldn'?t|won'?t|not)?\s*(?:cheer|defend|support|"
                    r"criticise|criticize|oppose|question|applaud|back|excuse|call out)", re.I)


def _loyal(found, text):
    who = claim_of(found.group("who"))
    return [f"I'm curious where you'd disagree with {who}", "Is there anything of theirs you'd push back on?"]


_OVER = re.compile(r"\bwhy (?:should|would) (?:anyone|anybody|we|people) (?:take (?:your|ur) word|believe " + _Y + r"|trust "
                   + _Y + r"|listen to " + _Y + r") over (?P<x>" + _END + r")", re.I)


def _over(found, text):
    said = re.sub(r"^(?:actual|real) ", "", claim_of(found.group("x")), flags=re.I)
    return [f"I'd go with {said} on this", "What makes you see it differently?"] if public(said) else None


_CONSIDERED = re.compile(r"\b(?:have " + _Y + r" (?:ever )?(?:considered|stopped to think|thought about the fact)|has it (?:ever )?"
                         r"occurred to " + _Y + r"|did it (?:ever )?(?:occur to|cross (?:your|ur) mind)(?: " + _Y + r")?)"
                         r"(?: that)? (?P<x>" + _END + r")", re.I)


def _considered(found, text):
    said = re.sub(r"^(?:maybe|perhaps|just maybe),?\s+", "", claim_of(found.group("x")), flags=re.I)
    return [f"I think {said}", "How do you see it?"] if public(said) and len(said.split()) >= 3 else None


_DEFENDING = re.compile(r"\b(?:are " + _Y + r"|" + _Y + r"(?:'re| are)) (?:\w+ly )?(?:seriously |really |actually |honestly |"
                        r"still )*(?:defending|supporting|standing up for|making excuses for) (?P<x>" + _END + r")\?|\bhow "
                        r"(?:can|could|do) " + _Y + r" (?:still |seriously )?(?:defend|support|excuse|vote for|back) (?P<y>"
                        + _END + r")", re.I)


def _defending(found, text):
    said = claim_of(found.group("x") or found.group("y"))
    if said.lower() in ("this", "that", "it", "them", "him", "her"):
        return ["I find this hard to defend", "What draws you to it?"]
    if not public(said):
        return None
    them = "it" if re.search(r"\b(?:who|that|which)\b", said) else them_of(said)  # "a party that voted…" is one party
    return [f"I find it hard to defend {said}", f"What draws you to {them}?"]


_YOUR_ANSWER = re.compile(r"(?:^|[.!?]\s+)(?:so |and |but )?(?:your|ur) (?P<n>answer|solution|plan|fix|idea|response)(?: to "
                          r"(?:that|this|all (?:this|that)))? is (?:just |simply )?(?P<x>" + _END + r")\?", re.I)


def _your_answer(found, text):
    said = claim_of(found.group("x"))
    if not public(said) or len(said.split()) < 2:
        return None
    deed = re.match(r"to (?P<v>\w+)(?P<rest>.*)$", said, re.I)
    if deed:  # "your solution is to cut more services" → "cutting more services is the answer"
        return [f"I'm not sure {inflect.gerund(deed.group('v').lower())}{deed.group('rest')} is the answer",
                "What else do you think would help?"]
    return [f"I don't think the answer is {said}", "What else do you think would help?"]


# (pattern, reply, kind) for pointed.py: every reply here states the speaker's claim (see pointed._FORMS).
LOADED_FORMS = ((_WHERE_WERE, _where_were, "claim"), (_WHO_PAYS, _who_pays, "claim"), (_MONEY_FROM, _money_from, "claim"),
                (_KEEP_SAYING, _keep_saying, "claim"), (_KEEP_TELLING, _keep_telling, "claim"), (_WHAT_DID, _what_did, "claim"),
                (_SPOKESPERSON, _spokesperson, "claim"), (_SUPPOSED, _supposed, "claim"), (_SAY_THAT_TO, _say_that_to, "claim"),
                (_LOYAL, _loyal, "claim"), (_OVER, _over, "claim"), (_CONSIDERED, _considered, "claim"),
                (_DEFENDING, _defending, "claim"), (_YOUR_ANSWER, _your_answer, "claim"))
