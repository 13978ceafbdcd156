"""Everyday complaint shapes from private chats, read whole.

- A broken promise: "you promised you'd be home by 7 and it's nearly 10. thanks for nothing",
  "you said you'd pay me back on friday and now…". Left to the other strategies these got a form
  letter that names nothing ("I'm upset with how this is going between us") or a feeling pinned to the
  promise itself ("When you said you'd pay me back on Friday, I felt let down"), which reads as if the
  promise were the hurt. Read here: the promise is kept in the speaker's words as a fact, and the
  let-down is pinned to it not happening: "You said you'd be home by 7, and I'd been counting on that.
  I felt let down when it didn't happen." The tail ("it's nearly 10", "thanks for nothing") is evidence
  or a jab and is left out, except what the promise left someone to go through ("…and she waited in
  the office for an hour"); nothing is added about why it did not happen.
- A feeling put on the listener: "you always make me feel stupid when i ask a question",
  "you made me feel like rubbish in front of your parents". The feeling is the speaker's own, so it
  is said as theirs with the moment it comes with ("When I ask a question, I end up feeling stupid."),
  and the "always" left out. Also a form letter before.
- A request to stop with what it cost the speaker: "stop leaving your bike in the hallway, I tripped
  over it twice", and a loan not given back: "sis you borrowed my jacket in march and i still havent got
  it back". The speaker's own "I" line made the defence strategies answer as the one accused ("I hear
  how upset you are. I tripped over it twice.", "I should have got it back, and I'm sorry"). Read here
  as the complaint it is: the request asked ("Could you please stop leaving your bike in the hallway?")
  with the speaker's line kept, and the loan kept as a fact with a request to have it back.
- "You never X but/unless Y": "dad you never call unless you need something", "you never reply in the
  group chat but you're online all day". Y is the evidence that makes X feel unfair, but the other
  strategies took it as the situation ("I get really worried when you're online all day", "…if you
  could call unless you need something"). Read here: X asked for, Y left out: "It would mean a lot to
  me if you could call more often."
- A wrong detail passed on: "you told me the meeting was at 3 and it was at 2, I looked like an idiot".
  The telling was taken as the hurt ("When you told me the shop shut at 6, I felt hurt") or a form
  letter was given. Read here: both facts kept side by side ("You told me the meeting was at 3, and it
  turned out it was at 2."), the speaker's embarrassment said as a feeling, no guess at why it was wrong.
Only a message made of that one complaint (an address, "honestly", emoji and a short tail beside it)
is read; anything else is left to the other strategies.
"""

from __future__ import annotations

import re

from .grudging_praise import grudging_lines  # "you remembered to pay the electric. Round of applause 👏"

from .message import Message
from .surface import sentence

_DECOR = re.compile(r"[^\w\s'’.,!?;:\"-]+")  # emoji and symbols: no words to keep
_OPEN = r"^(?:(?:honestly|seriously|so|ok|okay|well|wow|ugh|like|and|but|um|tbh|lol|omg),?\s+)*"
_ABS = r"(?:\s+(?:always|constantly|literally|really|just|honestly|actually|genuinely|seriously))*"

# "you promised (me) (that) you'd …", "you said you would …", "you told me you were going to …"
_PROMISE = re.compile(
    _OPEN + r"(?:you|u)" + _ABS + r"\s+(?:promised|said|swore|told me|told us|literally said)(?:\s+(?:me|us))?"
    r"(?:\s+that)?,?\s+(?:you'?d|you would|u'?d|you were going to|you were gonna|you'?ll|you will"
    r"|(?P<quoted>[\"“]\s*(?:I'?ll|I will|I'?m going to|I'?m gonna|I'?d)))\s+"  # or their own words: 'you promised "I'll…"'
    r"(?P<act>[^.!?,;\"”]+?)[\"”]?(?:\s*(?:[,;]|\band\b|\bbut\b|\bthen\b|\bnow\b|\bit'?s\b|\bits\b|\bit is\b|\.|!|\?)(?P<rest>.*))?$",
    re.I)
# "you (always) make me feel stupid when …", "you made me feel like a burden"
_MAKE_FEEL = re.compile(
    _OPEN + r"(?:you|u)" + _ABS + r"\s+(?P<verb>make|made|keep making)\s+me\s+feel\s+(?:so\s+|really\s+|kind of\s+|kinda\s+)*"
    r"(?P<like>like\s+)?(?P<feel>[^.!?,;]+?)"
    r"(?:\s+(?P<link>when|whenever|every time|everytime|each time|if|for|in front of|at|about)\s+(?P<sit>[^.!?;]+?))?"
    r"(?:[.!?]+\s*(?P<rest>.*))?$", re.I)
_BAD_ACT = re.compile(r"\b(?:never|not|n't|no longer|stop|quit)\b|\byou'?re\b", re.I)
# feelings that are praise or comfort: not a complaint to rework
_KIND = re.compile(r"\b(?:loved|safe|special|happy|good|better|welcome|seen|heard|appreciated|valued|beautiful|"
                   r"wanted|calm|proud|amazing|great|home)\b", re.I)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_OPENERS = re.compile(r"^(?:honestly|seriously|so|ok|okay|well|wow|ugh|like|and|but|um|tbh|lol|omg|hey|hi|oi|"
                      r"dude|bro|sis|mate|babe|thanks|yeah|yes|no|god|jesus|lord|look|listen|also|wait|great|"
                      r"cool|nice|sure|fine|whatever|now|then|if|when|maybe|guess|because|cos|why|how|what)$", re.I)


def _name(msg: Message) -> str | None:
    """A capitalised name before "you" that the address reader missed ("Leah you nicked…"), or None."""
    match = re.match(r"^\s*([A-Z][a-z]+),?\s+(?:you|u)\b", msg.text)
    if msg.address or not match or _OPENERS.match(match.group(1)):
        return None
    return match.group(1)


def bare_text(msg: Message) -> str:
    """The message without its address or emoji, on one line."""
    text = _DECOR.sub(" ", msg.text).replace("’", "'")
    if _name(msg):  # "Leah you nicked…": the name is put back in front by everyday_lines
        text = text.strip().split(None, 1)[1]
    if msg.address:  # "Mark you told me…", "…, Mark!"
        text = re.sub(rf"^\s*{re.escape(msg.address)}\b[\s,]*", "", text, flags=re.I)
        text = re.sub(rf"(?:^|[,\s])\s*{re.escape(msg.address)}\s*(?:[,.!?]|$)", " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip(" ,")


def own_words(words: str, most: int = 12) -> str | None:
    """The speaker's own words, calmed (no shouting), "i" as "I", days capitalised; None if too long."""
    words = words.strip(" ,")
    if not words or len(words.split()) > most:
        return None
    if words.isupper() or re.search(r"\b[A-Z]{3,}\b", words):
        words = words.lower()
    words = re.sub(r"\bi\b", "I", words)
    words = re.sub(r"\bim\b", "I'm", words)
    for day in _DAYS:
        words = re.sub(rf"\b{day}\b", day.capitalize(), words, flags=re.I)
    words = re.sub(r"\bu\b", "you", words)
    return words


def _plain_verb(msg: Message, word: str, tags=("VB",)) -> bool:
    """Whether `word` stands in the message as a verb of one of `tags` (spaCy's tagger)."""
    return any(t.lower_ == word.lower() and t.tag_ in tags for t in msg.doc)


def _their_act_after(msg: Message, rest: str) -> bool:
    """Whether the tail tells what the listener did ("you rolled in at 10", "you didn't", "you never")."""
    for word in re.findall(r"\b(?:you|u)\s+(\w+(?:'\w+)?)", rest, re.I):
        if word.lower() in ("didn't", "didnt", "weren't", "werent", "wasn't", "never", "did", "were", "forgot",
                            "went", "chose", "picked", "just", "only", "still", "then") or _plain_verb(msg, word, ("VBD",)):
            return True
    return False


def _short_tail(rest: str | None) -> bool:
    """A tail that is only evidence or a jab is dropped; a long one may hold a second complaint."""
    return not rest or len(rest.split()) <= 12


# The promise in the listener's own words: their "you" is the speaker, their "my" their own.
_SWAPPED = {"you": "me", "your": "my", "yours": "mine", "my": "your", "mine": "yours", "me": "you"}
_QUOTED_PERSON = re.compile(r"\b(?:you|your|yours|my|mine|me)\b", re.I)


def promise_lines(msg: Message) -> list[list[str]]:
    match = _PROMISE.match(bare_text(msg))
    # a bare promise held up ("You said you'd call.") and one followed by what the listener did instead
    # ("…and you rolled in at 10", "…and you didn't") are read elsewhere, with what happened said first
    if not match or not (match.group("rest") or "").strip(" .!?") or not _short_tail(match.group("rest")) \
            or _their_act_after(msg, match.group("rest")):
        return []
    # "you said you'd do it, so I didn't": the promise is the speaker's excuse, a defence, not a let-down
    if re.match(r"\s*(?:so|which is why|that's why)\b", match.group("rest") or "", re.I) \
            or re.search(r"\b(?:I|i)\s+(?:didn'?t|did not|wasn'?t|thought|assumed|figured)\b", match.group("rest") or ""):
        return []
    act = own_words(match.group("act"))
    if act is not None and match.group("quoted"):
        act = _QUOTED_PERSON.sub(lambda m: _SWAPPED[m.group().lower()], act)  # their "pay you back" is "pay me back"
    if act is None or _BAD_ACT.search(act) or re.match(r"(?:love|like|be happy|be glad|think)\b", act, re.I) or len(act.split()) < 1 or not re.match(r"[a-z]", act, re.I):
        return []
    act = re.sub(r"\s+(?:again|AGAIN)$", "", act)
    if not _plain_verb(msg, act.split()[0]):  # "you said you'd stopped": a past claim, not a promise
        return []
    return [[f"You said you'd {act}, and I'd been counting on that.", *_what_it_left(msg, match.group("rest")),
             "I felt let down when it didn't happen.", "Can we talk about what got in the way?"]]


_NO_ONE = re.compile(r"^(?:it|it's|its|that|this|there|now|so|then)\b", re.I)


def _what_it_left(msg: Message, rest: str | None) -> list[str]:
    """What the broken promise left someone to do, from the tail: "…and she waited in the office for an
    hour" is what the promise was for, and the rewrite without it named only the pickup. A bare clock
    ("it's nearly 10") is evidence held up, not a consequence, and stays out."""
    from .subjects import facts_of  # subjects reads messages through the strategies that import this module
    tail = (rest or "").lower()
    return [sentence(fact) for fact in facts_of(msg)
            if fact.lower() in tail and not _NO_ONE.match(fact) and not re.search(r"\b(?:you|u|your|ur)\b", fact, re.I)][:1]


def made_feel_lines(msg: Message) -> list[list[str]]:
    match = _MAKE_FEEL.match(bare_text(msg))
    if not match or not _short_tail(match.group("rest")):
        return []
    feel = own_words(match.group("feel"))
    if feel is None or len(feel.split()) > 5 or re.search(r"\b(?:you|your|u|ur)\b", feel, re.I) or _KIND.search(feel):
        return []
    feel = ("like " if match.group("like") else "") + feel
    past = match.group("verb").lower() == "made"
    link, sit = (match.group("link") or "").lower(), own_words(match.group("sit") or "")
    if match.group("sit") and sit is None:
        return []
    if link in ("when", "whenever", "every time", "everytime", "each time", "if") and sit:
        head = f"When {sit}, I {'felt' if past else 'end up feeling'} {feel}."
    elif sit:
        head = f"I {'felt' if past else 'end up feeling'} {feel} {link} {sit}."
    else:
        head = f"I {'felt' if past else 'end up feeling'} {feel}, and I'd like you to know that."
    closing = "Can we talk about what happened?" if past else "Can we talk about it?"
    return [[head, closing]]


# "(can you) (please) stop leaving your bike in the hallway, I tripped over it twice"
_STOP = re.compile(
    _OPEN + r"(?:(?:can|could|will|would) (?:you|u)\s+)?(?:(?:please|pls|plz|just)\s+)*stop\s+(?P<act>\w+ing\b[^.!?,;]*?)"
    r"(?:\s*(?:please|pls|plz))?\s*(?:[,.;!?]+|\s+-+)\s*(?:(?:and|because|cos|cause|coz)\s+)?(?P<cons>(?:i|I)\b[^.!?]*?)[\s.!?]*$",
    re.I)
# a verdict or a manner rather than an act: left to the strategies that read labels
_MANNER = re.compile(r"^(?:being|acting|pretending|lying|whining|moaning|nagging|complaining|talking|treating|"
                     r"making excuses|blaming|ignoring|sulking|yelling|shouting|screaming|judging)\b", re.I)
# "you borrowed my jacket in march and i still havent got it back"
_LOAN = re.compile(
    _OPEN + r"(?:you|u)\s+(?P<verb>borrowed|took|nicked|pinched)\s+my\s+(?P<obj>[\w'-]+(?:\s+[\w'-]+)?)"
    r"(?P<when>\s+(?:in|on|at|last|before|over|back in|like)\s+[\w' ]{2,20}?|\s+(?:\w+ )?(?:weeks|months|days) ago)?"
    r"\s*(?:,|\band\b|,\s*and)\s+(?:i|I)\s+(?:still\s+)?(?:havent|haven't|have not|never|didn't|didnt)\s+"
    r"(?:got|gotten|seen|had|received)\s+(?:it|them)(?:\s+back)?[\s.!?]*$", re.I)
# "you've had my drill since August", "you've still got my PS5 controller from Christmas": the loan told by how long
_HELD = re.compile(
    _OPEN + r"(?:not being funny,? but\s+|no offence,? but\s+)?(?:you|u)(?:'ve|ve| have)\s+(?:still\s+)?(?:had|got)\s+"
    r"my\s+(?P<obj>[\w'-]+(?:\s+[\w'-]+)?)\s+(?P<when>(?:since|for|from)\s+[\w' ]{2,24}?)(?:\s+now)?[\s.!?]*$", re.I)
_CONTRACTIONS = {"havent": "haven't", "hasnt": "hasn't", "didnt": "didn't", "dont": "don't", "cant": "can't",
                 "wont": "won't", "isnt": "isn't", "wasnt": "wasn't", "couldnt": "couldn't", "ive": "I've"}


def _spelt(words: str) -> str:
    """Dropped apostrophes put back ("havent" -> "haven't"): the rewrite is the speaker's words, tidied."""
    return re.sub(r"\b\w+\b", lambda m: _CONTRACTIONS.get(m.group(0).lower(), m.group(0)), words)


def stop_lines(msg: Message) -> list[list[str]]:
    match = _STOP.match(bare_text(msg))
    if not match:
        return []
    act, cons = own_words(match.group("act")), own_words(_spelt(match.group("cons")), 16)
    if act is None or cons is None or _MANNER.match(act) or len(cons.split()) < 2 \
            or re.search(r"\b(?:you|your|u|ur)\b", cons, re.I):  # "I'm sick of you…": a second verdict
        return []
    # what it cost the speaker is an event ("I tripped", "I had to", "I couldn't find it"), not a
    # claim about themselves ("I know how to do my job"), which answers a criticism instead
    said = [w for w in cons.split()[1:3] if w.lower() not in ("just", "nearly", "almost", "literally", "actually")]
    if not said or not (said[0].lower() in ("had", "couldn't", "could", "'ve", "have", "was", "wasn't", "got")
                        or _plain_verb(msg, said[0], ("VBD",))):
        return []
    cons = cons[:1].upper() + cons[1:]
    return [[f"Could you please stop {act}?", f"{cons}, and it really bothered me."]]


def loan_lines(msg: Message) -> list[list[str]]:
    text = bare_text(msg)
    match = _LOAN.match(text)
    if not match:
        return _held_lines(_HELD.match(text))
    obj, when = own_words(match.group("obj")), own_words(match.group("when") or "") or ""
    if obj is None or (match.group("when") and not when):
        return []
    when = _months(re.sub(r"^like\s+", "", when.strip()))
    thing = "them" if obj.endswith("s") and not obj.endswith("ss") else "it"
    borrowed = {"took": "took", "nicked": "borrowed", "pinched": "borrowed"}.get(match.group("verb").lower(), "borrowed")
    return [[f"You {borrowed} my {obj}{' ' + when if when else ''}, and I'd really like {thing} back.",
             f"Could you bring {thing} round when you get a chance?"]]


def _held_lines(match) -> list[list[str]]:
    if not match:
        return []
    obj, when = own_words(match.group("obj"), 3), own_words(match.group("when"), 5)
    if obj is None or when is None:
        return []
    when = re.sub(r"^from\b", "since", _months(when))  # "from Christmas": had since then
    thing = "them" if obj.endswith("s") and not obj.endswith("ss") else "it"
    return [[f"You've had my {obj} {when}, and I'd really like {thing} back.",
             f"Could you bring {thing} round when you get a chance?"]]


def _months(when: str) -> str:
    """Month names capitalised; "may" is left alone, since it is far more often the verb."""
    for month in ("january", "february", "march", "april", "june", "july", "august", "september",
                  "october", "november", "december"):
        when = re.sub(rf"\b{month}\b", month.capitalize(), when)
    return when


# "you never call unless you need something", "Mum you never ask how I am, only about the grandkids"
_NEVER_BUT = re.compile(
    _OPEN + r"(?:you|u)\s+never\s+(?:even\s+|ever\s+|really\s+|actually\s+)*(?P<act>[a-z][^.!?,;]*?)\s*,?\s*"
    r"(?:but|unless|yet|and yet|except when|except|while|whereas|only|just)\b(?P<rest>[^.!?]*)[\s.!?]*$", re.I)


def never_but_lines(msg: Message) -> list[list[str]]:
    match = _NEVER_BUT.match(bare_text(msg))
    if not match or len(match.group("rest").split()) < 1:
        return []
    act = own_words(match.group("act"), 8)
    if act is None or re.search(r"\b(?:you|your|u|ur|yourself|any\w*|once)\b", act, re.I):
        return []  # "tell me anything more often": no longer what was meant
    if re.search(r"\b(?:so|because|cos|then|and)\b", act, re.I):
        return []  # "you never ask what I want so I just ordered": the act ran into the next clause
    first = act.split()[0].lower()
    # the word after "never" must be a plain verb ("call", "ask how I am"), not "been", "anything", "once"
    if not _plain_verb(msg, first, ("VB", "VBP")) or first in ("be", "been", "do", "get", "let"):
        return []
    act = re.sub(r"^have time\b", "make time", act)
    return [[f"It would mean a lot to me if you could {act} more often.", "Can we talk about it?"]]


# "you told me the meeting was at 3 and it was at 2, I looked like an idiot"
_WRONG_DETAIL = re.compile(
    _OPEN + r"(?:you|u)\s+(?P<told>told me|said)\s+(?:that\s+)?(?P<claim>(?:the|my|our|his|her|their|it|this|that)\b"
    r"[^.!?,;]*?\b(?:was|were|is|are|started|starts|shut|shuts|closed|opened|ended|finished|began|left)\b[^.!?,;]*?)"
    r"\s*,?\s+(?:and|but)\s+(?:actually\s+|really\s+)?(?P<real>[^.!?,;]+?)"
    r"(?:\s*[,.;!]+\s*(?P<tail>(?:and\s+)?(?:i|I)\s+(?:looked|felt|look|feel)\s+(?:like\s+)?[^.!?]*?))?[\s.!?]*$", re.I)
_SHOWN_UP = re.compile(r"\b(?:idiot|fool|clown|stupid|ridiculous|dumb|muppet|embarrassed|silly|a mug)\b", re.I)


def wrong_detail_lines(msg: Message) -> list[list[str]]:
    match = _WRONG_DETAIL.match(bare_text(msg))
    if not match:
        return []
    claim, real = own_words(match.group("claim"), 10), own_words(match.group("real"), 14)
    if claim is None or real is None or re.search(r"\b(?:you|your|u|ur)\b", claim + " " + real, re.I) \
            or re.search(r"\b(?:lie|lies|lying|lied|bs|bullshit|rubbish|nonsense)\b", real, re.I):
        return []  # "…and it was a lie": a verdict on the listener, not a second fact
    feeling = "I felt embarrassed." if _SHOWN_UP.search(match.group("tail") or "") else "I was confused."
    real = re.sub(r"\btv\b", "TV", real)
    # "and it turned out": the two facts side by side, said as what the speaker found, not as "but" against
    # the listener (which also reads as the message said back, echoes.py)
    return [[f"You {match.group('told').lower()} {claim}, and it turned out {real}.", feeling,
             "Can we talk about what happened?"]]


def everyday_lines(msg: Message, countering: bool = False) -> list[list[str]]:
    """The lines for a broken promise, a feeling put on the listener, a request to stop or a loan, or [].
    A message read as a counter-attack gets only the last two: their "I" line is what it cost the
    speaker, which is what made it look like a counter ("…, I had to walk from the end of the road")."""
    found = (stop_lines(msg) or loan_lines(msg)) if countering else \
        (promise_lines(msg) or made_feel_lines(msg) or stop_lines(msg) or loan_lines(msg) or never_but_lines(msg)
         or wrong_detail_lines(msg) or grudging_lines(msg))
    name = _name(msg)
    if name:
        found = [[f"{name}, {lines[0] if lines[0].startswith('I ') else lines[0][:1].lower() + lines[0][1:]}"] + lines[1:]
                 for lines in found]
    return found
