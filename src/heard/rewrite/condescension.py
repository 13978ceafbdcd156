"""Owns condescension between strangers in public comment threads — news sites, forums, local
politics — that the other thread modules (threads.py, belittling.py, disagreement.py) leave unread:
a sneering opener before a claim ("Newsflash: …", "Keep dreaming, …", "Nice try, but …"), a guess
at what the listener must also believe ("I suppose you think …", "Bless you for thinking …"), being
told to look something up or read the bill, mock praise of someone's grasp of a subject, "perhaps
you could explain …, since you know everything", "how convenient that you left out …", "says the
person who …", "typical armchair expert who has never …", "good luck with that".

Said in discussion.py's register: the speaker's own view on what is disputed, kept in its own
words, and a real question ("I don't think the province will balance that budget. What makes you
think it will?"); the put-down is dropped, and nothing from a shared home ("I feel let down when…",
"Could you take care of it?") is said to a stranger. When the jab disputes nothing nameable, the
honest views line. `condescends(msg)` says a message is such a jab (discussion.about_views and the
engine's relabelling call it); `condescension_replies(msg)` gives the replies, lists of sentences.
A message about the speaker's own life ("you never read my texts", "convenient how you forgot my
birthday", "keep dreaming if you think I'm doing the dishes") is never read this way.
"""

from __future__ import annotations

import re

from . import inflect
from .lexicon import PERSONAL
from .loaded import VIEW_ASK
from .belittling import belittling_replies
from .memo import per_message
from .stances import about_affairs
from .surface import is_emoji, recase
from .threads import thread_replies
from .thread_asks import ask_replies

_Y = r"(?:you|u)"
HONEST = ["I see this very differently", "Can you tell me what makes you see it that way?"]

# Sneers that open a comment and then state the speaker's claim: the claim is what they mean.
_OPENER = re.compile(r"^\W*(?:(?:news ?flash|fun fact|spoiler(?: alert)?|reality check|hate to break it to (?:you|u)|sorry to "
                     r"burst (?:your|ur) bubble|nice try|cool story(?:,? bro)?|keep dreaming|dream on|wake up|ok(?:ay)? (?:boomer|zoomer)|"
                     r"(?:I'?ll|let me) (?:type|say (?:it|this)|spell (?:it|this) out|explain "
                     r"(?:it|this)) (?:slowly|simply|again|one more time)(?: (?:so|for) (?:you|u)(?: can)? (?:to )?(?:follow|keep up|"
                     r"understand))?)\b"
                     r"(?:,?\s+(?:pal|mate|buddy|sweetie|honey|bud|friend|champ))?\s*[^\w\s]+\s*(?:but\s+)?)"
                     r"(?P<claim>[^.!?]+)", re.I)
# "Sure, and the hike will cost no jobs at all": the claim mocked, which the speaker doubts.
_SURE_AND = re.compile(r"^\W*(?:oh\s+)?(?:sure|right|yeah|of course),?\s+and\s+(?:I suppose\s+|I bet\s+|next\s+)?(?P<claim>[^.!?]+)",
                       re.I)
# "I suppose you also think X too", "next you'll tell me X", "bless you for thinking X": X is doubted.
_GUESSED = re.compile(r"\b(?:I suppose|I bet|I'?m guessing|I take it|next)\s*,?\s+" + _Y + r"(?:'ll| will)?\s+(?:also\s+|probably\s+)?"
                      r"(?:think|believe|tell (?:me|us))\s+(?:that\s+)?(?P<claim>[^.!?]+)"
                      r"|\bbless (?:you|your (?:little )?heart|ur heart)\b,?\s+(?:for\s+)?(?:thinking|believing)\s+(?:that\s+)?"
                      r"(?P<claim2>[^.!?]+)", re.I)
# "You might want to look up what inflation actually means", "educate yourself on how bonds work".
_LOOK_UP = re.compile(r"\blook up (?P<wh>(?:what|how|why|who) [^.!?,;]+?)(?:\s+(?:before|first|sometime|next time)\b[^.!?]*)?\s*(?:[.!?,;]|$)"
                      r"|\beducate (?:yourself|urself|yourselves) (?:on|about) (?P<on>[^.!?,;]+?)"
                      r"(?:\s+(?:before|first|sometime)\b[^.!?]*)?\s*(?:[.!?,;]|$)"
                      r"|\beducate (?:yourself|urself)\b[^.!?]*?\b(?:about|on) (?P<about>[^.!?,;]+)", re.I)
_CALLED = re.compile(r"\b(?:it'?s|that'?s|this is) called (?P<x>[^.!?,;]+?),?\s+(?:look it up|google it)\b", re.I)
# "Your grasp of economics is truly something to behold", "such deep insight into trade policy".
_PRAISE = (r"(?:truly |really |quite |just |so |very |simply )*(?:something(?: else| to behold| special)?|impressive|remarkable|"
           r"astounding|astonishing|breathtaking|stunning|a marvel|a sight to behold|inspiring|incredible|amazing|dazzling)")
_GRASP = re.compile(r"\b(?:your|ur) (?:grasp|understanding|knowledge|command|mastery|expertise|insight) (?:of|on|into|about) "
                    r"(?P<x>[^.!?,;]+?) (?:is|are|was) " + _PRAISE + r"\b"
                    r"|\b(?:such|what (?:an?|such)?|another|truly|real)\s*(?:deep|fascinating|brilliant|profound|penetrating|"
                    r"groundbreaking|stunning|incisive|original|informed|nuanced|expert)\s+(?:insight|take|analysis|perspective|"
                    r"thoughts|commentary|opinion) (?:into|on|about) (?P<y>[^.!?,;]+?)(?=\s*(?:[.!?,;]|$|\bfrom\b))", re.I)
# "Perhaps you could explain how that works in the real world, since you seem to know everything".
_EXPLAIN = re.compile(r"\b(?:perhaps|maybe)\s+" + _Y + r"(?:'d like to|'d care to| (?:could|can|would|might|will|would like to|want to)) "
                      r"(?:explain|tell (?:us|me|everyone)|enlighten (?:us|me|everyone)(?: (?:on|about|as to))?)\s+"
                      r"(?P<x>(?:how|why|what|where|when|who) [^.!?,;]+)", re.I)
_KNOW_ALL = re.compile(r"\bsince " + _Y + r"(?:'re| are| seem to| obviously| clearly)? (?:know (?:everything|it all|so much|best)|"
                       r"(?:the|an|such an?) expert|(?:so )?(?:smart|clever|knowledgeable))|\bin the real world\b", re.I)
# "Try reading past the headline", "Maybe try reading the actual bill", "you didn't make it past the first paragraph".
_DOCS = r"(?:headline|title|article|story|piece|bill|report|budget|study|paper|op-?ed|editorial|policy|proposal|plan|law|"\
        r"motion|ruling|judgment|agenda|minutes|paragraph|page|line|sentence|thing)"
_READ_IT = re.compile(r"\b(?:make it|made it|read|reading|get|got|scroll(?:ed)?) (?:past|beyond) the (?P<past>(?:first |opening )?"
                      + _DOCS + r")\b|\b(?:(?:try|trying|maybe|just|perhaps|go) (?:and )?(?:try )?(?:reading|read)|(?:try again|come back|"
                      r"get back to (?:me|us)) (?:when|once|after) " + _Y + r"(?:'ve| have)? read) the "
                      r"(?:actual |whole |full |entire |damn |bloody )?(?P<doc>(?:\w+ )?" + _DOCS + r")\b", re.I)
# "Maybe spend less time commenting and more time reading": what the speaker thinks is unread.
_SPEND = re.compile(r"\bspend(?:ing)? (?:less|more) time\b[^.!?]*\b(?:and|,)\s*(?:less|more) time\b[^.!?]*", re.I)
_ONLINE = re.compile(r"\b(?:read\w*|comment\w*|post\w*|typ\w*|research\w*|news|radio|tv|cable|twitter|facebook|tiktok|"
                     r"youtube|internet|online|forums?|report|article)\b", re.I)
# "You sound exactly like every other paid troll on here": a label, nothing disputed.
_SOUND_LIKE = re.compile(r"\b" + _Y + r" (?:sound|read|talk)s? (?:exactly |just |a lot )?like (?:every other|another|a|an|one of "
                         r"(?:the|those)|the usual) (?:[\w-]+ ){0,3}?(?:trolls?|bots?|shills?|press release|talking points?|"
                         r"pundits?|lobbyists?|spokes\w+|politicians?|propaganda|campaign \w+|ads?|brochures?)\b", re.I)
# "How convenient that you left out the part about the subsidies": what was left out matters.
_LEFT_OUT = re.compile(r"\b(?:convenient(?:ly)?|interesting|funny|telling|curious|odd)(?: how| that)? " + _Y + r" (?:\w+ly )?"
                       r"(?:left out|leave out|forgot to mention|forget to mention|skipped(?: over)?|skip(?: over)?|ignored|"
                       r"ignore|glossed over|gloss over|didn'?t mention|failed to mention|omitted)\s+"
                       r"(?P<x>(?:(?!\s+(?:when|while|because|since|whenever|if)\b)[^.!?;])+)", re.I)
# "That's rich coming from someone who defends that mayor", "Says the person who thinks bike lanes…".
_WHO = r"(?:someone|somebody|a (?:\w+ )?(?:guy|person|man|woman|bloke|dude)|the (?:\w+ )?(?:guy|person|man|woman|bloke|one)|you)"
_COMING_FROM = re.compile(r"\b(?:(?:that'?s|that is) rich coming from|says|said) " + _WHO + r",? (?:who|that) (?P<x>[^.!?;]+)", re.I)
_STANCE = re.compile(r"^(?:\w+ly )?(?:(?:still |always )?(?:defends?|defended|supports?|supported|backs?|backed|cheered(?: on)?|"
                     r"cheers(?: on)?|voted (?:for|against)|votes (?:for|against)|campaigned for|praised|praises)) "
                     r"(?P<obj>[^.!?;,]+)$", re.I)
_BELIEF = re.compile(r"^(?:\w+ly )?(?:thinks?|thought|believes?|believed) (?:that )?(?P<claim>[^.!?;]+)$", re.I)
# "Typical armchair expert who has never set foot in a hospital": "I think it looks different once you've…".
_NEVER = re.compile(r"^(?:\W*(?:typical|classic|another|yet another|just another|such an?|what an?)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:\w+) (?:who|that)(?:'s| has)?|\W*" + _Y + r"(?:'ve)? (?:\w+ly )?(?:have )?(?:\w+ly )?)"
                    r"\s*never (?:even |once |ever )?(?P<deed>[^.!?;,]+?)(?:\s+in (?:your|ur|their|his|her) (?:\w+ )?life)?"
                    r"(?:,?\s+or (?:you|u)'?d\b[^.!?]*)?\s*(?:[.!?,]|$)", re.I)
_EVIDENTLY = re.compile(r"\b(?:obviously|clearly|evidently|typical|classic|another)\b|\bin (?:your|ur|their) (?:\w+ )?life\b|"
                        r"\bor (?:you|u)'?d know\b", re.I)
_WORLDLY = re.compile(_DOCS + r"|\b(?:business(?:es)?|farm|payroll|served|shifts?|factory|classroom|ward|hospital|army|"
                      r"military|union|picket|office|election|campaign|tax(?:es)?|bills?|rent|mortgage|school board|council|"
                      r"company|shop|store|restaurant|budget|job|jobs|day|retail|frontline|front line|a&e|er)\b", re.I)
# "Good luck getting the city to fix the potholes", "good luck explaining that to your grandchildren".
_LUCK = re.compile(r"^\W*good luck(?: with that)?\s*(?:[.!]|$)|\bgood luck (?P<ving>\w+ing) (?P<x>[^.!?;]+)", re.I)
# ("keep telling yourself <claim>" and "keep believing <claim>" are loaded.py's.)
_KEEP = re.compile(r"\b(?:go ahead,? (?:and )?)?keep (?P<v>voting|believing(?= (?:everything|anything|whatever|every word)\b)) (?P<x>(?:(?!\s+and\b)[^.!?;])+?)"
                   r"(?:,?\s*then)?\s*(?:[.!?]|$)", re.I)  # "keep voting for them and watch…" is partisan.py's
_ALONE = re.compile(r"^\W*(?:(?:oh|wow|ah|lol),?\s+)*(?:quite|what) (?:an? |the )?(?:imagination|fantasy|theory|story|narrative|"
                    r"fairy tale|vivid imagination)(?: (?:you'?ve|you have|you got|you'?ve got)(?: there)?| there)?\W*$"
                    r"|^\W*(?:(?:oh|aw+),?\s+)*(?:you )?sweet summer child\W*$"
                    r"|^\W*(?:careful|watch out|oops|whoops),? (?:your|ur) (?:bias|ignorance|agenda|politics|privilege) is showing\W*$"
                    r"|^\W*(?:it )?must be nice to (?:be|have|feel) (?:that|so|this) (?:much )?(?:confident|confidence|certain|sure)\b[^.!?]*\W*$"
                    r"|^\W*(?:(?:oh|wow|aw+|lol),?\s+)*" + _Y + r" must be new (?:here|around here|to (?:this|the|these) (?:[\w']+ )?(?:comments?(?: "
                    r"sections?)?|threads?|forums?|site|paper|sub(?:reddit)?|boards?|debate|discussion)|"
                    r"to (?:politics|economics|municipal \w+|local \w+|[\w ]+ politics))\W*$", re.I)

# "You people will believe anything as long as it's on cable news", "…swallow any story the minister feeds you".
_CREDULOUS = re.compile(r"\b(?:will|would) (?:believe|swallow|buy|fall for|repeat) (?:anything|everything|whatever|any (?:old )?"
                        r"(?:story|line|claim|thing|nonsense)|every (?:story|line|claim|word))(?: (?:as long as|so long as|if|because) "
                        r"(?:it'?s|it is|it was|it came) (?P<where>(?:on|in|from) [^.!?;,]+)| (?P<who>(?:the|that|this|your|their) "
                        r"[\w ]+?|[A-Z]\w+) (?:feeds?|gives?|puts? out|throws? at|serves? up)\b)?", re.I)
# "You clearly skipped history class", "you must have slept through civics".
_SKIPPED = re.compile(r"\b(?:" + _Y + r"|someone|somebody) (?:\w+ly |must have |must've )*(?:skipped|missed|slept through|failed|bunked|skived)\s+"
                      r"(?P<x>history|economics|civics|maths?|math|science|geography|biology|physics|chemistry|social studies|"
                      r"government|law)(?: class(?:es)?| lessons?| at school)?\b", re.I)
# "You have no idea what teachers actually do all day", "you haven't got a clue how pipelines are regulated".
# ("Do you have any idea how that reads?" is a question: rhetorical.py's.)
_NO_CLUE = re.compile(r"\b(?:" + _Y + r"(?:'ve| have)? (?:\w+ly )?(?:got )?(?:no|zero)|" + _Y + r" (?:haven'?t|have not|don'?t have|"
                      r"do not have) (?:\w+ly )?(?:got )?(?:an?|any)) (?:idea|clue) (?P<x>(?:what|how|why) (?!(?:you|u|i)\b)[^.!?;,]+)", re.I)


# "Wow, you figured out that taxes pay for roads. Congratulations.": the speaker agrees, and finds it obvious.
_FIGURED = re.compile(r"\b" + _Y + r" (?:finally |just |actually )?(?:figured out|worked out|discovered|found out|learned|learnt|realised|"
                      r"realized) (?:that )?(?P<x>[^.!?;]+)[.!?]\s*(?:congratulations|congrats|well done|bravo|gold star|good for (?:you|u)|"
                      r"slow clap|amazing|welcome to \w+)\b", re.I)
# "Weird how you only discovered fiscal responsibility this year": a standard said to apply before too.
_ONLY_NOW = re.compile(r"\b(?:weird|funny|strange|odd|interesting|amazing|convenient) (?:how|that) " + _Y + r" only (?:just )?(?:discovered|"
                       r"found|started caring about|noticed|learned about|remembered) (?P<x>[^.!?;]+?) (?P<when>this year|now|"
                       r"this week|recently|lately|since the election|after the election)\b", re.I)
# "Clearly you've never heard of compound interest."
_NEVER_HEARD = re.compile(r"\b" + _Y + r"(?:'ve| have)? (?:\w+ly )?(?:never|not) (?:even |once |ever )?heard of (?P<x>[^.!?;,]+)", re.I)
# "You lot really can't handle the truth": a group put-down about views, with nothing to keep.
_YOU_LOT = re.compile(r"\b" + _Y + r" (?:lot|people)\b[^.!?]*\b(?:truth|facts?|vote|voted|voting|believe|news|media|reality|learn|"
                      r"read|think|brainwashed|sheep)\b", re.I)


# Household words: a message about these is a home's, whatever its sneer ("good luck explaining that to your mother").
_HOME = re.compile(r"\b(?:dishes|laundry|washing|bins?|kitchen|bathroom|fridge|oven|toilet|milk|heating|texts?|messages|"
                   r"birthday|anniversary|chores?|dinner|keys|bed|nappy|nappies|diapers?|babysit\w*|wedding|holiday|trip|plans|weekend|"
                   r"tonight|tomorrow|last night|(?:on |this |next |last )(?:mon|tues|wednes|thurs|fri|satur|sun)day|rota|brief|"
                   r"deadline|client|invoice|spreadsheet|slides|presentation|shelf|boiler|instructions)\b|\b(?:my|your|ur|our|the) (?:phone|mother|mom|mum|dad|"
                   r"father|wife|husband|partner|boyfriend|girlfriend|family|kids|door|car|dog|room|boss|manager|team|office)\b", re.I)
# First-person words inside these idioms are not the speaker's life.
_IDIOMS = re.compile(r"\b(?:let me guess|tell (?:me|us)|I suppose|I bet|I'?m guessing|I take it|enlighten (?:us|me)|lectur\w+ us|"
                     r"(?:burst|break it to) (?:your|ur)|educate us)\b", re.I)


def _home(text: str) -> bool:
    rest = _IDIOMS.sub(" ", text)
    return bool(_HOME.search(rest)) or bool(PERSONAL.search(rest)) and not about_affairs(rest)


def _plain(phrase: str) -> str:
    """A disputed thing as the speaker can say it: sneering adverbs, emoji and trailing filler gone."""
    phrase = re.sub(r"\s+", " ", "".join(ch for ch in phrase if not is_emoji(ch)))
    phrase = re.sub(r"\b(?:actually|even|literally|seriously|really|truly|still) ", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r",?\s+(?:lol|lmao|smh|mate|bro|buddy|pal|dude|sweetie|hun|honey|then|too|as well|also|sometime|"
                    r"for once|at all|next year too)\s*$", "", phrase, flags=re.I)
    for _ in range(2):  # "…was staged too, right"
        phrase = re.sub(r",?\s+(?:too|as well|then|right|eh|huh|lol)$", "", phrase.strip(" ,.?\"“”'‘’"), flags=re.I)
    return phrase.strip(" ,.\"“”'‘’")


def _lower(phrase: str) -> str:
    return phrase if re.match(r"(?:I|[A-Z]{2,}|[A-Z]\w*[A-Z])\b", phrase) else phrase[:1].lower() + phrase[1:]


def _names_someone(claim: str) -> bool:
    """A "claim" about the listener or about everyone is the put-down, not a view to keep."""
    return bool(re.search(r"\b(?:you|your|u|ur|yourself|nobody|no one|no-one|everyone|anybody|anyone)\b", claim, re.I))


def _flipped(claim: str) -> str | None:
    """"the pipeline creates no jobs" → "the pipeline creates jobs": a mocked "no" claim said the
    speaker's way round, so the reply is no double negative."""
    if len(re.findall(r"\b(?:no|not|never|n't|nothing|none)\b|n't\b", claim, re.I)) != 1 or not re.search(r"\bno\b", claim, re.I):
        return None
    return re.sub(r"\bno\s+", "", claim, count=1, flags=re.I)


def _doubt(claim: str) -> list[str]:
    """The mocked claim said as the speaker's doubt: "the province will never balance it" → "I don't
    think the province will balance it. What makes you think it will?"."""
    flipped = _flipped(claim)
    if flipped:
        return [f"I think {flipped}", "What makes you see it differently?"]
    if re.search(r"\bwill never\b", claim, re.I):
        return [f"I don't think {re.sub(r'will never', 'will', claim, flags=re.I)}", "What makes you think it will?"]
    return [f"I'm not convinced {claim}", "What makes you think so?"]


# "Cool story. Still doesn't explain why…": no subject, so no claim the speaker could say as theirs.
_SUBJECTLESS = re.compile(r"(?:still |just |also )?(?:doesn'?t|does|did|didn'?t|is|isn'?t|was|wasn'?t|has|hasn'?t|have|haven'?t|"
                          r"won'?t|will|can|can'?t|could|would|should|explains?|proves?|means?|shows?)\b", re.I)


def _claim_lines(claim: str, sure: bool) -> list[str] | None:
    claim = _lower(_plain(claim))
    if len(claim.split()) < 3 or _names_someone(claim) or _SUBJECTLESS.match(claim):
        return None
    if sure:  # "Sure, and …": the sarcastic claim is what the speaker doubts
        return _doubt(claim)
    if re.search(r"\bnever\b", claim, re.I) and re.search(r"\bwill never\b", claim, re.I):
        return _doubt(claim)
    return [f"As far as I know, {claim}", "Have you seen something that says otherwise?"]


def _done(deed: str) -> str | None:
    """"run a business" / "ran a business" / "worked a day on a farm" → "you've run a business"…"""
    words = _plain(deed).split()
    if not words or _names_someone(" ".join(words[1:])):
        return None
    verb = words[0].lower()
    done = verb if verb.endswith("ed") else inflect.participle(inflect.base_of(verb))  # "ran" → "run"
    return "you've " + " ".join([done] + words[1:])


def _replies(msg) -> list[list[str]]:
    text = recase(msg.text)
    found = []
    opened = _OPENER.search(text) or _SURE_AND.search(text)
    if opened and not re.search(r"\b(?:you|your|u|ur|me|my|I|I'm)\b", opened.group("claim"), re.I):
        # "Nice try, but nobody is buying that spin": nothing to keep but the disagreement
        lines = _claim_lines(opened.group("claim"), sure=opened.re is _SURE_AND)
        if lines or not _SUBJECTLESS.match(_plain(opened.group("claim"))):  # "Cool story. Still doesn't…" is threads.py's
            found.append(lines or HONEST)
    guessed = _GUESSED.search(text)
    if guessed:
        claim = _lower(_plain(guessed.group("claim") or guessed.group("claim2")))
        start, end = guessed.span("claim") if guessed.group("claim") else guessed.span("claim2")
        if not any(start <= t.idx < end and t.pos_ in ("VERB", "AUX") for t in msg.doc):  # "…believing the premier on this"
            if len(claim.split()) >= 2 and not _names_someone(claim):
                found.append([f"I'm not convinced by {claim}", "What makes you see it differently?"])
        elif len(claim.split()) >= 2 and not _names_someone(claim):
            found.append(_doubt(claim) if _flipped(claim) else [f"I don't think {claim}", "What makes you see it that way?"])
    looked = _LOOK_UP.search(text)
    if looked:
        if looked.group("wh"):
            wh = re.sub(r"\b(?:actually|really|even|exactly) ", "", looked.group("wh"), flags=re.I).strip()
            found.append([f"I'm not sure we agree on {_lower(wh)}", VIEW_ASK])
        else:
            about = _plain(looked.group("on") or looked.group("about"))
            found.append([f"I'm not sure we agree on {about}" if re.match(r"(?:how|what|why|who)\b", about, re.I)
                          else f"I think we see {about} differently",
                          VIEW_ASK])
    called = _CALLED.search(text)
    if called:
        found.append([f"I'd call this {_plain(called.group('x'))}", "How do you see it?"])
    grasp = _GRASP.search(text)
    if grasp:
        found.append([f"I think we see {_plain(grasp.group('x') or grasp.group('y'))} differently",
                      "Can you walk me through how you see it?"])
    asked = _EXPLAIN.search(text)
    if asked:
        what = re.sub(r",?\s*(?:then|since\b.*)$", "", _plain(asked.group("x")), flags=re.I)
        found.append([f"I'm not sure {what}", "Could you explain it?"])
    read = _READ_IT.search(text)
    if read:
        if read.group("past"):
            found.append([f"I think there's more to it than the {read.group('past').lower()}",
                          "Did you get a chance to read the rest?"])
        else:
            found.append([f"I read the {read.group('doc').lower()} differently", "Could you have another look at it with me?"])
    if _SPEND.search(text) and re.search(r"\bread", text, re.I):
        found.append(["I think we may have read different things on this", "What are you basing your view on?"])
    left = _LEFT_OUT.search(text)
    if left:
        thing = _plain(left.group("x"))
        plural = re.search(r"[^s]s$", thing) and not re.match(r"the part\b", thing, re.I)
        found.append([f"I think {thing} {'matter' if plural else 'matters'} here too", "How does that fit with your view?"])
    came = _COMING_FROM.search(text)
    if came:
        deed = _plain(came.group("x"))
        stance, belief = _STANCE.match(deed), _BELIEF.match(deed)
        if belief and not _names_someone(belief.group("claim")):
            # said as stances.py says it, so the two readings of one jab give one suggestion
            found.append([f"I'm not convinced {_plain(belief.group('claim'))}", "How do you see it?"])
        elif stance and not _names_someone(stance.group("obj")):
            obj = re.sub(r"\s+(?:for|since|over|in) (?:the )?(?:\w+ )?(?:years?|months?|decades?|weeks?|ages)\b.*$", "",
                         _plain(stance.group("obj")), flags=re.I)  # "…the last mayor for six years"
            found.append([f"I think we see {obj} very differently", "What makes you see it that way?"])
    never = _NEVER.search(text)
    if never and _EVIDENTLY.search(text) and _WORLDLY.search(never.group("deed")) and not belittling_replies(msg):  # belittling.py's own reading comes first
        done = _done(never.group("deed"))
        if done:
            found.append([f"I think it looks different once {done}", "Have you?"])
    luck = _LUCK.search(text)
    if luck:
        ving, x = luck.group("ving"), _plain(luck.group("x") or "")
        told = re.match(r"(?:that|this|it) to (?P<who>.+)$", x, re.I)
        if ving and ving.lower() == "explaining" and told:
            who = re.split(r"\s+(?:when|if|once|after|in)\b", told.group("who"), maxsplit=1)[0]
            found.append([f"I'm not sure how that would sound to {who}", "How do you think they'd see it?"])
        elif ving and (got := re.match(r"(?P<who>(?:the|your|our) [\w' -]+?) to (?P<do>\w+ [^,]+?)(?: with that \w+)?$", x, re.I)):
            found.append([f"I'm not sure {got.group('who')} will {got.group('do')} this way", "What would you suggest?"])
        elif ving:
            found.append([f"I'm not sure about {ving.lower()} {x}", "How do you see it working?"])
        else:
            found.append(HONEST)
    kept = _KEEP.search(text)
    if kept:
        verb, x = kept.group("v").lower(), _plain(kept.group("x"))
        if verb == "voting" and re.search(r"\bagainst (?:your|ur) (?:own )?interests?\b", x, re.I):
            found.append(["I think voting that way works against your own interests", "What makes you see it differently?"])
        elif verb == "voting":
            who = re.sub(r"^(?:for|against)\s+", "", x, flags=re.I)
            found.append([f"I think we see {who} very differently", "What makes you see it that way?"])
        elif verb == "believing" and not _names_someone(x):
            found.append([f"I don't believe {x}", "What makes you trust it?"])
    credulous = _CREDULOUS.search(text)
    if credulous and (credulous.group("where") or credulous.group("who")):
        if credulous.group("where"):
            found.append([f"I don't trust something just because it's {_plain(credulous.group('where'))}", "What makes you trust it?"])
        else:
            found.append([f"I don't take everything {_plain(credulous.group('who'))} says at face value", "What makes you trust it?"])
    skipped = _SKIPPED.search(text)
    if skipped:
        found.append([f"I think we see the {skipped.group('x').lower()} of this differently",
                      VIEW_ASK])
    clue = _NO_CLUE.search(text)
    thread = re.search(r"\b(?:your|ur) (?:comments?|posts?|replies|reply)\b", text, re.I)
    if clue and (about_affairs(text) or _EVIDENTLY.search(text) or thread):
        wh = re.sub(r"\b(?:actually|really|even|exactly) ", "", clue.group("x"), flags=re.I).strip()
        found.append([f"I'm not sure we agree on {_lower(wh)}", VIEW_ASK])
    figured = _FIGURED.search(text)
    if figured and not _names_someone(figured.group("x")):
        found.append([f"I think we agree that {_plain(figured.group('x'))}", "Where do you think we differ?"])
    only = _ONLY_NOW.search(text)
    if only:
        when = only.group("when").lower()
        before = "now" if when in ("now", "recently", "lately") else when
        found.append([f"I think {_plain(only.group('x'))} mattered before {before} too", "What changed for you?"])
    heard = _NEVER_HEARD.search(text)
    if heard and (about_affairs(text) or _EVIDENTLY.search(text)) and not _names_someone(heard.group("x")):
        found.append([f"I think {_plain(heard.group('x'))} matters here", "Have you come across it?"])
    # "you lot…" with nothing to keep, unless threads.py or belittling.py read something in it
    lot = _YOU_LOT.search(text) and not found and not thread_replies(msg) and not belittling_replies(msg)
    if _SOUND_LIKE.search(text) or _ALONE.search(text) or lot:
        found.append(HONEST)
    return found


@per_message
def condescends(msg) -> bool:
    """Whether the message is one of the public-thread put-downs above, and not about the speaker's home."""
    text = recase(msg.text)
    if ask_replies(msg):  # a pointed question to a commenter, with its own home test (thread_asks.py)
        return True
    if _home(text):
        return False
    return bool(_replies(msg))


def condescension_replies(msg) -> list[list[str]]:
    """The speaker's view and a real question for each put-down found: lists of sentences."""
    found = _replies(msg) if not _home(recase(msg.text)) else []
    return found + [r for r in ask_replies(msg) if r not in found]
