"""Owns replies to another commenter under a news story — taxes, housing, pipelines, immigration,
health care, policing — whose jab is a shape the other thread modules (threads.py, thread_asks.py,
pointed.py, stances.py) leave unread, so heard said "the message names no situation…" or answered
with a household line ("I'd like to talk about the shoplifting downtown. I'm feeling unheard."):

    "So you'd rather the police just ignore shoplifting downtown?"
    → "I don't think the police should ignore shoplifting downtown. Is that what you'd want?"
    "Funny how you never mention the deficit Harper left behind."
    → "I think the deficit Harper left behind matters here too. What do you make of it?"

Each reading keeps the names, numbers and subject in the commenter's own words, says the view the
sarcasm implies as the speaker's own, drops the sneer ("just", "actually"), asks a real question, and
declines when what it keeps is the speaker's own life or home ("So it's my fault now, is it?").
`replies_to_commenter(msg)` gives the replies, lists of sentences; the engine treats a message with
one as blaming contempt for a view, and strategies._discussion offers them first.
"""

from __future__ import annotations

import re

from .lexicon import PERSONAL
from .loaded import HOME, claim_of
from .memo import per_message
from .pattern_replies import replies_from
from .pointed import unaddressed
from .stances import about_affairs
from .surface import recase

_Y = r"(?:you|u)"
_END = r"[^?.!]+"
_OPEN = r"(?:^|[.!?][\"”']?\s+)(?:(?:so|and|oh|ok|okay|right|well),?\s+)*"
# The speaker's own life: a sincere question or a household complaint, never a view on public matters.
_OWN = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|mum|mom|dad|tonight|tomorrow|weekend)\b", re.I)
# Things only ever argued about in public: proper names of places, parties, agencies (the entities).
_PUBLIC_ENTS = {"ORG", "NORP", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "LAW", "EVENT"}
# Public matters beyond stances.about_affairs: a news thread's words, not a home's.
_NEWS = re.compile(r"\b(?:province|provincial|premier|federal|senate|pipelines?|oil|transit|immigrants?|pharmacare|trade|gst|hst|"
                   r"rebates?|ceos?|unions?|bailouts?|deregulation|privati[sz]\w+|condos?|shoplifting|rcmp|fiscal|tories|liberals|"
                   r"conservatives|ndp|greens|convoy|confederation|consultants|contracts?|emergency rooms?|prisons?|jails?|"
                   r"courts?|military|border|workers|minimum wage|universit(?:y|ies)|tuition|mortgages?|banks?|markets?|"
                   r"dairy|crops|money|taxpayers?|public)\b", re.I)


def _named(msg, phrase: str, kinds=_PUBLIC_ENTS) -> bool:
    return any(e.label_ in kinds and e.text.lower() in phrase.lower() for e in msg.doc.ents)


def _public(msg, phrase: str, kinds=_PUBLIC_ENTS) -> bool:
    """A public matter; a person's name counts for the message ("Trudeau"), not to outweigh a home's word."""
    return bool(about_affairs(phrase) or _NEWS.search(phrase) or _named(msg, phrase, kinds))


def _private(msg, phrase: str) -> bool:
    """The speaker's own life, or a home's business; "our dairy prices", "the rest of us" are the public's."""
    if _OWN.search(phrase):
        return True
    us = PERSONAL.search(re.sub(r"\b(?:us taxpayers|the rest of us|all of us)\b", " ", phrase, flags=re.I))
    return bool(us or HOME.search(phrase)) and not _public(msg, phrase)


def _plain(phrase: str) -> str:
    phrase = claim_of(phrase or "")
    phrase = re.sub(r"\b(?:so very|conveniently|obviously|clearly|right now)\s+(?=\w)", "", phrase, flags=re.I)
    phrase = re.sub(r"\bthe actual\b", "the", phrase, flags=re.I)  # "the actual bill": the sneer is in "actual"
    return phrase.strip(" ,")


def _tokens(msg, phrase: str):
    """The parsed tokens of `phrase` where it first occurs in the message (recasing keeps offsets)."""
    start = recase(msg.text).find(phrase)
    return [t for t in msg.doc if start <= t.idx < start + len(phrase)] if start >= 0 else []


def _has_verb(msg, phrase: str) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in _tokens(msg, phrase))


def _kept(msg, found, name: str = "x", verb: bool = False) -> str | None:
    """The group said plainly, or None when it is empty, private, or (with `verb`) not a clause."""
    x = _plain(found.group(name))
    ok = x and not _private(msg, x) and (not verb or _has_verb(msg, found.group(name)))
    return x if ok else None


def _plural(msg, phrase: str) -> bool:
    """Whether the noun phrase's head is plural: "the overruns matter", "the deficit matters"."""
    toks = _tokens(msg, phrase)
    return any(t.tag_ in ("NNS", "NNPS") for t in toks if t.head not in toks or t.head == t)


# "So you'd rather the police just ignore shoplifting downtown?": the choice said back is one the
# speaker rejects; said as "I don't think the police should ignore shoplifting downtown".
_RATHER = re.compile(_OPEN + _Y + r"(?:'d| would) (?:much )?(?:rather|prefer)(?: it if| that)? (?P<x>(?:(?!\bthan\b)[^?.!])+)\?", re.I)


def _rather(found, msg):
    raw = found.group("x")
    x, toks = _plain(raw), _tokens(msg, raw)
    if not x or _private(msg, x) or not toks:
        return None
    first = next((t for t in toks if t.pos_ != "ADV"), toks[0])  # "just wait for rents to drop"
    if first.tag_ == "VB":  # "have no pipeline at all": a course of action for everyone
        return [f"I don't think we should {x}", "Is that what you'd want?"]
    verb = next((t for t in toks if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VB", "VBP", "VBD", "VBZ")), None)
    clause = verb is not None and re.sub(r"\b" + re.escape(verb.text) + r"\b", f"should {verb.lemma_}", x, count=1)
    return clause and clause != x and [f"I don't think {clause}", "Is that what you'd want?"]


# "Are you seriously suggesting the carbon tax is the only reason groceries cost more?": only with the
# sneering adverb — a plain "Are you saying…?" is a real check, which discussion.py reflects back.
_SUGGESTING = re.compile(_OPEN + r"(?:are|r) " + _Y + r" (?:seriously|honestly|really|actually|genuinely|now) (?:suggesting|saying|"
                         r"claiming|telling (?:me|us|people)|arguing|proposing)(?: that)? (?P<x>" + _END + r")\?", re.I)


def _suggesting(found, msg):
    raw = found.group("x")
    x, toks = _plain(raw), _tokens(msg, raw)
    if not x or _private(msg, x) or not _has_verb(msg, raw) or _NEGATED.search(x):  # no "I don't think nobody…"
        return None
    lead = [t for t in toks if t.pos_ in ("VERB", "AUX")][:1]
    words = x.split()
    if lead and lead[0].tag_ in ("VBP", "VB") and words[0].lower() in ("we", "they", "everyone", "people") and \
            len(words) > 1 and words[1].lower() == lead[0].text.lower():  # "we scrap the NHS" → "we should scrap the NHS"
        x = " ".join([words[0], "should"] + words[1:])
    return [f"I don't think {x[0].lower() + x[1:] if words[0] in ('We', 'They', 'Everyone', 'People') else x}",
            "What makes you see it that way?"]


_NEGATED = re.compile(r"\b(?:no|not|never|nobody|no one|nothing|none|neither)\b|n't\b", re.I)

# "Which part of the Bank of Canada report did you miss?": the source read two ways.
_WHICH_PART = re.compile(r"\b(?:which|what) (?:part|bit|section|page) of (?P<x>.+?) (?:did|do) " + _Y + r" (?:\w+ly )?(?:not )?"
                         r"(?P<v>miss|skip(?: over)?|overlook|ignore|understand|get|follow|find (?:so |that )?(?:confusing|hard|"
                         r"difficult))(?: when (?P<when>" + _END + r"))?\s*\?", re.I)


def _which_part(found, msg):
    x = found.group("x").strip()
    x = x if x[:1] in "\"“'‘" else _plain(x)
    if not x or _private(msg, x):
        return None
    when = _plain(found.group("when") or "")
    said = f"When {when}, I read {x} differently from you" if when else f"I read {x} differently from you"
    missed = found.group("v").lower().startswith(("miss", "skip", "overlook", "ignore"))
    return [said, "Which part of it are you going by?" if missed else "How do you read it?"]


# "And who do you suppose covers the cost of the Olympic stadium?"
_WHO_PAYS = re.compile(_OPEN + r"who (?:exactly )?(?:do " + _Y + r" (?:think|suppose|reckon|imagine) )?(?P<v>pays|covers|funds|"
                       r"foots|picks up|ends up paying|ends up covering|bankrolls)\b(?P<x>" + _END + r")\?", re.I)


def _who_pays(found, msg):
    x = _kept(msg, found)
    x = x and x.split(",")[0]  # "…funds the NHS, the tooth fairy?": the mocking guess goes
    return x and [f"I think it matters who {found.group('v').lower()} {x}", "How do you see that working?"]


# "Funny how you never mention the deficit Harper left behind."
_FUNNY = re.compile(r"(?:^|[.!?]\s+)(?:funny|strange|interesting|odd|curious|convenient|notice|weird) how (?:(?:" + _Y + r"|(?:your|ur) "
                    r"side|" + _Y + r" (?:lot|people|guys)) (?:\w+ly )?(?:never|don'?t ever|won'?t ever|rarely|somehow never) "
                    r"(?:once )?|(?:nobody|no one|no-one) (?:on (?:your|ur) side|in (?:your|ur) party) (?:\w+ly )?(?:ever )?)"
                    r"(?:mentions?|brings? up|talks? about|raises?|acknowledges?|admits?) (?P<x>[^.!?]+)", re.I)


def _funny(found, msg):
    x = _kept(msg, found)  # "…the deficit when your guy is in office" is the double standard, thread_asks.py's
    x = x if x and not re.search(r"\b(?:when|whenever|while|if|unless|once)\b", x, re.I) else None
    many = _plural(msg, found.group("x"))
    return x and [f"I think {x} {'matter' if many else 'matters'} here too", f"What do you make of {'them' if many else 'it'}?"]


# "By your logic nobody should ever pay for public transit", "Your logic means we close every hospital".
_LOGIC = re.compile(r"(?:^|[.!?]\s+)(?:so,?\s+)?(?:(?:by|following|going by|with|using) (?:your|ur|that|this|the same) "
                    r"[\"“']?(?:logic|reasoning|argument)[\"”']?,?|(?:your|ur|that|this) (?:logic|reasoning|argument) (?:means|would mean|"
                    r"says|implies)(?: that)?)\s+(?P<x>[^.!?]+)", re.I)


def _logic(found, msg):
    x = _kept(msg, found, verb=True)
    return x and [f"As I see it, the same reasoning would also mean {x}", "How do you see the difference?"]


# "Where were all you fiscal hawks when the bailouts happened?": one standard for both sides.
_WHERE_WERE = re.compile(r"\bwhere (?:were|was) (?:all )?(?:" + _Y + r"(?: [\w-]+){0,2}?|(?:your|ur) (?:side|lot|party))"
                         r"(?:,? then)? when (?P<x>" + _END + r")\?", re.I)


def _where_were(found, msg):
    x = _kept(msg, found)
    return x and [f"I think the same standard should apply back when {x}", "Do you see a difference between the two?"]


# "You obviously have never rented an apartment in Vancouver", "You clearly haven't read the StatCan numbers".
_NEVER = re.compile(r"(?:^|[.!?]\s+)" + _Y + r"(?:'ve| have)? (?:\w+ly )(?:have )?never (?:once |even |ever )?(?P<x>[^.!?]+)", re.I)
_NOT_READ = re.compile(r"(?:^|[.!?]\s+)" + _Y + r" (?:\w+ly )(?:haven'?t|have not|didn'?t|did not) (?:even |actually )?"
                       r"(?P<v>read|seen|looked at|checked|see|look at|check) (?!past\b|beyond\b)(?P<x>[^.!?]+)", re.I)


def _never(found, msg):
    x, toks = _kept(msg, found), _tokens(msg, found.group("x"))
    x = x and re.split(r",? (?:or|otherwise|because|so) ", x)[0]  # "…or you'd know better" is the jab, not the deed
    # the participle only ("waited", tagged either way; not "ran"); worded as stances.py's, so one is offered
    done = toks and (toks[0].tag_ == "VBN" or toks[0].text.lower().endswith("ed"))
    return x and done and [f"I think it looks different once you've {x}", "Have you?"]


def _not_read(found, msg):
    x = _kept(msg, found)  # "a single thing" is the sneer; "the study you linked" is the listener's own
    mine = x and re.match(r"(?:a single|one single|a word|anything|any of)\b", x, re.I) or re.search(r"\byou", x or "")
    them = "them" if _plural(msg, found.group("x")) and not re.search(r"\b(?:data|info)$", x or "", re.I) else "it"
    verb = "read" if found.group("v").lower() == "read" else "look at"
    return x and not mine and [f"I'd like to hear what you make of {x}", f"Have you had a chance to {verb} {them}?"]


# "Did you not notice that the city already cut the library hours?": the fact, as the speaker knows it.
_NOT_NOTICE = re.compile(r"(?:^|[.!?]\s+)(?:so\s+|but\s+)?(?:did " + _Y + r" not|didn'?t " + _Y + r"|have " + _Y + r" not|haven'?t "
                         + _Y + r") (?:even )?(?:notice|see|hear|read|realise|realize)(?: that)? (?P<x>" + _END + r")\?", re.I)


def _fact(msg, found) -> str | None:
    """A clause the speaker states as a fact ("the city cut the library hours"), not a "how…" or "what…"."""
    x = _kept(msg, found, verb=True)
    return x if x and not re.match(r"(?:how|what|why|who|where|when|if|whether)\b", x, re.I) else None


def _not_notice(found, msg):
    x = _fact(msg, found)
    return x and [f"As I understand it, {x}", "Had you seen that?"]


# "Is it really that hard to understand why people are angry about rents?"
_HARD_TO = re.compile(_OPEN + r"is it (?:really |so |that |just |honestly )*(?:hard|difficult|tough|impossible) (?:for " + _Y +
                      r" )?to (?P<v>understand|see|believe|accept|grasp|imagine) (?P<w>that |why |how )?(?P<x>" + _END + r")\?", re.I)


def _hard_to(found, msg):
    x, wh = _kept(msg, found, verb=True), (found.group("w") or "").strip().lower()
    return x and [f"I can understand {wh} {x}" if wh in ("why", "how") else f"I think {x}", "How do you see it?"]


# "What makes you so sure the Americans will honour the trade deal?"
_WHAT_MAKES = re.compile(_OPEN + r"what makes " + _Y + r" (?:so )?(?:think|sure|certain|convinced|believe)(?: that)? (?P<x>" + _END + r")\?",
                         re.I)


def _what_makes(found, msg):
    x = _kept(msg, found, verb=True)
    return x and [f"I'm not sure {x}", "What makes you think so?"]


# "Why would Quebec agree to a pipeline that only benefits Alberta?"
_WHY_WOULD = re.compile(_OPEN + r"why (?:on earth )?would (?!you\b|u\b|I\b|we\b)(?P<x>" + _END + r")\?", re.I)


def _why_would(found, msg):
    """The subject is what comes before the first base verb: "the Bank of Canada | cut rates"."""
    toks = _tokens(msg, found.group("x"))
    verb = next((t for t in toks[1:] if t.pos_ == "VERB"), None)  # "cut" is often tagged past
    x = _plain(found.group("x"))
    if verb is None or not x or _private(msg, x):
        return None
    said = x[0].lower() + x[1:] if re.match(r"(?:The|Any|A|Anyone|Anybody|They)\b", x) else x
    said = re.sub(r"\b" + re.escape(verb.text) + r"\b", "would " + verb.text, said, count=1)
    return [f"I don't see why {said}", "How do you see it?"] if "would " in said else None


# "Why do you keep blaming immigrants for a shortage the province created?"
_KEEP_BLAMING = re.compile(_OPEN + r"why (?:do|does) " + _Y + r" (?:keep|always|still) (?:blaming|blame) (?P<who>[^?]+?) for "
                           r"(?P<x>" + _END + r")\?", re.I)
_ALWAYS_BLAME = re.compile(_OPEN + r"why is it always (?P<a>[^?]+?) (?:that )?" + _Y + r" blame,? (?:and )?(?:never|not) "
                           r"(?P<b>" + _END + r")\?", re.I)


def _keep_blaming(found, msg):
    who, x = _kept(msg, found, "who"), _kept(msg, found)
    are = "are" if _plural(msg, found.group("who")) else "is"
    return who and x and not re.match(r"(?:him|her|them|it|this|that)$", who, re.I) and [f"I don't think {who} {are} to blame for {x}", "What makes you see it that way?"]


def _always_blame(found, msg):
    a, b = _kept(msg, found, "a"), _kept(msg, found, "b")
    deserve = "deserve" if _plural(msg, found.group("b")) else "deserves"
    return a and b and [f"I think {b} {deserve} as much scrutiny as {a}", "What makes you see it differently?"]


# "Does it not bother you that the oil companies got record profits?", "Doesn't it strike you as odd that…"
_BOTHER = re.compile(_OPEN + r"(?:does it not|doesn'?t it|does that not|doesn'?t that) (?P<v>bother|worry|concern|trouble|surprise|"
                     r"strike) " + _Y + r"(?P<as> as (?:odd|strange|weird|suspicious|a bit odd|convenient))? that (?P<x>" + _END + r")\?", re.I)


def _bother(found, msg):
    x, verb = _kept(msg, found, verb=True), found.group("v").lower()
    if not x:
        return None
    if verb == "strike":
        return [f"It strikes me {(found.group('as') or ' as odd').strip()} that {x}", "How do you see it?"]
    verbs = "worries" if verb == "worry" else f"{verb}s"
    return [f"It {verbs} me that {x}", f"Does it {verb} you?"]


# "So it's the immigrants' fault now, is it?": the claim mocked, which the speaker doesn't hold.
_IS_IT = re.compile(r"^\W*(?:so|oh|right|ah),?\s+(?P<x>[^?.!]+?),?\s+(?:is it|is that it|are they|are we|is that right|do we|"
                    r"does it|eh)\s*\?+(?:\s*(?:lol|lmao|smh|[^\w\s]))*\s*$", re.I)  # "…, is it? lol 🙄"


def _is_it(found, msg):
    x = _plain(re.sub(r"\b(?:now|again)\b", " ", found.group("x"), flags=re.I))
    x = re.sub(r"\b(we|they|people)(?:'re| are) (?:meant|supposed|expected) to\b", r"\1 should", x, flags=re.I)  # the speaker's "should"
    x = re.sub(r"\s+", " ", x).strip(" ,")
    if not x or _private(msg, x) or not _has_verb(msg, found.group("x")) or _NEGATED.search(x):
        return None
    fault = re.match(r"(?:it'?s|it is|that'?s|that is) (?P<n>.+?)(?P<s>'s|')? (?:fault|doing)$", x, re.I)
    if fault:  # "it's the immigrants' fault": who is to blame, said without the blame word the sarcasm hangs on
        many = fault.group("s") == "'" or _plural(msg, fault.group("n"))
        return [f"I don't think {fault.group('n')} {'are' if many else 'is'} responsible for this", "Do you see it differently?"]
    return [f"I don't think {x[0].lower() + x[1:] if not x.split()[0].isupper() else x}", "Is that what you're suggesting?"]


# "Let's see you run a hospital on that budget then."
_LETS_SEE = re.compile(r"^\W*(?:well,?\s+|ok,?\s+)?let'?s see " + _Y + r" (?:try (?:and |to )?)?(?P<x>[^.!?]+?)(?:,?\s*then)?\s*[.!?]*$", re.I)


def _lets_see(found, msg):
    x = _kept(msg, found)  # "Let's see you do better" names no task to call hard
    return x and _public(msg, x) and [f"I think it would be hard to {x}", "How would you go about it?"]


# "Try explaining that to the families on the waitlist", "Go tell that to the farmers in Manitoba".
_TELL_THAT = re.compile(r"^\W*(?:(?:go|just|maybe|now)\s+)?(?:(?:try|go)\s+)?(?:tell|explain|say|telling|explaining|saying) "
                        r"(?:that|this|it) to (?P<who>[^.!?]+)", re.I)
# "Maybe ask the people in Flint how well deregulation worked."
_ASK_THEM = re.compile(r"^\W*(?:(?:go|just|maybe|try)\s+)?(?:go\s+)?(?:ask|asking) (?P<who>[^.!?]+?) how (?:well )?(?P<x>[^.!?]+?) "
                       r"(?:worked|went|turned out|is working|is going)(?: out)?(?: for them)?\s*[.!?]*$", re.I)


def _tell_that(found, msg):  # "the judge", "the marines": the idiom, with nobody real to ask
    who = _kept(msg, found, "who")
    return who and not re.match(r"(?:him|her|them|the judge|the marines)$", who, re.I) and [f"I don't think {who} would agree with that", "How do you think it sounds to them?"]


def _ask_them(found, msg):
    who, x = _kept(msg, found, "who"), _kept(msg, found)
    return who and x and [f"I don't think {x} worked well for {who}", "How do you see it?"]


# "You do realise the tariffs are paid by American importers, don't you?": the fact, without the tag.
_REALISE_TAG = re.compile(r"(?:^|[.!?]\s+)(?:so |but )?" + _Y + r" (?:do |did )?(?:realise|realize|know|understand|get) (?:that )?"
                          r"(?P<x>[^?.!]+?),? (?:don'?t|didn'?t|do|did) " + _Y + r"\s*\?", re.I)


def _realise_tag(found, msg):
    x = _fact(msg, found)
    return x and [f"As I understand it, {re.sub(r'[, ]+too$', '', x)}", "Is that how you see it too?"]  # one "too" is enough


# "Isn't it convenient that you only noticed the debt after the election?": a change of heart doubted.
_ONLY_AFTER = re.compile(r"\b(?:convenient|funny|interesting|strange|odd) (?:that|how) " + _Y + r" only (?:\w+ly )?(?:noticed|"
                         r"started (?:caring|worrying|talking) about|care about|cared about|worry about|found out about|discovered|"
                         r"remembered|mention(?:ed)?) (?P<x>[^?.!]+?) (?:after|once|since) (?P<when>[^?.!]+)", re.I)


def _only_after(found, msg):
    x, when = _kept(msg, found), _kept(msg, found, "when")
    # "before the election", "before Labour got in"; not "before they…", whose "they" is unclear
    return x and when and re.match(r"(?:the|a|an|this|that|[A-Z])", when) and [f"I think {x} mattered before {when} too", "What changed for you?"]


# "I'd love to hear how you plan to pay for all of that.": the doubt and the real question.
_LOVE_TO_HEAR = re.compile(r"^\W*I'?d (?:love|like|be curious) to (?:hear|see|know) how " + _Y + r"(?: plan to|'d| would| are going to|"
                           r" intend to| expect to| propose to) (?P<v>pay for|fund|afford|fix|solve|build|staff) (?P<x>[^.!?]+)", re.I)


def _love_to_hear(found, msg):
    x, v = _kept(msg, found), found.group("v").lower()
    return x and [f"I'm not sure how we'd {v} {x}", f"How would you {v} it?"]


_READINGS = ((_REALISE_TAG, _realise_tag), (_ONLY_AFTER, _only_after), (_SUGGESTING, _suggesting), (_RATHER, _rather),
             (_WHICH_PART, _which_part), (_WHO_PAYS, _who_pays), (_FUNNY, _funny), (_LOGIC, _logic), (_WHERE_WERE, _where_were), (_NEVER, _never), (_NOT_READ, _not_read), (_NOT_NOTICE, _not_notice),
             (_HARD_TO, _hard_to), (_WHAT_MAKES, _what_makes), (_WHY_WOULD, _why_would), (_KEEP_BLAMING, _keep_blaming),
             (_ALWAYS_BLAME, _always_blame), (_BOTHER, _bother), (_IS_IT, _is_it), (_LETS_SEE, _lets_see),
             (_TELL_THAT, _tell_that), (_ASK_THEM, _ask_them), (_LOVE_TO_HEAR, _love_to_hear))


@per_message
def replies_to_commenter(msg) -> list[list[str]]:
    """The speaker's view and a real question for each commenter jab found: lists of sentences."""
    text = recase(unaddressed(msg))
    if not _public(msg, text, _PUBLIC_ENTS | {"PERSON"}):  # about public matters; not "So you'd rather we stayed home?"
        return []
    return replies_from(_READINGS, text, msg)
