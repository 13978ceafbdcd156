"""Irony whose plain meaning can't be told, or whose frame says nothing: dropped before rewriting.

- Ironic thanks or praise for a courtesy ("thanks for inviting me lol", "nice of you to let me know",
  "glad you could make it"): said plainly, it may mean the act never came, came late, or rarely
  comes. "When you invited me, I felt hurt" inverts it, "you didn't invite me" may invent a fact, so
  the clause keeps nothing ("finally" still says it came late, and "…oh wait, you didn't" says it
  never came: sarcasm.py and rhetoric.py read those).
- "you actually did the washing up, should I throw a party": praise mocked as a rare event.
- Cold concessions and self-pity said in place of the complaint ("no worries 🙂", "no rush,", "sorry I
  exist", "I guess my opinion doesn't count then"): nothing a rewrite could keep.
- Reminder frames ("per my last email,", "as I said before,", "as mentioned multiple times,"): cut, so
  what they introduce is kept without the reproach.
- "is it that hard to text back?": a reproach asking for the act, never empathy.
"""

from __future__ import annotations

import re

from .feelings import private
from .literal import Literal
from .inflect import past
from .mock_praise import mock_wish, praise_tail, praised_being, took_long, trim_tail
from .rhetoric import thanked_act
from .surface import is_emoji, render, words_of

_COURTESY = {"let", "invite", "include", "help", "carry", "show", "join", "come", "make", "reply", "respond",
             "answer", "read", "check", "inform", "warn", "remind", "update", "wait", "support", "back",
             "share", "listen", "bother", "grace", "consult", "save", "cover", "visit", "notice", "drop"}
# Courtesies only when done to the speaker ("thanks for telling me"; not "thanks for telling EVERYONE").
_TO_ME = {"tell", "ask", "call", "text", "message", "ring", "email", "ping", "cc", "loop", "keep", "think"}
_ME = {"me", "us"}
_GLAD = {"glad", "happy", "nice", "great", "good", "lovely"}
_CELEBRATION = {"party", "parade", "medal", "trophy", "media", "press", "calendar", "miracle", "applause",
                "star", "cake", "banner", "announcement", "record"}
_CONCESSIONS = ("no worries", "no worry", "no problem", "no prob", "no probs", "no rush", "no hurry",
                "all good", "it's fine", "its fine", "that's fine", "thats fine", "totally fine", "fine",
                "love that for me", "love that", "good for you", "must be nice", "sounds good", "cool story",
                "sure", "sure thing", "cool", "great", "perfect", "amazing", "lovely", "wonderful")
_CONCESSION = re.compile(r"^(?:(?:oh|ok|okay|well|yeah|wow|cool|lol|haha)\W+)*(?:" + "|".join(
    re.escape(c) for c in sorted(_CONCESSIONS, key=len, reverse=True)) + r")(?:\W+(?:then|lol|haha|babe|mate))*\W*$",
    re.I)
_LEAD = re.compile(r"^(?:(?:oh|ok|okay|well)\W+)*(?:no (?:worries|rush|hurry|problem)|all good|totally fine|"
                   r"it's fine|its fine)\s*[,.…—–-]+\s*", re.I)
_SELF_PITY = re.compile(r"^(?:well\W+|ok\W+|fine\W+)*sorry (?:i (?:exist|breathe|asked|said anything|even asked|"
                        r"spoke|bothered)|for (?:existing|breathing|living|asking|caring|bothering|speaking))\b", re.I)
_UNCOUNTED = re.compile(r"\bmy (?:\w+ )?(?:opinion|opinions|feelings|plans|time|input|views?|needs|ideas?|"
                        r"vote|say) (?:doesn't|does not|don't|do not|never|clearly don't|obviously don't)\s*"
                        r"(?:count|matter)\b", re.I)
_FRAME = re.compile(
    r"^\W*(?:(?:just |again,? |so )?(?:as )?per (?:my|our) (?:last|previous|earlier|prior)"
    r"(?: (?:two|three|four|five|six|few|several|\d+))? (?:email|e-mail|message|msg|text|slack|comment|note|reply)s?"
    r"|as (?:i|i've|i have|we've|we) (?:said|mentioned|explained|stated|"
    r"told you|discussed)(?: (?:before|already|earlier|previously|yesterday|last week|above))?"
    r"(?: (?:multiple|several|many|a few|a million|three|two) times| twice)?|"
    r"as (?:previously |already |clearly )?(?:mentioned|stated|discussed|explained|noted)(?: (?:before|already|"
    r"earlier|previously|above|in the thread))?(?: (?:multiple|several|many|a few|a million) times| twice)?|"
    r"like i (?:said|told you|mentioned)(?: (?:before|already|earlier|yesterday))?)\s*[,.:;…—–-]+\s*", re.I)
_HARD = re.compile(r"^(?:\W*\w+,\s*)*(?:(?:is|was) it (?:really |seriously |honestly |actually )*(?:that|so|this) "
                   r"(?:hard|difficult|much to ask|complicated)|how (?:hard|difficult) (?:is|was|can) it(?: be)?)\b"
                   r"(?: for (?:you|u))? to \w", re.I)  # "how hard is it to put the remote back?" too


# "Kindly note the report was due Friday": an office's reminder frame; left on, the clause read as an order
_NOTICE = re.compile(r"^\W*(?:(?:(?:hi|hey|dear)\s+)?(?:sir|madam|ma'am|[A-Z][a-z]+)\s*,\s*)?(?:(?:kindly|please) (?:note|be advised|"
                     r"be informed)|(?:just )?(?:flagging|noting|a heads[- ]up|heads[- ]up|fyi)(?= that\b))"
                     r"(?: that)?,?\s+", re.I)  # "Sir, kindly note…": after the address too; "Hi Gavin, just flagging that…"


# "Ah here, in fairness I never said…": a plea for a fair hearing, no topic ("upset about the fairness")
_FAIRNESS = re.compile(r"^\W*(?:(?:ah here|look|ok|okay|well)\W+)?in (?:all )?fairness\W*\s+", re.I)


# "I can never do anything right in this house, can I. I do the whole shop…": the tag the parse left at the
# head of the next sentence's clause ("Can I. I do the whole shop.")
_TAG = re.compile(r"^\W*(?:can|could|do|does|did|is|are|was|were|will|would|have|has)(?:n't)? (?:I|you|we|it|he|she|they)"
                  r"\s*[.?!]+\s+(?=\w)", re.I)


# "chill, it's a scratch on the bumper": told to calm down, the listener hears the brush-off, not the fact
_CALM_DOWN = re.compile(r"^\W*(?:chill|chillax|relax|calm down|jeez|geez)\s*[,.!]+\s*(?=\w+\W+\w+\W+\w)", re.I)


def cut_frames(clauses) -> None:
    """"per my last email, the deck is due friday" → "the deck is due friday" (before roles are read)."""
    for clause in clauses:
        trim_tail(clause)  # "…after the deadline passed, super helpful" (mock_praise.py)
        text = clause.text
        if _FRAME.match(text + ",") and _FRAME.match(text + ",").end() > len(text):
            clause.framed = True  # "as I said before" on its own: said nothing (drop_unreadable)
            continue
        found = _FRAME.match(text) or _NOTICE.match(text) or _LEAD.match(text) or _IRONIC_LEAD.match(text) \
            or _FAIRNESS.match(text) or _TAG.match(text) or _CALM_DOWN.match(text)
        if not found or found.end() >= len(text):
            continue
        if _FRAME.match(text) or _NOTICE.match(text):
            clause.framed = True
        start = clause.tokens[0].idx + found.end()
        rest = [t for t in clause.tokens if t.idx >= start]
        if rest and any(t.is_alpha for t in rest):
            if _LEAD.match(text):  # "no rush, it's only been three weeks": the wait, without the "only"
                rest = [t for k, t in enumerate(rest) if not (t.lower_ in ("only", "just") and k <= 3)]
                clause.conceded = True
            clause.tokens = rest


def hard_question(text: str) -> bool:
    """"how hard is it to put the remote back?": a reproach that asks for the act, not an act that happened."""
    return bool(_HARD.match(text))


def drop_unreadable(clauses, labels) -> set:
    """Clauses whose irony has no plain reading lose their role; rhetorical "is it that hard to X?"
    becomes the reproach it is. Returns the labels: a cold "no rush, it's been three weeks" with
    nothing of the speaker's own in it is a complaint, not a defence."""
    labels = set(labels)
    whole = " ".join(c.text.lower() for c in clauses)
    mocked = False
    for clause in clauses:
        text = clause.text
        if _HARD.match(text):
            clause.role, clause.question = "question", True
            clause.cues = (clause.cues - {"empathy", "reflection", "acknowledgement"}) | {"accusing_question"}
        elif _mocked_courtesy(clause, labels) and _LATE_BY.search(text):  # "glad you could make it, only 40 mins late"
            found = _LATE_BY.search(text)
            clause.role, clause.literal = "accusation", Literal(f"you were {found.group(1)} {_UNITS[found.group(2).lower()]}"
                                                                f" late", past=True)
        elif "blaming" in labels and praised_gerund(clause) is not None:  # "genius plan, booking the flights for the wrong month"
            clause.role, clause.literal = "accusation", praised_gerund(clause)
        elif _FINE_THAT.match(text):  # "totally fine that you ate my leftovers 🙂" → "you ate my leftovers"
            start = clause.tokens[0].idx + _FINE_THAT.match(text).end()
            rest = [t for t in clause.tokens if t.idx >= start and not t.is_punct and not is_emoji(t.text)]
            clause.role, clause.literal = "accusation", Literal(render(words_of(rest), lower_start=True),
                                                                past=any(t.tag_ == "VBD" for t in rest))
        elif (getattr(clause, "framed", False) and len(clause.text) <= 40 and _FRAME.match(clause.text + ",")
              or _elliptical(clause) or _enviable(clause) or _CONCESSION.match(text) or _SELF_PITY.match(text) or _UNCOUNTED.search(text)
              or _mocked_courtesy(clause, labels) or _mocked_feat(clause, whole)
              or "blaming" in labels and (praise_tail(clause, clauses) or praised_being(clause)
                                          or mock_wish(clause, clauses))):  # "…Really appreciate that 👍
            mocked = mocked or _mocked_feat(clause, whole)
            clause.role, clause.literal = "filler", None
    for clause in clauses:  # "…should I throw a party": the mockery's second half
        if mocked and any(t.lower_ in _CELEBRATION for t in clause.tokens):
            clause.role, clause.literal = "filler", None
    kept = [c for c in clauses if c.role != "filler"]
    conceded = any(getattr(c, "conceded", False) for c in clauses) and not any(
        t.lower_ in ("i", "i'm", "my") for c in kept for t in c.tokens)
    reminded = any(getattr(c, "framed", False) for c in clauses) and any(_ASKS.match(c.text) for c in kept) \
        and not any(c.role in _DEFENCES for c in kept)  # "as I said, I need the keys back": a reminder
    if conceded or reminded:
        labels = (labels - {"defensive"}) | {"blaming"}
    return labels


_ASKS = re.compile(r"^(?:i (?:still )?need|i'd need|please|pls|could you|can you|can u|could u)\b", re.I)
_DEFENCES = {"denial", "excuse", "counter", "victim", "minimising"}
_UNITS = {"min": "minutes", "mins": "minutes", "minutes": "minutes", "minute": "minute", "hour": "hour",
          "hours": "hours", "hr": "hour", "hrs": "hours", "h": "hours", "m": "minutes"}
_LATE_BY = re.compile(r"\b(?:only |just |like )?(an|a|half an|\d+|\w+ty(?:-\w+)?|ten|five|fifteen|twenty) "
                      r"(min|mins|minutes|minute|hour|hours|hr|hrs)\s+late\b", re.I)


def _mocked_courtesy(clause, labels=("blaming",)) -> bool:
    if any(t.lower_ == "finally" for t in clause.tokens) or took_long(clause.text):
        return False  # "nice of you to finally reply", "…took you long enough": it came, late (sarcasm.py)
    if clause.role == "validation" or "blaming" not in labels:
        return False  # "I appreciate you telling me Leo was upset": thanks meant, in a defence
    verb = thanked_act(clause) or _glad_act(clause)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or private(clause.text):
        return False  # "thanks for reading my diary": a privacy broken, said plainly (sarcasm.py)
    lemma = verb.lemma_.lower()
    return lemma in _COURTESY or lemma in _TO_ME and any(
        t.lower_ in _ME and (t.head.i == verb.i or t.head.head.i == verb.i and t.head.lower_ == "to")
        for t in verb.subtree if t.i > verb.i)


def _glad_act(clause):
    """"glad you could make it", "nice that you decided to show up": the act the gladness is about."""
    for tok in clause.tokens:
        if tok.lower_ in _GLAD:
            comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "advcl") and any(
                x.lower_ in ("you", "u") and x.dep_ == "nsubj" for x in c.children)), None)
            if comp is not None and comp.lemma_ in ("decide", "bother", "manage", "choose"):
                return next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), comp)
            if comp is not None:
                return comp
    return None


def _mocked_feat(clause, whole: str) -> bool:
    """"you actually did the washing up, should I throw a party": the act praised as a rare event."""
    head = clause.head
    return clause.you_subject and head.tag_ == "VBD" and any(
        c.lower_ == "actually" for c in head.children) and not any(c.dep_ == "neg" for c in head.children) \
        and any(w in whole.split() for w in _CELEBRATION)


# "great teamwork, you did nothing", "way to go, genius, you emailed…": praise opening the act it mocks.
_IRONIC_LEAD = re.compile(r"^(?:(?:oh|ok|okay|wow|well|yeah)\W+)*(?:(?:(?:great|wonderful|perfect|fantastic|brilliant|"
                          r"lovely|awesome|super|terrific|splendid|marvell?ous|amazing|excellent|nice|good|stellar|"
                          r"cool(?:\W+cool)*)(?: (?:job|work|teamwork|team ?work|one|stuff|effort|move|going|\w+ing))?)|"
                          r"way to go|well done|bravo|nice one)(?:\W+(?:genius|einstein|sherlock|champ|hero|mate|"
                          r"buddy|pal))?\s*[,!…—–-]+\s*(?=(?:you|u)\b)", re.I)
# Mock praise for an act told as a gerund: "genius plan, booking the flights for the wrong month",
# "wow you really outdid yourself, forgetting our anniversary two years running" → "you booked…",
# "you forgot…". Kept as it was, the praise stayed in ("when you really outdid yourself, forgetting…").
_PRAISED_GERUND = re.compile(r"^(?:(?:oh|ok|okay|wow|well|yeah|lol)\W+)*(?:(?:genius|brilliant|great|smart|clever|nice|"
                             r"amazing|fantastic|stellar|excellent|inspired|bold|classic|solid|top)(?: (?:idea|plan|move|"
                             r"thinking|call|choice|decision|work|job|one|stuff|strategy))?|(?:you|u) (?:really |truly )?"
                             r"outdid (?:yourself|urself)|(?:you|u)'?ve (?:really |truly )?outdone (?:yourself|urself)|"
                             r"way to go|well done|nice one|smooth move|good job)(?:\s*[,!…—–-]+\s*|\s+(?=\w+ing\b))", re.I)
_AGAIN_WORDS = {"again", "always", "yet", "once", "more", "lol", "haha"}


def praised_gerund(clause) -> Literal | None:
    """The act a "genius plan, V-ing X" praises in mockery, said plainly in the past, or None."""
    found = _PRAISED_GERUND.match(clause.text)
    if not found:
        return None
    start = clause.tokens[0].idx + found.end()
    rest = [t for t in clause.tokens if t.idx >= start and not is_emoji(t.text)]
    if not rest or rest[0].tag_ != "VBG" or len(rest) < 2:
        return None
    while rest and (rest[-1].is_punct or rest[-1].lower_ in _AGAIN_WORDS or len(rest) > 3 and rest[-2].text == ","):
        rest = rest[:-2] if rest[-2].text == "," and not rest[-1].is_punct else rest[:-1]  # "…again", ", Einstein"
    tail = render(words_of(rest[1:]), lower_start=True) if len(rest) > 1 else ""
    return Literal(f"you {past(rest[0].lemma_.lower())} {tail}".strip(), past=True)


_FINE_THAT = re.compile(r"^\W*(?:(?:oh|ok|okay|wow|well|yeah|no)\W+)*(?:(?:totally|completely|absolutely|"
                        r"perfectly|it's|its|it is|that's|thats) )*(?:fine|ok|okay|cool|no problem|all good) that "
                        r"(?=(?:you|u) \w)", re.I)
PEOPLE = {"mom", "mum", "mother", "dad", "father", "parents", "sister", "brother", "wife", "husband", "partner",
          "girlfriend", "boyfriend", "gf", "bf", "friends", "boss", "family", "nan", "gran", "grandma", "mummy", "daddy"}
_COMPLEMENTS = {"dobj", "xcomp", "ccomp", "acomp", "attr", "prep", "advcl", "prt", "oprd", "dative", "npadvmod", "agent"}


def _elliptical(clause) -> bool:
    """"(do whatever you want.) you always do": a verb with its act left out names nothing."""
    words = [t for t in clause.tokens if not t.is_punct and not is_emoji(t.text)]
    inside = {t.i for t in words}
    if clause.literal is not None or len(words) < 2:
        return False
    last = words[-1]
    return last.lemma_.lower() in ("do", "be", "have", "will", "would", "can") and any(
        t.lower_ in ("you", "u") and t.i < last.i and t.dep_ == "nsubj" and t.head.i == last.i for t in words) \
        and not any(c.dep_ in _COMPLEMENTS and c.i in inside for c in last.children)


def _enviable(clause) -> bool:
    """"must be nice having a mum who does your laundry": a circumstance envied, not an act."""
    said = clause.literal.situation if clause.literal is not None else ""
    found = re.match(r"^you (?:have|having|got) (?:a |an |your |such )?(?:\w+ )?(\w+)", said)
    return bool(found) and "nice" in clause.text.lower() and (found.group(1) in PEOPLE or " who " in said) \
        or "nice" in clause.text.lower() and bool(_HAVING.match(said))


# "must be nice to have a job to moan about", "…to have no responsibilities": a thing the listener has,
# envied; "It hurts when you have a job" would blame them for having it. ("…to have the bass thumping
# till 2am" is an act, and is read as one.)
_HAVING = re.compile(r"^you (?:have|having|got) (?:a|an|no|so much|all that|all the|such a|such) (?:\w+ ){0,2}\w+"
                     r"(?: to \w+(?: about| with| for| on| over)?)?[^\w]*$", re.I)
