"""A denial that comes with the speaker's own plain fact: the fact kept, the denial and the jab left out.

"not my fault the build is red, Tom pushed the migration at 4:55 and went home", "I didn't skip
training, I told the captain on Tuesday I had a shift", "I wasn't hiding my phone, it was charging
in the kitchen": the clause strategies answered these with a form letter or a bare "I'm sorry"
(which reads as admitting what the speaker denies) and dropped the one thing the speaker wanted
said. The shape here: the listener's feeling acknowledged first, the fact said once and plainly
(no "I think": it is the speaker's own fact, not a guess), nothing confessed, no amends, and a
request that fits ("Can we check the email thread together?").

Owned here: `denied_fact_lines` (offered by `with_supported_denials`, supported_denials.py).
Left to others: a fact that blames the listener ("you left them at work"), a question, a
speculation about someone else ("someone must have changed it"), and a denial with no fact.
"""

from __future__ import annotations

import re

from .accounts import lead_off, sentence_case, spoken_parts
from .amends import amends_for, late_sense
from .candidate import ACKNOWLEDGE, RESPONSIBILITY
from .inflect import base_of, lemma_of, past
from .phrases import ARGUES, JUST_SAYING
from .textspeak import spell_out

# "(it's) not my fault (that) the flight got cancelled"
_NOT_MY_FAULT = re.compile(r"^(?:it's\s+|it\s+is\s+|its\s+)?not\s+my\s+fault\s+(?:that\s+)?(?P<what>.+)$", re.I)
# "I didn't skip training", "I never forgot", "I wasn't hiding my phone", "I'm not the one who booked…"
_DENIED = re.compile(r"^I\s*(?:didn't|didnt|did\s+not|never|wasn't|wasnt|was\s+not|'m\s+not|m\s+not|am\s+not)\s+"
                     r"(?:even\s+)?(?P<rest>.+)$", re.I)
# "I did send the permission slip": the act affirmed against the charge
_DID = re.compile(r"^I\s+did\s+(?P<verb>(?!it\b|what\b|my\b|everything\b|all\b|that\b|this\b)[a-z]+)\b"
                  r"(?P<rest>\s+(?:the|your|my|our|his|her|their|a|an)\s+.+)$", re.I)
# "… so don't put that on me", "… so maybe cut me some slack": the push-back after the account
_PUSH_TAIL = re.compile(r"\s+(?:so|and)\s+(?:don't|dont|do\s+not|maybe|stop|quit|back\s+off|chill|relax|cut|give|get)\b.*$", re.I)
# Parts that push back rather than tell: left out
_JAB = re.compile(r"\b(?:some\s+of\s+us|not\s+everything\s+is|(?:hardly|not)\s+on\s+me|my\s+problem|can't\s+control|cannot\s+control|"
                  r"not\s+because\s+of\s+anything|slack|blame\s+me|on\s+me\b|get\s+over|deal\s+with\s+it|whatever|"
                  r"not\s+the\s+end\s+of\s+the\s+world|crime|sue\s+me|my\s+bad|difference|same\s+thing|a\s+joke|useless|"
                  r"rubbish|hopeless|pathetic|ridiculous)\b", re.I)
# An excuse that is itself the defence: "nobody told me it was Tuesday", "I did what I was told", "stop acting
# like I did it on purpose", "I was speaking normally", "that's just how I write", "I'm not a mind reader". Said
# plainly it still reads as defensive, so this reading steps aside for the older ones ("I should have checked…")
_EXCUSE = re.compile(r"\b(?:(?:nobody|no\s+one|no-one|noone)\s+(?:ever\s+)?(?:told|said|asked|mentioned|warned|reminded|showed|"
                     r"explained)\b|did\s+(?:what|as)\s+I\s+was\s+(?:told|asked)|stop\s+(?:acting|making\s+out|pretending|"
                     r"treating|talking)\b|normal(?:ly)?\b|that's\s+(?:just\s+)?(?:how|the\s+way)\s+I\b|mind[\s-]reader|"
                     r"psychic|how\s+was\s+I\s+(?:supposed|meant)|(?:nobody|no\s+one)\s+(?:else\s+)?(?:does|did|cares))", re.I)
# "my card expired and nobody told me": the excuse tied to a plain fact, cut off so the fact stands alone
_EXCUSE_TAIL = re.compile(r"\s+(?:and|but|so)\s+(?:(?:nobody|no\s+one|no-one|noone)\s+(?:ever\s+)?(?:told|said|asked|mentioned|warned|"
                          r"reminded)(?:\s+me|\s+us)?|I\s+did\s+what\s+I\s+was\s+(?:told|asked))$", re.I)
# "I'm not mad, I'm just disappointed, as usual": the listener's habit named, a jab that colours the whole message
_HABIT_JAB = re.compile(r"\b(?:as\s+usual|as\s+always|like\s+always|typical|yet\s+again|once\s+again)\b", re.I)
# "that's all", "that's it": the fact made small, left out
_MINIMISER = re.compile(r"^(?:that's|that\s+is|thats)\s+(?:all|it)$", re.I)
_SHORT_JAB = re.compile(r"^(?:god|jeez|chill|relax|calm\s+down|seriously|honestly|ffs|lol|lmao|ugh|wow|ok|okay|fine|"
                        r"sorry|so)$", re.I)
# "check the email thread": evidence offered, taken as a look together
_EVIDENCE = re.compile(r"^(?:just\s+|go\s+)?(?:check|look\s+at|read|scroll\s+up\s+in)\s+(?P<what>(?:the|my|our|your)\s+[\w\s]+?)$", re.I)
_LISTENER = re.compile(r"\b(?:you|u|you're|youre|you've|you'd|ur|yourself)\b", re.I)
# A fact is a statement with a subject: "Tom pushed…", "it was charging…", "my phone died", "I've had…"
_STATEMENT = re.compile(r"^(?:I\b|I'm\b|I've\b|I'd\b|(?i:it|it's|its|that|there|there's|the|my|his|her|their|our|he|she|they|"
                        r"we|we've|we're|someone|somebody|work|everything)\b|(?!You\b|Not\b|No\b|Just\b)[A-Z][a-z]+\s+\w)")
# "someone must have changed it": a guess about another person, not a fact (left to the clause strategies)
_GUESS = re.compile(r"\b(?:must\s+have|must've|probably|maybe|might\s+have|i\s+(?:think|guess|bet|reckon))\b", re.I)
# "X because Y" beside "not because of anything on my side": the cause is the fact, the disclaimer the denial
_BECAUSE = re.compile(r"^(?P<what>(?:the|my|our|this|that)\s+.+?)\s+(?:because|cos|cause)\s+(?:of\s+)?(?P<why>.+)$", re.I)
_NOT_MINE = re.compile(r"^not\s+because\s+of\s+(?:anything|something|me)\b", re.I)
# "I'm just tired", "I've been on nights": the speaker's own state or doings given as the fact
_QUOTES = re.compile(r"[\"“”‘’](?=\w)|(?<=\w)[\"“”‘’](?!\w)")


def _opening(part: str) -> str:
    """The denial without an apology shield before it ("Sorry but", "I'm sorry you feel that way but")."""
    part = re.sub(r"^(?:(?:I'm\s+|im\s+)?sorry(?:\s+you\s+feel\s+that\s+way)?\s+but\s+)", "", part, flags=re.I)
    return lead_off(part)


def _fact(part: str) -> str | None:
    part = JUST_SAYING.sub("", _PUSH_TAIL.sub("", lead_off(part)).strip())  # "I'm just saying I was away": the account
    if not part or _SHORT_JAB.match(part) or _JAB.search(part) or ARGUES.search(part) or part.endswith("?") or _GUESS.search(part) \
            or _LISTENER.search(part) or re.match(r"^(?:if|when|unless|not|no)\b", part, re.I) \
            or not _STATEMENT.match(sentence_case(part)):
        return None
    # "nobody listened when I said so": the speaker's own raising of it kept, the complaint about others left out
    part = re.sub(r"\b(?:and\s+)?(?:nobody|no\s+one|no-one)\s+(?:listened|cared)\s+when\s+I\s+(?P<said>said|raised|mentioned|flagged)\s+"
                  r"(?P<what>so|it|that)$", lambda m: f"and I {m.group('said')} {m.group('what')} at the time", part, flags=re.I)
    # "I'm just tired": the speaker's state said plainly, without the "just" that waves the complaint off
    return sentence_case(re.sub(r"^(I(?:'m|\s+am)|I've\s+been)\s+(?:just|only|simply)\s+", r"\1 ", part, flags=re.I))


def _denied_act(msg, head: str) -> str:
    """"I never touched your headphones" → "I didn't touch your headphones"; "I didn't even" → "I didn't"."""
    head = re.sub(r"\s+even\b", "", sentence_case(head))
    head = re.sub(r"^I\s*(?:didnt|did\s+not)\b", "I didn't", head, flags=re.I)
    return re.sub(r"^I\s+never\s+(\w+)", lambda m: f"I didn't {_base(msg, m.group(1))}", head)


def _base(msg, word: str) -> str:
    token = next((t for t in msg.doc if t.lower_ == word.lower()), None)
    return lemma_of(token).lower() if token is not None and token.pos_ in ("VERB", "AUX") else base_of(word.lower())


def did_not(msg, act: str) -> str:
    """"double booked the cottage" → "I didn't double-book the cottage": the verb at its base form, words before it kept."""
    words = act.split()
    if words and words[0].lower() in ("was", "were") and len(words) > 1 and words[1].lower().endswith("ing"):
        return " ".join(["I wasn't", *words[1:]])  # "was flirting with the bartender" → "I wasn't flirting…"
    for i, word in enumerate(words):
        token = next((t for t in msg.doc if t.lower_ == word.lower() and t.pos_ in ("VERB", "AUX")), None)
        if token is not None or word.lower().endswith("ed"):
            verb = base_of(word.lower()) if token is None else lemma_of(token).lower()
            if token is None and "-" in word:  # "double-booked": the verb is the last piece ("double-book")
                first, last = word.lower().rsplit("-", 1)
                piece = next((t for t in msg.doc if t.lower_ == last and t.pos_ in ("VERB", "AUX")), None)
                verb = f"{first}-{lemma_of(piece).lower() if piece is not None else base_of(last)}"
            verb = re.sub(r"ooke$", "ook", verb)  # the tagger's "booke" of "double-booked": no verb ends in "ooke"
            return " ".join(["I didn't", *words[:i], verb, *words[i + 1:]])
    return f"I wasn't the one who {act}"


def _referent(fact: str, denied: str) -> str:
    """"I wasn't hiding my phone, it was charging…": the fact's "it" names the phone, now the denial is left out."""
    thing = re.search(r"\b(?P<what>(?:my|the|your|our)\s+\w+)$", denied, re.I)
    if thing and re.match(r"^It\s+(?:was|had|is|got|went|died|fell|broke)\b", fact) and not _LISTENER.match(thing.group("what")):
        return sentence_case(thing.group("what")) + fact[2:]
    return fact


def _topic(denial: str) -> str | None:
    """What the listener is upset about, when the denial names it with a determiner: "your birthday"."""
    found = re.search(r"\b(?P<what>(?:your|the|our|my)\s+(?!fault\b)\w+)$", denial, re.I)
    return found.group("what").lower().replace("my ", "your ", 1) if found and not _LISTENER.match(found.group("what")) \
        and not re.search(r"\bmy\b", found.group("what"), re.I) else None


def denied_fact_lines(msg) -> list[tuple[list[str], str]]:
    """(lines, strategy) for a denial with its plain fact, else []."""
    if not msg.defensive or len(msg.text.split()) > 40 or "?" in msg.text:
        return []
    parts = [_QUOTES.sub("", spell_out(p)[0]) for p in spoken_parts(msg)]
    if not parts:
        return []
    opening = _opening(parts[0])
    head = _PUSH_TAIL.sub("", opening)
    if head != opening and re.search(r"\bthe\s+one\s+who\b", head, re.I) or re.search(r"\b(?:spare\s+me|lectur\w+\s+me)\b", msg.text, re.I):
        return []  # "I'm not the one who maxed the card, so don't lecture me": a counter-attack (counters.py)
    parts = [_EXCUSE_TAIL.sub("", p) for p in parts]
    if any(_EXCUSE.search(p) or _HABIT_JAB.search(p) for p in parts):
        return []  # the excuse is the message's point: the older readings own it (see _EXCUSE)
    fault, denied, did = _NOT_MY_FAULT.match(head), _DENIED.match(head), _DID.match(head)
    cause = _BECAUSE.match(head) if len(parts) == 2 and _NOT_MINE.match(lead_off(parts[1])) else None
    if cause:  # "the deadline slipped because design sent the mockups late, not because of anything on my side"
        if _LISTENER.search(cause.group("why")) or _GUESS.search(cause.group("why")):
            return []
        what = cause.group("what")
        what = what if re.match(r"^(?:I|[A-Z][a-z]+\s+[A-Z])", what) else what[:1].lower() + what[1:]
        return [([f"I can see how frustrating it is that {what}", sentence_case(cause.group("why")),
                  "Can we work out what to do now?"], ACKNOWLEDGE)]
    if not (fault or denied or did) or re.search(r"\b(?:anything|nothing|know|knew|realise|realize|notice|mean|meant|"
                                                r"trying|try|say|said|on\s+purpose|deliberately)\b", head, re.I):
        return []  # "I didn't know…" (unknowing.py), "I didn't say anything bad…" (corrections), "I wasn't trying to…"
    if any(re.match(r"^(?:I\s+(?:just|only|thought|figured|assumed|meant|was\s+just|was\s+only|swear|promise|did\s+my\s+best)|"
                    r"(?:that|it)\s+was\s+[A-Z]\w*|(?i:everyone|everybody|there\s+was\s+no))\b", lead_off(p)) or
           re.search(r"\bsorry\b", p, re.I) for p in parts[1:]):
        return []  # a correction, a reason, an oath, a hand-off, an argument: other readings own these
    facts, request, dropped = [], "Can we talk about it?", False
    name = None
    for part in parts[1:]:
        if re.match(r"^[A-Z][a-z]+$", part) and not _SHORT_JAB.match(part) and not msg.address:
            name = part  # "…your birthday, Sam, I was…": the name the parser missed, said to them first
            continue
        if _MINIMISER.match(lead_off(part)):
            continue
        evidence = _EVIDENCE.match(lead_off(part))
        if evidence and (_LISTENER.search(evidence.group("what").split(None, 1)[-1]) or re.search(r"\byour\s+own\b", part, re.I)):
            dropped = True  # "check your own calendar before you come at me": a jab, not a look together
            continue
        if evidence:
            request = f"Can we {evidence.group(0).split()[0].lower()} {evidence.group('what')} together?"
            continue
        fact = _fact(part)
        if fact:
            facts.append(fact)
        elif _LISTENER.search(part) and not _JAB.search(part) and not _SHORT_JAB.match(part.strip()):
            dropped = True  # a counter-claim about the listener: the clause strategies read it
    if dropped:
        return []
    ack = "I can hear that you're upset"
    if fault:
        what = fault.group("what")
        if _LISTENER.search(what) or _GUESS.search(what):
            return []
        ack = "I can hear that you're upset" if re.match(r"^I\b", what) else f"I can see how frustrating it is that {what}"
        if request == "Can we talk about it?":
            request = "Can we work out what to do now?"
    elif did:  # "I did send the permission slip" → "I sent the permission slip"
        facts.insert(0, f"I {past(did.group('verb').lower())}{did.group('rest')}")
    else:
        rest = denied.group("rest")
        topic = None if re.match(r"^the\s+one\s+who\b", rest, re.I) else _topic(rest)  # the act itself is said next
        if topic:
            ack = f"I can hear that you're upset about {topic}"
        if not facts:
            # "I wasn't even online when the raid wiped": the denial is itself the fact
            if re.search(r"\b(?:when|while|at\s+the\s+time)\b", rest, re.I) and re.match(r"^I\s*(?:wasn't|was\s+not)", head, re.I):
                facts.append(re.sub(r"\s+even\b", "", sentence_case(head)))
            elif re.match(r"^the\s+one\s+who\b", rest, re.I):  # "I'm not the one who booked…" said plainly
                facts.append(did_not(msg, re.sub(r"^the\s+one\s+who\s+", "", rest, flags=re.I)))
        elif re.match(r"^I\s*(?:didn't|didnt|did\s+not|never)\b", head, re.I) and facts:
            # "I didn't break your mug": a plain denial of an act is the speaker's account, said after the feeling
            ack = "I can hear that you're upset"
            facts.insert(0, _denied_act(msg, head))
        elif not topic:  # "upset about the letter. It was on the hall table": the "it" already has its thing
            facts[0] = _referent(facts[0], rest)
    if name:
        ack = f"{name}, {ack[:1].lower()}{ack[1:]}" if not ack.startswith("I ") else f"{name}, {ack}"
    if not facts and not fault:
        return []
    found = [([ack, *facts, request], ACKNOWLEDGE)]
    if fault:  # sorry that it happened, not for doing it: "I'm sorry the build is red"
        # late work or a late arrival can still be flagged early next time (amends.py); other mishaps get no promise
        late = any(late_sense(t) in ("person", "thing") for t in msg.doc if t.lower_ in fault.group("what").lower().split())
        found.append(([f"I'm sorry {fault.group('what')}, and I can see it's landed on you", *facts,
                       amends_for(msg) if late else request], RESPONSIBILITY))
    return found
