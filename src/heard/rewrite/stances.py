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
kids" stays a household complaint. STANCE_FORMS joins pointed._FORMS (same (pattern, reply, kind)); the
jabs at the listener's side, party or loyalty are partisan.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import inflect
from .loaded import claim_of, public, them_of

_Y = r"(?:you|u)"
_END = r"[^.!?;]+"
# Public affairs, beyond pointed.AFFAIRS: a statement jab counts only in a message about these.
_MORE_AFFAIRS = re.compile(r"\b(?:(?:print|printing)(?: more)? money|(?:public|taxpayers'?) money|high street|parking|migrants?|immigrants?|immigration|asylum|refugees?|climate|"
                           r"carbon|emissions|green belt|river|flood\w*|defences|library|car park|railways?|ministers?|"
                           r"prime minister|president|secretary|benefits|pensions?|labour|tory|tories|democrats?|"
                           r"republicans?|voting|voted|voters?|a&e|small business(?:es)?|businesses|healthcare|heat pumps?|electricity|levy|"
                           r"four-day week|water compan(?:y|ies)|developer|flats|playing fields|green spaces?|stadium|potholes|bypass|treasury|mayor|"
                           r"chancellor|councillors?|cost of living|statistics|exam results|teachers|fruit|farmers|strikes?|union|welfare|cuts|diesel|petrol|suvs?|private jets?)\b", re.I)


def about_affairs(text: str) -> bool:
    from .pointed import AFFAIRS  # pointed imports this module

    return bool(AFFAIRS.search(text) or _MORE_AFFAIRS.search(text))


def public_all(*phrases: str) -> bool:
    return all(public(p) for p in phrases if p)


def base_verb(verb: str) -> str:
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
    if not public_all(a, b) or not about_affairs(text):
        return None
    admitted = _ADMIT.match(b)
    if admitted and len(admitted.group("c").split()) >= 2:
        return [f"I think {admitted.group('c')}, and I don't want to {a}", "How do you see it?"]
    return [f"I'd rather {b} than {a}", "Where do you stand on it?"]


# "Says the person who thinks a carbon tax is a communist plot", "Another armchair economist who thinks…"
_SAYS_WHO = re.compile(r"(?:^|[.!?]\s+)[\"“']?(?:(?:oh|lol|ha|haha|wow),?\s+)?(?:says|said|spoken by|this from|coming from|rich coming "
                       r"from) (?:the|a|an|someone|somebody)\b(?: [\w-]+){0,2}? (?:who|that) (?P<x>" + _END + r")|"
                       r"(?:^|[.!?]\s+)(?:yet )?another (?:[\w-]+ ){1,2}?(?:who|that) (?P<y>(?:thinks?|believes?|reckons?|"
                       r"claims?) " + _END + r")", re.I)
_BELIEF = re.compile(r"^(?:still |honestly |seriously )?(?:thinks?|believes?|reckons?|claims?|says?) (?:that )?(?P<c>.+)$", re.I)
_NEVER_HAD = re.compile(r"^(?:has |'s )?never (?:once |even |ever )?(?P<d>.+)$", re.I)
DONE = re.compile(r"(?:had|been|done|seen|lived|worked|paid|ridden|driven|raised|taught|run|used|tried|read|watched|met|"
                   r"visited|sat|stood|spent|taken|waited|\w+ed)\b", re.I)


def _never_done(deed: str) -> list[str] | None:
    deed = re.sub(r"\s+in (?:your|ur|his|her|their) (?:entire |whole )?li(?:fe|ves)$", "", claim_of(deed), flags=re.I)
    if not public(deed) or not DONE.match(deed):
        return None
    return [f"I think it looks different once you've {deed}", "Have you?"]


def _says_who(found, text):
    said = claim_of(found.group("x") or found.group("y"))
    said = re.sub(r"\b(?:his|her|their)\b", "your", said)  # "the guy who drives his SUV" is the listener
    belief = _BELIEF.match(said)
    if belief:
        claim = belief.group("c")
        return [f"I'm not convinced {claim}", "How do you see it?"] \
            if public(claim) and len(claim.split()) >= 3 else None
    never = _NEVER_HAD.match(said)
    if never:
        return _never_done(never.group("d"))
    verb, _, rest = said.partition(" ")
    if not rest or verb.lower() in ("is", "was", "are", "were", "can", "will", "would", "'s") or not verb.endswith("s") \
            or not public(_yours_as_the(rest)) or not about_affairs(text):
        return None
    return [f"I find {inflect.gerund(base_verb(verb))} {rest} hard to square with what you're saying",
            "How do you see the two fitting together?"]


# "Enjoy paying more tax when the new levy kicks in", "Enjoy your heat pump when the bill arrives"
_ENJOY = re.compile(r"(?:^|[.!?]\s+)(?:well,?\s+|so\s+|oh,?\s+|anyway,?\s+)?enjoy (?P<a>[^.!?;,]+?),? (?P<w>when|while|once|"
                    r"after|until) (?P<b>" + _END + r")", re.I)
_OTHERS = re.compile(r"^(?:the rest of us|everyone else|everybody else|other people|some of us) (?P<v>.+)$", re.I)


def _enjoy(found, text):
    a, when, b = _yours_as_the(claim_of(found.group("a"))), found.group("w").lower(), claim_of(found.group("b"))
    others = _OTHERS.match(b)
    if not about_affairs(text) or not public_all(a, b if not others else others.group("v")):
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


# "…commenting on healthcare if you've never worked in it": what "it" is, named before the "if"
_TOPIC_BEFORE = re.compile(r"\b(?:on|about) (?P<t>[^.!?,;]+?),? (?:if|when|unless|until) " + _Y + r"\b", re.I)


def _never(found, text):
    deed = found.group("x")
    if re.search(r"\bit\b", deed, re.I):
        topic = _TOPIC_BEFORE.search(text)
        if not topic or not public(claim_of(topic.group("t"))):
            return None
        deed = re.sub(r"\bit\b", claim_of(topic.group("t")), deed, count=1, flags=re.I)
    return _never_done(deed) if about_affairs(text) else None


# "…or you'd know the bypass was promised in 1998": the speaker's fact, said as theirs. "You obviously
# don't pay council tax, or you'd care where it goes": what "it" is comes from the first half.
_OR_YOUD_KNOW = re.compile(r"(?:\b" + _Y + r" (?:\w+ly )?(?:don'?t|do not|never|didn'?t) (?:\w+ly )?(?:pay|use|read|follow|watch|"
                           r"rely on|need) (?P<o>[^.!?,;]+?),? )?\bor (?:else )?" + _Y + r"(?:'d| would) (?P<v>know|realise|realize|"
                           r"remember|have heard|have seen|care|understand) (?:that )?(?P<x>" + _END + r")", re.I)


def _or_youd_know(found, text):
    said, thing = claim_of(found.group("x")), claim_of(found.group("o"))
    if thing and public(thing):
        said = re.sub(r"\bit\b", thing, said, count=1)
    if not public(said) or not about_affairs(text):
        return None
    if found.group("v").lower() in ("care", "understand"):
        return [f"I {found.group('v').lower()} {said}", "How do you see it?"] if re.match(r"(?:where|how|what|why|who|about)\b",
                                                                                        said, re.I) else None
    return [f"As far as I know, {said}", "Have you been following it?"] if len(said.split()) >= 3 else None


# "You'd know that if you read anything other than Facebook": the facts before it carry the position.
_KNOW_IF = re.compile(r"\b" + _Y + r"(?:'d| would) (?:know|see|realise|realize|understand) (?:that|this|it) if " + _Y
                      + r" (?:\w+ )?(?:read|looked|checked|watched|listened|bothered)\b", re.I)


def _know_if(found, text):
    return ["I'd like to compare what we've each read", "Where have you been reading about it?"]


# "Sure, let's just print more money", "Great idea, let's close the library and build another car park."
_LETS = re.compile(r"^(?:(?:oh\s+)?(?:sure|yeah|great idea|brilliant idea|genius idea|good idea|brilliant|genius|great|"
                   r"perfect|lovely|yes|right),?\s+)+let'?s (?:just |all )?(?P<x>[^.!?;,]+)", re.I)


@lru_cache(maxsize=256)
def gerunds(deed: str) -> str:
    """"close the library and build flats" → "closing the library and building flats": each verb of the
    proposal (the first and its conjuncts, as the parse reads "we should …") as an -ing form."""
    from .parsing import rewrite_nlp  # loaded lazily: only a matched form needs the parse

    doc = rewrite_nlp()(f"We should {deed}.")
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    verbs = {t.i for t in doc if t.i >= 2 and t.tag_ == "VB" and (t.head.i == root.i or t.head.dep_ == "ROOT" or
                                                                  t.dep_ == "conj" and t.head.tag_ == "VB")}
    if 2 not in verbs:
        return ""
    return "".join((inflect.gerund(t.lemma_.lower()) if t.i in verbs else t.text) + t.whitespace_
                   for t in doc[2:] if not t.is_punct or t.i < len(doc) - 1).strip()


def _lets(found, text):
    deed = claim_of(found.group("x"))
    if not public(deed) or not about_affairs(text):
        return None
    said = gerunds(deed)
    return [f"I'm not sure about {said}", "How do you see it working?"] if said else None


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
    if not public(thing) or not about_affairs(text):
        return None
    plural = them_of(thing) == "them"
    if re.match(r"exists?$|an? thing$", verb, re.I):
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
        doing = f"{inflect.gerund(base_verb(verb))} {rest}".strip()
    return [f"I wonder whether {doing} shapes how you see this", "What do you make of it yourself?"]


# "…to write something that naive about the stadium deal"
_NAIVE_ABOUT = re.compile(r"\b(?:write|say|post|believe|think) (?:something|anything|stuff|a comment|that) (?:this|that|so) "
                          r"(?:naive|ignorant|stupid|dumb|clueless|uninformed|wrong|misinformed|daft|absurd|silly) about "
                          r"(?P<x>[^.!?,;]+)", re.I)


def _naive_about(found, text):
    said = claim_of(found.group("x"))
    return [f"I see {said} differently", "What makes you see it that way?"] if public(said) else None


# "imagine being this proud of not understanding basic statistics"
_IMAGINE = re.compile(r"\bimagine being (?:this|so|that) \w+ (?:of|about) not (?:understanding|knowing|getting|reading up on|reading) "
                      r"(?:anything about |the first thing about )?(?P<x>[^.!?,;]+)", re.I)


def _imagine(found, text):
    said = re.sub(r"^(?:basic|simple|elementary) ", "", claim_of(found.group("x")), flags=re.I)
    return [f"I think we see {said} differently", "Which part do you see another way?"] if public(said) else None


STANCE_FORMS = ((_RATHER, _rather, "claim"), (_SAYS_WHO, _says_who, "claim"), (_ENJOY, _enjoy, "claim"),
                (_NEVER, _never, "claim"), (_OR_YOUD_KNOW, _or_youd_know, "claim"), (_KNOW_IF, _know_if, "ask"),
                (_LETS, _lets, "claim"), (_SURE_DO, _sure_do, "claim"), (_BUBBLE, _bubble, "claim"),
                (_KNOW_ALL, _know_all, "claim"), (_GROWN_UPS, _grown_ups, "claim"), (_OF_COURSE, _of_course, "claim"),
                (_NAIVE_ABOUT, _naive_about, "claim"), (_IMAGINE, _imagine, "claim"))


# "I love how you think tariffs are paid by foreign countries."
_LOVE_HOW = re.compile(r"(?:^|[.!?]\s+)(?:(?:oh|lol|wow|honestly),?\s+)?(?:I |gotta |you gotta |don'?t you just )?(?:just )?love "
                       r"(?:how|that) " + _Y + r" (?:\w+ly )?(?:think|believe|reckon) (?:that )?(?P<x>" + _END + r")", re.I)


def _love_how(found, text):
    said = claim_of(found.group("x"))
    return [f"I'm not convinced {said}", "How do you see it?"] if public(said) and len(said.split()) >= 3 else None


# "@GreenDave you clearly have no idea how the asylum system works."
_NO_IDEA_WORKS = re.compile(r"\b" + _Y + r"(?: \w+ly)?(?:'ve| have)?(?: \w+ly)? (?:got )?(?:no|zero|not the (?:slightest|faintest)) "
                            r"(?:idea|clue) how (?P<x>[^.!?;,]+?) (?:works?|operates?|functions?|is run|are run)\b", re.I)


def _no_idea_works(found, text):
    said = claim_of(found.group("x"))
    return [f"I think we see how {said} works differently", "How do you see it?"] if public(said) else None


STANCE_FORMS += ((_LOVE_HOW, _love_how, "claim"), (_NO_IDEA_WORKS, _no_idea_works, "claim"))
