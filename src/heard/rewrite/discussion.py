"""Hostility in an argument about views — news threads, forums, group-chat politics — said as the
speaker's own position and a real question.

"I feel upset when your comment makes no sense" is a form letter from the wrong relationship: in a
comment thread nobody's feelings about a shared home are at stake, and what the speaker wants is
to be understood and to understand. So a message that attacks someone's reasoning, reading,
knowledge or sources gets the article's "I" statement in that register — "I'm not following your
logic here. Could you walk me through it?" — and none of the household ones. What it disagrees
about (the math, the study, what inflation means) is kept in its own words.
"""

from __future__ import annotations

import re

from .belittling import belittles, belittling_replies
from .condescension import condescends, condescension_replies
from .lexicon import PERSONAL, VIEW_NOUNS
from .loaded import VIEW_ASK
from .memo import per_message
from .reading import compose
from .surface import paragraph, recase
from .threads import names_nothing, thread_hostility, thread_replies
from .loaded_questions import loaded_replies  # "How is X Y's fault?", "You'd say the opposite if…"
from .view_shapes import view_shape_replies  # "a warped view of X", "I suggest you read…" (view_shapes.py)

# What someone read, as a thing a discussion is about (not "the brief" they were meant to read).
_TEXTS = r"(?:article|study|studies|post|comment|thread|paper|link|source|piece|headline|report|data|chart|research)"
_NEGATIVE = (r"(?:wrong|bad|flawed|broken|nonsense|garbage|rubbish|trash|laughable|terrible|awful|weak|off|"
             r"dumb|stupid|ridiculous|absurd|embarrassing|pathetic|a joke|no sense)")
_YOUR_VIEW = re.compile(r"\b(?:your|ur)\s+(?P<noun>" + "|".join(sorted(VIEW_NOUNS)) + r")\b(?P<rest>[^.!?;]*?)\b"
                        r"(?:is|are|was|were|makes?|sounds?|seems?)\s+(?:\w+\s+){0,2}?" + _NEGATIVE + r"\b", re.I)
_DONT_UNDERSTAND = re.compile(r"\b(?:you|u)\s+(?:\w+ly\s+)?(?:don'?t|do not|didn'?t|did not)\s+(?:even\s+)?"
                              r"(?:understand|know|get|grasp)\s+(?!the (?:first|slightest|faintest) thing\b)(?P<x>(?:how|what|why|where|when|who|the|a|an|that)\b"
                              r"[^.!?;,]+)", re.I)
_DO_YOU_EVEN = re.compile(r"\b(?:do|did)\s+(?:you|u)\s+(?:even|actually|really)\s+(?:understand|know|get)\s+"
                          r"(?P<x>(?:how|what|why|where|when|who|the|a|an)\b[^.!?;,]+)", re.I)
_DIDNT_READ = re.compile(r"\b(?:you|u)\s+(?:\w+ly\s+)?(?:didn'?t|did not|haven'?t|have not)\s+(?:even\s+)?"
                         r"(?:read|open|look at|looked at|watch|watched)\s+(?P<x>(?:the|that|this|his|her|their|"
                         r"any of the)\s+(?:\w+\s+){0,2}?" + _TEXTS + r"\b[^.!?;,]*)", re.I)
_PARROTING = re.compile(r"\b(?:you|u)(?:'re|’re| are|'ve|’ve| have)?\s+(?:\w+ly\s+)?(?:just\s+)?(?:parroting|repeating|regurgitating|"
                        r"swallowed|swallowing|bought|buying|falling for|fell for)\s+(?P<x>(?:what|whatever|the|that|this|"
                        r"every|all)\b[^.!?;,]*?)(?:\s+(?:whole|hook,? line and sinker))?\s*(?:[.!?;,]|$)", re.I)
_ENOUGH = re.compile(r"\b(?:keep (?:your|ur) (?:opinions?|comments?|thoughts|views) to (?:yourself|urself)|"
                     r"spare (?:us|me) the (?:lecture|sermon|speech)|stick to (?:your|ur) day job|"
                     r"(?:nobody|no one|no-one) asked (?:for )?(?:your|ur) (?:opinions?|input|thoughts|two cents|take|views?)|"
                     # "did anyone ask you to pick up the kids?" is a household question: only when it ends there
                     r"(?:(?:nobody|no one|no-one) asked|(?:did|has) (?:anyone|anybody) (?:\w+ )?ask(?:ed)?) (?:you|u)"
                     r"(?=\s*(?:[.!?,]|$|lol|tho))|(?:who (?:even )?|nobody |no one |no-one )asked(?=\s*(?:[.!?]|$|lol|tho))|(?:nobody|no one) cares "
                     r"what (?:you|u) think|thanks for sharing,? (?:but )?(?:nobody|no one) cares)\b", re.I)
# "you seem very confident for someone who thinks the Senate is elected": the belief mocked, by its own sneer.
_THINKING = re.compile(r"\bfor (?:someone|somebody|a person|a guy|a man|a woman) who (?:actually |really |honestly )?"
                       r"(?:thinks|believes) (?:that )?(?P<z>(?!(?:they|he|she)\b)[^.!?;,]+)|"  # not of themself
                       r"(?:\b(?:it'?s|how)\s+|(?:^|[.!?]\s+)(?:(?:oh|aw+|wow|lol),?\s+)?)"
                       r"(?:hilarious|funny|cute|adorable|sweet|amazing|fascinating|interesting|wild|rich)\s+"
                       r"(?:that\s+|how\s+)?"
                       r"(?:you|u)\s+(?:actually\s+|really\s+|honestly\s+)?(?:think|believe)\s+(?!of\b|about\b|so\b)(?:that\s+)?"
                       r"(?P<x>[^.!?;]+)|\bimagine\s+(?:thinking|believing)\s+(?:that\s+)?(?P<y>[^.!?;]+)", re.I)


# Rhetorical questions about a belief: "Do you really think the council will fix it?", "Are you
# seriously saying nobody should drive?", "What part of 'no' don't you understand?"
_DO_YOU_THINK = re.compile(r"(?:^|[.!?]\s+)(?:so\s+|and\s+|wait,?\s+)?(?:do|does|did)\s+(?:you|u)\s+(?:really\s+|honestly\s+|"
                           r"actually\s+|seriously\s+|genuinely\s+|truly\s+)+(?P<v>think|believe|expect|imagine)\s+"
                           r"(?:that\s+)?(?P<x>[^?.!]+?)(?:\s+lol|\s+lmao)?\s*(?:\?|$)", re.I)
_ARE_YOU_SAYING = re.compile(r"\b(?:are|r)\s+(?:you|u)\s+(?:seriously\s+|really\s+|actually\s+|honestly\s+)?"
                             r"(?:saying|suggesting|claiming|telling (?:me|us))\s+(?:that\s+)?(?P<x>[^?.!]+)\?", re.I)
_WHAT_PART = re.compile(r"\bwhat part of (?P<x>.+?) (?:don'?t|do not|didn'?t|did not) (?:you|u) (?:understand|get)\b", re.I)
# Family and its days are the speaker's own life, not a view: "Funny how you always find time for Instagram
# but never to ring Nana on her birthday" is a complaint about a call not made.
_FAMILY_LIFE = re.compile(r"\b(?:mum|mom|mam|mummy|dad|nana|nan|nanna|gran|granny|grandma|grandad|grandpa|auntie|aunty|"
                          r"birthday|anniversary|christening|funeral)\b", re.I)
# Sneers that are only ever about what someone believes: "one of those people who…", "funny how you…".
_BELIEF_SNEER = re.compile(r"\bone of those (?:people|guys|types|folks)\b|\b(?:funny|interesting|strange|convenient) how "
                           r"(?:you|u)\b|\b(?:you|u) (?:people|lot|guys) (?:will|would) believe\b|\bno business "
                           r"(?:commenting|talking|having an opinion|weighing in)\b|\bprov(?:ing|ed) my point\b|"
                           r"\bwouldn'?t know (?:a|an|the) \w+ if\b|\beducate (?:yourself|urself)\b", re.I)


# The listener's own view named as such: "your logic", "that take", "this nonsense argument".
_THEIR_VIEW = re.compile(r"\b(?:your|ur|that|this)\s+(?:\w+\s+)?(?:" + "|".join(sorted(VIEW_NOUNS)) + r")\b", re.I)


@per_message
def about_views(msg) -> bool:
    """Whether the message attacks what someone thinks, knows, reads or argues — and nothing else
    that touches the speaker's own life (a habit, a chore, "the brief" before a call)."""
    text = msg.text
    if _ENOUGH.search(text):
        return True
    found = thread_hostility(msg) or loaded_replies(msg) or view_shape_replies(msg)  # "Source?", "Name one…" (threads.py)
    if found or belittles(msg) or condescends(msg):  # "Try reading a book sometime", "Newsflash: …" (condescension.py)
        return True
    if PERSONAL.search(text) or _FAMILY_LIFE.search(text):
        return False
    patterns = (_YOUR_VIEW, _DONT_UNDERSTAND, _DO_YOU_EVEN, _DIDNT_READ, _PARROTING, _THINKING, _BELIEF_SNEER,
                _DO_YOU_THINK, _ARE_YOU_SAYING, _WHAT_PART)
    if any(p.search(text) for p in patterns):
        return True
    return bool(_THEIR_VIEW.search(text)) and not any(
        t.lemma_.lower() in ("post", "spam", "drag", "share") and t.pos_ == "VERB" for t in msg.doc)


def view_replies(msg) -> list[list[str]]:
    """The speaker's position on what the message disputes, and a question: lists of sentences."""
    text = recase(msg.text)
    replies = list(view_shape_replies(msg))  # a view called warped, homework set, a lesson threatened (view_shapes.py)
    replies += loaded_replies(msg)  # loaded questions: the claim as the speaker's view (loaded_questions.py)
    found = _YOUR_VIEW.search(text)
    if found:
        noun = found.group("noun").lower()
        it = "them" if noun.endswith("s") and noun not in ("maths", "politics", "stats", "thesis") else "it"
        replies.append([f"I'm not following your {noun} here", f"Could you walk me through {it}?"])
    found = _DONT_UNDERSTAND.search(text) or _DO_YOU_EVEN.search(text)
    if found:
        replies.append([f"I'm not sure we agree on {_object(found.group('x'))}",
                        VIEW_ASK])
    found = _DIDNT_READ.search(text)
    if found:
        thing = _object(found.group("x"))
        replies.append([f"I read {thing} differently", "Could you have another look at it with me?"])
    found = _PARROTING.search(text)
    if found:
        # "…the Treasury's line without a single question": the line is what's doubted, not the questions
        said = re.sub(r"\s+(?:without|with no|with zero)\b.*$", "", _object(found.group("x")), flags=re.I)
        replies.append([f"I'm not convinced by {said}", "What makes you trust it?"])
    found = _THINKING.search(text)
    if found:
        claim = _object(found.group("x") or found.group("y") or found.group("z"))
        claim = re.sub(r",?\s+(?:and|but)\s+not\s+.*$", "", claim)  # "…is lazy people and not Muskrat Falls"
        replies.append(["I see it differently" if names_nothing(claim) else f"I don't think {claim}",
                        "What makes you see it that way?"])
    found = _DO_YOU_THINK.search(text)
    if found and _says_something(msg, found.span("x")):  # "believe this nonsense" names no claim to doubt
        claim = _object(found.group("x"))
        if found.group("v").lower() == "expect":  # "expect anyone to take that seriously" → "anyone will take…"
            claim = re.sub(r"^((?:\S+\s+){0,3}?\S+)\s+to\s+", r"\1 will ", claim, count=1)
        replies.append([f"I'm not sure {claim}", "What makes you think so?"])
    found = _ARE_YOU_SAYING.search(text)
    if found:  # said back as a question: reflecting, not mocking
        replies.append([f"It sounds like you're saying {_object(found.group('x'))}", "Is that what you mean?"])
    found = _WHAT_PART.search(text)
    if found:
        replies.append([f"I may not have explained {_object(found.group('x'))} clearly",
                        "Which part should I go over again?"])
    if _ENOUGH.search(text):
        replies.append(["I'd rather not get into this any further", "Can we leave it here for now?"])
    found = thread_replies(msg)  # comment-thread jabs: the claim kept, the question asked (threads.py)
    if found:
        replies.extend(found)
    replies.extend(belittling_replies(msg))  # condescension: the position kept, the put-down gone
    replies.extend(r for r in condescension_replies(msg) if r not in replies)  # public-thread put-downs
    return replies


def said_to(msg, lines) -> str:
    """The reply, opened with the name the message addresses — unless the reply already says that name:
    "Where do you get your news, Facebook?" names a source, not the listener."""
    if msg.address and any(msg.address.lower() in line.lower() for line in lines):
        return paragraph(lines)
    return compose(msg, lines)


def _says_something(msg, span) -> bool:
    """Whether the text in `span` is a claim with a verb of its own, not just a noun phrase."""
    return any(span[0] <= t.idx < span[1] and t.pos_ in ("VERB", "AUX") for t in msg.doc)


def _object(phrase: str) -> str:
    """A disputed thing as the speaker can say it: trailing filler and the listener's sneer gone."""
    phrase = re.sub(r"(?:^|\s+)(?:lol|lmao|smh|mate|bro|buddy|pal|dude)\b.*$", "", phrase.strip(), flags=re.I)
    phrase = re.sub(r"\s+(?:whole|at all|whatsoever|either)$", "", phrase, flags=re.I)
    # "what a budget is or do you just get your news from tiktok": the second half of an either-or is the dig
    phrase = re.sub(r"\s+or (?:do|did|does|are|is|have|can|could|would|will) (?:you|u|ya)\b.*$", "", phrase, flags=re.I)
    return phrase.rstrip(" ,")
