"""Comment-thread hostility — news, politics, sport, tech and parenting threads — said as the
speaker's own position and a real question, in discussion.py's register.

A reply in a comment thread is rarely a household complaint: "Source?", "Found the landlord.",
"Name one country where rent control worked. I'll wait." and "Tell me you've never ridden a bus
without telling me" are jabs in an argument about views. The household strategies turn them into
"I've been feeling upset about the vegans" or apologise for the speaker's own facts ("I'm sorry
it's been a hassle. Kids don't need an iPad at two."). What the speaker can honestly keep is the
claim they are making — said as what they know — and the question under the jab:

    "Lol did you even watch the match? The ref gave them two penalties."
    → "As far as I know, the ref gave them two penalties. Did you get a chance to watch the match?"
    "Name one policy he actually delivered." → "I can't think of a policy he delivered. Which one
    do you have in mind?"

`thread_hostility(msg)` says whether a message is such a jab (hooked into discussion.about_views and
engine, which then treats it as blaming: contempt for the listener's view); `thread_replies(msg)`
gives the replies, lists of sentences, for discussion.view_replies.
"""

from __future__ import annotations

import re

from .lexicon import PERSONAL, VIEW_NOUNS
from .memo import per_message
from .loaded import public
from .pointed import closing_jab, closing_question, jab_spans, pointed, pointed_replies, unaddressed
from .disagreement import listeners_claim  # "Sure, because X", "you claim X": the listener's, not a claim
from .reading import facts_of
from .sarcastic_facts import plain_praise
from .surface import is_emoji, recase

_YOU = r"(?:you|u)"
# The jabs themselves: each is only ever said about someone's view or experience in a thread.
_BLESS = re.compile(r"\bbless (?:your|ur) (?:little )?heart\b", re.I)
_EVER_ACTUALLY = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:lol\s+|so\s+)?(?:have|has) " + _YOU + r" (?:ever )?(?:actually|even|really)\s+"
                            r"(?P<x>[^?.!]+?)(?:\s+or (?:just|only) [^?.!]+)?\s*\?", re.I)
_DID_YOU_EVEN = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:lol\s+|so\s+)?did " + _YOU + r" (?:even|actually|ever)\s+(?P<v>watch|read|see|"
                           r"listen to|look at|open|visit)\s+(?P<x>[^?.!]+?)(?:\s+or (?:just|only) [^?.!]+)?\s*\?", re.I)
_SOURCE = re.compile(r"(?:^|[.!?]\s+)(?:sources?|citation(?: needed)?|proof|link|evidence)\s*\?+"
                     r"|\b(?:you|u)\s+(?:(?:clearly|obviously|just)\s+)?(?:have|got|'ve got)\s+no\s+"
                     r"(?:evidence|proof|sources?)\b", re.I)
_TELL_ME = re.compile(r"\btell me (?P<aux>" + _YOU + r"(?:'ve| have)? never|" + _YOU + r" (?:don'?t|do not|haven'?t|have not|"
                      r"didn'?t|did not))\s+(?P<x>[^.!?]+?)\s+without telling me\b", re.I)
_SPOKEN_LIKE = re.compile(r"\bspoken like (?:someone|somebody|a (?:\w+ )?(?:person|guy|man|woman)) (?:who|that)\s*"
                          r"(?P<aux>(?:has|'s)\s+never|never|(?:has|'s)\s+not|doesn'?t|does not|hasn'?t)\s+(?P<x>[^.!?]+)", re.I)
_FOUND_THE = re.compile(r"^(?:lol\s+|ah\s+|ahh?,?\s+)?found (?:the|a|another|one) \w+", re.I)
_NOBODY_TAKES = re.compile(r"\b(?:this|that)(?:'s| is) (?:exactly |precisely |literally )?why (?:nobody|no one|no-one) "
                           r"(?:takes|will take|can take) (?P<x>[^.!?]+?) seriously\b", re.I)
_OK_AND = re.compile(r"^\W*(?:ok(?:ay)?|k|right|sure|and)\W*(?:,\s*)?(?:and|so)\s*\?+", re.I)
_WHAT_ABOUT = re.compile(r"^(?:but |and |so |ok,? )?what about (?:when |the time |that time )(?P<x>[^?]+)\?", re.I)
# "What about the last government? They cut…": the side compared, named so "they" can be said in full
_WHAT_ABOUT_SIDE = re.compile(r"^(?:but |and |so |ok,? )?what about (?P<x>(?:your|ur|the other|the last|the previous) "
                              r"(?:side|lot|party|government|council|administration|mayor)|"
                              r"the (?:labour|tory|tories|democrats?|republicans?|liberals?|conservatives?|greens?)\b[^?]*)\?", re.I)
_DYOR = re.compile(r"\bdo (?:your|ur|some) (?:own )?research\b(?P<rest>[^.!?]*)|\bgoogle (?:is|it'?s) free\b|"
                   r"\blearn (?:how )?to read\b|\bread (?:it|the \w+) (?:first|before (?:commenting|posting|replying))\b", re.I)
_HOW_EVEN = re.compile(r"(?:^|[.!?]\s+)(?:so\s+|but\s+)?how (?P<be>is|are) (?P<rest>[^?]+)\?", re.I)
_NAME_ONE = re.compile(r"(?:^|[.!?]\s+)(?:go on,?\s+|ok,?\s+|so\s+)?(?:(?:can|could) (?:you|u) (?:even |actually )?)?name "
                       r"(?:one|a single|1|me one|even one) (?P<x>[^.!?]+)", re.I)
_YOU_PEOPLE = re.compile(r"\b(?:you|u) (?:people|lot|types)\b", re.I)
_BELIEVE_ANYTHING = re.compile(r"\b(?:will|would) believe (?:anything|whatever|everything) (?P<x>[^.!?]+?) "
                               r"(?:tells?|says?|said|told) (?:you|u|them)\b", re.I)
_HEADLINE = re.compile(r"\b(?:didn'?t|don'?t|never|did not|do not) (?:even )?read (?:past|beyond) the (?P<x>headline|title|"
                       r"first (?:paragraph|line|sentence|page))\b", re.I)
_QUOTED = re.compile(r"^\s*(?:>\s*(?P<g>[^.!?\n]+?)(?:\s+lol)?[.!?]\s+|[\"“'‘](?P<q>[^\"”'’]+?)[\"”'’]\s*"
                     r"(?:lol|lmao|ok|okay|sure|right|yeah right|🙄|😂)\b)", re.I)
_MOCKING = re.compile(r"\blol\b|\blmao\b|\btell that to\b|\byeah,? right\b|\bsure,? jan\b|🙄|😂", re.I)
_COOL_STORY = re.compile(r"\bstill (?:doesn'?t|does not|don'?t) explain (?P<x>(?:why|how|what) [^.!?]+)", re.I)
_SAYS_OPPOSITE = re.compile(r"\bthe (?P<x>article|study|report|paper|piece|link|source|data|chart|bill|law|rule|policy)"
                            r"(?: you (?:posted|linked|shared|quoted|cited))? (?:literally |actually |clearly )?"
                            r"(?:says|shows|said|showed) (?:the )?(?:exact )?(?:opposite|otherwise|no such thing)\b", re.I)
_THINK = re.compile(r"\b(?:you|u) (?:really|actually|honestly|seriously|genuinely) (?:think|believe) (?:that )?(?P<x>[^.!?]+)", re.I)
_SURE_BECAUSE = re.compile(r"(?:^|[.!?]\s+)(?:(?:oh|ah|yes|yeah|sure|right|of course),?\s+)*(?:sure|yeah|yes|right|of course),? "
                           r"because (?P<x>[^.!?]+)", re.I)
# The sarcasm's own praise, said plainly: "worked so well" → "worked well", "such a brilliant job" → "a good job".
_PRAISED = ((re.compile(r"\bso (?:very )?well\b", re.I), "well"), (re.compile(r"\b(?:exactly|precisely|just) what\b", re.I), "what"),
            (re.compile(r"\bsuch (?:a |an )?(?:brilliant|great|fantastic|wonderful|amazing|stellar|superb|good|fine|"
                        r"excellent|marvellous) (?=\w)", re.I), "a good "), (re.compile(r"\balways ", re.I), ""))
_NOBODY_SAID = re.compile(r"(?:^|[.!?]\s+)(?:nobody|no one|no-one) (?:said|claimed|suggested|is saying|was saying|"
                          r"says) (?P<x>that|[^.!?]+)", re.I)
_NOBODY_CLAIMED = re.compile(r"(?:^|[.!?]\s+)(?:nobody|no one|no-one) (?:ever )?(?:claimed|suggested|is saying|was saying)\b", re.I)
_NOT_MEANS = re.compile(r"\b(?:that'?s|that is|this is|it'?s) not what (?P<x>[\w' -]+?) means\b", re.I)
_YOUD_KNOW = re.compile(r"\bif (?:you|u)(?:'d| had) (?:spent|taken|bothered|looked|read|checked)\b[^.!?]*?\b(?:you|u)(?:'d| would) "
                        r"(?:know|see|have seen) (?:that )?(?P<x>[^.!?]+)", re.I)
_JABS = re.compile(r"\b(?:please )?tell me (?:you|u)(?:'re| are) (?:joking|kidding|trolling)\b|\bwhatever helps "
                   r"(?:you|u) sleep\b|\bhow can (?:anyone|someone|people|you) be (?:this|so) \w+|\banother "
                   r"(?:expert|genius|armchair \w+)\b|\bi'?ll wait\b|\bgive me a break\b|\bcool story\b|"
                   r"\bwhy (?:we|this \w+|this country|this city) can'?t have nice things\b|\b(?:your|ur) "
                   r"(?:side|tribe)\b", re.I)
_FORMS = (_BLESS, _EVER_ACTUALLY, _DID_YOU_EVEN, _SOURCE, _TELL_ME, _SPOKEN_LIKE, _FOUND_THE, _NOBODY_TAKES, _OK_AND,
          _WHAT_ABOUT, _WHAT_ABOUT_SIDE, _SAYS_OPPOSITE, _DYOR, _NAME_ONE, _BELIEVE_ANYTHING, _HEADLINE, _QUOTED, _COOL_STORY, _SURE_BECAUSE,
          _NOT_MEANS, _YOUD_KNOW, _JABS, _NOBODY_CLAIMED)
# The idioms' own "me" ("tell me…", "I'll wait") is no sign that the speaker's own life is the topic.
_IDIOM_ME = re.compile(_TELL_ME.pattern + r"|\btell me (?:you|u)(?:'re| are) \w+|\bgive me a break\b|\bi'?ll wait\b|"
                       r"\btrust me\b|\bname me\b|\bthe rest of us\b|\bI (?:just )?love (?:how|that) (?:you|u)\b|"
                       r"\b(?:lecturing|lecture|preaching to|telling) us (?:about|on)\b|\bgives us a say\b|"
                       # sarcastic thanks on someone else's behalf: "I'm sure the water companies appreciate it"
                       r"\bI'?m sure (?!I\b|we\b)[^.!?]*?(?:appreciates?|loves?|thanks?) (?:it|that|you)\b|"
                       # the public "our" and "us" of a thread: "our council", "keep telling us it's fine"
                       r"\bour (?:council|town|city|country|county|nhs|schools|roads|taxes|economy|high street|hospital|"
                       r"area|village|borough|mp|mayor)\b|\b(?:tell|telling|tells) us (?:again|that|how)\b|\btelling us\b", re.I)


# What "did you even look at…" asks about at home or at work ("the bins", "the brief"): not a thread.
_CHORE_OR_DESK = re.compile(r"\b(?:bins?|dishes|laundry|kids'? rooms?|oven|kitchen|car|dog|house|fridge|toilet|brief|"
                            r"emails?|deadline|client|printer|slides|spreadsheet|invoice|presentation|rota)\b", re.I)


@per_message
def thread_hostility(msg) -> bool:
    """Whether the message is one of the comment-thread jabs above, about views and nothing in the
    speaker's own life ("Have you ever actually cleaned the oven?" stays a household complaint)."""
    text = unaddressed(msg)  # "@TaxpayerTom do you even know…": the jab starts after the name
    forms = [p for p in _FORMS if p.search(text)]
    if pointed(text) or closing_jab(msg, _claims(msg, text)):  # hostile questions, long comments (pointed.py)
        forms.append(_NAME_ONE if _NAME_ONE.search(text) else "pointed")
    if _how_even(text):
        forms.append(_HOW_EVEN)
    believed = _THINK.search(text)
    if believed and names_nothing(_plain(believed.group("x"))):  # "You seriously think that?": a sneer, no claim
        forms.append(_THINK)
    if _YOU_PEOPLE.search(text) and re.search(r"\b(?:read|believe|vote|voted|news|headline|media|government)\b",
                                              text, re.I):
        forms.append(_YOU_PEOPLE)
    sure = _SURE_BECAUSE.search(text)
    if sure and not public(_plain(sure.group("x"))):  # "Sure, because you always do the washing up": a home's
        forms = [f for f in forms if f is not _SURE_BECAUSE]
    if not forms:
        return False

    rest = _IDIOM_ME.sub(" ", text)
    if PERSONAL.search(rest):
        return False
    if forms == [_EVER_ACTUALLY] or forms == [_DID_YOU_EVEN]:  # "did you even look at the bins?" is about home
        found = (_EVER_ACTUALLY.search(text) or _DID_YOU_EVEN.search(text)).group("x")
        return not _CHORE_OR_DESK.search(found) or bool(set(found.lower().split()) & VIEW_NOUNS)
    return True


_DO_YOU_THINK_DONE = re.compile(r"\b(?:do|does|did) (?:you|u) (?:really|actually|honestly|seriously)", re.I)


def thread_replies(msg) -> list[list[str]]:
    """The speaker's claim and the question under the jab: lists of sentences, best first."""
    if not thread_hostility(msg):
        return []
    text = recase(unaddressed(msg))
    ask = _their_question(text) or closing_question(text)
    replies = []
    claims = _claims(msg, text)
    jabs = pointed_replies(text)  # hostile questions (pointed.py): the claim under each, and a real question
    if claims:
        lead = msg.pick(["As far as I know, ", "From what I've seen, "], "thread-claim")
        said = [lead + claims[0]] + claims[1:3]  # the speaker's own facts, a long comment's up to three
        position = next((lines for lines, kind in jabs if kind == "claim"), None)
        replies.append(said + (position or [ask or msg.pick(["Have you seen something that says otherwise?",
                                                              "What have you read about it?"], "thread-ask")]))
    else:
        replies.extend(lines for lines, _ in jabs)
    found = _TELL_ME.search(text) or _SPOKEN_LIKE.search(text)
    if found and not claims:
        has = _has_done(found.group("aux"), found.group("x"))
        if has:
            replies.append([f"I think it looks different once {has[0]}", has[1]])
    found = _NAME_ONE.search(text)
    if found and not claims:
        thing = _plain(found.group("x"))
        if re.match(r"thing\b", thing, re.I):  # "name one thing the mayor has done": anything at all
            replies.append([f"I can't think of anything{thing[5:]}", "What do you have in mind?"])
        else:
            replies.append([f"I haven't come across {_a(thing)} {thing}", "Which one are you thinking of?"])
    found = _SOURCE.search(text)
    if found and not claims:
        doubt = "I'm not sure that's right" if re.search(r"\b(?:made up|fake|bs|bullshit|nonsense|lie)\b", text, re.I) \
            else "I'd like to see where that comes from"
        replies.append([doubt, "Do you have a source for it?"])
    found = _NOBODY_TAKES.search(text)
    if found and not claims:
        replies.append([f"I don't think this helps how people see {_plain(found.group('x'))}",
                        "What were you hoping to get across?"])
    found = _OK_AND.search(text)
    if found and not claims:
        replies.append(["I'm not sure how that changes things", "Can you say more about why it matters here?"])
    found = _THINK.search(text)
    if found and not claims and not _DO_YOU_THINK_DONE.search(text):
        said = _plain(found.group("x"))
        replies.append(["I see it differently" if names_nothing(said) else f"I'm not sure {said}", "What makes you think so?"])
    found = _SAYS_OPPOSITE.search(text)
    if found:
        replies.append([f"I read the {found.group('x').lower()} differently", "Could you have another look at it with me?"])
    found = _WHAT_ABOUT.search(text)
    if found and not claims:
        replies.append([f"I think the same standard should apply to the time {_plain(found.group('x'))}",
                        "Do you see a difference between the two?"])
    found = _DYOR.search(text)
    if found and found.group("rest") and not claims:
        about = re.search(r"\babout (?P<t>[\w' -]+)$", found.group("rest").strip(), re.I)
        topic = f" about {_plain(about.group('t'))}" if about else ""
        replies.append([f"I'd suggest reading more{topic} before sharing this", "What have you read so far?"])
    found = _how_even(text)
    if found and not claims:
        subject, be, pred = found
        if not re.match(r"an? (?:argument|point|take|comparison|excuse)\b", pred, re.I):
            said = "that's" if subject.lower() == "that" else f"{subject} {be}"
            replies.append([f"I don't see how {said} {pred}", "Can you explain how you see it?"])
        else:
            replies.append(["I'm not following the argument here", "Could you walk me through it?"])
    found = _BELIEVE_ANYTHING.search(text)
    if found:
        replies.append([f"I don't trust everything {_plain(found.group('x'))} says", "What makes you trust it?"])
    found = _HEADLINE.search(text)
    if found and not claims:
        replies.append([f"I think there's more to it than the {found.group('x').lower()}",
                        "Did you get a chance to read the rest?"])
    found = _QUOTED.search(text)
    if found and (found.group("q") or _MOCKING.search(text)):
        said = _plain(found.group("q") or found.group("g"))
        if len(said.split()) >= 3 and not re.search(r"\b(?:I|me|my)\b", said):
            replies.append([f"I don't agree that {said[:1].lower() + said[1:] if not said.startswith('I ') else said}",
                            "What makes you see it that way?"])
    found = _COOL_STORY.search(text)
    if found:
        replies.append([f"I still don't see {_plain(found.group('x'))}", "Can you explain that part?"])
    found = _SURE_BECAUSE.search(text)
    if found and public(_plain(found.group("x"))):
        said = _plain(found.group("x"))
        if re.search(r"\bnever\b", said, re.I) and not re.search(r"n't|\bnot\b|\bno\b", said, re.I):
            kept = re.sub(r"\s*never\b", "", said, count=1, flags=re.I)
            replies.append([f"As far as I know, {kept}",
                            "Have you seen something that says otherwise?"])
        elif not re.search(r"n't|\bnot\b|\bno\b|\bnever\b", said, re.I):
            for praise, plain in _PRAISED:
                said = praise.sub(plain, said)
            said = plain_praise(re.sub(r"\ban good\b", "a good", said))  # "so brilliantly" → "well" (sarcastic_facts.py)
            replies.append([f"I don't think {said}", "How do you see it?"])
    found = _NOBODY_SAID.search(text)
    if found:
        said = _plain(found.group("x"))
        replies.append([f"I don't think anyone said {said}", "Could you show me where you saw it?"])
    found = _NOT_MEANS.search(text)
    if found:
        replies.append([f"I don't think that's what {_plain(found.group('x'))} means", "How are you using the word?"])
    if ask and not replies:
        replies.append([ask, "I'd like to hear what you made of it."])
    return replies


def _claims(msg, text: str) -> list[str]:
    """The speaker's own claims — plain statements about the world, not about the listener — in
    their own words; "you'd know the policy changed last year" gives "the policy changed last year"."""
    found = _YOUD_KNOW.search(text)
    if found:
        return [_plain(found.group("x"))]
    quoted = _QUOTED.search(text)
    theirs = _plain(quoted.group("q") or quoted.group("g")).lower() if quoted else None
    side = _WHAT_ABOUT_SIDE.search(text)
    jabs = jab_spans(text)  # "Only someone paid by the developers would write…": the jab itself, not a claim
    kept = []
    for fact in facts_of(msg, roles=("fact",), flagged=True):  # a claim stated firmly reads "defensive" alone
        first = fact.split()[0].lower()
        if re.search(r"\b(?:you|your|u|ur|yours|yourself|I|me|my|we|us|our)\b|\?|\b(?:lol|lmao)\b", fact, re.I) \
                or any(p.search(fact) for p in _FORMS) or len(fact.split()) < 4:
            continue  # about the listener, the speaker's own life, or a jab: not a claim to keep
        if first in ("nobody", "no", "which", "still", "because") or first in ("this", "that", "it") and not kept \
                or re.match(r"(?:what|who|how|why|where) (?:could|would|can|will|should|else)\b", fact, re.I) \
                or re.search(r"\blet'?s\b", fact, re.I) \
                or _ordered(msg, fact) \
                or _subordinate(text, fact) \
                or theirs and (fact.lower() in theirs or theirs in fact.lower()) \
                or _inside(text, fact, jabs) or listeners_claim(msg, fact):
            continue  # a retort ("Nobody said that"), an order ("tell that to…"), the other's quoted words
        if first in ("they", "he", "she"):
            if not side:
                continue  # who "they" are is in the thread, not in the message
            fact = side.group("x").lower() + fact[len(first):]
        kept.append(fact[:1].lower() + fact[1:] if not _proper_start(msg, fact) else fact)
    return kept


def _inside(text: str, fact: str, spans) -> bool:
    """"Only someone paid by the developers would write…" holds the jab; "Sure, scrap the cameras, that'll
    make the roads safer" is said again by its reply. "…the green belt is safe, the bulldozers are already
    there" is the speaker's own fact, inside the jab's reach but not in its reply."""
    at = text.lower().find(" ".join(fact.split()[:3]).lower())
    tail = " ".join(fact.lower().split()[-3:])
    return at >= 0 and any(at <= start < at + len(fact) or start <= at < end and tail in said
                           for start, end, said in spans)


def _subordinate(text: str, fact: str) -> bool:
    """"Every time someone proposes a bike lane, …": a clause that only sets up the sentence."""
    at = text.lower().find(" ".join(fact.split()[:3]).lower())
    return at > 0 and bool(re.search(r"\b(?:every time|whenever|when|if|unless|as soon as|once|until|while)\s*$",
                                     text[:at], re.I))


def _ordered(msg, fact: str) -> bool:
    """"tell that to the nurses": a base-form verb first is an order, not a claim."""
    first = fact.split()[0]
    return any(t.text.lower() == first.lower() and (t.tag_ == "VB" or t.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)) for t in msg.doc)


def _how_even(text: str) -> tuple[str, str, str] | None:
    """"How is that even legal?" → ("that", "is", "legal"); "How is a 4% raise "generous" when…" →
    ("a 4% raise", "is", "generous when…"). Only with "even", a scare-quoted word or a "when": a
    plain "how is the new stadium?" asks, it doesn't jab."""
    found = _HOW_EVEN.search(text)
    if not found:
        return None
    rest = found.group("rest")
    split = re.search(r"\s+even\s+|\s+(?=[\"“])", rest)
    if not split or split.start() == 0 or not (" even " in split.group() or re.search(r"[\"“]", rest)):
        return None
    subject, pred = rest[:split.start()], re.sub(r"[\"“”]", "", rest[split.end():]).strip()
    if not pred or re.search(r"\b(?:you|u|your|ur|I|me|my)\b", subject + " " + pred, re.I):
        return None
    return subject.strip(), found.group("be").lower(), pred


def _their_question(text: str) -> str | None:
    """"Have you ever actually read the bill or just the headline?" → "Have you had a chance to read
    the bill?": the question under the jab, asked for real."""
    found = _DID_YOU_EVEN.search(text)
    if found:
        return f"Did you get a chance to {found.group('v').lower()} {_plain(found.group('x'))}?"
    found = _EVER_ACTUALLY.search(text)
    if found:
        return f"Have you {_plain(found.group('x'))}?"
    return None


def _has_done(aux: str, deed: str) -> tuple[str, str] | None:
    """"you've never ridden a bus" → ("you've ridden a bus", "Have you?"); "you don't have kids" →
    ("you have kids", "Do you?")."""
    deed = re.sub(r"\b(?:their|his|her) (life|lives)\b", r"your \1", _plain(deed))  # "…a day in their life"
    aux = aux.lower()
    if re.search(r"\b(?:don'?t|do not|doesn'?t|does not)\b", aux):
        return (f"you {deed}", "Do you?") if re.match(r"have\b", deed) else None
    if re.search(r"\bdidn'?t|did not\b", aux):
        return None
    if re.match(r"(?:had|been|done|seen|lived|worked|paid|ridden|driven|raised|taught|coached|owned|run|used|tried|"
                r"read|watched|played|visited|met|\w+ed)\b", deed, re.I):
        return f"you've {deed}", "Have you?"
    return None


def _plain(phrase: str) -> str:
    """A disputed thing as the speaker can say it: sneering adverbs, emoji and trailing filler gone."""
    phrase = re.sub(r"\s+", " ", "".join(ch for ch in phrase if not is_emoji(ch)))
    phrase = re.sub(r"\b(?:actually|even|literally|seriously|really|ever) ", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r"\s+(?:lol|lmao|smh|mate|bro|buddy|pal|dude|sweetie|hun)\b.*$", "", phrase, flags=re.I)
    return phrase.strip(" ,.\"“”'‘’")


# "that", "all this nonsense": what someone believes, pointed at and not said ("I'm not sure that" is no English).
_POINTED = re.compile(r"^(?:all |any of |even )?(?:that|this|it|those|these)(?: (?:\w+ ){0,2}?(?:nonsense|rubbish|crap|bs|stuff|"
                      r"garbage|drivel|bollocks|story|stories|claim|idea|one|lot|shit|propaganda))?(?: (?:lol|lmao|too))?$", re.I)


def names_nothing(phrase: str) -> bool:
    """Whether a believed "claim" only points at something said before ("that", "this nonsense")."""
    phrase = phrase.strip(" ,.!?")
    return not phrase or bool(_POINTED.match(phrase))


def _a(noun_phrase: str) -> str:
    return "an" if noun_phrase[:1].lower() in "aeiou" else "a"



def _proper_start(msg, fact: str) -> bool:
    first = fact.split()[0]
    return any(t.text == first and (t.pos_ == "PROPN" or t.text.isupper() and len(t.text) > 1) for t in msg.doc)
