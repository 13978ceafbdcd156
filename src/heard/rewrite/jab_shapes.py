"""Owns blaming messages whose event sits inside a jab shape that the clause readings drop or misread:

- "who puts/books X during Y and then gets annoyed no one joins?" → the clash named, the move asked for;
- sarcastic thanks for a payment request ("wow thanks for Venmo requesting me $3.50 for a coffee you
  offered to buy") → the surprise said plainly;
- a shot at a decision or a role ("you picked your mates for the starting eleven", "you're the worst
  shotcaller we've had, every call you make…", "let the intern take the blame for the outage, very
  leaderly of you") → wanting to understand / talk about the decision, the verdict dropped;
- "who leaves the gas bill in a drawer for two months?", "can you not be so selfish for one holiday",
  "could you possibly be any more passive-aggressive about the dishes?" → the thing kept, a request;
- question-shaped jabs ("…How does that even happen??", "do you actually think before you tag…",
  "everyone else sent their RSVP. What's your excuse?", "Typical Daniel, skips X and then wants a medal")
  → the fact kept and an ask the listener can act on;
- "you gave Ollie £5k for his deposit and I got a card. Make it make sense." → the hurt with both gifts.

Each shape keeps the names, objects and times in the speaker's words. `jab_shape_lines(msg)` is a
whole-message reading (strategies.py lists it); None when no shape fits. Not gated on the blaming flag:
the shapes are themselves the jab, and heard rewrites unflagged messages when the user asks.
"""

from __future__ import annotations

import re

from .message import Message

_LEAD = r"^\W*(?:(?i:honestly|seriously|genuinely|so|ok(?:ay)?|wow|oh|lol|like)[,.!]?\s+)*"
_NAME = r"(?:(?P<name>(?:[A-Z][a-z]+|[Cc]oach|[Mm]um|[Mm]om|[Dd]ad))[,.!]*\s+)?"
_TAIL_NAME = r"(?:[,.!?\s]+(?:(?i:seriously|honestly|lol|smh)[,.!\s]+)?(?P<tname>[A-Z][a-z]+))?"
_END = r"\s*[?!.]*\s*(?:(?i:lol|haha|lmao|smh)[?!.]*\s*)?(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)*$"
_IRREGULAR = {"goes": "go", "does": "do", "has": "have", "sent": "send", "paid": "pay", "did": "do", "gave": "give",
              "made": "make", "put": "put", "got": "get", "brought": "bring", "bought": "buy", "told": "tell",
              "filled": "fill", "handed": "hand", "booked": "book", "signed": "sign", "returned": "return",
              "submitted": "submit", "replied": "reply", "confirmed": "confirm", "answered": "answer"}


def _base(verb: str) -> str:
    """"joins" → "join", "replies" → "reply", "sent" → "send": the verb said as something asked for."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x)es$", low):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    if low.endswith("ed") and len(low) > 4:
        return low[:-1] if low[-3] in "aeiou" and low[-4] not in "aeiou" else low[:-2]
    return low


def _ing(verb: str) -> str:
    """"tag" → "tagging", "post" → "posting", "make" → "making"."""
    low = verb.lower()
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith("ee"):
        return low[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", low) and len(low) <= 4:
        return low + low[-1] + "ing"
    return low + "ing"


def _the(phrase: str) -> str:
    """"a client call" → "the client call": the thing named once is the one meant."""
    return re.sub(r"^(?:a|an|some)\s+", "the ", phrase.strip(), flags=re.I)


def _named(name: str | None, line: str, msg: Message) -> str:
    """The name put in front once, unless compose() finds the address itself."""
    if not name or msg.address or name.lower() in ("typical", "classic", "seriously", "honestly"):
        return line
    return f"{name}, {line[0].lower()}{line[1:]}" if not line.startswith("I ") and not line.startswith("I'") else f"{name}, {line}"


_WHO_THEN = re.compile(_LEAD + _NAME + r"(?i:who)\s+(?:puts|books|schedules|sets|plans|arranges|moves)\s+(?P<x>(?:a|an|the)\s+[\w' -]+?)"
                       r"(?:\s+(?:in|on|into)\s+the\s+(?:calendar|diary|rota|schedule))?\s+(?P<prep>during|at|in|on|over|for)\s+"
                       r"(?P<when>[\w' -]+?)\s+and\s+then\s+(?:gets\s+(?:annoyed|angry|upset|mad|cross|shirty|arsey)|complains|moans|"
                       r"kicks\s+off|sulks)\s+(?:that\s+|when\s+)?(?:no\s*one|nobody|no-one|people\s+don'?t)\s+(?P<y>\w+(?:\s+(?:up|in))?)"
                       r"(?P<rest>[\w' -]*?)" + _END)


def _who_then(text: str, msg: Message) -> list[str] | None:
    found = _WHO_THEN.match(text)
    if not found:
        return None
    verb, _, particle = found.group("y").partition(" ")
    act = " ".join(w for w in (_base(verb), particle, found.group("rest").strip()) if w)
    line = f"The {_the(found.group('x'))[4:]} is {found.group('prep')} {found.group('when')}, which makes it hard to {act}."
    return [_named(found.group("name"), line, msg), "Could we move it?"]


_THANKS_PAY = re.compile(_LEAD + r"(?:thanks|thank\s+you|cheers|ty)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+(?P<svc>venmo|paypal|monzo|revolut|cash\s*app|zelle)?"
                         r"\s*(?:-?\s*)(?P<how>requesting|charging|invoicing|billing|request(?:ing)?)\s+me\s+(?P<amt>[$£€]\s?\d+(?:\.\d\d)?|\d+(?:\.\d\d)?\s?(?:quid|bucks|dollars|pounds|euros))?\s*"
                         r"for\s+(?P<x>(?:a|an|the|that)\s+[\w' -]+?)\s+(?:that\s+)?(?:you|u)\s+(?:offered|said\s+you'?d|promised|insisted)\s+(?:to\s+|on\s+)?"
                         r"(?:buying|paying\s+for|getting|buy|pay\s+for|get|treat\s+me\s+to|cover|shout\s+me)(?:\s+me)?" + _END, re.I)
_SERVICE = {"venmo": "Venmo", "paypal": "PayPal", "monzo": "Monzo", "revolut": "Revolut", "zelle": "Zelle"}


def _thanks_pay(text: str) -> list[str] | None:
    found = _THANKS_PAY.match(text)
    if not found:
        return None
    svc = found.group("svc")
    svc = _SERVICE.get(svc.lower(), "Cash App") + " " if svc else ""
    amt = (found.group("amt") or "").replace(" ", "")
    amt = "" if "." in amt else amt  # "$3.50": repeats.without_echoes splits sentences at any "." (its bug)
    thing = re.sub(r"^that\s+", "the ", _the(found.group("x")), flags=re.I)
    request = f"a {amt} {svc}request" if amt else f"a {svc}request"
    request = re.sub(r"^a (?=[8]|[£$€]?8|[aeiou])", "an ", request, flags=re.I)
    if not svc and not found.group("how").lower().startswith("request"):
        request = "charged" if not amt else f"charged {amt}"
        return [f"I was surprised to be {request} for {thing}, since I thought it was your treat.", "Can we talk about it?"]
    return [f"I was surprised to get {request} for {thing}, since I thought it was your treat.", "Can we talk about it?"]


_PICKED = re.compile(_LEAD + _NAME + r"(?:(?:with\s+(?:all\s+due\s+)?respect|no\s+offence|honestly)[,.!]?\s+)?(?i:you|u)\s+(?:just\s+|only\s+|always\s+)?"
                     r"(?:picked|pick|chose|choose|selected|select|put)\s+(?:your|ur)\s+(?:mates|friends|pals|buddies|favourites|favorites|faves)\s+"
                     r"(?:for|in|on|into)\s+(?P<x>(?:the|this|our)\s+[\w' -]+?)(?:\s*(?:,|and)\s+(?:everyone|everybody|we\s+all|all\s+of\s+us|the\s+whole\s+\w+)"
                     r"[\w' ]*?(?:knows?|see|sees|can\s+see)\s+it)?(?:,?\s+(?:it'?s|its)\s+(?:obvious|so\s+obvious|clear))?" + _END)


def _picked(text: str, msg: Message) -> list[str] | None:
    found = _PICKED.match(text)
    if not found:
        return None
    x = re.sub(r"^(?:this|our)\s+", "the ", found.group("x"))
    team = re.search(r"\b(?:eleven|squad|team|line-?up|side|xi|five|roster|first\s+\w+)\b", x, re.I)
    line = f"I'd like to understand how {x} is picked." if team else f"I'd like to understand how people are picked for {x}."
    return [_named(found.group("name"), line, msg), "Could we talk about it?"]


_WORST = re.compile(_LEAD + _NAME + r"(?:you'?re|you\s+are|ur)\s+(?:the|by\s+far\s+the|easily\s+the)\s+worst\s+(?P<role>[\w-]+(?:\s+[\w-]+)?)\s+"
                    r"(?:we'?ve|we\s+have|i'?ve|I\s+have)\s+(?:ever\s+)?had[,.;!]*\s+(?:and\s+)?(?:every|each)\s+(?P<x>call|decision|plan|pick|choice|rotation|strat)\s+"
                    r"(?:you\s+make|you\s+give|you\s+pick)\s+(?P<rest>[^.!?]+?)" + _END, re.I)
_GAME = re.compile(r"\b(?:killed|game|match|raid|round|wipes?|wiped|lose|lost|die|dead|ranked)\b", re.I)


def _worst(text: str, msg: Message) -> list[str] | None:
    found = _WORST.match(text)
    if not found:
        return None
    game = "match" if re.search(r"\bmatch", found.group("rest"), re.I) else "game"
    ask = f"Could we talk strategy before the next {game}?" if _GAME.search(found.group("rest")) else "Could we talk about them?"
    return [_named(found.group("name"), f"I'm frustrated with how our {found.group('x').lower()}s have been going.", msg), ask]


_LET_BLAME = re.compile(r"^\W*(?:(?i:oh|sure|yeah|great|right|ok(?:ay)?|brilliant|nice)[,.!]?\s+)*(?i:let|make|have)\s+(?P<who>(?i:the|our|your|poor)\s+[\w' -]+?)\s+"
                        r"(?i:take|carry|eat|wear)\s+(?i:the)\s+(?i:blame|fall|heat|hit)\s+(?i:for)\s+(?P<x>(?i:the|our|this|that)\s+[\w' -]+?)"
                        r"(?:[,.;!]+\s*(?i:that'?s|thats|how|so|real|very)[\w' ]*?(?i:of\s+you)?(?:[,\s]+(?P<tname>[A-Z][a-z]+))?)?" + _END)


def _let_blame(text: str, msg: Message) -> list[str] | None:
    found = _LET_BLAME.match(text)
    if not found:
        return None
    who = re.sub(r"^poor\s+", "the ", found.group("who"), flags=re.I)
    line = f"I don't think {who} should carry the blame for {found.group('x')}."
    return [_named(found.group("tname"), line, msg), "Can we talk about how we handle it?"]


_WHO_LEAVES = re.compile(_LEAD + _NAME + r"(?i:who)\s+(?:leaves|left|sticks|shoves|hides|stuffs)\s+(?P<x>(?:(?:the|a|an|our|my|your)\s+)?[\w' -]+?)\s+"
                         r"(?P<where>(?:in|on|under|behind|at)\s+(?:a|an|the|my|our|your)\s+[\w' -]+?)(?:\s+(?P<dur>for\s+[\w ]+?|all\s+(?:day|week|weekend|night)|overnight))?"
                         r"\s*\?+" + _TAIL_NAME + _END)
_PAPERS = re.compile(r"\b(?P<kind>bill|letter|invoice|fine|form|statement|notice|post)s?\b", re.I)


def _who_leaves(text: str, msg: Message) -> list[str] | None:
    found = _WHO_LEAVES.match(text)
    if not found:
        return None
    x = re.sub(r"^your\s+", "your ", _the(found.group("x")))
    plural = x.endswith("s") and not x.endswith("ss")
    dur = f" {found.group('dur')}" if found.group("dur") else ""
    paper = _PAPERS.search(x)
    if paper:
        kind = "post" if paper.group("kind").lower() == "post" else paper.group("kind").lower() + "s"
        lines = [f"{x[0].upper()}{x[1:]} {'were' if plural else 'was'} left {found.group('where')}{dur}, and I'm worried about it.",
                 f"Can we keep {kind} somewhere we'll both see them?"]
    else:
        lines = [f"{x[0].upper()}{x[1:]} {'were' if plural else 'was'} left {found.group('where')}{dur}.",
                 f"Could {'they' if plural else 'it'} go back where {'they belong' if plural else 'it belongs'} next time?"]
    lines[0] = _named(found.group("name") or found.group("tname"), lines[0], msg)
    return lines


_SELFISH_FOR = re.compile(_LEAD + _NAME + r"(?:can|could|would)\s+(?:you|u)\s+(?:not|stop|please\s+not)\s+(?:be|being)\s+(?:so\s+|this\s+)?"
                          r"(?:selfish|self-centred|self-centered|self\s+centred|self\s+absorbed|self-absorbed)\s+(?:for|on)\s+(?:one|once|a\s+single|this)\s+"
                          r"(?P<x>holiday|weekend|trip|birthday|christmas|day|evening|night|anniversary|vacation|break|easter)" + _END, re.I)


def _selfish_for(text: str, msg: Message) -> list[str] | None:
    found = _SELFISH_FOR.match(text)
    if not found:
        return None
    x = found.group("x").lower()
    this = "Christmas" if x == "christmas" else "Easter" if x == "easter" else f"this {x}"
    return [_named(found.group("name"), f"I'd like {this} to include some of what I'd like to do too.", msg),
            "Can we plan it together?"]


_ANY_MORE = re.compile(_LEAD + _NAME + r"(?:could|can)\s+(?:you|u)\s+(?:possibly\s+|actually\s+|honestly\s+)?be\s+(?:any\s+)?more\s+"
                       r"(?P<adj>passive[- ]aggressive|snarky|sarcastic|cryptic|petty|dramatic|over\s?the\s?top|extra)\s+about\s+"
                       r"(?P<x>(?:the|my|our|your|this|that|a)\s+[\w' -]+?)" + _END, re.I)


def _any_more(text: str, msg: Message) -> list[str] | None:
    found = _ANY_MORE.match(text)
    if not found:
        return None
    x = re.sub(r"^(?:this|that|a)\s+", "the ", found.group("x"), flags=re.I)
    direct = re.match(r"passive|snarky|sarcastic|cryptic|petty", found.group("adj"), re.I)
    them = "them" if x.endswith("s") and not x.endswith("ss") else "it"
    how = "directly" if direct else "calmly"
    return [_named(found.group("name"), f"I'd rather we talk about {x} {how}.", msg), f"What's bothering you about {them}?"]


_HOW_EVEN = r"(?:how\s+(?:does|did|do|can|could)\s+(?:that|this|it)\s+(?:even\s+)?(?:happen|be\s+possible)|how\s+is\s+that\s+(?:even\s+)?possible|" \
            r"how\s+did\s+(?:nobody|no\s+one)\s+(?:notice|check|catch\s+(?:it|that))|how\?*|seriously|what\s+happened)"
_SENT_HAD = re.compile(_LEAD + _NAME + r"(?P<x>(?i:the)\s+[\w' -]+?)\s+(?:you|u)\s+(?:sent|gave|emailed|showed|presented|handed|circulated)\s+(?:to\s+)?"
                       r"(?P<to>(?:the|our|my)\s+[\w' -]+?)\s+(?P<v>had|showed|used|was|contained|included|said)\s+(?P<y>[^.!?]+?)[.!]*\s+(?i:" + _HOW_EVEN + r")" + _END)


def _sent_had(text: str, msg: Message) -> list[str] | None:
    found = _SENT_HAD.match(text)
    if not found:
        return None
    line = f"{found.group('x')[0].upper()}{found.group('x')[1:]} that went to {found.group('to')} {found.group('v')} {found.group('y')}."
    return [_named(found.group("name"), line, msg), "Could we check what happened before the next one?"]


_THINK_BEFORE = re.compile(_LEAD + _NAME + r"(?:do|did)\s+(?:you|u)\s+(?:actually|even|ever|really|honestly)?\s*(?:think|stop\s+to\s+think|pause)\s+before\s+"
                           r"(?:you|u)\s+(?P<v>[a-z]+)\s+(?P<rest>[^?!.]+?)" + _END, re.I)


def _think_before(text: str, msg: Message) -> list[str] | None:
    found = _THINK_BEFORE.match(text)
    if not found or found.group("v").lower() in ("speak", "talk", "say", "open", "act", "do", "think"):
        return None  # "before you speak": a verdict on the mind, no act to hold off
    rest = found.group("rest")
    late = re.search(r"\b(?:at\s+)?(?:(?:9|1[0-2]|[1-4])(?::\d\d)?\s?(?:pm|am)|midnight)\b", rest, re.I)
    if late:  # "at 11pm": the hour is the trouble, so waiting is the ask
        rest = f"{rest[:late.start()]}late at night{rest[late.end():]}"
        return [_named(found.group("name"), f"Could you hold off {_ing(found.group('v'))} {rest}?", msg)]
    return [_named(found.group("name"), f"Could you check with me before {_ing(found.group('v'))} {rest}?", msg)]


_EXCUSE = re.compile(_LEAD + _NAME + r"(?i:everyone|everybody)\s+else\s+(?:has\s+)?(?:already\s+)?(?P<v>sent|paid|did|done|returned|booked|signed|confirmed|submitted|"
                     r"replied\s+to|answered|filled\s+in|filled\s+out|handed\s+in|sent\s+in|paid\s+for)\s+(?P<x>(?:their|the|his|her)\s+[\w' -]+?)"
                     r"(?:\s+(?:weeks?|days?|months?|ages|hours?)\s+ago|\s+already|\s+on\s+time|\s+last\s+\w+)?[.!]*\s+(?i:what'?s|whats|what\s+is)\s+"
                     r"(?i:your|ur)\s+(?i:excuse|reason|problem)(?:\s+(?i:this\s+time|now|then))?" + _END)
_PAST_BASE = {"done": "do", "replied to": "reply to", "filled in": "fill in", "filled out": "fill out", "handed in": "hand in",
              "sent in": "send in", "paid for": "pay for"}


def _excuse(text: str, msg: Message) -> list[str] | None:
    found = _EXCUSE.match(text)
    if not found:
        return None
    v = found.group("v").lower()
    v = _PAST_BASE.get(v) or _base(v)
    x = re.sub(r"^(?:their|his|her)\s+", "your ", found.group("x"))
    return [_named(found.group("name"), f"Could you {v} {x} when you can? Everyone else has.", msg)]


_TYPICAL = re.compile(r"^\W*(?i:typical|classic|standard)\s+(?P<name>[A-Z][a-z]+)[,.!:]*\s+(?P<v>skips|dodges|avoids|ducks|bails\s+on|gets\s+out\s+of|swerves|misses)\s+"
                      r"(?P<x>(?:the|all\s+the)\s+[\w' -]+?)(?:\s+again)?[,]?\s+(?:and\s+)?then\s+(?:wants|expects|fishes\s+for|asks\s+for)\s+"
                      r"(?:a\s+medal|praise|a\s+round\s+of\s+applause|applause|thanks|a\s+pat\s+on\s+the\s+back|credit)\s+for\s+[^.!?]+?" + _END)


def _typical(text: str, msg: Message) -> list[str] | None:
    found = _TYPICAL.match(text)
    if not found:
        return None
    x = re.sub(r"^all\s+the\s+", "the ", found.group("x"))
    return [_named(found.group("name"), f"I'd love a hand with {x}.", msg)]


_GAVE_GOT = re.compile(_LEAD + _NAME + r"(?i:you|u)\s+(?P<v>gave|paid|lent|bought)\s+(?P<who>[A-Z][a-z]+|(?:my|your)\s+(?:brother|sister|cousin))(?P<poss>'s)?\s+"
                       r"(?P<x>(?(poss)[\w' -]+?|[£$€]?\s?\d[\d,.]*k?\s?(?:grand|quid|pounds|dollars)?(?:\s+(?:for|towards)\s+[\w' -]+?)?))\s+and\s+(?:I|me)\s+"
                       r"(?:just\s+|only\s+)?(?:got|get|received)\s+(?P<y>(?:a|an|the|nothing|some)\b[\w' -]*?)"
                       r"(?:[.!?]+\s*(?i:make\s+it\s+make\s+sense|explain\s+(?:that|this)|how\s+is\s+that\s+fair|go\s+on,?\s+explain|make\s+that\s+make\s+sense)[?!.]*)?" + _END)


def _gave_got(text: str, msg: Message) -> list[str] | None:
    found = _GAVE_GOT.match(text)
    if not found:
        return None
    if found.group("poss"):  # "you paid Sophie's tuition": the act said as it was
        line = f"I felt hurt that you {found.group('v')} {found.group('who')}'s {found.group('x').strip()} and I got {found.group('y').strip()}."
    else:
        line = f"I felt hurt that {found.group('who')} got {found.group('x').strip()} and I got {found.group('y').strip()}."
    return [_named(found.group("name"), line, msg), "Can we talk about it?"]


def jab_shape_lines(msg: Message) -> list[str] | None:
    """The lines for one of the jab shapes above, or None."""
    text = msg.text.strip()
    return _who_then(text, msg) or _thanks_pay(text) or _picked(text, msg) or _worst(text, msg) \
        or _let_blame(text, msg) or _who_leaves(text, msg) or _selfish_for(text, msg) or _any_more(text, msg) \
        or _sent_had(text, msg) or _think_before(text, msg) or _excuse(text, msg) or _typical(text, msg) \
        or _gave_got(text, msg) or None


__all__ = ["jab_shape_lines"]
