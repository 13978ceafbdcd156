"""Owns pointed questions put to another commenter in a public thread that carry no insult word —
"What exactly do you think a carbon tax does?", "How is that any different from what the last mayor
did?", "Why should taxpayers fund a stadium?", "Where are you getting these numbers from?" — said in
discussion.py's register: the speaker's own view where the question implies one, a real open
question without the jab, or the honest views line when nothing nameable is disputed.

Each reading declines when what it would keep is about a home, the speaker's own life or a
schedule ("What do you think a fair rent would be for the spare room?", "Who do you think should
pay for the party?"): those are sincere questions or household complaints, never a view.
`ask_replies(msg)` gives the replies, lists of sentences; condescension.py hooks it into
`condescends` / `condescension_replies`, which the engine's relabelling and discussion.py read.
"""

from __future__ import annotations

import re

from .loaded import HOME, VIEW_ASK, claim_of
from .memo import per_message
from .pattern_replies import replies_from
from .stances import about_affairs
from .surface import recase

_Y = r"(?:you|u)"
_END = r"[^?.!]+"
_OPEN = r"(?:^|[.!?]\s+)(?:(?:so|and|but|ok|okay|right|seriously|honestly|sure),?\s+)*"
_SNEER = r"(?:exactly |actually |really |honestly |seriously |even |on earth |genuinely )"
# A jab's vocative: it marks the question as rhetorical even when nothing else does.
_JAB = re.compile(r",?\s*\b(?:genius|mate|buddy|bud|pal|champ|chief|einstein|sunshine|sweetie|bro|dude)\b\s*(?=[?!.]|$)", re.I)
# The speaker's own life or a time to be somewhere: a sincere question or a household one, not a view.
_OWN = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|we|we're|us(?! taxpayers)|mum|mom|dad|room|tonight|tomorrow|"
                  r"weekend|dentist|doctor)\b", re.I)
# What a discussion's questions hinge on: "should/would/could" ask for an opinion, not a reckoning.
_MODAL = re.compile(r"\b(?:should|would|could|might)\b", re.I)
# "the rest of us" is the public, not the two people talking.
_PUBLIC_US = re.compile(r"\b(?:the rest of us|all of us|us taxpayers|us ratepayers)\b", re.I)


def _private(phrase: str) -> bool:
    rest = _PUBLIC_US.sub(" ", phrase)
    # "a bike lane … traffic", "kids' private school … taxpayers": household words inside a public matter
    return bool(HOME.search(rest) and not about_affairs(rest) or _OWN.search(rest))


def _plain(phrase: str) -> str:
    return claim_of(_JAB.sub("", phrase or "")).strip(" ,")


def _has_verb(msg, span) -> bool:
    return any(span[0] <= t.idx < span[1] and t.pos_ in ("VERB", "AUX") for t in msg.doc)


# "What exactly do you think a carbon tax does?": the listener's grasp of how something works.
_WHAT_THINK = re.compile(_OPEN + r"what (?P<adv>" + _SNEER + r")?do " + _Y + r" (?P<adv2>" + _SNEER + r")?(?:think|reckon|"
                         r"imagine|suppose|believe) (?:that )?(?P<x>" + _END + r")\?", re.I)


def _what_think(found, msg):
    x = re.sub(r"^A\b(?= [a-z])", "a", _plain(found.group("x")))  # "WHAT DO YOU THINK A TARIFF DOES" recased
    jab = found.group("adv") or found.group("adv2") or _JAB.search(found.group("x"))
    if not x or _MODAL.search(x) or _private(x) or not _has_verb(msg, found.span("x")):
        return None
    if not (jab or about_affairs(x)):  # "What do you think happens next in the show?" is sincere
        return None
    return [f"I'm not sure we agree on what {x}", VIEW_ASK]


# "Who do you think ends up paying for free transit?", "Who exactly is going to build all these houses?"
_WHO_THINK = re.compile(_OPEN + r"who (?:" + _SNEER + r")?(?:do " + _Y + r" (?:" + _SNEER + r")?(?:think|reckon|imagine) )?"
                        r"(?P<x>(?:ends? up|is going to|'s going to|is gonna|will|gets? to|has to|is meant to)\s+" + _END + r")\?", re.I)


def _who_think(found, msg):
    x = re.sub(r"^'s\b", "is", _plain(found.group("x")))
    if _private(x) or re.match(r"(?:is going to|will|is gonna)\s+(?:pay|fund|cover)\s+for\s+(?:this|that|it|all)\b", x, re.I):
        return None  # "who is going to pay for that?" points at something a home argues about too
    return [f"I think it matters who {x}", "How do you see that working?"]


_MONEY = re.compile(r"\bwhere(?: exactly| on earth)?(?: is|'s|’s) (?:all )?the (?:money|cash|funding) (?:for (?P<x>[^?.!,]+?) )?"
                    r"(?:coming|going to come|gonna come) from\b", re.I)


def _money(found, msg):
    said = _plain(found.group("x") or "")
    if _private(said):
        return None
    where = f"where the money for {said} comes from" if said else "where the money comes from"
    return [f"I think it matters {where}", "How do you see that working?"]


# "How is that any different from what the last mayor did?", "How is this fair to renters?"
_HOW_IS = re.compile(_OPEN + r"how (?:exactly |on earth )?(?P<be>is|are) (?P<s>that|this|it|they|these|those|(?:the|these|those|this|"
                     r"that|your|ur) (?:[\w-]+ )?[\w-]+)\s+(?:" + _SNEER + r")?"
                     r"(?P<adj>(?:any |even |remotely )?(?:different|better|worse|fair|fairer|right|okay|ok|acceptable|"
                     r"legal|democratic|affordable|sustainable|progress|progressive|conservative|an improvement|a solution|"
                     r"a plan|a fix))\b(?P<rest>[^?.!]*)\?", re.I)
_AS_SAID = {"that": "that's", "it": "it's", "they": "they're"}


def _how_is(found, msg):
    rest = _plain(found.group("rest"))
    if _private(rest):  # "How is that fair to the kids?" is a household complaint
        return None
    subject, be = found.group("s"), found.group("be").lower()
    if re.match(r"(?:your|ur)\b", subject, re.I) or _private(subject):
        return None  # "How is your room any better?" is between the two people talking
    said = _AS_SAID.get(subject.lower(), f"{subject[0].lower() + subject[1:]} {be}")
    said = f"{said} {found.group('adj').lower()}" + (f" {rest}" if rest else "")
    return [f"I don't see how {said}", "Can you explain how you see it?"]


# "How exactly is a bike lane going to fix traffic?"
_GOING_TO = re.compile(_OPEN + r"how (?:exactly |on earth )?(?P<be>is|are|will) (?P<s>[^?.!]+?) (?:exactly |actually |ever )?"
                       r"(?:going to |gonna )?(?P<v>(?:fix|solve|help|stop|end|pay for|fund|reduce|lower|bring|create|"
                       r"get|make|save|improve|cut)\b" + _END + r")\?", re.I)


def _going_to(found, msg):
    subject, deed = _plain(found.group("s")), _plain(found.group("v"))
    if _private(subject + " " + deed) or re.match(r"(?:you|u|that|this|it)$", subject, re.I) or \
            re.search(r"\b(?:supposed|meant|expected) to$", subject, re.I):  # "…supposed to get…" is loaded.py's
        return None
    if found.group("be").lower() == "will":
        return [f"I don't see how {subject} will {deed}", "Can you explain how you see it?"]
    return [f"I don't see how {subject} {found.group('be').lower()} going to {deed}", "Can you explain how you see it?"]


# "Why should taxpayers fund your hobby?": who pays, said as the speaker's view.
_WHY_SHOULD = re.compile(r"\bwhy (?:exactly )?should (?P<who>(?:the )?(?:\w+ )?(?:taxpayers?|ratepayers?|renters|homeowners|"
                         r"drivers|cyclists|commuters|residents|workers|voters|fans|members|parents|students|patients|"
                         r"citizens|public|rest of us|rest of the country|city|council|province|state|government)|"
                         r"everyone(?: else)?|everybody(?: else)?|anyone(?: else)?) (?P<v>pay for|pay|fund|subsidi[sz]e|bail out|"
                         r"cover|foot the bill for|bankroll|prop up|support)\b(?P<x>" + _END + r")\?", re.I)


def _why_should(found, msg):
    who, x = found.group("who"), _plain(found.group("x"))
    if not x or _private(x):
        return None
    return [f"I don't think {who[0].lower() + who[1:]} should {found.group('v').lower()} {x}", "How do you see it?"]


# "Where was your concern for the deficit when your guy was in charge?"
_WHERE_WAS = re.compile(r"\bwhere (?:was|were) (?:all )?(?:this|that|your|ur|the) (?:\w+ )?(?:outrage|concern|anger|fury|worry|"
                        r"criticism|principles?|standards?|indignation|sympathy|passion)(?:\s+(?:for|about|over|on) "
                        r"[^?.!]+?)? when (?P<x>" + _END + r")\?", re.I)


def _where_was(found, msg):
    when = _plain(found.group("x"))
    if _private(when):
        return None
    return [f"I think the same standard should apply to the time {when}", "Do you see a difference between the two?"]


# "So what's your plan then, genius?", "So what would you do instead?": a real question, the dare gone.
_PLAN = re.compile(_OPEN + r"(?:what'?s|what is) (?:your|ur) (?:brilliant |great |big )?(?:plan|solution|alternative|answer|idea)"
                   r"(?:,? then|,? instead)?(?:,?\s*(?:genius|mate|buddy|bud|pal|champ|chief|einstein|bro|dude))?\s*\?+\s*$|"
                   + _OPEN + r"what would " + _Y + r" do (?:instead|differently|about it)(?:,? then)?"
                   r"(?:,?\s*(?:genius|mate|buddy|bud|pal|champ|chief|einstein|bro|dude))?\s*\?+\s*$", re.I)


def _plan(found, msg):
    return ["I'd like to hear what you'd do instead", "What would your plan be?"]


# "What evidence do you have for any of that?", "Where are you getting these numbers from?"
_EVIDENCE = re.compile(r"\bwhat (?:evidence|proof|data|sources?) do " + _Y + r" (?:actually |even )?have\b|"
                       r"\b(?:got|do you have|have you got) (?:any )?(?:evidence|proof|data|a source|sources)\b", re.I)
_WHERE_FROM = re.compile(r"\bwhere (?:are|r|did|do) " + _Y + r" (?:even |actually )?(?:getting|get|pulling) (?P<d>these|those|your|ur|the|that|this) "
                         r"(?P<n>numbers|figures|stats|statistics|facts|data|info|information|claims?)\b(?: from)?", re.I)


def _evidence(found, msg):
    return ["I haven't seen the evidence for this", "Could you share what you're basing it on?"]


def _where_from(found, msg):
    noun = found.group("n").lower()
    det = {"your": "these", "ur": "these", "the": "these", "that": "that", "this": "this"}.get(found.group("d").lower(),
                                                                                           found.group("d").lower())
    if det in ("these", "those") and not noun.endswith("s") and noun not in ("data", "info", "information"):
        det = "that"
    if noun in ("info", "information", "data") or not noun.endswith("s"):
        det = "that" if det in ("these", "those") else det
        return [f"I haven't seen {det} {noun} before", "Could you share where it comes from?"]
    return [f"I haven't seen {det} {noun} before", "Could you share where they come from?"]


# "Do you have any idea what a nurse makes?": the figure matters to the speaker.
_ANY_IDEA = re.compile(r"\b(?:do " + _Y + r" (?:even |actually )?(?:have any idea|have a clue|realise|realize)|have " + _Y +
                       r" (?:even |actually |ever )?(?:looked at|seen|checked)) (?P<x>(?:how much|how many|what) " + _END +
                       r"?)(?:\s+(?:lately|recently|these days))?\?", re.I)


def _any_idea(found, msg):
    x = _plain(found.group("x"))
    if _private(x) or _MODAL.search(x) or re.search(r"\b(?:you|u|your|ur|you'?ve|you'?re)\b", x, re.I):
        return None  # "Do you have any idea what you've done?" is about the listener's own deed (accusing.py)
    return [f"I think it matters {x}", "Have you seen the figures?"]


# "Do you understand how interest rates work?": the listener's grasp of a mechanism.
_HOW_WORKS = re.compile(r"\bdo " + _Y + r" (?:even |actually |really )?(?:understand|know|get) (?P<x>how (?:\w+ ){1,5}?works?)\b", re.I)


def _how_works(found, msg):
    x = _plain(found.group("x"))
    if _private(x):
        return None
    return [f"I'm not sure we agree on {x}", VIEW_ASK]


# "What part of "no new taxes" did you not understand?": the words read two ways.
_WHAT_PART = re.compile(r"\bwhat part of (?P<x>.+?) (?:did|do) " + _Y + r" not (?:understand|get)\b", re.I)


def _what_part(found, msg):
    x = found.group("x").strip()
    x = x if x[:1] in "\"“'‘" else _plain(x)  # the words quoted are the words read two ways: quotes kept
    if _private(x):
        return None
    return [f"I read {x} differently", "How do you read it?"]


# "You do realise the council voted for this, right?": the fact, said as the speaker's understanding. A point
# between digits is no stop ("$1.4 billion"); the listener's own figure after it is the jab, cut ("…, not the
# "tens of billions" you keep typing").
_REALISE = re.compile(r"(?:^|[.!?]\s+)(?:so |but )?" + _Y + r" (?:do |did )?(?:realise|realize|know|understand) (?:that )?"
                      r"(?P<x>(?:[^?.!]|(?<=\d)\.(?=\d))+?)(?:,? right|,? yeah|,? eh)?\s*\?", re.I)
_THEIR_FIGURE = re.compile(r",?\s+not (?:the )?[\"“']?[^,\"”']*[\"”']? (?:you|u) (?:keep|kept|always|just)\b.*$",
                           re.I)


def _realise(found, msg):
    x = _plain(_THEIR_FIGURE.sub("", found.group("x")))
    if _private(x) or not _has_verb(msg, found.span("x")) or re.match(r"(?:how|what|why|who|where|when|if|whether)\b", x, re.I):
        return None
    return [f"As I understand it, {x}", "Is that how you see it too?"]


# "Can you name one thing this government did right?", "Can you point to a single study that says that?"
_NAME_ONE = re.compile(r"\b(?:can|could) " + _Y + r" (?:even )?(?P<v>name|point to|point me to|show me|cite|link) "
                       r"(?:a single|one|even one|any) (?P<x>" + _END + r")\?", re.I)


def _name_one(found, msg):
    x = _plain(found.group("x"))
    if _private(x) or not x:
        return None
    if found.group("v").lower() == "name":
        if not re.match(r"(?:good )?thing\b", x, re.I):
            return None  # "name a single councillor who…" is threads.py's, said about the person
        return [f"I'm struggling to think of one {x}", "What would you point to?"]
    return [f"I haven't seen {'an' if x[:1].lower() in 'aeiou' else 'a'} {x}", "Could you point me to one?"]


# "Would you say the same thing if your party had done it?": one standard for both sides.
_SAME_IF = re.compile(r"\bwould " + _Y + r" (?:say|feel|think) (?:the same(?: thing| way)?|that|this) (?:if|when) (?P<x>" + _END + r")\?",
                      re.I)


def _same_if(found, msg):
    x = _plain(found.group("x"))
    if _private(x):
        return None
    return [f"I think the same standard should apply if {x}", "Do you see a difference between the two?"]


# "Is that really the best argument you've got?": the argument doubted, the dare gone.
_BEST = re.compile(r"\bis (?:that|this) (?:really )?(?:the best|all) (?:argument|case|point|response|comeback) " + _Y +
                   r"(?:'ve|’ve| have| can| could)? (?:got|come up with|do|make)\b", re.I)

# "Since when do you care about the referee?": a change of heart doubted, said as surprise.
_SINCE_CARE = re.compile(r"\bsince when (?:do|does|did) " + _Y + r" (?:even )?care (?:about|for) (?P<x>" + _END + r")\?", re.I)


def _since_care(found, msg):
    x = _plain(found.group("x"))
    if _private(x):
        return None
    return [f"I'm surprised to hear you care about {x}", "What changed for you?"]


# "Since when is wanting safe streets a crime?"
_SINCE_WHEN = re.compile(_OPEN + r"since when (?P<be>is|are) (?P<x>[^?.!]+?) (?P<y>a crime|illegal|wrong|a bad thing|a problem|"
                         r"controversial|radical|extreme|extremist|racist|a sin|unreasonable|too much to ask)\s*\?", re.I)


def _since_when(found, msg):
    x = _plain(found.group("x"))
    if _private(x):
        return None
    return [f"I don't think {x} {found.group('be').lower()} {found.group('y').lower()}", "How do you see it?"]


# "Is this your first election or something?": a sneer at experience, nothing nameable disputed.
_FIRST = re.compile(r"\bis (?:this|that) (?:your|ur) first (?:election|budget|debate|season|campaign|protest|rodeo|day on the "
                    r"internet|time reading the news)\b", re.I)

# "Are you naive enough to think the council will fix the potholes?", "Are you gullible enough to believe the fare
# freeze will last?": the belief the speaker doubts, said as their own doubt ("Do you really think…?" is
# loaded_questions.py's).
_BELIEVE = re.compile(r"\b(?:are|r) " + _Y + r" (?:\w+ )?\w+ enough to\s+(?:believe|think) (?:that )?(?P<x>" + _END + r")\?", re.I)


def _believe(found, msg):
    x = _plain(found.group("x"))
    if not x or _private(x) or not _has_verb(msg, found.span("x")):
        return None  # "do you really think I'd forget?": between the two people talking, not a view
    return [f"I don't think {'that ' if x.lower().startswith('if ') else ''}{x}", "What makes you see it that way?"]


# "You know perfectly well that the bus lane only runs at peak hours.": the point, said as the speaker's reading.
_KNOW_WELL = re.compile(r"(?:^|[.!?]\s+)(?:but |and |so )?" + _Y + r" know (?:full|damn|damned|perfectly|very|bloody|fine) well "
                        r"(?:that (?=(?:by|if|when|the|a|an|he|she|they|it|we|there|this|his|her|their)\b))?(?P<x>[^?.!]+)", re.I)


def _know_well(found, msg):
    x = _plain(found.group("x"))
    if not x or _private(x) or not _has_verb(msg, found.span("x")):
        return None
    return [f"As I understand it, {x}", "Is that how you see it too?"]


HONEST = ["I see this very differently", "Can you tell me what makes you see it that way?"]

_READINGS = ((_WHAT_THINK, _what_think), (_WHO_THINK, _who_think), (_MONEY, _money), (_HOW_IS, _how_is),
             (_GOING_TO, _going_to), (_WHY_SHOULD, _why_should), (_WHERE_WAS, _where_was), (_PLAN, _plan),
             (_EVIDENCE, _evidence), (_WHERE_FROM, _where_from), (_ANY_IDEA, _any_idea), (_SINCE_WHEN, _since_when),
             (_FIRST, lambda found, msg: HONEST), (_HOW_WORKS, _how_works), (_WHAT_PART, _what_part),
             (_REALISE, _realise), (_NAME_ONE, _name_one), (_SAME_IF, _same_if), (_SINCE_CARE, _since_care),
             (_BEST, lambda found, msg: ["I'm not convinced by that argument", "Could you say more about what's behind it?"]),
             (_BELIEVE, _believe), (_KNOW_WELL, _know_well))


@per_message
def ask_replies(msg) -> list[list[str]]:
    """The speaker's view and a real question for each pointed thread question found: lists of sentences."""
    return replies_from(_READINGS, recase(msg.text), msg)
