"""Owns hostile STATEMENTS put to another commenter under a news story — "You'd rather X than admit Y",
"Says the person who thinks…", "Enjoy paying more tax when…", "Keep defending them…", "You clearly
have never…", "Sure, let's just print more money" — said as the speaker's own position on what is
disputed, in its own words, and a real question.

pointed.py owns the hostile questions; these are the jabs said as statements. Each says something the
speaker holds — the parking charges were a mistake, the levy will cost people, the water companies are
hard to defend — and the household strategies lose it ("I felt upset when you rather saw the high
street die…"). So:

    "You'd rather see the high street die than admit the parking charges were a mistake."
    → "I think the parking charges were a mistake, and I don't want to see the high street die.
       How do you see it?"

Every form declines unless the message is about public affairs (AFFAIRS) and what it keeps names
nobody at home or in the conversation (loaded.public): "You'd rather go to the pub than see your
kids" stays a household complaint. STANCE_FORMS joins pointed._FORMS (same (pattern, reply, kind)).
"""

from __future__ import annotations

import re

from . import inflect
from .loaded import claim_of, public, them_of

_Y = r"(?:you|u)"
_END = r"[^.!?;]+"
# Public affairs, beyond pointed._AFFAIRS: a statement jab counts only in a message about these.
_MORE_AFFAIRS = re.compile(r"\b(?:money|high street|parking|migrants?|immigrants?|immigration|asylum|refugees?|climate|"
                           r"carbon|emissions|green belt|river|flood\w*|defences|library|car park|railways?|ministers?|"
                           r"prime minister|president|secretary|benefits|pensions?|labour|tory|tories|democrats?|"
                           r"republicans?|voting|voted|voters?|a&e|business|businesses|heat pumps?|electricity|levy|"
                           r"four-day week|water companies|developer|stadium|potholes|bypass|treasury|mayor|"
                           r"statistics|exam results|teachers|fruit|farmers|strikes?|union|welfare|cuts)\b", re.I)


def about_affairs(text: str) -> bool:
    from .pointed import _AFFAIRS  # pointed imports this module

    return bool(_AFFAIRS.search(text) or _MORE_AFFAIRS.search(text))


def _public(*phrases: str) -> bool:
    return all(public(p) for p in phrases if p)


def _base(verb: str) -> str:
    """Third person or past to base: "drives" → "drive", "fixes" → "fix", "flies" → "fly"."""
    verb = verb.lower()
    special = {"has": "have", "is": "be", "does": "do", "goes": "go", "was": "be"}
    if verb in special:
        return special[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "ches", "shes", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return inflect.base_of(verb)


def _yours_as_the(phrase: str) -> str:
    return re.sub(r"\b(?:your|ur)\b", "the", phrase, flags=re.I)


# "You'd rather see the high street die than admit the parking charges were a mistake."
_RATHER = re.compile(r"\b" + _Y + r"(?:'d| would)(?: \w+ly)? (?:much )?rather (?P<a>[^.!?;,]+?) than (?P<b>[^.!?;,]+)", re.I)
_ADMIT = re.compile(r"^(?:admit|admitting|accept|accepting|face|facing)(?: the fact)?(?: that)? (?P<c>.+)$", re.I)


def _rather(found, text):
    a, b = claim_of(found.group("a")), claim_of(found.group("b"))
    if not _public(a, b) or not about_affairs(text):
        return None
    admitted = _ADMIT.match(b)
    if admitted and len(admitted.group("c").split()) >= 3:
        return [f"I think {admitted.group('c')}, and I don't want to {a}", "How do you see it?"]
    return [f"I'd rather {b} than {a}", "Where do you stand on it?"]


# "Says the person who thinks a carbon tax is a communist plot", "Another armchair economist who thinks…"
_SAYS_WHO = re.compile(r"(?:^|[.!?]\s+)(?:(?:oh|lol|ha|haha|wow),?\s+)?(?:says|said|spoken by|this from|coming from|rich coming "
                       r"from) (?:the|a|an|someone|somebody)\b(?: [\w-]+){0,2}? (?:who|that) (?P<x>" + _END + r")|"
                       r"(?:^|[.!?]\s+)(?:yet )?another (?:[\w-]+ ){1,2}?(?:who|that) (?P<y>(?:thinks?|believes?|reckons?|"
                       r"claims?) " + _END + r")", re.I)
_BELIEF = re.compile(r"^(?:still |honestly |seriously )?(?:thinks?|believes?|reckons?|claims?|says?) (?:that )?(?P<c>.+)$", re.I)
_NEVER_HAD = re.compile(r"^(?:has |'s )?never (?:once |even |ever )?(?P<d>.+)$", re.I)
_DONE = re.compile(r"(?:had|been|done|seen|lived|worked|paid|ridden|driven|raised|taught|run|used|tried|read|watched|met|"
                   r"visited|sat|stood|spent|taken|waited|\w+ed)\b", re.I)


def _never_done(deed: str) -> list[str] | None:
    deed = re.sub(r"\s+in (?:your|ur|his|her|their) (?:entire |whole )?li(?:fe|ves)$", "", claim_of(deed), flags=re.I)
    if not public(deed) or not _DONE.match(deed):
        return None
    return [f"I think it looks different once you've {deed}", "Have you?"]


def _says_who(found, text):
    said = claim_of(found.group("x") or found.group("y"))
    said = re.sub(r"\b(?:his|her|their)\b", "your", said)  # "the guy who drives his SUV" is the listener
    belief = _BELIEF.match(said)
    if belief:
        claim = belief.group("c")
        return [f"I'm not convinced {claim}", "What makes you see it that way?"] \
            if public(claim) and len(claim.split()) >= 3 else None
    never = _NEVER_HAD.match(said)
    if never:
        return _never_done(never.group("d"))
    verb, _, rest = said.partition(" ")
    if not rest or verb.lower() in ("is", "was", "are", "were", "can", "will", "would", "'s") or not verb.endswith("s") \
            or not public(_yours_as_the(rest)) or not about_affairs(text):
        return None
    return [f"I find {inflect.gerund(_base(verb))} {rest} hard to square with what you're saying",
            "How do you see the two fitting together?"]


# "Enjoy paying more tax when the new levy kicks in", "Enjoy your heat pump when the bill arrives"
_ENJOY = re.compile(r"(?:^|[.!?]\s+)(?:well,?\s+|so\s+|oh,?\s+|anyway,?\s+)?enjoy (?P<a>[^.!?;,]+?),? (?P<w>when|while|once|"
                    r"after|until) (?P<b>" + _END + r")", re.I)
_OTHERS = re.compile(r"^(?:the rest of us|everyone else|everybody else|other people|some of us) (?P<v>.+)$", re.I)


def _enjoy(found, text):
    a, when, b = _yours_as_the(claim_of(found.group("a"))), found.group("w").lower(), claim_of(found.group("b"))
    others = _OTHERS.match(b)
    if not about_affairs(text) or not _public(a, b if not others else others.group("v")):
        return None
    if others:  # "while the rest of us keep the economy running": who it would cost, asked about
        return [f"I'm not sure about {a}", f"How would it work for the people who {others.group('v')}?"]
    if re.match(r"\w+ing\b", a):
        return [f"I'm worried we'll all be {a} {when} {b}", "Have you factored that in?"]
    if when == "while":
        return [f"I'm not sure about {a} while {b}", "How do you see it working?"]
    return [f"I'm not sure {a} will look as good {when} {b}", "Have you factored that in?"]


# "You clearly have never waited eight hours in A&E", "You've obviously never run a business in your life"
_NEVER = re.compile(r"\b" + _Y + r"(?: \w+ly)?(?:'ve| have)(?: \w+ly)? never (?:once |even |ever |actually )?(?P<x>[^.!?;,]+)", re.I)


def _never(found, text):
    return _never_done(found.group("x")) if about_affairs(text) else None


# "Keep defending them, I'm sure the water companies really appreciate it", "Keep voting for them and
# watch your bills go up again"
_KEEP_ON = re.compile(r"(?:^|[.!?]\s+)(?:but |and |so |well,? )?(?:go on,?\s+|sure,?\s+|yeah,?\s+|ok,?\s+)*(?:" + _Y + r" )?"
                      r"(?:just )?keep (?P<v>defending|voting for|backing|supporting|cheering on|cheering for|making excuses "
                      r"for|believing|trusting|electing|re-electing) (?P<x>[^,.!?;]+?)(?:,\s*|\s+and\s+|\s*(?:[.!?]|$))"
                      r"(?P<rest>[^.!?]*)", re.I)
_APPRECIATE = re.compile(r"I'?m sure (?P<who>[^.!?]+?) (?:really |truly |must )?(?:appreciates?|thanks?|loves?) (?:it|that|"
                         r"(?:the|your) (?:support|loyalty|help))", re.I)
_WATCH = re.compile(r"^(?:then )?(?:watch|see) (?:as )?(?P<y>[^.!?]+)$", re.I)
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
            return [f"I'm worried we'll see {seen}", f"What do you expect {who} to do about it?"]
    thanked = _APPRECIATE.search(rest)
    if thanked and _PRONOUN.match(who) and public(claim_of(thanked.group("who"))):
        who = claim_of(thanked.group("who"))
    them = who if _PRONOUN.match(who) else them_of(who)
    if verb in ("believing", "trusting"):
        return [f"I find it hard to trust {who}", f"What makes you trust {them}?"]
    if verb in ("defending", "making excuses for"):
        return [f"I find it hard to defend {who}", f"What draws you to {them}?"]
    return [f"I'm not convinced by {who}", f"What draws you to {them}?"]


# "…or you'd know the bypass was promised in 1998": the speaker's fact, said as theirs.
_OR_YOUD_KNOW = re.compile(r"\bor (?:else )?" + _Y + r"(?:'d| would) (?:know|realise|realize|remember|have heard|have seen) "
                           r"(?:that )?(?P<x>" + _END + r")", re.I)


def _or_youd_know(found, text):
    said = claim_of(found.group("x"))
    return [f"As far as I know, {said}", "Have you been following it?"] \
        if public(said) and len(said.split()) >= 3 else None


# "You'd know that if you read anything other than Facebook": the facts before it carry the position.
_KNOW_IF = re.compile(r"\b" + _Y + r"(?:'d| would) (?:know|see|realise|realize|understand) (?:that|this|it) if " + _Y
                      + r" (?:\w+ )?(?:read|looked|checked|watched|listened|bothered)\b", re.I)


def _know_if(found, text):
    return ["I'd like to compare what we've each read", "Where have you been reading about it?"]


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
_LECTURING = re.compile(r"(?:lecturing|lecture|telling|preaching to|moaning at|schooling) (?:us|me|everyone|people|others) "
                        r"(?:about|on) (?P<t>.+)$", re.I)


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
    said = re.sub(r"\s+and (?:did|done|achieved|delivered) (?:nothing|zero|sod all|jack)$", "", said, flags=re.I)
    if not public(said) or len(said.split()) < 3 or not about_affairs(text) or not _DONE.match(said.split()[0]) \
            and not re.match(r"(?:has|have|is|are|was|were|keeps?|promised|spent|cut|voted|\w+s)\b", said, re.I):
        return None
    return [f"From what I've seen, your {who} {said}", ask]


# "Sure, let's just print more money", "Great idea, let's close the library and build another car park."
_LETS = re.compile(r"^(?:(?:oh\s+)?(?:sure|yeah|great idea|brilliant idea|genius idea|good idea|brilliant|genius|great|"
                   r"perfect|lovely|yes|right),?\s+)+let'?s (?:just |all )?(?P<x>[^.!?;,]+)", re.I)
_DETERMINER = r"(?:the|a|an|another|more|some|our|their|all|every|any|even more|less|fewer)"


def _lets(found, text):
    deed = claim_of(found.group("x"))
    if not public(deed) or not about_affairs(text):
        return None
    parts = re.split(r"\s+and\s+(?=\w+ " + _DETERMINER + r"\b)", deed)
    said = " and ".join(inflect.gerund(p.split()[0].lower()) + p[len(p.split()[0]):] for p in parts)
    return [f"I'm not sure about {said}", "How do you see it working?"]


# "Sure, blame the teachers, that always fixes the exam results."
_SURE_DO = re.compile(r"^(?:(?:oh\s+)?(?:sure|yeah|right|go on|great|brilliant|yes),?\s+)+(?:just\s+)?(?P<v>[a-z]+) "
                      r"(?P<o>[^,.!?;]+),\s*(?:because\s+)?(?:that|it)(?P<r>(?:'ll| will| always| definitely| totally| "
                      r"really| is going to|'s going to|'s gonna| is gonna)*) (?P<s>[a-z]+)(?P<rest>[^.!?]*)", re.I)


def _sure_do(found, text):
    verb, thing, will, says = found.group("v").lower(), claim_of(found.group("o")), found.group("r"), found.group("s")
    if verb in ("you", "that", "it", "because", "let's", "lets", "i", "we", "they") or not public(thing) \
            or not about_affairs(text):
        return None
    if re.search(r"'ll|will|going|gonna", will):
        effect = f"will {says}{found.group('rest')}"
    elif says.endswith("s") and not says.endswith("ss"):
        effect = f"{says}{found.group('rest')}"
    else:
        return None  # "that's original": a sneer, not a claim about what works
    effect = claim_of(effect)
    return [f"I don't think {inflect.gerund(verb)} {thing} {effect}", "What else do you think would help?"] \
        if public(effect) else None


# "Must be lovely living in your bubble where inflation doesn't exist."
_BUBBLE = re.compile(r"\b(?:must be|it must be) (?:nice|lovely|great|fun|easy|comfy) (?:living|to live|being) (?:in|on) "
                     r"(?:your|ur|a) (?:little |own )?(?:bubble|world|planet|fantasy land|la la land|ivory tower),? where "
                     r"(?P<x>[\w' -]+?) (?P<neg>doesn'?t|don'?t|does not|do not|isn'?t|aren'?t|is not|are not) "
                     r"(?P<v>[^.!?,;]+)", re.I)


def _bubble(found, text):
    thing, verb = claim_of(found.group("x")), claim_of(found.group("v"))
    if not public(thing):
        return None
    plural = them_of(thing) == "them"
    if re.match(r"exists?$", verb, re.I):
        said = f"{thing} {'are' if plural else 'is'} very real for a lot of people"
    elif re.match(r"(?:matters?|counts?)$", verb, re.I):
        said = f"{thing} {'matter' if plural else 'matters'} to a lot of people"
    elif found.group("neg").lower().startswith(("is", "are")) and public(verb):
        said = f"{thing} {'are' if plural else 'is'} {verb} for a lot of people"
    else:
        return None
    return [f"I think {said}", "How has it looked where you are?"]


# "You would know all about wasting public money, wouldn't you."
_KNOW_ALL = re.compile(r"\b" + _Y + r"(?:'d| would) know (?:all )?about (?P<x>[^.!?,;]+)", re.I)


def _know_all(found, text):
    said = claim_of(found.group("x"))
    return [f"I'm worried about {said}", "How do you see it?"] if public(said) and about_affairs(text) else None


# "Every time they promise lower taxes you fall for it."
_EVERY_TIME = re.compile(r"\b(?:every time|whenever|each time) (?P<who>they|he|she|the [\w ]+?) (?P<v>promises?|says?|claims?|"
                         r"pledges?|swears?) (?:that )?(?P<x>[^.!?,]+?),? " + _Y + r"(?: people| lot| all)? (?:fall for it|"
                         r"believe (?:it|them|him|her)|lap it up|swallow it|buy it)", re.I)


def _every_time(found, text):
    who, said = found.group("who").lower(), claim_of(found.group("x"))
    if not public(said):
        return None
    them = {"he": "him", "she": "her", "they": "them"}.get(who, "them")
    return [f"I'm wary when {who} {found.group('v').lower()} {said}", f"What makes you believe {them} this time?"]


# "…and leave the grown-ups to discuss the budget."
_GROWN_UPS = re.compile(r"\bleave (?:the )?(?:grown-?ups|adults|experts) to (?:discuss|talk about|debate|sort out|deal with) "
                        r"(?P<x>[^.!?,;]+)", re.I)


def _grown_ups(found, text):
    said = claim_of(found.group("x"))
    return [f"I'd like to keep discussing {said} with you", "What's your own view on it?"] if public(said) else None


# "Of course you'd say that, you work for the developer."
_OF_COURSE = re.compile(r"^(?:well,?\s+)?(?:of course|naturally|course) " + _Y + r"(?:'d| would) (?:say|think|post|defend) (?:that|"
                        r"this|it|so),?\s*(?:since |because |as |— |- |; )?" + _Y + r"(?P<be>'re| are)? (?P<x>[^.!?]+)", re.I)


def _of_course(found, text):
    said = claim_of(found.group("x"))
    if not public(said) or not about_affairs(text):
        return None
    if found.group("be"):
        doing = f"being {said}"
    else:
        verb, _, rest = said.partition(" ")
        doing = f"{inflect.gerund(_base(verb))} {rest}".strip()
    return [f"I wonder whether {doing} shapes how you see this", "What do you make of it yourself?"]


# "…to write something that naive about the stadium deal"
_NAIVE_ABOUT = re.compile(r"\b(?:write|say|post|believe|think) (?:something|anything|stuff|a comment|that) (?:this|that|so) "
                          r"(?:naive|ignorant|stupid|dumb|clueless|uninformed|wrong|misinformed|daft|absurd|silly) about "
                          r"(?P<x>[^.!?,;]+)", re.I)


def _naive_about(found, text):
    said = claim_of(found.group("x"))
    return [f"I see {said} differently", "What makes you see it that way?"] if public(said) else None


# "imagine being this proud of not understanding basic statistics"
_IMAGINE = re.compile(r"\bimagine being (?:this|so|that) \w+ (?:of|about) not (?:understanding|knowing|getting|reading up on) "
                      r"(?:anything about |the first thing about )?(?P<x>[^.!?,;]+)", re.I)


def _imagine(found, text):
    said = re.sub(r"^(?:basic|simple|elementary) ", "", claim_of(found.group("x")), flags=re.I)
    return [f"I think we see {said} differently", "Which part do you see another way?"] if public(said) else None


STANCE_FORMS = ((_RATHER, _rather, "claim"), (_SAYS_WHO, _says_who, "claim"), (_ENJOY, _enjoy, "claim"),
                (_NEVER, _never, "claim"), (_KEEP_ON, _keep_on, "claim"), (_OR_YOUD_KNOW, _or_youd_know, "claim"),
                (_KNOW_IF, _know_if, "ask"), (_DEFENDING, _defending, "claim"), (_YOUR_SIDE, _your_side, "claim"),
                (_LETS, _lets, "claim"), (_SURE_DO, _sure_do, "claim"), (_BUBBLE, _bubble, "claim"),
                (_KNOW_ALL, _know_all, "claim"), (_EVERY_TIME, _every_time, "claim"), (_GROWN_UPS, _grown_ups, "claim"),
                (_OF_COURSE, _of_course, "claim"), (_NAIVE_ABOUT, _naive_about, "claim"), (_IMAGINE, _imagine, "claim"))
