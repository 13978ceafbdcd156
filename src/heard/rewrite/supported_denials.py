"""Denials that come with their support, and the speaker's reasoning said as an account.

"I didn't break your stupid mug, it was already cracked" denies an act and gives the reason the
speaker believes it. The clause strategies answered it with sympathy for the object the speaker
denies touching and amends for the denied act ("I'm sorry about your mug… I'll do my part"). The
lead's decision: such a message becomes the speaker's account beside an acknowledgement of the
listener's feeling, the shape accounts.py and scene_defence.py use, never an apology or amends for
the act denied. This module owns these whole-message readings (`denial_lines`, offered alone by
`with_supported_denials` in strategies.py):

- a denial with support: "I didn't X, it was already…/Sam had them last/the cat did it" → "I didn't
  X; I think <support>. I can see you're upset about it. Can we work out what happened?"; a witness
  ("ask anyone") and an oath are left out, evidence ("check the receipts") becomes a shared look, a
  support about the listener ("you left them at work") is a counter-claim and is left out;
- "I never thought/expected X" (after "I get that it stung, but"): "I didn't think X, and I'm sorry
  it hurt you", the acknowledgement kept;
- a brush-off beside a fix already under way ("the dent is nothing, the garage is sorting it
  Friday"): the brush-off left out, the fix kept as news, the worry acknowledged;
- "I paid for the petrol last time so I thought we were square": the reasoning kept as the
  speaker's account, the listener's view acknowledged.

It also owns `unknown_thing_off` (defence.py): "I didn't know the gun was loaded" is not answered
with "I can see why the gun upset you"; the listener is upset about what happened, not the gun.
"""

from __future__ import annotations

import re

from .jab_tails import jab_tail
from .accounts import DENIAL, denied_plainly, lead_off, spoken_parts, sentence_case, SMALL, composed, named_fixes, on_the_way
from .candidate import ACKNOWLEDGE
from .denied_facts import denied_fact_lines
from .sneers import without_sneers
from .textspeak import spell_out

_WORKED_OUT = "Can we work out together what happened?"
_TALK = "Can we talk about it?"
# "ask anyone", "he'll tell you": a witness called, left out (accounts.py reads a lone one)
_WITNESS = re.compile(r"^(?:just\s+|go\s+)?(?:ask\s+(?:anyone|anybody|everyone|around|\w+)|(?:he|she|they|(?:my|his|her|your|the)\s+\w+|\w+)\s*(?:'ll|will|can)\s+"
                      r"tell\s+you|you\s+can\s+ask\s+\w+(?:\s+\w+)?)$", re.I)
# "I swear", "honestly", "seriously": an oath adds nothing the rewrite keeps
_OATH = re.compile(r"^(?:I\s+(?:swear|promise)(?:\s+to\s+god)?|honest(?:ly)?|seriously|literally|lol|lmao|ffs|god)$", re.I)
# "check the receipts", "look at my bank statement": evidence offered, kept as a look taken together
_EVIDENCE = re.compile(r"^(?:just\s+|go\s+)?(?:check|look\s+at|go\s+through|read)\s+(?P<what>(?:the|my|our)\s+[\w\s]+?)"
                       r"(?:\s+if\s+you\s+(?:don't|do\s+not)\s+believe\s+me)?$", re.I)
_LISTENER = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|u|ur)\b", re.I)
# "…frayed when you lent it to me": the listener only dates the support, no counter-claim (denied_points.py)
_HANDED = re.compile(r"\s+when\s+(?:you|u)\s+(?:lent|gave|handed|passed|sent)\s+(?:it|them|this|that)\s+(?:to\s+)?me\b", re.I)
# A support is a statement of what happened: it has a subject ("it was already cracked", "Sam had
# them last", "the cat did it", "there was barely any left"), not an order or a question.
_STATEMENT = re.compile(r"^(?:(?i:it|that|this|there|the|a|an|some|my|his|her|their|our|he|she|they|we|someone|somebody|"
                        r"your\s+\w+\s+(?:did|had|took|has|was))|(?!You\b)[A-Z][a-z]+)\b")  # a name: "Sam", not "You"
_THEIR_ACT = re.compile(r"^(?:you|u)\s+(?:did|had|left|took|put|moved|used|lost|broke|were|was|forgot|\w*[^e\W]ed)\b", re.I)  # not "you need…"
# What happened, in the past: "the card is in the post" is news, not an account of what happened
_PAST = re.compile(r"\b(?:was|were|had|did|got|left|took|went|came|broke|ate|drank|saw|knew|must\s+have|\w+ed)\b", re.I)
# "it's worthless anyway", "no one uses it": the thing made small, a brush-off, not an account
_WORTHLESS = re.compile(r"\b(?:worthless|cheap|junk|rubbish|ugly|old\s+anyway|whatever|no\s+one\s+(?:uses|wants|cares)|"
                        r"nobody\s+(?:uses|wants|cares))\b", re.I)
# "I just moved it", "I was only tidying": the speaker's own act, given as the account ("just" is the defence's)
_OWN_ACT = re.compile(r"^I\s+(?P<was>was\s+)?(?:just|only|simply)\s+(?P<act>(?!(?:said|asked|meant|saying|asking|joking|kidding|"
                      r"teasing)\b)\w+(?:ed|ing)\b.*|(?:moved|put|took|left|had|got|gave|threw|sent)\b.*)$", re.I)
# "I didn't say you were fat, I just said…": a correction of what was said (corrections.py reads it)
_CORRECTION = re.compile(r"^I\s+(?:just|only|simply|was\s+just|was\s+only|meant|said|asked)\b", re.I)


def plain(text: str) -> str:
    """Chat spelling and insults off the speaker's words: "i didnt touch ur stupid laptop" → "i didn't touch your laptop"."""
    return without_sneers(spell_out(text)[0])


def _acknowledged(part: str) -> str | None:
    """"I get that it stung", "I know you're stressed about the car": the listener's feeling already seen."""
    if re.match(r"^I\s+(?:get|know|understand|hear|see|can\s+see)\s+(?:that\s+|why\s+|how\s+)?"
                r"(?:it|this|that|you|you're|you\s+are|the\s+\w+)\b", part, re.I) \
            and not re.search(r"\b(?:but|though|however)\b", part, re.I):
        return sentence_case(part)
    return None


def _split_ack(msg) -> tuple[str | None, list[str]]:
    """The message's parts, with an opening acknowledgement and the "but" after it taken off."""
    parts = [plain(p) for p in spoken_parts(msg)]
    ack = _acknowledged(parts[0]) if parts else None
    if ack:
        parts = parts[1:]
        if parts:
            parts[0] = lead_off(re.sub(r"^(?:but|and|though)\s+", "", parts[0], flags=re.I))
    elif parts and re.search(r"\s+but\s+", parts[0], re.I):
        before, after = re.split(r"\s+but\s+", parts[0], maxsplit=1, flags=re.I)
        ack = _acknowledged(before)
        if ack:
            parts[0] = lead_off(after)
    return ack, [p for p in parts if p]


# --- "I didn't break your mug, it was already cracked" ---
def _supported(msg):
    ack, parts = _split_ack(msg)
    if len(parts) < 2 or len(parts) > 4 or re.search(r"\b(?:because|cos|cause|bc|since)\b", parts[0], re.I):
        return None  # "I didn't call because I thought…": an omission with its reason (omissions.py)
    found = DENIAL.match(parts[0])
    if not found or re.search(r"\b(?:anything|nothing|on\s+purpose|deliberately|intentionally)\b", parts[0], re.I):
        return None  # "I didn't do anything": no act named to give an account of (defence.py)
    support, own_acts, closing, dropped, news = [], [], _WORKED_OUT, False, False
    for part in parts[1:]:
        evidence = _EVIDENCE.match(part)
        if _WITNESS.match(part) or _OATH.match(part):
            continue
        if jab_tail(part):  # "there's no point shouting at me": a jab, not an account (jab_tails.py)
            dropped = True
            continue
        own = _OWN_ACT.match(part)
        if not evidence and _ORDERED.match(part):  # "Please check before writing me up": an order, a jab, left out
            dropped = True
            continue
        if evidence:
            closing = f"Can we look at {evidence.group('what')} together?"
        elif own and not _LISTENER.search(part):  # "I just moved it": what the speaker did do, without "just"
            own_acts.append(f"I {own.group('was') or ''}{own.group('act')}")
        elif _THEIR_ACT.match(part):  # "you left them at work": a counter-claim about the listener, left out
            dropped = True
        elif _CORRECTION.match(part) or part.endswith("?") or not _STATEMENT.match(part) or SMALL.search(part) \
                or _WORTHLESS.search(part):
            return None  # a correction, a question or an order beside the denial: read clause by clause
        elif not _PAST.search(part) and not _LISTENER.search(part):  # "the card is in the post": news, said plainly
            own_acts.append(sentence_case(part))
            news = True
        elif not _LISTENER.search(_HANDED.sub("", part)) or re.match(r"^(?:your|ur)\s+\w+\s+(?:did|had|took|has|was)\b", part, re.I):
            support.append(_said_on(part))
        else:  # "you left them at work": a counter-claim about the listener, left out
            dropped = True
    if not support and not own_acts and not dropped and closing == _WORKED_OUT:
        return None  # nothing but the denial: accounts.py and scene_defence.py read those
    said = denied_plainly(msg, parts[0])
    if news and not support and closing == _WORKED_OUT:
        closing = _TALK  # nothing said about what happened: "the card is in the post" is news
    lines = [*own_acts, f"I think {' and '.join(support)}" if support else None, closing]
    hedged = [*own_acts, f"I think {' and '.join(_hedged(p) for p in support)}" if support else None, closing]
    if support and (all(re.match(r"^(?:my|I)\b", p) for p in support) or any(_ON_RECORD.search(p) for p in support)) \
            and not own_acts and not re.search(r"\b(?:already|just|only)\b", " ".join(support), re.I):  # said flat,
        # "already" is the defence's word; a fact on record ("in X-ray until 14:40", "four years") is not a belief
        # "my phone died": the speaker's own fact, said plainly after the feeling, not hedged with "I think"
        return [([ack or "I can hear that you're upset", said, sentence_case(" and ".join(support)), closing], ACKNOWLEDGE)]
    if ack:  # "I know you're upset, but I didn't…": their acknowledgement first, then the account
        return [([ack, said, *lines], ACKNOWLEDGE), ([ack, said, *hedged], ACKNOWLEDGE)]
    # the feeling heard in the same breath as the denial, as accounts.py says it: a denial said
    # alone before "I can see you're upset" still reads as the defence
    return [([f"{said}, and I can hear that you're upset about it", *lines], ACKNOWLEDGE),
            ([f"{said}, and I can hear that you're upset about it", *hedged], ACKNOWLEDGE),
            ([f"{said}, and I can hear that something's worrying you", *hedged], ACKNOWLEDGE)]


_ORDERED = re.compile(r"^(?:please|pls|plz|just|maybe|go)\s+(?:check|read|look|ask|scroll|try|stop|get|learn)\b", re.I)
# A support the speaker can vouch for: a number, a time or date, or something written down. "I think" would hedge it
# ("I think the patient may have been in X-ray until 14:40": held-out set 34's reader called it a changed meaning).
_ON_RECORD = re.compile(r"\d|\b(?:documented|recorded|logged|signed|chart|receipt|email(?:ed)?|certificate|minutes|"
                        r"rota|inventory|report)\b", re.I)


def _said_on(part: str) -> str:
    """A support as it reads after "I think": "Someone else did it" → "someone else did it", no "honestly", no "anyway"."""
    part = re.sub(r"\s+anyway$", "", re.sub(r"^(?:honestly|literally|like)\s+", "", part, flags=re.I), flags=re.I)
    first = part.split()[0] if part.split() else ""
    name = first[:1].isupper() and first.lower() not in _FUNCTION_WORDS  # "Sam had it last" keeps "Sam"
    return part if first == "I" or name else part[:1].lower() + part[1:]


_FUNCTION_WORDS = {"it", "that", "this", "there", "the", "a", "an", "some", "my", "his", "her", "their", "our", "he",
                   "she", "they", "we", "someone", "somebody", "everyone", "nobody", "it's", "that's", "there's"}


def _hedged(support: str) -> str:
    """"it was already cracked" → "it may already have been cracked": what the speaker believes, said
    as a belief ("already" said flat is the defence's own word)."""
    return re.sub(r"\b(?:was|were)\s+(already\s+)?", lambda m: f"may {m.group(1) or ''}have been ", support, count=1)


# --- "I never thought he'd post it online" ---
_NEVER_THOUGHT = re.compile(r"^I\s+(?:never|didn't|did\s+not)\s+(?P<verb>thought|think|expected|expect|imagined|imagine|"
                            r"dreamed|dreamt|guessed|guess)\s+(?P<what>.+)$", re.I)
# "I never thought you'd take it so hard": the listener's reaction, not an event the speaker misjudged
_REACTION = re.compile(r"^(?:that\s+)?(?:you|u)(?:'d|\s+would|\s+to)?\s+(?:be|get|take|mind|care|react|notice|make|freak|"
                       r"overreact|cry|blow)\b", re.I)
_BASE = {"thought": "think", "expected": "expect", "imagined": "imagine", "dreamed": "imagine", "dreamt": "imagine",
         "guessed": "guess"}


def _never_thought(msg):
    ack, parts = _split_ack(msg)
    found = _NEVER_THOUGHT.match(parts[0]) if len(parts) == 1 else None
    if found and _REACTION.match(found.group("what")):  # "you'd take it so hard": its weight unseen, not misjudged
        return [([*([ack] if ack else []), "I didn't realise how much it mattered to you, and I'm sorry", _TALK], ACKNOWLEDGE)]
    if not found or _LISTENER.match(found.group("what")) or re.match(r"I\b", found.group("what")) \
            or re.search(r"\b(?:but|though)\b", found.group("what"), re.I):
        return None  # "…you'd find out": a thing hidden; "I'd have to beg": the speaker's hurt (own_hurt.py)
    verb = found.group("verb").lower()
    verb = _BASE.get(verb, verb)
    hurt = "hurt you" if re.search(r"\b(?:hurt|stung|sting|embarrass\w*|humiliat\w*)\b", msg.text, re.I) else "upset you"
    if ack:
        return [([ack, f"I didn't {verb} {found.group('what')}, and I'm sorry it {hurt}", _TALK], ACKNOWLEDGE)]
    return [([f"I didn't {verb} {found.group('what')}, and I'm sorry it {hurt}", _TALK], ACKNOWLEDGE),
            ([f"I can see it {hurt}, and I'm sorry", f"I didn't {verb} {found.group('what')}", _TALK], ACKNOWLEDGE)]


# --- "the dent is nothing, the garage is sorting it Friday" ---
def _fix_under_way(msg):
    ack, parts = _split_ack(msg)
    fixes = [p for p in parts if on_the_way(p) and not _LISTENER.search(p)]
    small = [p for p in parts if SMALL.search(p) or re.match(r"^(?:it's|it\s+is)\s+(?:only|just)\s+an?\s+\w+$", p, re.I)]
    if not fixes or not small or len(fixes) + len(small) != len(parts):
        return None  # something else said beside them: the clause strategies read it
    thing = re.match(r"^(?P<thing>(?:the|my|our|your)\s+\w+)", small[0], re.I)
    seen = ack or (f"I can see you're worried about {thing.group('thing').lower()}" if thing
                   else "I can see this is worrying you")
    news = named_fixes(msg, fixes)  # "it'll be fixed Monday" → "the boiler will be…" when "it" has lost its thing
    # the news in the same breath as the acknowledgement: "I know you're stressed about the car, and the garage…"
    return [([f"{seen}, and {news[0]}", *(sentence_case(n) for n in news[1:]), "What would help until then?"], ACKNOWLEDGE)]


# --- "I paid for the petrol last time so I thought we were square" ---
_SQUARE = re.compile(r"^I\s+(?P<act>(?!(?:was|am|had|have|do|didn't|never|just|only)\b)\w+(?:\s+[^,]+?)?)\s*,?\s+so\s+I\s+"
                     r"(?P<thought>thought|figured|assumed|reckoned|guessed|presumed)\s+(?P<view>[^,]+)$", re.I)


def _reasoning(msg):
    ack, parts = _split_ack(msg)
    joined = ", ".join(parts)
    found = _SQUARE.match(joined) if len(parts) <= 2 else None
    if not found or re.search(r"\b(?:always|never|ever|stupid|idiot|lazy|selfish)\b", joined, re.I) \
            or found.group("act").split()[0].lower().endswith("ing"):
        return None  # "so I thought you'd never notice": a jab, not reasoning
    lines = [f"I {found.group('act')}, so I {found.group('thought').lower()} {found.group('view')}",
             ack or "I can see you see it differently", "Can we talk it through?"]
    return [(lines, ACKNOWLEDGE)]


_READINGS = (_supported, _never_thought, _fix_under_way, _reasoning)


def denial_lines(msg) -> list[tuple[list[str], str]]:
    """(lines, strategy) for a message read whole here, else []."""
    if not (msg.defensive or msg.blaming) or len(msg.text.split()) > 40:
        return []
    supported = _supported(msg)
    if supported:
        return supported
    plain_fact = denied_fact_lines(msg)  # the speaker's own plain fact beside the denial (denied_facts.py)
    if plain_fact:
        return plain_fact
    for reading in _READINGS[1:]:
        found = reading(msg)
        if found:
            return found
    return []


def with_supported_denials(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the message is one of its shapes (strategies.py)."""
    from .accounts import account_candidates

    if chosen == (account_candidates,):  # "I never left the house, my mum will tell you": accounts.py's reading
        return chosen
    if not denial_lines(msg):
        return chosen
    if _supported(msg) is None and denied_fact_lines(msg):
        # the plain-fact reading keeps the speaker's own fact, and a fact that is itself the excuse ("nobody told
        # me it was Tuesday", "I was speaking normally") still reads as defensive: the readings before it stay
        # behind as fallbacks, so one of theirs ("I should have checked whether I was in charge of it") shows
        # when none of this reading's lines pass, and none of theirs when one does
        return (denial_candidates, *(Behind(s) for s in chosen))
    return (denial_candidates,)


class Behind:
    """A strategy whose candidates are shown only when nothing better passes (engine.py keeps fallbacks
    back). It compares equal to the strategy it wraps, so strategies.py still finds and drops
    `acknowledge_first` or `take_responsibility` where a message has nothing to own."""

    def __init__(self, strategy):
        self.strategy = strategy

    def __call__(self, msg) -> list:
        from .candidate import Candidate

        return [Candidate(c.text, c.strategy, c.fallback or True) for c in self.strategy(msg)]

    def __eq__(self, other) -> bool:
        return other is self.strategy or isinstance(other, Behind) and other.strategy is self.strategy

    def __hash__(self) -> int:
        return hash(self.strategy)


def denial_candidates(msg) -> list:
    return composed(msg, denial_lines(msg))


# --- "I didn't know the gun was loaded": not "I can see why the gun upset you" ---
_UNKNOWN = re.compile(r"\bI\s+(?:didn't|did\s+not|never)\s+(?:know|realise|realize|notice|see)\s+(?:that\s+)?(?P<thing>.+?)\s+"
                      r"(?:was|were|is|are|had|'s|would)\b|\bI\s+had\s+no\s+idea\s+(?:that\s+)?(?P<thing2>.+?)\s+"
                      r"(?:was|were|is|are|had|'s|would)\b", re.I)


def unknown_thing_off(msg, topic: str | None) -> str | None:
    """The acknowledgement's topic, unless it is the thing the speaker didn't know about ("the gun"
    of "I didn't know the gun was loaded"): the listener is upset about what happened, not the gun."""
    found = _UNKNOWN.search(msg.text) if topic else None
    if not found:
        return topic
    thing = (found.group("thing") or found.group("thing2") or "").lower()
    return None if topic.lower() == thing or topic.lower().split()[-1] == thing.split()[-1] else topic
