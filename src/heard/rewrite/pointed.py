"""Owns hostile questions put to another commenter under a news story — politics, economics, health,
local affairs — said as the speaker's own position on what is disputed and a real question.

"Who exactly do you think pays for free school meals?", "Did you miss the part where the report says
waiting times doubled?", "How is cutting bus routes supposed to get people to work?", "Are you paid to
post this?": each asks nothing it wants answered and each has a claim under it. The household
strategies read them as a hurt ("I felt let down when you missed the part…"); what the speaker can
honestly say is the claim, kept in its own words, and the question they would really ask:

    "How is cutting bus routes supposed to get people to work?"
    → "I don't see how cutting bus routes can get people to work. Can you explain how you see it?"

`pointed(text)` says whether a message holds one of these questions (threads.thread_hostility calls it,
which routes the message to discussion.py's register); `pointed_replies(text)` gives (sentences,
stands_alone) pairs, best first. A reply that doesn't stand alone only says "I see it differently":
after the speaker's own facts (threads.py keeps them) it is left out.
"""

from __future__ import annotations

import re

from .loaded import LOADED_FORMS, a_or_an, claim_of, public, them_of
from .partisan import PARTISAN_FORMS
from .stances import STANCE_FORMS

_Y = r"(?:you|u)"
_END = r"[^?.!]+"
# "What planet are you on?": a sneer with no claim of its own; the speaker's facts, if any, carry it.
_PLANET = re.compile(r"\bwhat (?:planet|world|universe|century|decade) (?:are|r) " + _Y + r" (?:living )?(?:on|in)\b|"
                     r"\bwhat (?:planet|world|universe) (?:do|does) " + _Y + r" live (?:on|in)\b|"
                     r"\b(?:are|r) " + _Y + r" (?:still )?living under a rock\s*\?", re.I)
# "Is that the best you've got?", "That's your argument?", "Or is that too much effort?"
_BEST = re.compile(r"(?:^|[.!?]\s+)(?:so |and |or )?(?:is|was) (?:that|this) (?:really |honestly |seriously )?(?:the best "
                   + _Y + r"(?: can do| could do|(?: have|'ve) got| got| can come up with)|all " + _Y + r"(?:'ve| have)? got)"
                   r"\s*\?|(?:^|[.!?]\s+)(?:and )?(?:that'?s|this is|is that) (?:really )?(?:your|ur) (?:whole )?(?:argument|"
                   r"point|answer|evidence|rebuttal|comeback)\s*\?|(?:^|[.!?]\s+)or is (?:that|it|reading) too much "
                   r"(?:effort|work|trouble)\b", re.I)


def _best(found, text):
    return ["I'm not convinced by that yet", "What else is your view based on?"]


_MISSED_PART = re.compile(r"\b(?:did " + _Y + r" |" + _Y + r" )(?:\w+ly )?(?:miss|missed|skip|skipped|ignore|ignored|overlook|"
                          r"overlooked|gloss over|glossed over|forget|forgot) the (?:part|bit|paragraph|line|section|"
                          r"sentence|page) (?P<how>where|that says|saying|which says) (?P<x>" + _END + r")", re.I)


def _missed_part(found, text):
    said = claim_of(found.group("x"))
    if not public(said) or len(said.split()) < 3:
        return None
    said = said if found.group("how").lower() == "where" else f"it says {said}"
    return [f"As I read it, {said}", "Did you see that part?"]


_PAID = re.compile(r"\b(?:are|r) " + _Y + r" (?:being )?paid (?:by|to|for)\b|\bhow much (?:is|are|does|do) (?:\w+ ){1,3}?"
                   r"pay(?:ing)? " + _Y + r"\b|\bwho(?:'s| is) paying " + _Y + r"\b|\b(?:are|r) " + _Y + r" (?:a |an )?"
                   r"(?:paid )?(?:bot|shill|plant)\b", re.I)


def _paid(found, text):
    return ["I'm finding it hard to see where you're coming from", "What draws you to this view?"]


# "Have you ever run a small business, or are you just guessing?": experience asked for, to undercut a view.
_EVER_OR = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:so\s+)?have " + _Y + r" (?:ever )?(?:actually |even |really )?(?P<x>[^?.!,]+?),? "
                      r"or (?:are|do|did|have) " + _Y + r" (?:just|only)\b", re.I)
_DONE = re.compile(r"(?:had|been|done|seen|lived|worked|paid|ridden|driven|raised|taught|run|used|tried|read|watched|met|"
                   r"visited|sat|stood|spent|taken|\w+ed)\b", re.I)


def _ever_or(found, text):
    said = claim_of(found.group("x"))
    if not public(said) or not _DONE.match(said):
        return None
    return [f"I think it looks different once you've {said}", "Have you?"]


_WHAT_PART = re.compile(r"\b(?:what|which) (?:part|bit) of (?P<x>.+?) (?:is (?:so )?(?:hard|difficult|confusing)(?: for " + _Y
                        + r")? to (?:understand|grasp|get|follow)|confuses " + _Y + r"|(?:are|r) " + _Y + r" (?:struggling|"
                        r"having trouble) with)\b|\bwhat about (?P<q>[\"“][^\"”]+[\"”]) (?:don'?t|do not) " + _Y
                        + r" (?:get|understand)\b", re.I)


def _what_part(found, text):
    said = (found.group("x") or found.group("q")).strip()
    if re.match(r"[\"“']", said):
        return [f"I may not have explained what I meant by {said}", "Which part should I go over again?"]
    return [f"I may not have explained {claim_of(said)} clearly", "Which part should I go over again?"]


_HOW_MANY_TIMES = re.compile(r"\bhow many (?:more )?times (?:does|do|will|must|has|have) (?:this|it|that|we) (?:have|need|got) "
                             r"to (?:be )?(?:explained|repeated|spelled out|spelt out|go over (?:this|it|that))(?: to " + _Y
                             + r")?\s*\?|\bhow many (?:more )?times does (?:this|it|that) need (?:explaining|repeating|"
                             r"spelling out)(?: to " + _Y + r")?\s*\?", re.I)


def _how_many_times(found, text):
    return ["I may not have explained this clearly", "Which part should I go over again?"]


_SKILLS = r"(?:basic )?(?:reading(?: comprehension)?|comprehension|maths?|arithmetic|economics|logic|history|science|" \
          r"research|fact-checking|critical thinking|statistics|geography|spelling)"
_STRONG_SUIT = re.compile(r"\b(?:is|isn'?t|is not) (?P<x>" + _SKILLS + r") (?:not )?(?:your|ur) (?:strong (?:suit|point)|forte)\b|"
                          r"\b(?P<y>" + _SKILLS + r") (?:isn'?t|is not|'s not|is not really) (?:your|ur) (?:strong (?:suit|"
                          r"point)|forte)\b", re.I)


def _strong_suit(found, text):
    skill = re.sub(r"^basic ", "", (found.group("x") or found.group("y")).lower())
    if re.match(r"reading|comprehension", skill):
        return ["I think we may be reading this differently", "Which part do you see another way?"]
    return [f"I think we see the {skill} differently", "Which part do you see another way?"]


_A_SINGLE = re.compile(r"\b(?:have|did) " + _Y + r" (?:ever |even |actually )*(?P<v>looked at|read|seen|spoken to|talked to|"
                       r"opened|visited|met|look at|speak to|talk to|open|visit|meet|see) (?:a single|one single|even one) "
                       r"(?P<x>" + _END + r")", re.I)
_BASE = {"looked at": "look at", "seen": "see", "spoken to": "talk to", "talked to": "talk to", "speak to": "talk to",
         "opened": "open", "visited": "visit", "met": "meet"}


def _a_single(found, text):
    verb, said = found.group("v").lower(), claim_of(found.group("x"))
    if not public(said):
        return None
    verb = _BASE.get(verb, verb)
    if verb in ("talk to", "meet"):
        return [f"I think it would help to hear from {a_or_an(said)} {said}", "Have you had a chance to talk to one?"]
    said = re.sub(r"^(?:page|word|line|paragraph|chapter) of ", "", said, flags=re.I)
    thing = said if re.match(r"(?:the|this|that|these|those|his|her|their)\b", said, re.I) else f"{a_or_an(said)} {said}"
    return [f"Have you had a chance to {verb} {thing}?", "I'd like to hear what you made of it."]


# "Do you know how many people are on the waiting list?", "Any idea how much the council spends on agency staff?"
_HOW_MUCH = re.compile(r"\b(?:do|did) " + _Y + r" (?:even |actually |really )?(?:know|have (?:any|the (?:slightest|faintest)) "
                       r"idea|realise|realize|understand) (?P<x>how (?:many|much) " + _END + r")|(?:^|[.!?]\s+)any idea "
                       r"(?P<y>how (?:many|much) " + _END + r")", re.I)


def _how_much(found, text):
    said = claim_of(found.group("x") or found.group("y"))
    if not public(said) or re.match(r"how (?:many|much) (?:times|time)\b", said, re.I):
        return None
    return [f"I think it matters {said}", "Have you seen the figures?"]


# "Do you understand that a hospital isn't a business?", "Do you really not see how a rent freeze hurts landlords?"
_SEE_THAT = re.compile(r"\b(?:do|don'?t|did|didn'?t) " + _Y + r" (?:even |actually |really |honestly )?(?:not )?(?:understand|"
                       r"realise|realize|get|see|grasp|know) (?:that |how )(?P<x>" + _END + r")|\b(?:can'?t|cannot) " + _Y
                       + r" see (?:that |how )(?P<y>" + _END + r")|\bhow (?:can|could) " + _Y + r" not see (?:that |how )"
                       r"(?P<z>" + _END + r")", re.I)


def _see_that(found, text):
    said = claim_of(found.group("x") or found.group("y") or found.group("z"))
    if not public(said) or len(said.split()) < 3 or re.match(r"(?:many|much|hard|long|often|from|on|off|out|at)\b",
                                                              said, re.I):  # "did you get that from a cereal box"
        return None
    if re.search(r"\bworks?$", said, re.I) and re.search(r"\bhow (?:\w+ ){1,5}?works?\b", found.group(0), re.I):
        return None  # "…understand how interest rates work": a mechanism, not a claim (thread_asks.py)
    return [f"As I see it, {said}", "How do you see it?"]


# "Do you still think this was about local need?": the belief doubted, in its own words.
_STILL_THINK = re.compile(r"(?:^|[.!?]\s+)(?:so |and |but )?(?:do|does|did) " + _Y + r" (?:still|really|honestly|seriously|actually|"
                          r"genuinely|truly) (?:think|believe) (?:that )?(?P<x>" + _END + r")\?", re.I)


def _still_think(found, text):
    said = claim_of(found.group("x"))
    if not public(said) or len(said.split()) < 3 or re.match(r"(?:that|this|it)\b\W*$", said, re.I):
        return None
    return [f"I'm not sure {said}", "What makes you think so?"]


_EXPERT = re.compile(r"\b(?:what makes " + _Y + r"|since when (?:are|were|did|have) " + _Y + r"(?: been| become)?|when did " + _Y
                     + r" become|who made " + _Y + r"|so now " + _Y + r"(?:'re| are)) (?:an? |the )?(?:\w+ )?(?:expert|"
                     r"authority|specialist) (?:on|in|about) (?P<x>[^?.!,]+)", re.I)


def _expert(found, text):
    said = claim_of(found.group("x"))
    return [f"I'd like to understand where your view on {said} comes from", "What is it based on?"] \
        if public(said) else None


_NEWS_FROM = re.compile(r"\bwhere (?:do|did) " + _Y + r" (?:get|read|hear|see|find|learn) (?:(?:your|ur) (?:news|information|"
                        r"info|facts|stats|numbers)|that|this|it)(?: from)?,\s*(?P<x>[^?.!,]{2,40})\?|\bdid " + _Y + r" "
                        r"(?:get|read|hear|see|learn) (?:that|this|it) (?:on|from) (?P<y>[^?.!,]{2,40})\?|\bis that what "
                        r"(?:they|he|she) (?:told|tell|say|said) (?:to )?" + _Y + r" on (?P<z>[^?.!,]{2,40})\?", re.I)


def _news_from(found, text):
    said = claim_of(found.group("x") or found.group("y") or found.group("z"))
    # a source named (a name, a medium), not a mocking image ("did you get that from a cereal box?")
    named = re.match(r"(?-i:[A-Z])|(?:the )?(?:news|telly|tv|radio|internet|papers?|tabloids?|youtube|tiktok|facebook|"
                     r"twitter|reddit|instagram|whatsapp|google)\b", said, re.I)
    return [f"I'm not sure {said} is a reliable source for this", "Where else have you seen it?"] \
        if named and public(said) and len(said.split()) <= 4 else None


# "Did you sleep through the entire cost of living crisis?", "Have you been living under a rock since 2020?"
_ASLEEP = re.compile(r"\b(?:did " + _Y + r" (?:just )?sleep through|(?:were|are) " + _Y + r" (?:asleep|in a coma|living under a "
                     r"rock) (?:during|for|through)|(?:have|has) " + _Y + r" been (?:asleep|in a coma|living under a rock|"
                     r"hiding) (?P<since>during|for|through|since)) (?P<x>" + _END + r")", re.I)


def _asleep(found, text):
    said = re.sub(r"^the (?:entire|whole) ", "the ", claim_of(found.group("x")), flags=re.I)
    if not public(said):
        return None
    if (found.group("since") or "").lower() == "since":
        return [f"I think a lot has changed since {said}", "How do you see it?"]
    return [f"I think {said} changes how this looks", "How do you see it?"]


_ANSWER = re.compile(r"\b(?:are|r) " + _Y + r" (?:ever |even )?(?:going|gonna) to answer the question\b|\bwhy (?:won'?t|can'?t|"
                     r"don'?t) " + _Y + r" (?:just )?answer the question\b|\bstill waiting (?:for|on) an answer\b|"
                     r"\b(?:keep|stop) (?:changing the subject|dodging the question|deflecting)\b", re.I)


def _answer(found, text):
    return ["I'd still like to hear your answer to the question", "Could we come back to it?"]


_LIVE_HERE = re.compile(r"\b(?:do|did) " + _Y + r" (?:even |actually |really |ever )*live (?:here|round here|around here|in "
                        r"(?:this|the) (?:country|town|city|area|county|borough|village|region|constituency))\b|\b(?:are|r) "
                        + _Y + r" (?:even |actually )*from (?:here|round here|around here|this (?:country|town|city|area))\b",
                        re.I)


def _live_here(found, text):
    return ["I think living here changes how this looks", "Do you live here too?"]


_EVIDENCE = re.compile(r"\b(?:do " + _Y + r" )?(?:have|got) (?:anything|any \w+) (?:other than|besides|apart from|except|beyond) "
                       r"(?P<x>" + _END + r")\?|\b(?:do|did) " + _Y + r" (?:even )?have (?:any|a single (?:shred|piece) of) "
                       r"(?:actual |real |hard )?(?:evidence|proof|sources?|data)\b", re.I)


def _evidence(found, text):
    return ["I'd like to see what your view is based on", "Do you have a source for what you're saying?"]


_BOTHER = re.compile(r"\b(?:did|do|would|could) " + _Y + r" (?:even |ever )?bother (?:to )?(?P<v>read|look|check|watch|listen|open|"
                     r"research|google)(?P<x>[^?.!]*)\?", re.I)


def _bother(found, text):
    said = re.sub(r"\s+(?:before|instead of|prior to)\b.*$", "", found.group("x"), flags=re.I).strip()
    rest = re.sub(r"^(?:it|that|this|them)\b", "", said).strip()
    if rest and not public(rest):
        return None
    return [f"Did you get a chance to {found.group('v').lower()}{' ' + said if said else ''}?",
            "I'd like to hear what you made of it."]


# "Your side only cares about the deficit when you're not in power": a double standard alleged; what
# the speaker holds is that the thing matters either way.
_ONLY_WHEN = re.compile(r"\b(?:" + _Y + r"|(?:your|ur) (?:side|lot|party|guys?|tribe)|" + _Y + r" (?:people|lot)) (?:only|never) "
                        r"(?:seems? to )?(?:care|cares|mention|mentions|talk|talks|complain|complains|worry|worries|bring "
                        r"up|brings up) (?:about )?(?P<x>[^.!?,;]+?) when (?P<w>[^.!?;]+)", re.I)


def _only_when(found, text):
    thing = claim_of(found.group("x"))
    if not public(thing) or thing.lower() in ("it", "that", "this", "them"):
        return None
    matter = "matter" if them_of(thing) == "them" else "matters"
    when = found.group("w")
    either = "whoever is in office" if re.search(r"\boffice\b", when, re.I) else "whoever is in power" \
        if re.search(r"\b(?:power|charge|government|in)\b", when, re.I) else "either way"
    return [f"I think {thing} {matter} {either}", "Do you see it differently?"]


# "another expert who learned economics from TikTok": a view's source mocked; the doubt is the source.
_SOURCES = r"(?:(?-i:[A-Z][\w.]*)(?: (?-i:[A-Z][\w.]*))?|youtube|tiktok|facebook|twitter|reddit|instagram|the internet|google)"
_LEARNED_FROM = re.compile(r"\b(?:learn(?:ed|t)?|studied) (?P<x>[\w -]{3,30}?) (?:from|on) (?P<src>" + _SOURCES + r")\b|"
                           r"\bgot (?:their|his|her|your|ur) (?:\w+ )?(?:degree|phd|diploma|education) (?:from|on) (?P<src2>"
                           + _SOURCES + r")\b", re.I)


def _learned_from(found, text):
    thing, source = claim_of(found.group("x")), found.group("src") or found.group("src2")
    if thing and not public(thing) or not public(source):
        return None
    thing = thing or "about this"  # "got their medical degree on Facebook": the subject is the thread's
    return [f"I'm not sure {source} is the best place to learn {thing}", "Where else have you read about it?"]


# (pattern, reply, kind). "claim": the speaker's position and a question, said after their own facts
# too; "ask": the real question under the jab, which ends the speaker's facts; "sneer": only "I see it
# differently", left out once the speaker's facts say what they think.
_FORMS = ((_PLANET, lambda found, text: ["I think we see this very differently", "What makes you see it that way?"], "sneer"),
          (_BEST, _best, "sneer"), (_MISSED_PART, _missed_part, "claim"), (_PAID, _paid, "sneer"),
          (_EVER_OR, _ever_or, "claim"), (_WHAT_PART, _what_part, "claim"), (_HOW_MANY_TIMES, _how_many_times, "sneer"),
          (_STRONG_SUIT, _strong_suit, "sneer"), (_A_SINGLE, _a_single, "ask"), (_HOW_MUCH, _how_much, "claim"),
          (_SEE_THAT, _see_that, "claim"), (_STILL_THINK, _still_think, "claim"), (_EXPERT, _expert, "claim"),
          (_NEWS_FROM, _news_from, "claim"), (_ASLEEP, _asleep, "claim"), (_ANSWER, _answer, "sneer"),
          (_LIVE_HERE, _live_here, "sneer"), (_EVIDENCE, _evidence, "ask"), (_BOTHER, _bother, "ask"),
          (_ONLY_WHEN, _only_when, "claim"), (_LEARNED_FROM, _learned_from, "claim")) + LOADED_FORMS + STANCE_FORMS + PARTISAN_FORMS


def pointed_replies(text: str) -> list[tuple[list[str], str]]:
    """(sentences, kind) for each hostile question in `text`, in the message's order."""
    found = []
    for pattern, reply, kind in _FORMS:
        match = pattern.search(text)
        lines = reply(match, text) if match else None
        if lines:
            found.append((match.start(), lines, kind))
    return [(lines, kind) for _, lines, kind in sorted(found, key=lambda f: f[0])]


def jab_spans(text: str) -> list[tuple[int, int, str]]:
    """Where in `text` the hostile forms above stand, with what their reply says (a claim holding one,
    or said again by its reply, is the jab's and not one of the speaker's own facts)."""
    spans = []
    for pattern, reply, _ in _FORMS:
        match = pattern.search(text)
        lines = reply(match, text) if match else None
        if lines:
            spans.append((match.start(), match.end(), " ".join(lines).lower()))
    return spans


def pointed(text: str) -> bool:
    """Whether `text` holds one of the hostile questions above, about something public."""
    return bool(pointed_replies(text))


def unaddressed(msg) -> str:
    """The message without the screen name it opens with ("@TaxpayerTom do you even know…")."""
    text = msg.text.strip()
    if msg.address and text.startswith(msg.address):
        return re.sub(r"^[,:;\s-]+", "", text[len(msg.address):])
    return text


# A long comment that argues from public facts and ends by turning on the listener ("…Elderly patients
# are missing appointments. Have you ever tried getting there without a car?"): the facts are the
# speaker's position, the last sentence the jab. Only about public affairs: "The bins are overflowing.
# Have you ever looked at the kitchen?" is a home's.
AFFAIRS = re.compile(r"\b(?:council|government|minister|ministers|mayor|mp|mps|parliament|party|policy|policies|law|bill|"
                      r"election|vote|voters|tax|taxes|levy|budget|deficit|debt|economy|inflation|interest rates?|prices|"
                      r"wages?|pay|unemployment|jobs|tariffs?|profits?|companies|energy|bills|rent|rents|housing|homes|"
                      r"nhs|hospitals?|clinic|gp|patients|nurses|doctors|ambulance|vaccines?|trial|pandemic|crime|police|"
                      r"stats|statistics|data|survey|report|study|article|figures|funding|schools?|pupils?|teachers|"
                      r"bus|buses|trains?|roads?|bypass|traffic|library|libraries|country|county|town|city|estate|"
                      r"developer|percent|million|billion)\b", re.I)
_LISTENER = re.compile(r"\b(?:you|your|u|ur|yourself)\b", re.I)


def closing_jab(msg, claims: list[str]) -> bool:
    """Two or more public claims of the speaker's own, then a last sentence aimed at the listener."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", unaddressed(msg)) if s.strip()]
    if len(sentences) < 3 or len(claims) < 2 or not _LISTENER.search(sentences[-1]):
        return False
    last = sentences[-1]
    if not (last.rstrip().endswith("?") or pointed(last)):
        return False
    return all(public(c) for c in claims) and any(AFFAIRS.search(c) for c in claims)


_EVER_TRIED = re.compile(r"(?:^|[.!?]\s+)(?:so\s+)?have " + _Y + r" ever (?:actually |even |really )?(?P<x>(?:tried|been|used|"
                         r"taken|ridden|lived|worked|paid|visited|waited|sat|stood|spent|called|rung)\b[^?.!]*)\?", re.I)


def closing_question(text: str) -> str | None:
    """"Have you ever tried getting there without a car?" at the end of a comment → "Have you tried
    getting there without a car?": asked for real, after the speaker's facts."""
    for lines, kind in pointed_replies(text):
        if kind == "ask":
            return next((line for line in lines if line.endswith("?")), None)
    found = _EVER_TRIED.search(text)
    return f"Have you {claim_of(found.group('x'))}?" if found else None
