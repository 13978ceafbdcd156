"""Owns the reply to contempt for what someone said, advised or knows: the speaker's own view on that
content, then a genuine question.

Mockery of an opinion ("Stunning financial insight, really") names no act of the listener's that
"I feel … when you …" could keep, and the insult itself is nothing to keep. What the speaker can
honestly say is that they see the advice, claim or question differently, in its own words, and ask
what the other person knows: "I'm not sure buying a Tesla is the right advice for someone with a
2009 Civic. What would you suggest for someone in that spot?"
"""

from __future__ import annotations

import re

from . import inflect
from .stances import gerunds
from .surface import is_emoji, recase
from .lexicon import PERSONAL
from .memo import per_message
from .surface_mends import without_shrug

# A quoted span: an opening mark not inside a word, apostrophes inside words allowed ("don't").
_QUOTE = re.compile(r"(?<![\w'’])(['‘\"“])(?P<q>(?:[^'’\"”\n]|(?<=\w)['’](?=\w))+?)['’\"”](?![\w'’])")
_CLOSE = {"'": "'", "‘": "’", '"': '"', "“": "”"}
_SOFTENERS = {"just", "simply", "only", "literally"}
_TELL_BEFORE = re.compile(r"\b(?:tell|tells|telling|told|advise|advising|advised)\s+(?P<r>[^.!?;]+?)\s+to\s*$", re.I)
_ADVISING = re.compile(r"\b(?:advice|advise[sd]?|tips?|suggest\w*|coaching|recommend\w*|tell|tells|told|telling)\b", re.I)
_FIRST_PERSON = r"\b(?:I|I'm|me|my|we|us|our)\b"
_TO_AFTER = re.compile(r"^\s*(?:to|for)\s+(?P<r>[^.!?;]+)", re.I)
# "the guy with a 2009 Civic" is a stranger described by his situation: "someone with a 2009 Civic".
_STRANGER = re.compile(r"^(?:the|a|this|that|some) (?:guy|dude|bloke|man|woman|gal|person|poor guy|poor soul)\b", re.I)
_PRAISE = re.compile(r"\b(?:incredible|amazing|great|stunning|brilliant|impressive|solid|stellar|excellent|"
                     r"fantastic|wonderful|outstanding|flawless|groundbreaking|riveting|fascinating|genius|"
                     r"congrats|congratulations|bravo|top[- ]notch|world[- ]class|hot|galaxy[- ]brain(?:ed)?|"
                     r"big[- ]brain(?:ed)?)\b", re.I)
_EVIDENCE = re.compile(r"\b(?:research|sources?|citations?|evidence|proof|studies|study|fact[- ]?check\w*)\b", re.I)
# "trust me, I'll be there" is a promise; "source: trust me bro" mocks a claim with none behind it
_TRUST_ME = re.compile(r"\bsource\b.{0,20}\btrust me\b|\btrust me,? (?:bro|bruh|dude|mate)\b", re.I)
# "you're not a 'car guy', you're a guy who has watched a lot of videos" / "…, you're someone with a blog"
_NOT_BUT = re.compile(r"\byou(?:'re|’re| are) not (?:really |actually )?(?P<x>(?:an?|the) [^,;.!?]+?)\s*[,;.]+\s*"
                      r"(?:you(?:'re|’re| are) )?(?:just |only |literally )?(?:(?:an?|the|some) (?:\w+ ){0,2}?|someone |somebody )"
                      r"(?P<rel>who|that|with) (?P<z>[^.!?;]+)", re.I)
# "a sudden burning curiosity about whether vaccines 'really' work": the question under the suspicion
_WONDERING = re.compile(r"\b(?:curiosity|curious|interest|interested|question|questions|wondering|wonders|asking|"
                        r"asks|concern|concerned|doubts?)\b[^.!?]*?\b(?:whether|if) (?P<q>[^.!?]+)", re.I)
# "asking if I'm OK" is no suspicion; "another brand-new account asking whether …" is.
_SUSPICION = re.compile(r"\b(?:account|accounts|sudden|suddenly|coincidence|just asking|innocent|innocently|burning)\b", re.I)
_SCARE_ADVERB = re.compile(r"\s*['‘\"“](?:really|actually|truly|honestly|just|even)['’\"”]", re.I)
_OPINION_NOUNS = {
    "take": "agree", "opinion": "agree", "claim": "agree", "argument": "agree",
    "theory": "agree", "idea": "about", "plan": "about", "suggestion": "about", "advice": "about",
    "insight": "reasoning", "wisdom": "reasoning", "analysis": "reasoning", "logic": "reasoning",
    "reasoning": "reasoning"}
_AUX = {"has", "have", "had", "'s", "’s", "'ve", "is", "was", "does", "did", "just", "only", "really",
        "literally", "apparently", "clearly", "probably"}


def disagreement(msg) -> list[tuple[list[str], bool]]:
    """Replies to mockery of an opinion, advice or claim: (sentences, fallback) pairs, best first.

    A fallback names only what kind of opinion it was ("that take") and is shown only when nothing
    fuller passes the re-check.
    """
    if not msg.blaming:
        return []
    text = recase(msg.text)  # shouting lowered in place: offsets still match the parse
    found = [reply for reply in (_advice(msg, text), _not_but(msg, text), _wondering(msg, text), _evidence(msg, text),
                                 _knowledge(msg, text), _if_you_think(msg, text), _explain_why(msg, text),
                                 _keep_saying(msg, text)) if reply]
    found = found or [reply for reply in (_claims(msg, text),) if reply]  # the general case, only when none fits
    if found:
        return [([_small_a(line) for line in reply], False) for reply in found]
    mocked = _mocked_opinion(msg, text)
    return [(mocked, True)] if mocked else []


def _small_a(line: str) -> str:
    # recase leaves one-letter words alone: a shouted "A" mid-sentence is the article
    return re.sub(r"(?<=[a-z,] )A(?= [a-z0-9])", "a", line)


def _advice(msg, text: str) -> list[str] | None:
    """Quoted advice ("'just buy a Tesla'") and who it was given to, said as doubt about that advice."""
    for found in _QUOTE.finditer(text):
        # "just have one at the wedding, it's a celebration": the advice is the first part
        words = _clean_quote(re.split(r"[,;:–—]| - ", found.group("q"))[0]).split()
        if len(words) < 2 or words[0].lower() not in _SOFTENERS:
            continue  # advice quoted to mock it opens "just …"; a quoted claim or name is not advice
        tag, verb = _word_at(msg.doc, found.start("q"), found.end("q"), words[1])
        if tag in ("VBG", "VBN", "VBD", "VBZ"):
            continue  # "just asking questions", "just being honest": a stance quoted, not advice
        before = re.split(r"[.!?]\s", text[:found.start()])[-1]
        told = _TELL_BEFORE.search(before) or _TO_AFTER.match(text[found.end():])
        recipient = _recipient(told.group("r")) if told else None
        if re.search(_FIRST_PERSON, before, re.I) or recipient and re.search(_FIRST_PERSON, recipient, re.I):
            continue  # "I'm supposed to tell my mom to 'just stop calling'": advice to the speaker
        if not recipient and (not _ADVISING.search(text) or re.search(_FIRST_PERSON, text, re.I)):
            continue  # advice the speaker was given ("why didn't I think of that"): the hurt is theirs
        mark = found.group(1)
        # "just git gud" is no verb the parse knows: quoted as it was said, it is still the advice
        deed = " ".join([inflect.gerund(verb)] + words[2:]) if tag == "VB" else f"{mark}{' '.join(words)}{_CLOSE[mark]}"
        if recipient:
            doubt = msg.pick([f"I'm not sure {deed} is the right advice for {recipient}",
                              f"I don't think {deed} is much help to {recipient}"], "advice")
            ask = msg.pick(["What would you suggest for someone in that spot?",
                            "What else could we suggest?"], "advice-ask")
        else:
            doubt = f"I'm not sure {deed} is the right advice here"
            ask = "What makes you think it would work?"
        return [doubt, ask]
    return None


def _not_but(msg, text: str) -> list[str] | None:
    """"You're not an X, you're a Y who Z" → doubt that Z makes someone an X, and a question."""
    found = _NOT_BUT.search(text)
    if not found:
        return None
    z = _clean_quote(found.group("z"))
    if found.group("rel").lower() == "with":
        deed = f"having {z}"
    else:
        words = z.split()
        while words and words[0].lower() in _AUX:
            words = words[1:]
        if not words:
            return None
        start = found.start("z") + found.group("z").find(words[0])
        tag, verb = _word_at(msg.doc, start, found.end("z"), words[0])
        if not (tag or "").startswith("VB"):
            return None
        deed = " ".join([inflect.gerund(verb)] + words[1:])
    claim = found.group("x").strip()
    return [f"I'm not sure {deed} makes someone {claim}",
            msg.pick(["Where does your view come from?", "What else is your view based on?"], "not-but")]


def _wondering(msg, text: str) -> list[str] | None:
    """Suspicion of someone's motive for asking → the question itself taken as fair."""
    found = _WONDERING.search(text)
    if not found or not _SUSPICION.search(text):
        return None
    question = _SCARE_ADVERB.sub("", found.group("q"))
    question = _clean_quote(question).rstrip(" ,")
    if len(question.split()) < 2 or re.search(r"\b(?:i|me|my|you|your|u|ur)\b", question, re.I):
        return None
    return [f"It's fair to wonder whether {question}",
            msg.pick(["What have you read about it so far?", "What have you come across so far?"], "wonder")]


def _evidence(msg, text: str) -> list[str] | None:
    """Mocking a claim's sources ("Source: trust me bro", "Incredible research") → asking for one."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    mocked = _TRUST_ME.search(text) or any(_EVIDENCE.search(s) and _PRAISE.search(s) for s in sentences)
    if not mocked:
        return None
    if re.search(r"\b(?:research|studies|study)\b", text, re.I):
        return ["I'd like to see the research behind that before I believe it", "Do you have a source?"]
    return ["I'd like to see a source for that before I believe it", "Do you have one?"]


# "you have no idea what you're talking about", "you clearly don't know what you're on about"
_CLUELESS = re.compile(r"\b(?:you|u)(?:'ve| have)?(?: got)?\s+(?:\w+ly\s+)?(?:no|zero|not (?:got )?an?y?)\s+(?:idea|clue)\b|"
                       r"\b(?:you|u)\s+(?:\w+ly\s+)?(?:don't|do not|dont)\s+(?:know|understand)\s+(?:what|anything)\b|"
                       r"\b(?:you|u)\s+know nothing\b", re.I)


# "You're wrong and you know it.", "That's simply false.", "Get your facts
# straight": the listener's claim dismissed, with no word on what they know; the speaker's claim beside it is
# theirs to say only when it is about the world ("Electric cars are cheaper to run"), not about them ("I did call").
_DISMISSED = re.compile(r"\b(?:you|u)(?:'re| are| r)\s+(?:\w+ly\s+|just\s+|so\s+|dead\s+|flat\s+)?(?:wrong|mistaken|"
                        r"misinformed)\b|\b(?:that'?s|this is|thats)\s+(?:just\s+|simply\s+|\w+ly\s+)?(?:false|untrue|"
                        r"not true|misinformation)\b|\bget (?:your|ur) facts straight\b|"
                        r"\b(?:do (?:your|some) research|educate yourself)\b|"
                        r"\b(?:you(?:'ve| have)?\s+)?got it (?:all\s+)?backwards\b", re.I)


def _knowledge(msg, text: str) -> list[str] | None:
    """"You have no idea what you're talking about, the budget was approved in March": an attack on
    what the listener knows, around a fact. The fact is the speaker's view, then a question."""
    clueless = _CLUELESS.search(text)
    if not clueless and not _DISMISSED.search(text):
        return None
    from .reading import facts_of  # reading's strategies import this module's callers

    facts = [f for f in facts_of(msg, roles=("fact",)) if not re.match(r"^(?:you|u)\b", f, re.I)
             and (clueless or not re.search(r"\b(?:I|we|me|my|our|you|your|u|ur)\b", f, re.I))]
    if not facts:
        return None
    return [_as_my_view(msg, facts[0], "knowledge"),
            msg.pick(["Can we look at it together?", "What are you basing that on?"], "knowledge-ask")]


# "You're delusional if you think the council will fix the roads before the election": a belief mocked; the
# speaker doubts it. Either order: "if you think X, you're dreaming".
_DELUDED = r"(?:you(?:'re| are)|ur|u r)\s+(?:\w+ly\s+|so\s+|completely\s+)?" \
           r"(?:delusional|deluded|dreaming|kidding yourself|" \
           r"naive|naïve|mad|crazy|insane|joking|having a laugh)"
_BELIEF = r"if\s+(?:you|u)\s+(?:honestly\s+|really\s+|actually\s+|seriously\s+)?" \
          r"(?:think|believe|reckon|expect)\s+(?:that\s+)?" \
          r"(?P<x>[^.!?,;]+)"
_IF_YOU_THINK = (re.compile(rf"\b{_DELUDED}\s+{_BELIEF}", re.I), re.compile(rf"\b{_BELIEF},?\s+{_DELUDED}", re.I))


def _if_you_think(msg, text: str) -> list[str] | None:
    """A belief the listener is mocked for holding → the speaker's doubt about it, and a question."""
    found = next((m for m in (pattern.search(text) for pattern in _IF_YOU_THINK) if m), None)
    if not found:
        return None
    belief = found.group("x").strip()
    if len(belief.split()) < 3 or re.search(r"\b(?:i|i'm|me|my|we|us|our)\b", belief, re.I):
        return None  # "if you think I'm paying for that": the speaker's own stand, left to the other readings
    return [f"I'm not convinced {belief}",
            msg.pick(["What makes you think so?", "What makes you expect that?"], "belief")]


# Words of a thread's argument about what is true: its sources and its places. A complaint about work or home
# ("the client deck still has last quarter's numbers", "the invoice was due on the 14th") names none of them.
_THREAD = re.compile(r"\b(?:article|articles|thread|post|OP|comment|comments|sub|subreddit|forum|study|studies|data|"
                     r"source|"
                     r"sources|census|stats|statistics|research|economists?|science|scientists?|journalis\w+|headline|"
                     r"abstract|papers|graph|chart|podcast|debunked|myth|history book|consensus|peer[- ]reviewed|"
                     r"theory|economics|econ|basic math|basic maths)\b",
                     re.I)
# A claim of the speaker's own about the world: no one in the conversation in it, and no sneer ("Basic math.",
# "Not quite the same, is it.", "Posting before googling is why this sub is unusable", "This is the third time"), and
# none that opens with a pronoun: "they said Windows 11" said back needs its "OP" ("it's £9,250 a year" is no pronoun).
_PERSONAL_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|we|us|our|you|your|you're|yours|u|ur|ya)\b", re.I)
_SNEERS = re.compile(r"^(?:they|he|she|this|that|these|those)\b|^it\s+(?!is\b|was\b)\w+\b|\bwhy\b|"
                     r"\b(?:nobody|no one|people like|some people|someone|somebody|everyone|everybody)\b|"
                     r"\b(?:hilarious|adorable|laughable|priceless|pathetic|embarrassing)\b|"
                     r"^\w+ing\b|^(?:imagine|maybe|try)\b|\b(?:third|second|fourth|fifth|\d+(?:st|nd|rd|th)) time\b|"
                     r",\s*(?:is|isn't|was|wasn't|are|aren't|does|doesn't|"
                     r"do|don't|did|didn't)\s+(?:it|they|he|she|that)\W*$", re.I)
# What a thread's listener says there: "…and you're still complaining about Toronto".
_SPEECH = {"say", "claim", "post", "complain", "whine", "moan", "rant", "type", "write", "comment", "argue", "insist",
           "repeat"}
_SEEING = {"read", "know", "think", "watch", "see", "understand", "believe", "skim", "open",
           "google", "get", "miss", "confuse", "mix"} | _SPEECH  # "you've got it backwards", "you missed the point"
# A sneer before the claim ("Too bad the Fed raised rates eleven times"): the claim is what follows it.
_SNEER_OPENER = re.compile(r"^(?:too bad|shame|funny how|except|newsflash|fun fact|spoiler|hint|reminder)\b[:,]?\s*",
                           re.I)


# The listener's words said back to be disputed ('but sure, "nobody uses it."', 'the NHS is "fine."'); the sneer a
# claim ends on (", but sure") is surface_mends.without_shrug's.
_DISPUTED = re.compile(r"\b(?:but sure|go off|sure thing)\b|[\"“][^\"”]{2,60}[\"”]", re.I)


def _argues_views(msg) -> bool:
    """Whether the message is a thread's argument about what is true (its own words: the article, the data, the
    study, a theory), with nothing the listener did complained of but what they read, said or believe."""
    return bool(_THREAD.search(msg.text)) and not _acts_complained(msg)


def _disputes_with_a_number(msg, claims: list[str]) -> bool:
    """Whether a message of two sentences or more, about nobody's life but a view, answers what the listener said or
    believes with a number ("The new line carries 40,000 riders a day, but sure, 'nobody uses it.'"): a thread's
    argument without the thread's words. A fact of the speaker's own ("I", "my") is a complaint, not a claim."""
    from .discussion import about_views  # discussion.py reads the strategies' modules: imported late

    return (bool(claims) and bool(re.search(r"\d", claims[0])) and len(list(msg.doc.sents)) >= 2
            and not PERSONAL.search(msg.text) and bool(about_views(msg) or _DISPUTED.search(msg.text))
            and not _acts_complained(msg))


def _speech_jabbed(msg) -> bool:
    """"…and you're still complaining about Toronto": what the listener says in the thread, jabbed at."""
    return any(c.you_subject and c.head.lemma_.lower() in _SPEECH for c in msg.clauses)


def _acts_complained(msg) -> bool:
    """Whether the message complains of something the listener did, beyond what they read, said or believe."""
    from .reading import told_act  # reading's strategies import this module's callers

    return any(c.you_subject and not c.question and told_act(c) and c.head.lemma_.lower() not in _SEEING
               for c in msg.clauses)


# A public thread's reply, said to a stranger: the listener's side or crowd ("people like you", "your lot", "your
# guy"), or the thread itself ("this comment section"); a household's complaint names none of these.
CROWD = r"people like (?:you|u)|(?:you|u) people|(?:you|ya) lot"  # the listener's crowd (register.py too)
_STRANGER_MARKS = re.compile(rf"\b(?:{CROWD}|your (?:lot|side|guys?|party|mob)|"
                             r"comment(?:s|er|ers)?|comment section|thread|posting|post|headline|readers?)\b", re.I)
_PUBLIC_BODIES = {"ORG", "NORP", "LAW"}
_PUBLIC_ENTS = {"ORG", "NORP", "LAW", "GPE", "MONEY", "PERCENT"}


def _public_affairs_argument(msg) -> bool:
    """Whether the message argues public affairs with a stranger: about public affairs (stances.about_affairs) or
    naming two public names or figures ("Alberta", "23%"), said to a side or in a thread, or naming a public body
    ("the Bank of Canada", "Liberals", "Bill 124") beside another public name or figure ("Ontario", "$733");
    with nothing the listener did complained of."""
    from .stances import about_affairs  # stances reads this module's callers: imported late

    # (a body's name of three letters or more: the small model tags "the AC" of a household's bill an organisation)
    ents = [e.label_ for e in msg.doc.ents if e.label_ in _PUBLIC_ENTS and (e.label_ not in _PUBLIC_BODIES
                                                                            or len(e.text) > 2)]
    if not (about_affairs(msg.text) or len(ents) >= 2) or _acts_complained(msg):
        return False
    return bool(_STRANGER_MARKS.search(msg.text)) or (any(e in _PUBLIC_BODIES for e in ents) and len(ents) >= 2)


# "Now explain why Alberta's tuition went up 23% under your guys", "Now do the part where your party voted against
# the same bill in 2019": a dare whose object is the speaker's claim.
_EXPLAIN_WHY = re.compile(r"(?:^|[.!?]\s+)(?:(?:now|so|ok|okay|then),?\s+)?(?:explain(?: to (?:me|us))?|tell (?:me|us)|"
                          r"do the (?:part|bit) where)\s+(?:why|where|how come)?\s*(?P<x>[^.!?]+)", re.I)


def _explain_why(msg, text: str) -> list[str] | None:
    """A dare to explain the speaker's claim, in a public argument: the claim said as the speaker's view."""
    found = _EXPLAIN_WHY.search(text)
    if not found or not public_argument(msg):
        return None
    claim = re.sub(r"^(?:the )?(?:part|bit) where\s+", "", found.group("x").strip())
    if len(claim.split()) < 4 or re.search(r"\b(?:I|me|my|us|we)\b", claim):
        return None
    return [_as_my_view(msg, claim, "dare"), msg.pick(["How do you see it?", "What do you make of that?"], "dare-ask")]


# "You keep saying "most Canadians" like you've met more than twelve of them": the words the listener repeats.
_KEEP_SAYING = re.compile(r"\b(?:you|u) (?:keep|kept|always) (?:saying|typing|repeating|writing|posting|calling \w+) "
                          r"[\"“](?P<q>[^\"”]{2,60})[\"”]", re.I)


def _keep_saying(msg, text: str) -> list[str] | None:
    """The listener's repeated words doubted, and what they rest on asked."""
    from .discussion import about_views  # discussion.py reads the strategies' modules: imported late
    from .stances import about_affairs  # stances reads this module's callers: imported late

    found = _KEEP_SAYING.search(text)
    if not found or re.search(r"\b(?:I|me|my)\b", found.group("q")):
        return None  # "you keep saying "I'm fine"": between the two of them, not a view
    start, end = found.span("q")
    public_words = about_affairs(found.group("q")) or any(
        e.label_ in ("NORP", "GPE", "ORG") and start <= e.start_char < end for e in msg.doc.ents)
    if not (public_words or public_argument(msg) or about_views(msg)):
        return None  # "…"next week" since June": a promise put off, not a view
    return [f"I'm not sure about \"{found.group('q').strip(' .,')}\"", "What are you basing that on?"]


@per_message  # asked by the claims, the dares, the thread register (per candidate) and engine._choose
def public_argument(msg) -> bool:
    """Whether the message argues what is true with someone in a thread or about public affairs, with nothing the
    listener did complained of, not even asked ("You found time to post your holiday pics but not to swap one
    battery?"), and nothing of the speaker's own life in it ("my parcel"): there, a line of hurt ("It's frustrating
    for me when Vancouver rents are way above the national average") answers a stranger's view as if it were a
    partner's lapse (engine._choose)."""
    from .reading import told_act  # reading's strategies import this module's callers

    if PERSONAL.search(msg.text) or any(c.you_subject and c.question and told_act(c)
                                        and c.head.lemma_.lower() not in _SEEING for c in msg.clauses):
        return False
    return _argues_views(msg) or _public_affairs_argument(msg)


def _claims(msg, text: str) -> list[str] | None:
    """A thread's jab around the speaker's own claims ("Did your brain take the day off? The article says 62% of
    the budget goes to salaries."): the claims said as the speaker's view, and a question. Read only in a thread's
    argument (its own words: the article, the data, the study, or a number against the listener's view), where
    nothing the listener did is complained of but what they read, said or believe, and where a claim of four words
    or more names nobody in the conversation."""
    from .discussion import about_views  # discussion.py reads the strategies' modules: imported late
    from .reading import facts_of  # reading's strategies import this module's callers
    threaded = _argues_views(msg) or _public_affairs_argument(msg)
    if not (threaded or len(list(msg.doc.sents)) >= 2):
        return None  # "You sold me the Corsa as…": a complaint about an act, not a view
    claims = [without_shrug(_SNEER_OPENER.sub("", f)) for f in facts_of(msg, roles=("fact",))]
    claims = [f for f in claims if len(f.split()) >= 4 and not _PERSONAL_WORDS.search(f)
              and not f.rstrip().endswith("?") and not _SNEERS.search(f) and not listeners_claim(msg, f)]
    if not (threaded or _disputes_with_a_number(msg, claims)):
        return None
    checkable = bool(claims) and re.search(r"\d", claims[0])  # a number the thread can check: "since the early 2000s"
    if not claims or not (about_views(msg) or _CLUELESS.search(text) or _DISMISSED.search(text)
                          or _mocked_opinion(msg, text) or checkable or _speech_jabbed(msg)):
        return None
    lines = [_as_my_view(msg, claims[0], "claims")]
    lines += [c[:1].upper() + c[1:] for c in claims[1:3]]
    return lines + [msg.pick(["How do you see it?", "Have you seen something that says otherwise?"], "claims-ask")]


def listeners_claim(msg, fact: str) -> bool:
    """Whether `fact` is the listener's, not the speaker's: said under a "you" that claims, says or thinks ("You
    claim students are "entitled" and tuition is too cheap"), or echoed after "but sure" ("…too, but sure, it's
    all Ottawa's fault")."""
    at = msg.text.lower().find(fact.lower()[:20])  # (its opening words: a quote mark may sit further in)
    if at < 0:
        return False
    sentence = next((s for s in msg.doc.sents if s.start_char <= at < s.end_char), None)
    if sentence is None:
        return False
    before = msg.text[sentence.start_char:at].lower()
    first = next((t for t in sentence if t.idx >= at), None)
    return bool(re.search(r"\b(?:but )?sure,?\s*$|\bsure,\s", before)) or first is not None and any(
        t.lemma_.lower() in _SEEING and any(c.dep_ == "nsubj" and c.lower_ in ("you", "u") for c in t.children)
        and t.i < first.i and first.i in {d.i for d in t.subtree}  # what "you claim" covers, not "…and you moan"
        for t in sentence)


def _as_my_view(msg, fact: str, salt: str) -> str:
    """`fact` said as the speaker's understanding, its first word lowered unless it is "I" or a name."""
    if not (fact.startswith("I ") or _named(msg, fact)):
        fact = fact[:1].lower() + fact[1:]
    return msg.pick([f"I see it differently: as far as I know, {fact}", f"My understanding is that {fact}"], salt)


def _named(msg, fact: str) -> bool:
    """Whether `fact` opens with a name ("Canada's healthcare…"), which keeps its capital after "as far as I know"."""
    first = re.match(r"[\w'’]+", fact)
    return bool(first) and any((t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "LANGUAGE"))  # "English fees…"
                               and fact.startswith(t.text) and t.text[:1].isupper()
                               and (t.ent_type_ or not t.is_sent_start)  # "Burglary in Victoria…": a capital, no name
                               for t in msg.doc if t.text == first.group().split("'")[0].split("’")[0])


def _mocked_opinion(msg, text: str) -> list[str] | None:
    """Last resort: sarcastic praise of a take or idea ("genius idea", "GREAT TAKE") → disagreeing
    with it, and asking why. The praise must stand right before the noun: "great, the plan's ruined"
    complains about a plan, it doesn't mock one."""
    for found in re.finditer(_PRAISE.pattern + r"[ -](?:[a-z]+ ){0,2}?(?P<noun>[a-z]+)\b", text, re.I):
        word = found.group("noun").lower()
        kind = _OPINION_NOUNS.get(word)
        if kind and re.match(r"\s*,?\s*\w+ing\b", text[found.end():]):
            continue  # "genius plan, booking the flights for the wrong month": an act, not an opinion
        if kind == "agree":
            return [f"I'm not sure I agree with that {word}", "What makes you see it that way?"]
        if kind == "about":
            # "Great idea. Let's paint the nursery black.": the idea, quoted back in its own words
            echoed = re.search(r"\blet['’]?s (?P<verb>[a-z]+) (?P<rest>[^.!?]+)", text, re.I)
            thing = (gerunds(f"{echoed.group('verb').lower()} {echoed.group('rest').strip()}")
                     or f"{inflect.gerund(echoed.group('verb').lower())} {echoed.group('rest').strip()}") if echoed \
                else f"that {word}"
            return [f"I'm not sure about {thing}", "Can you walk me through it?"]
        if kind == "reasoning":
            return ["I'm not sure I follow the reasoning there", "Can you walk me through it?"]
    return None


def _clean_quote(text: str) -> str:
    """A quote's words without emoji, trailing marks or doubled spaces."""
    text = "".join(ch for ch in text if not is_emoji(ch))
    return re.sub(r"\s+", " ", text).strip(" .,!?;:")


def _word_at(doc, start: int, end: int, word: str) -> tuple[str | None, str | None]:
    """The tag and base form of `word` where it stands in the message (None, None if not found)."""
    for tok in doc:
        if start <= tok.idx < end and tok.lower_ == word.lower():
            return tok.tag_, tok.lemma_.lower()
    return None, None


def _recipient(text: str) -> str | None:
    text = _clean_quote(text)
    text = _STRANGER.sub("someone", text)
    return text if len(text.split()) >= 2 else None
