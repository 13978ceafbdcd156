"""Owns condescension aimed at the listener in an argument about views: belittling what they know,
read, lived through or are able to follow ("You have a lot to learn about economics, my friend",
"Try reading a book sometime", "I'd explain it to you but I doubt you'd understand"), sneering thanks
("Thanks for proving my point"), "you're the reason this country is…", "Shame on you for…".

Said in discussion.py's register: the speaker's own position on what is disputed, in its own words,
and a real question — never "I feel upset when you have a lot to learn". `belittles(msg)` says a
message is such a jab (discussion.about_views and the engine's relabelling call it);
`belittling_replies(msg)` gives its replies, lists of sentences, for discussion.view_replies.
Sneers with nothing to keep ("Try using your brain for once") count only when they are the whole
message: "use your brain, the milk goes in the fridge" is still a household complaint.
"""

from __future__ import annotations

import re

from . import inflect
from .lexicon import PERSONAL
from .loaded import VIEW_ASK
from .memo import per_message
from .stances import about_affairs
from .surface import is_emoji, recase

_Y = r"(?:you|u)"
# Names that talk down to the listener: not someone addressed, so never kept in a reply.
VOCATIVES = (r"(?:sweetie|sweetheart|honey|hun|hon|darling|dear|my (?:friend|dear|dude|man|boy|girl)|buddy|pal|"
             r"mate|champ|chief|kiddo|kid|son|genius|einstein|sherlock|professor|bro|dude|boomer|snowflake|love)")
_TAIL = re.compile(r"(?:,?\s+(?:" + VOCATIVES + r"|lol|lmao|smh|though|then|mate|sometime|some time|for once|in (?:your|ur) "
                   r"(?:entire |whole )?life|"
                   r"before (?:you|u) (?:comment|post|reply|type)\w*|first|please|ok|okay)\b)+\s*$", re.I)
_NAMES = iter(range(1000))


def _x() -> str:
    """A disputed thing up to the clause's end, in a group of its own (x0, x1…: see _got)."""
    return rf"(?P<x{next(_NAMES)}>[^.!?;,]+)"


def _got(found, prefix: str = "x") -> str:
    """The first group of `found` named `prefix` + a number that matched."""
    return next((v for k, v in found.groupdict().items() if v and re.fullmatch(prefix + r"\d+", k)), "")


# A subject the listener is told they know nothing about.
_LEARN = re.compile(r"\b" + _Y + r"(?:'ve| have)? (?:got )?(?:a lot|lots|plenty|so much|much) (?:left |more )?to learn about " + _x()
                    + r"|\b" + _Y + r" (?:\w+ly )?(?:know|knows) (?:absolutely )?(?:nothing|jack|zero|sod all|fuck all|very "
                    r"little|next to nothing) about " + _x() + r"|\b" + _Y + r" (?:\w+ly )?(?:don'?t|do not) (?:even )?know "
                    r"(?:the first thing|the slightest thing|a thing|anything) about " + _x() + r"|\b" + _Y
                    + r"(?:'ve| have)? (?:\w+ly )?(?:have |got )?(?:no|zero) (?:idea|clue|understanding) (?:about|of) " + _x()
                    + r"|(?:^|,\s*)(?:no|zero) (?:idea|clue) (?:about|of) " + _x()
                    # told to go and learn a subject: "learn some history", "read up on X" ("learn some manners" is no view)
                    + r"|(?:^|[.!?]\s+|\band\s+)(?:maybe |just |go |go and |try to |try and )*(?:(?:learn|study) (?:some |a bit of |"
                    r"a little )?(?:basic )?(?P<s>history|economics|maths?|science|biology|physics|chemistry|geography|statistics|"
                    r"civics|law)\b|(?:read up on|learn about|learn a thing or two about) " + _x() + ")", re.I)
# "you've no idea how hard it is to run a business", "…what hard work looks like"
_WHO = r"(?:you|u|(?:your|ur) (?:generation|lot|kind|sort)|people like (?:you|u)|(?:you|u) (?:lot|people))"
_NO_IDEA = r"\b" + _WHO + r"(?:'ve| have| has)? (?:\w+ly )?(?:have |has |got )?(?:no|zero|not the (?:slightest|faintest)) (?:idea|clue) "
# "…what hard work looks like" is a view; "…how hard it is to look after three kids" may be a home's, so it
# gets its reply only when something else makes the message a discussion.
_NO_IDEA_WHAT = re.compile(_NO_IDEA + r"what (?P<y>[^.!?;,]+?) (?P<verb>looks like|means|is like|feels like|costs)", re.I)
_NO_IDEA_HOW = re.compile(_NO_IDEA + r"how (?P<adj>hard|difficult|tough|expensive|exhausting|stressful|dangerous|complicated) "
                          r"(?P<x>[^.!?;,]+)", re.I)
_TALKING = re.compile(r"\b" + _Y + r"(?:'ve| have)? (?:\w+ly )?(?:have |got )?(?:no|zero|not the (?:slightest|faintest)) (?:idea|clue) "
                      r"what " + _Y + r"(?:'re| are) (?:talking|on) about\b|\b" + _Y + r" (?:\w+ly )?(?:don'?t|do not) know what "
                      + _Y + r"(?:'re| are) (?:talking|on) about\b", re.I)
_EXPLAIN = re.compile(r"\bI(?:'d| would| could| can)? (?:\w+ )?explain (?:it|this|that)(?: to " + _Y + r")?\s*(?:but\b|,)"
                      r"(?:\s*(?:but\s+)?(?:I (?:doubt|don'?t think|'m not sure)(?: that)? )?" + _Y + r"(?:'d| would| wouldn'?t| "
                      r"won'?t| could| couldn'?t| can'?t)? (?:understand|get it|follow)[^.!?]*)?"
                      r"|\b(?:not going to|not gonna|won'?t|can'?t be bothered to|don'?t have (?:the )?time to) (?:waste "
                      r"(?:my|more|any more) (?:time|energy|breath) )?(?:explain|explaining) (?P<x>[^.!?;]+?) to " + _Y + r"\b"
                      r"|\bI'?ll (?:use small words|type slowly|explain (?:it|this) (?:slowly|simply))"
                      r"|\bexplain (?:it|this) (?:to " + _Y + r" )?like (?:you'?re|you are|ur) (?:five|5|a child)"
                      r"|\bcan'?t (?:make it|explain it|put it) any (?:simpler|clearer|plainer)", re.I)
_BOOK = re.compile(r"(?:^|[.!?]\s+)(?:\w+,?\s+)?(?:maybe |just |go |try |try and |(?:you )?(?:should|need to) )*(?:read|reading|"
                   r"pick up|picking up|open|opening) (?:a|an|the occasional) (?:\w+ )?book(?: or two)?"
                   # "read a book to your sister" asks for something: only when nothing but filler follows
                   r"(?=(?:,?\s*(?:sometime|some time|for once|once in a while|one day|mate|pal|sweetie|honey|lol|then|"
                   r"maybe|first|before (?:you|u) \w+))*\s*(?:[.!?]|$))", re.I)
_READ_NOTHING = re.compile(r"\b" + _Y + r" (?:\w+ly )?(?:haven'?t|have not|didn'?t|did not|never) (?:even )?(?:read|looked at) "
                           r"(?:a single (?:thing|word|page|line)|anything|a (?:thing|word)|one (?:thing|word)) (?:about|on) "
                           + _x(), re.I)
_LIVED = re.compile(r"\b" + _Y + r" (?:\w+ly )?(?:didn'?t|did not|never|haven'?t|have not) (?:even )?(?:live|lived) through "
                    + _x() + r"|\b" + _Y + r" (?:\w+ly )?(?:weren'?t|were not|wasn'?t) (?:even )?(?:alive|around|born) "
                    r"(?:in|during|for|back in|through) " + _x() + r"|\b" + _Y + r"(?:'re| are) (?:\w+ )?too young to "
                    r"remember " + _x() + r"|\b" + _Y + r" (?:\w+ly )?(?:weren'?t|were not|wasn'?t) (?:even )?(?:alive|"
                    r"around|born) when (?!(?:we|I)\b)(?P<when>[^.!?;,]+)", re.I)
# "You've obviously never been to a rural hospital", "you clearly never worked a day in retail", "spoken like
# someone who never ran a business": experience denied to undercut a view. Acts on things need an
# indefinite object ("never run the dishwasher" is a chore); nobody's own place ("never been to my mum's").
_NEVER = r"\b" + _Y + r"(?:'ve| have)? (?:\w+ly )?(?:never|haven'?t|have not|didn'?t|did not)(?: ever| even| once)? "
_BEEN = re.compile(_NEVER + r"(?:been (?:to|in|inside)|set foot (?:in|on)|worked(?: a day)? (?:in|at)|work(?: a day)? (?:in|at)|"
                   r"lived (?:in|on)|live (?:in|on)) (?!(?:my|our|his|her|their|your|ur|me|us)\b)(?P<place>[^.!?;,]+)"
                   r"|" + _NEVER + r"(?P<verb>run|ran|owned|own|raised|raise|managed|manage|held|hold|started|start) "
                   r"(?P<thing>(?:a|an|any) (?:(?!\s+or (?:you|u)\b)[^.!?;,])+|(?!(?:the|my|our|his|her|their|your|ur|this|that|it)\b)\w+s\b"
                   r"(?:(?!\s+or (?:you|u)\b)[^.!?;,])*)", re.I)  # "…a business or you'd know better": the taunt is no part of it
_WRONG_ALL = re.compile(r"\b" + _Y + r"(?:'ve| have)?(?:'re| are| been)? (?:\w+ )?wrong (?:on|about) (?P<all>every(?:thing| "
                        r"single \w+| \w+)|all (?:of it|counts|\w+ points?))|\b(?P<every>everything|every (?:single )?(?:thing|"
                        r"word|point)) " + _Y + r"(?:'ve| have)? (?:said|say|wrote|write|posted)\w* (?:has been |is |was )?"
                        r"(?:wrong|nonsense|rubbish|false)\b", re.I)
_WRONG_ABOUT = re.compile(r"\b(?:this|so) (?:confidently |completely |utterly |spectacularly )?wrong about " + _x()
                          # plain "you're wrong about the bins, they go out on Tuesday" keeps its fact elsewhere
                          + r"|\b" + _Y + r"(?:'re| are) (?:just )?(?:so|dead|completely|totally|utterly|spectacularly|"
                          r"confidently) wrong about (?!every|all\b)" + _x(), re.I)
_SIDES = r"(?:left-wing|right-wing|leftist|lefty|liberal|conservative|tory|labour|woke|progressive|republican|democrat|" \
         r"socialist|maga|green|centrist)"
_HYPOCRISY = re.compile(r"\b(?:typical|classic|such|pure|blatant|the usual|(?:your|ur))\s+(?:(?P<side>" + _SIDES
                        + r")\s+)?hypocri(?:sy|tes?)\b|\bthe hypocrisy\b", re.I)
# "Case in point: the bus was late again" introduces a fact: only on its own is it a jab
_POINT = re.compile(r"\bprov(?:ing|ed|en) my point\b|\b(?:case in point|point proven)(?=\W*$)", re.I)
# "You're the reason this country is in the state it's in" / "It's people like you who ruined this town"
_REASON = re.compile(r"\b(?:you(?:'re| are)|are you|(?:people|[\w-]+s) like " + _Y + r"(?: are| is)?|(?:your|ur) (?:lot|kind|sort|type) "
                     r"(?:are|is)) (?:exactly |precisely |literally |honestly |the )*(?:reason (?:why |that )?|why )(?P<x>[^.!?;]+)",
                     re.I)
_PUBLIC = re.compile(r"\b(?:country|nation|town|city|world|society|economy|nhs|government|council|party|politics|political|"
                     r"chat|group|thread|forum|sub|internet|club|league|media|news|election|democracy|nobody|no one|everyone|"
                     r"people|voters|left|right|state|system|schools|prices|rent|housing)\b", re.I)
_GOOD = re.compile(r"\b(?:home|happy|happier|smil\w*|lov\w*|better|best|great|good|proud|hope|wonderful|amazing|fun|"
                   r"laugh\w*|thriv\w*|safe|welcom\w*)\b", re.I)
_WHO_RUINED = re.compile(r"\b(?:it'?s|it is) (?:because of )?(?:people like " + _Y + r"|(?:your|ur) (?:lot|kind|sort|type)|"
                         + _Y + r" (?:lot|people)) (?:who|that) (?P<verb>ruin|ruined|destroyed|destroy|wrecked|wreck|"
                         r"killed|kill|broke|break)s? (?P<x>[^.!?;,]+)", re.I)
_ONE_OF_THOSE = re.compile(r"\bone of those (?:\w+ )?(?:people|guys|types|folks|idiots|nutters|lot)? ?(?:who|that) "
                           r"(?:\w+ly )?(?:thinks?|believes?|says?|claims?|reckons?) (?:that )?" + _x(), re.I)
_NOT_HOW = re.compile(r"\b(?:that'?s|that is|this is|it'?s) not how (?P<x>[\w' -]+?) (?P<v>works?)\b", re.I)
_SOURCE = re.compile(r"\b(?:let me guess|i bet|i'?m guessing|bet),? (?:" + _Y + r" )?(?:got|read|heard|saw|learned|learnt) "
                     r"(?:that|this|it|all that) (?:on|from|off) (?P<x>[^.!?;,]+)", re.I)
_MISSED = re.compile(r"\b" + _Y + r"(?:'ve| have)?(?:'re| are)? (?:\w+ly |just |once again |again )*(?:missed|missing) the "
                     r"(?:whole |entire )?point\b|\bthe point went (?:right |way )?over (?:your|ur) head\b|\bwhoosh\b", re.I)
_NO_FACT = re.compile(r"\bnot (?:one|a single|even one) (?:fact|source|shred of evidence|piece of evidence|citation)\b", re.I)
_IF_YOU_HAD = re.compile(r"\b" + _Y + r"(?:'d| would) (?:understand|know|get it|see|realise|realize)(?: this| that)? if " + _Y
                         + r" (?:ever |actually )?(?P<v>had|were|worked|lived|owned|raised)\b(?P<x>[^.!?;,]*)"
                         r"|\bif " + _Y + r" (?:ever |actually )?(?P<v2>had|were|worked|lived|owned|raised)\b(?P<x2>[^.!?;,]*),? "
                         + _Y + r"(?:'d| would) (?:understand|know|get it|see)\b", re.I)
_SPEAKING_AS = re.compile(r"^(?:speaking |talking )?as (?P<who>(?:someone|somebody|a|an|one) [^,]+),\s*(?P<rest>.+)$", re.I)
_TOLD_OFF = re.compile(r"\b" + _Y + r"(?:'re| are)? (?:talking |speaking )?(?:nonsense|rubbish|bollocks|out of (?:your|ur) depth)|"
                       r"\b" + _Y + r"(?:'re| are) (?:\w+ly )?(?:wrong|clueless)\b|\bno idea\b|\b(?:don'?t|do not) know\b", re.I)
_CRYING = re.compile(r"\b(?:keep|go on,?|carry on) (?:crying|whining|moaning|complaining|bitching|seething|sobbing) (?:about|"
                     r"over) (?P<x>[^.!?;,]+)", re.I)
_LECTURE = re.compile(r"\b" + _Y + r" (?:want to|wanna|think " + _Y + r" can|'re going to|are going to) (?:lecture|educate|teach|"
                      r"school) (?:us|me|everyone|people|anyone) (?:about|on) (?P<x>[^.!?;,]+)", re.I)
_NOT_UNDERSTOOD = re.compile(r"\b(?:things|stuff|topics|subjects) " + _Y + r" (?:\w+ly )?(?:don'?t|do not) (?:understand|"
                             r"know (?:anything )?about|get)\b|\bthings " + _Y + r" know nothing about\b", re.I)
_READING = re.compile(r"\b(?:reading comprehension|attention span|critical thinking(?: skills)?) of an? \w+|\b(?:your|ur) "
                      r"reading comprehension\b|\blearn (?:how )?to read\b", re.I)
_RECORD = re.compile(r"\bbroken record\b|\b" + _Y + r"(?:'re| are)? (?:just |only )?(?:keep )?repeating (?:yourself|urself|the same "
                     r"(?:thing|point|argument|nonsense))\b|\bchange the record\b", re.I)
SHAME_FOR = re.compile(r"\b(?:shame on " + _Y + r",?|ashamed of (?:yourself|urself)|embarrassed(?: of (?:yourself|urself))?) "
                       r"for (?P<v>\w+ing)\b(?P<x>[^.!?;]*)", re.I)
_LECTURED = re.compile(r"\bthanks for the (?:lecture|sermon|ted talk|history lesson|life lesson|mansplain\w*)\b|"
                       r"(?:^|[.!?]\s+)(?:the )?adults are talking\b", re.I)

# Sneers with nothing of their own to keep: jabs only when they are all the message says.
_EMPTY = re.compile(r"(?:" + "|".join((
    r"(?:try |maybe |just )*(?:us(?:e|ing)|engag(?:e|ing)|switch(?:ing)? on) (?:your|ur) (?:brain|head|brain cells?)(?: for once)?",
    r"(?:maybe |just |try to |try and )*think before " + _Y + r" (?:type|post|comment|tweet|reply|hit send)(?: next time)?",
    _Y + r" (?:people|lot) (?:never|don'?t ever) learn(?:,? do " + _Y + r")?",
    r"how do " + _Y + r" (?:even |actually )?(?:function|get dressed in the morning|tie (?:your|ur) shoes|live with "
    r"(?:yourself|urself))(?: with (?:views|opinions|takes|ideas|a brain) like (?:that|this|those|these))?",
    r"(?:it )?must be nice (?:to live|living) in (?:your|ur) (?:little )?(?:bubble|echo chamber)",
    r"(?:ok|okay) boomer(?:,? go back to (?:your|ur) [\w ]+)?",
    r"adults are talking",
    _Y + r"(?:'re| are) not (?:as|that) (?:clever|smart|bright|funny|witty|clever or funny) as " + _Y + r" think(?: " + _Y
    + r" are)?",
    r"(?:do|did) (?:anyone|anybody|someone|somebody) (?:actually |even |really )?ask(?:ed)? (?:you|u|for (?:your|ur) \w+)",
    r"(?:nobody|no one|no-one) asked (?:for )?(?:you|u|(?:your|ur) \w+)",
    r"who (?:even )?asked",
    r"thanks for sharing,? (?:but )?(?:nobody|no one) cares",
    r"typical (?:[\w-]+ )?(?:nonsense|rubbish|drivel|garbage|propaganda|talking points) from " + _Y,
    r"(?:go back to school|get an education|get educated)",
    r"do us all a favou?r and (?:stop|quit) (?:\w+ing)(?: about)?(?: on)? things " + _Y + r" (?:don'?t|do not) understand"))
    + r")(?![\w'])",
    re.I)
_FILLER = re.compile(r"^(?:\W|\b(?:oh|ok|okay|wow|lol|lmao|well|just|honestly|seriously|sorry|but|and|so|yeah|"
                     r"mate|man|dude|bro|then|sometime|please|" + VOCATIVES + r")\b)*$", re.I)
# Idioms whose own "me"/"my"/"I" is no sign that the speaker's own life is the topic.
_IDIOM_ME = re.compile(_POINT.pattern + r"|(?:I'?m |I am )?(?:" + _EXPLAIN.pattern + r")|\blet me guess\b|\bi bet\b|"
                       r"\bi'?m guessing\b|\bmy friend\b|\blecture us\b|\bdo us all\b", re.I)
_FORMS = (_TALKING, _WHO_RUINED, _READ_NOTHING, _LEARN, _NO_IDEA_WHAT, _EXPLAIN, _BOOK, _LIVED, _BEEN, _WRONG_ALL, _WRONG_ABOUT,
          _HYPOCRISY, _POINT, _ONE_OF_THOSE, _NOT_HOW, _SOURCE, _MISSED, _NO_FACT, _IF_YOU_HAD, _CRYING, _LECTURE,
          _NOT_UNDERSTOOD, _READING, _RECORD, SHAME_FOR, _LECTURED)


def _empty_sneer(text: str) -> bool:
    """The whole message is one of the content-free sneers (with interjections and "sweetie" around it)."""
    for found in _EMPTY.finditer(text):
        if _FILLER.match(text[:found.start()]) and _FILLER.match(text[found.end():]):
            return True
    return False


@per_message
def belittles(msg) -> bool:
    """Whether the message talks down to the listener about what they know, read or think, and
    touches nothing in the speaker's own life."""
    text = msg.text
    public = bool(_public_reason(text))
    if not (public or _empty_sneer(text) or any(p.search(text) for p in _FORMS) or _speaking_as(text)):
        return False
    return public or not PERSONAL.search(_IDIOM_ME.sub(" ", text))


def _public_reason(text: str) -> str | None:
    """"you're the reason this country is a mess": the state of things blamed on the listener, when it
    is a public matter (no "I", "we" or "my" in it: "you're the reason we're broke" is a home's)."""
    found = _REASON.search(text)
    if not found:
        return None
    x = _clean(found.group("x"))
    if re.search(r"\b(?:I|I'm|I've|me|my|we|we're|we've|us|our|you|your|u|ur)\b", x, re.I) or len(x.split()) < 3:
        return None
    # "you're the reason the kids are upset" is a home's: a public matter, or a group blamed ("people like you")
    # ("climate deniers like you" is a group too, but "boys like you" is no public matter: only with one named)
    named = text[:found.start()].split()[-2:] + found.group(0).split(" like ")[:1]  # "climate deniers"
    grouped = bool(re.match(r"people like|(?:your|ur) ", found.group(0), re.I)) or about_affairs(" ".join(named))
    if _GOOD.search(x):  # "you're the reason this town feels like home" is thanks
        return None
    return x if grouped or _PUBLIC.search(x) else None


def _speaking_as(text: str):
    found = _SPEAKING_AS.match(text.strip())
    return found if found and _TOLD_OFF.search(found.group("rest")) else None


def belittling_replies(msg) -> list[list[str]]:
    """The speaker's position on what the jab is about, and a real question: lists of sentences."""
    text = recase(msg.text)
    if not belittles(msg):
        return []
    replies = []

    def add(*lines):
        replies.append([line for line in lines if line])

    found = _speaking_as(text)
    if found:
        who = re.sub(r"\b(?:actually|really|literally)\s+", "", found.group("who")).strip()
        add(f"As {who}, I see this differently", "What's your view based on?")
    reason = _public_reason(text)
    if reason:
        add(f"It bothers me that {reason}", msg.pick(["What do you think got us here?", "What do you think is behind it?"],
                                                     "reason"))
    found = _WHO_RUINED.search(text)
    if found:
        add(f"I'm worried about {_clean(found.group('x'))}", "What do you think went wrong?")
    found = _LEARN.search(text)
    subject = _subject(found) if found else None
    if subject:
        add(f"I think we see {subject} differently", msg.pick(["What's your view based on?", "Can I tell you how I see it, "
                                                               "and then hear where you disagree?"], "learn"))
    found = _NO_IDEA_HOW.search(text)
    if found:
        what = _clean(found.group("x"))
        said = re.sub(r"^(it is|it's|it gets)\b", "it's really " + found.group("adj").lower(), what, flags=re.I) \
            if re.match(r"(?:it is|it's|it gets)\b", what, re.I) else None
        if said:
            add(f"From what I've seen, {said}", "What's your experience of it?")
    found = _NO_IDEA_WHAT.search(text)
    if found:
        thing = _clean(found.group("y"))
        ask = {"means": "What does it mean to you?", "costs": "What do you think it costs?", "is like": "How do you see it?",
               "feels like": "What does it feel like to you?"}.get(found.group("verb").lower(), "What does it look like to you?")
        add(f"I think we see {thing} differently", ask)
    found = _EXPLAIN.search(text)
    if found:
        thing = _clean(re.sub(r"\bthe basics of\s+", "", found.group("x") or "", flags=re.I))
        thing = thing if thing and thing.lower() not in ("it", "this", "that", "things", "stuff") else "it"
        add(f"I'd like to explain how I see {thing}", "Can I try, and then hear where you disagree?")
    found = _READ_NOTHING.search(text)
    if found:
        thing = _clean(_got(found))
        add(f"I don't think we've read the same things about {thing}",
            f"What have you read about {'them' if re.search(r's$', thing) and not thing.endswith('ss') else 'it'}?")
    elif _BOOK.search(text):
        add("I don't think we've read the same things on this", "What have you read about it?")
    found = _BEEN.search(text)
    if found:
        if found.group("place"):
            thing = _clean(found.group("place"))
        else:
            verb = {"ran": "run", "owned": "own", "raised": "raise", "managed": "manage", "held": "hold",
                    "started": "start"}.get(found.group("verb").lower(), found.group("verb").lower())
            thing = f"{inflect.gerund(verb)} {_clean(found.group('thing'))}"
        add(f"I don't think {thing} is quite how you describe it", "What's your picture of it based on?")
    found = _LIVED.search(text)
    if found:
        if found.group("when"):
            add(f"I think things were different when {_clean(found.group('when'))}",
                "What makes you see that time the way you do?")
        else:
            era = _clean(_got(found))
            them = "them" if re.search(r"\d0s\b|ies\b|\byears\b", era, re.I) else "it"
            add(f"I think {era} looked different from how you describe {them}", f"What makes you see {them} that way?")
    found = _WRONG_ALL.search(text)
    if found:
        if re.search(r"point", found.group(0), re.I):
            add("I see these points differently", "Can we go through them one at a time?")
        else:
            add("I see this differently", "Can we go through it one point at a time?")
    found = _WRONG_ABOUT.search(text)
    if found:
        add(f"I see {_clean(_got(found))} differently", "What makes you see it that way?")
    found = _HYPOCRISY.search(text)
    if found:
        side = found.group("side")
        side = side.lower() if side and side.isupper() else side
        add(f"I see a double standard in the {side} position here" if side else "I see a double standard here",
            "Can you help me understand how you see it?")
    if _POINT.search(text):
        add("I think this backs up what I was saying", "Do you see it differently?")
    found = _ONE_OF_THOSE.search(text)
    if found:
        add(f"I don't think {_clean(_got(found))}, and I'm not sure where you stand", "Can you tell me how you see it?")
    found = _NOT_HOW.search(text)
    if found:
        add(f"I don't think that's how {_clean(found.group('x'))} {found.group('v').lower()}", "How do you see it?")
    found = _SOURCE.search(text)
    if found:
        add(f"I'm not sure {_clean(found.group('x'))} is a reliable source for this", "Where else have you seen it?")
    if _MISSED.search(text):
        add("I may not have made my point clearly", "Can I try again?")
    if _NO_FACT.search(text):
        add("I'd like to see the facts behind this", "Can you point me to them?")
    found = _IF_YOU_HAD.search(text)
    if found:
        verb = (found.group("v") or found.group("v2")).lower()
        rest = _clean(found.group("x") if found.group("v") else found.group("x2"))
        base = {"had": "have", "were": "be", "did": "do", "ran": "run", "spent": "spend", "paid": "pay"}.get(
            verb, verb[:-2] if verb.endswith("ed") else verb)
        base = {"liv": "live", "rais": "raise", "tri": "try", "own": "own", "work": "work"}.get(base, base)
        if rest:
            add(f"I think {inflect.gerund(base)} {rest} changes how this looks", "How does it look from where you are?")
    found = _CRYING.search(text)
    if found:
        add(f"I can see you're unhappy about {_clean(found.group('x'))}", "What's bothering you most about it?")
    found = _LECTURE.search(text)
    if found:
        add(f"I see {_clean(found.group('x'))} differently", "What's your view based on?")
    if _NOT_UNDERSTOOD.search(text):
        add("I think we understand this differently", VIEW_ASK)
    if _READING.search(text):
        add("I think we may be reading this differently", "Which part do you see another way?")
    if _RECORD.search(text):
        add("It feels like we keep coming back to the same point",
            msg.pick(["What do you feel I'm missing?", "Can we try looking at it from a different angle?"], "record"))
    found = SHAME_FOR.search(text)
    if found:
        add(f"I'm really uncomfortable with you {found.group('v').lower()} {_clean(found.group('x'))}".rstrip(),
            "Can we talk about it?")
    if _LECTURED.search(text):
        add("I'd rather not get into this any further", "Can we leave it here for now?")
    return [r for r in replies if len(r) == 2]


def _subject(found) -> str | None:
    """What the listener is told they know nothing about, unless it is no subject ("life", "the real world")."""
    thing = found.group("s") or _clean(_got(found))
    if not thing or re.match(r"^(?:life|the real world|reality|anything|everything|how (?:the )?(?:world|life) works|"
                             r"what (?:you|u)(?:'re| are) (?:talking|on) about)\b", thing, re.I):
        return None
    return thing


def _clean(phrase: str) -> str:
    """A disputed thing as the speaker can say it: sneering adverbs, "sweetie" and trailing filler gone."""
    phrase = "".join(ch for ch in phrase or "" if not is_emoji(ch))
    phrase = re.sub(r"\b(?:actually|even|literally|seriously|clearly|obviously) ", "", phrase.strip(), flags=re.I)
    # "basic history" is the sneer's word; "basic income" is a thing
    phrase = re.sub(r"\b(?:basic|simple|elementary) (?=(?:history|economics|maths?|science|biology|physics|chemistry|geography|"
                    r"grammar|logic|arithmetic|facts|civics|statistics)\b)", "", phrase, flags=re.I)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _TAIL.sub("", phrase).strip(" ,.\"“”'‘’")
    return phrase
