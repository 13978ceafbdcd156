"""Owns hostile statements about the listener's side — their party, their vote, their loyalty — put to
another commenter under a news story, said as the speaker's own position and a real question
(stances.py's register, and its gate: public affairs only, nobody at home).

"Keep voting for them and watch your bills go up again", "Your party had fourteen years to fix the
NHS and did nothing", "Every time they promise lower taxes you fall for it", "The minute anyone
criticises the prime minister you all come running to defend him": each holds a view about the
politics (bills will rise, the party failed, the promises are empty, criticism is fair) that the
household strategies turn into "I'm feeling frustrated about the bills. Could you take care of them?".

    "Every time they promise lower taxes you fall for it."
    → "I'm wary when they promise lower taxes. What makes you believe them this time?"

PARTISAN_FORMS joins pointed._FORMS (same (pattern, reply, kind)).
"""

from __future__ import annotations

import re

from . import inflect
from .loaded import HOME, claim_of, public, them_of
from .stances import DONE, about_affairs, base_verb, public_all

_Y = r"(?:you|u)"
_END = r"[^.!?;]+"


# "Keep defending them, I'm sure the water companies really appreciate it", "Keep voting for them and
# watch your bills go up again"
_KEEP_ON = re.compile(r"(?:^|[.!?]\s+)(?:but |and |so |well,? )?(?:go on,?\s+|sure,?\s+|yeah,?\s+|ok,?\s+)*(?:" + _Y + r" )?"
                      r"(?:just )?keep (?P<v>defending|voting(?: for)?|backing|supporting|cheering on|cheering for|making excuses "
                      r"for|believing|trusting|electing|re-electing) (?P<x>[^,.!?;]+?)(?:,\s*|\s+and\s+|\s*(?:[.!?]|$)|\s*"
                      "[\U0001F300-\U0001FAFF\u2600-\u27BF]+" r"\s*)"
                      r"(?P<rest>[^.!?]*)", re.I)
_APPRECIATE = re.compile(r"I'?m sure (?P<who>[^.!?]+?) (?:really |truly |must )?(?:appreciates?|thanks?|loves?) (?:it|that|"
                         r"(?:the|your) (?:support|loyalty|help))", re.I)
_WATCH = re.compile(r"^(?:then )?(?:watch|see) (?:as )?(?P<y>[^.!?]+)$", re.I)
# Someone, not something: "the minister" is "them", not "it".
_PERSON = re.compile(r"\b(?:minister|mayor|secretary|president|leader|mp|chancellor|councillor|candidate|pm|premier|governor|"
                     r"senator|boss|chief|king|queen|he|she|him|her)$", re.I)
_PRONOUN = re.compile(r"^(?:them|him|her|it|this lot|that lot|these people|those people)$", re.I)


def _keep_on(found, text):
    verb, who = found.group("v").lower(), claim_of(found.group("x"))
    rest = found.group("rest").strip()
    if not about_affairs(text) or not public(who) and not _PRONOUN.match(who):
        return None
    watched = _WATCH.match(rest)
    if watched:
        seen = re.sub(r"\b(?:your|ur)\b", "our", claim_of(watched.group("y")), flags=re.I)
        if public(re.sub(r"\bour\b", "", seen)):
            return [f"I'm worried we'll see {seen}", f"What do you expect {who} to do about it?" if _PRONOUN.match(who)
                    else "How do you see it?"]
    thanked = _APPRECIATE.search(rest)
    if thanked and _PRONOUN.match(who) and public(claim_of(thanked.group("who"))):
        who = claim_of(thanked.group("who"))
    them = who if _PRONOUN.match(who) else "them" if _PERSON.search(who) else them_of(who)
    if verb in ("believing", "trusting"):
        return [f"I find it hard to trust {who}", f"What makes you trust {them}?"]
    if verb in ("defending", "making excuses for"):
        return [f"I find it hard to defend {who}", f"What draws you to {them}?"]
    return [f"I'm not convinced by {who}", f"What draws you to {them}?"]


# "And you're here defending the health secretary like he's done a great job."
_DEFENDING = re.compile(r"\b" + _Y + r"(?:'re| are) (?:still |here |just |out here |now |really |all )*(?:defending|making "
                        r"excuses for|standing up for|cheering on) (?P<x>[^.!?,;]+?)(?:\s+(?:like|as if|as though|after)\b"
                        r"[^.!?]*)?\s*(?:[.!]|$)", re.I)


def _defending(found, text):
    said = claim_of(found.group("x"))
    if not public(said) or _PRONOUN.match(said) or not about_affairs(text):
        return None
    return [f"I find it hard to defend {said}", "What makes you see it differently?"]


# "Your party had fourteen years to fix the NHS", "Your precious mayor promised affordable housing…"
_YOUR_SIDE = re.compile(r"(?:^|[.!?]\s+)(?:and |but |so )?(?:your|ur) (?:precious |beloved |glorious |so-called |wonderful |"
                        r"great |own )?(?P<who>party|side|government|mayor|council|candidate|mp|lot|leader|president|prime "
                        r"minister|pm|minister|tribe|chancellor)(?P<x> [^.!?]+)(?=[.!]|$)", re.I)
_AND_NOW = re.compile(r",?\s+(?:and|but|yet) (?:now |then )?" + _Y + r"(?:'re| are)? (?P<y>.+)$", re.I)
_LECTURING = re.compile(r"(?:(?:lecturing|lecture|telling|preaching to|moaning at|schooling) (?:us|me|everyone|people|others) |"
                        r"(?:moaning|complaining|whinging|crying|worried|worrying) )(?:about|on) (?P<t>.+)$", re.I)


def _your_side(found, text):
    who = "side" if found.group("who").lower() in ("lot", "tribe") else found.group("who").lower()
    said = claim_of(found.group("x"))
    ask = "How do you see it?"
    then = _AND_NOW.search(said)
    if then:
        said = said[:then.start()]
        topic = _LECTURING.search(then.group("y"))
        if topic and public(claim_of(topic.group("t"))):
            ask = f"How does that fit with what you're saying about {claim_of(topic.group('t'))}?"
    # "…and did nothing": the absolute dropped, the point kept
    said = re.sub(r"\s+and (?:did|done|achieved|delivered) (?:nothing|zero|sod all|jack)$", " and didn't", said, flags=re.I)
    if not public(said) or len(said.split()) < 3 or not about_affairs(text) or not DONE.match(said.split()[0]) \
            and not re.match(r"(?:has|have|is|are|was|were|keeps?|promised|spent|cut|voted|\w+s)\b", said, re.I):
        return None
    return [f"From what I've seen, your {who} {said}", ask]


# "Every time they promise lower taxes you fall for it."
_EVERY_TIME = re.compile(r"\b(?:every time|whenever|each time) (?P<who>they|he|she|the [\w ]+?) (?P<v>promises?|says?|claims?|"
                         r"pledges?|swears?) (?:that )?(?P<x>[^.!?,]+?),? " + _Y + r"(?: people| lot| all)? (?:fall for it|"
                         r"believe (?:it|them|him|her)|lap it up|swallow it|buy it)", re.I)


def _every_time(found, text):
    who, said = found.group("who").lower(), claim_of(found.group("x"))
    if not public(said) or not about_affairs(text):
        return None
    them = {"he": "him", "she": "her", "they": "them"}.get(who, "them")
    return [f"I'm wary when {who} {found.group('v').lower()} {said}", f"What makes you believe {them} this time?"]


# "You lot complain about immigrants and then wonder why nobody wants to pick the fruit."
_THEN_WONDER = re.compile(r"\b(?:" + _Y + r"|" + _Y + r" (?:lot|people|all)|(?:your|ur) (?:lot|side)) (?:\w+ly )?(?P<v>complain|moan|"
                          r"whinge|rant|go on) about (?P<x>[^.!?,;]+?),? and then (?:\w+ )?(?P<v2>wonder|ask|act surprised|are "
                          r"surprised|complain|moan) (?P<w>why|how|that|when) (?P<y>" + _END + r")", re.I)
_THEN = {"wonder": "wondering", "ask": "asking", "act surprised": "acting surprised", "are surprised": "being surprised",
         "complain": "complaining", "moan": "moaning"}


def _then_wonder(found, text):
    topic, said = claim_of(found.group("x")), claim_of(found.group("y"))
    if not public_all(topic, said) or not about_affairs(text):
        return None
    return [f"I don't think {inflect.gerund(found.group('v').lower())} about {topic} fits with {_THEN[found.group('v2').lower()]} "
            f"{found.group('w').lower()} {said}", "How do you see the two fitting together?"]


# "The minute anyone criticises the prime minister you all come running to defend him."
_CRITICISE = re.compile(r"\b(?:the minute|the moment|as soon as|whenever|every time) (?:anyone|someone|somebody|people) "
                        r"(?P<v>criticises|criticizes|questions|challenges|says anything (?:bad )?(?:about|against)) "
                        r"(?P<x>[^.!?,;]+?),? " + _Y + r"(?: all| lot| people)? (?:come running|rush|jump|leap|line up) "
                        r"(?:in )?to (?:defend|protect|excuse)", re.I)


def _criticise(found, text):
    said, verb = claim_of(found.group("x")), found.group("v").lower()
    if not public(said):
        return None
    verb = "say so about" if verb.startswith("says") else base_verb(verb)
    return [f"I think it's fair to {verb} {said}", "Is there anything you'd push back on yourself?"]


# "Typical Tory voter, all for cutting benefits until it's your own pension on the line."
_ALL_FOR = re.compile(r"\ball for (?P<x>[^.!?,;]+?),? (?:until|till|right up until|as long as) ", re.I)


def _all_for(found, text):
    said = claim_of(found.group("x"))
    return [f"I'm not sure about {said}", "Where do you draw the line on it?"] \
        if public(said) and about_affairs(text) and not HOME.search(text) else None


# "You're just angry that your guy lost the election": the result is no argument either way.
_SORE = re.compile(r"\b" + _Y + r"(?:'re| are) (?:just |only |still )+(?:angry|bitter|salty|upset|mad|sore|jealous|butthurt) "
                   r"(?:that|because|about how) (?P<x>[^.!?;]*(?<![\w-])(?P<c>by-election|election|vote|referendum|leadership "
                   r"(?:race|contest)|primary|ballot)s?\b[^.!?;]*)", re.I)


def _sore(found, text):
    return [f"I'd like to keep this about the issue itself, not the {found.group('c').lower()}", "What do you make of it?"]


# "You don't get to complain about the potholes if you didn't bother voting."
_NO_RIGHT = re.compile(r"\b" + _Y + r" (?:don'?t|do not) get to (?:complain|moan|whinge|have a say|have an opinion) about "
                       r"(?P<x>[^.!?,;]+?),? if " + _Y + r" (?:didn'?t|did not|don'?t|do not|never) (?:even )?(?:bother(?:ed)? "
                       r"(?:to )?)?(?P<v>vote|voting|turn out|turning out|pay|paying)\b", re.I)


def _no_right(found, text):
    said, verb = claim_of(found.group("x")), found.group("v").lower()
    verb = verb if verb.endswith("ing") else inflect.gerund(verb.split()[0]) + verb[len(verb.split()[0]):]
    return [f"I think {verb} gives us a say on {said}", "How do you see it?"] if public(said) else None


# "Typical Labour, spend spend spend and leave the next lot to pay for it."
_REPEATED = re.compile(r"^(?:typical|classic) (?P<who>(?-i:[A-Z][\w-]+)|the \w+)[,.:!]*\s+(?P<v>spend|borrow|tax|cut|print)"
                       r"(?:,? (?P=v))+\b", re.I)
_DOING = {"spend": ("spending", "Who do you see paying for it later?"), "borrow": ("borrowing", "Who do you see paying it back?"),
          "tax": ("taxes", "Where do you think they should stop?"), "cut": ("cuts", "Where do you think they should stop?"),
          "print": ("money printing", "Who do you see paying for it later?")}


def _repeated(found, text):
    who = found.group("who")
    if not about_affairs(text):
        return None  # "Typical Dave, spend spend spend": a friend's habit, not a party's record
    noun, ask = _DOING[found.group("v").lower()]
    return [f"I'm worried about {who}{'’' if who.endswith('s') else '’s'} {noun}".replace("’", "'"), ask] \
        if public(who) else None


PARTISAN_FORMS = ((_KEEP_ON, _keep_on, "claim"), (_DEFENDING, _defending, "claim"), (_YOUR_SIDE, _your_side, "claim"),
                  (_EVERY_TIME, _every_time, "claim"), (_THEN_WONDER, _then_wonder, "claim"), (_CRITICISE, _criticise, "claim"),
                  (_ALL_FOR, _all_for, "claim"), (_SORE, _sore, "claim"), (_NO_RIGHT, _no_right, "claim"),
                  (_REPEATED, _repeated, "claim"))
