"""A complaint told as an act with a remark beside it, read whole (chat messages).

- A verdict after the act: "you rolled your eyes at me in front of my friends, that was so rude",
  "you hung up on me mid-sentence, that was so disrespectful". The act was kept and so was the
  verdict ("…That was so rude."). Read here: the act, and the feeling the remark stands for
  ("I felt hurt when you rolled your eyes at me in front of my friends."); the verdict is left out.
- "You were rude/short with X and it was embarrassing": the act is itself a verdict, and the form
  letter it got ("I'd like us to be gentler with each other") lost the person and the feeling. Read
  here: the feeling the tail names, pinned to how X was spoken to ("I felt embarrassed by the way
  you spoke to the waiter."), the verdict word left out.
- "X every day and you do nothing about it": "your dog barks from 6am every single day and you do
  nothing about it". The strategies kept only "you do nothing about it", and the dog was lost. Read
  here: X kept as the fact it is, the speaker's strain said, and a talk asked for.
- "you knew X and you still Y": "you knew she was upset and you still laughed". It was split into
  "…when it seems like you knew she was upset. You still laughed." Read here: "It hurt when you
  laughed even though you knew she was upset."
- "another X missed/ruined because someone couldn't be bothered to Y": "someone" is the listener,
  and "when another deadline missed" was not English. Read here: "I'm frustrated that another
  deadline was missed. Could you make sure to reply to emails next time?"
- "<someone> called because you didn't X. it was your week": the sender is the one let down, but the
  defence strategies answered as the accused. Read here: what happened kept, the feeling said, and
  the turn said as the speaker's understanding ("I thought it was your week.").
- "I did X, you're the one who Y": a counter-complaint whose first half (what the speaker did) was
  lost. Both are kept: "I did my share of the chores, and I felt let down when you skipped last week."
Only a message made of that one shape (an opener, an address, emoji beside it) is read.
"""

from __future__ import annotations

import re

from .everyday_complaints import bare_text, own_words
from .inflect import lemma_of
from .message import Message

_OPEN = (r"^(?:(?:honestly|seriously|so|ok|okay|well|wow|ugh|like|and|but|um|tbh|lol|omg|great|brilliant|"
         r"fantastic|perfect|cool|nice|amazing|oh|yeah|right),?\s+)*")
_END = r"\s*[.!?]*\s*$"
_DEGREE = r"(?:so|really|very|pretty|super|honestly|just|kind of|kinda|quite|incredibly|totally|actually)\s+"
# the remark and the feeling it stands for
_REMARKS = {"rude": "hurt", "disrespectful": "hurt", "hurtful": "hurt", "mean": "hurt", "nasty": "hurt",
            "out of order": "hurt", "uncalled for": "hurt", "not ok": "hurt", "not okay": "hurt",
            "unfair": "hurt", "cruel": "hurt", "embarrassing": "embarrassed", "humiliating": "embarrassed",
            "awkward": "uncomfortable", "uncomfortable": "uncomfortable", "upsetting": "upset"}
_REMARK = "(?P<remark>" + "|".join(sorted((re.escape(k) for k in _REMARKS), key=len, reverse=True)) + ")"
_YOU = r"(?:you|u)"
_NO_KEEP = re.compile(r"\b(?:you'?re|idiot|stupid|selfish|lazy|useless|pathetic|always|never|again|hate|ugh|wtf|"
                      r"ffs|fuck\w*|shit\w*|damn)\b", re.I)


def _past_act(msg: Message, words: str) -> bool:
    """Whether `words` start with a past-tense verb the tagger read as one ("rolled", "hung")."""
    first = words.split()[0].lower() if words.split() else ""
    return any(t.lower_ == first and t.tag_ == "VBD" for t in msg.doc) and first not in ("were", "was", "did", "had")


# "you rolled your eyes at me in front of my friends, that was so rude"
_ACT_VERDICT = re.compile(_OPEN + _YOU + r"\s+(?:just\s+|literally\s+)?(?P<act>[a-z][^.!?,;]*?)\s*(?:[,.;!-]+|\s+and)\s+"
                          r"(?:that|it|which)(?:\s+was|'s|’s| is)\s+(?:" + _DEGREE + r")*" + _REMARK + _END, re.I)


def act_verdict_lines(msg: Message, text: str) -> list[str]:
    match = _ACT_VERDICT.match(text)
    if not match:
        return []
    act = own_words(match.group("act"), 14)
    if act is None or _NO_KEEP.search(act) or not _past_act(msg, act):
        return []
    feeling = _REMARKS[match.group("remark").lower()]
    return [f"I felt {feeling} when you {act}.", "Can we talk about it?"]


# "you were rude to the waiter and it was embarrassing", "you were short with my mum on the phone, so awkward"
_MANNER = re.compile(_OPEN + _YOU + r"\s+were\s+(?:" + _DEGREE + r")*(?P<how>rude|short|snappy|sharp|nasty|mean|cold|"
                     r"horrible|off|dismissive|condescending|patronising|patronizing)\s+(?:to|with|towards)\s+"
                     r"(?P<whom>[^.!?,;]+?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:it|that)(?:\s+was|'s|’s)\s+)?"
                     r"(?:" + _DEGREE + r")*" + _REMARK + _END, re.I)


def manner_lines(msg: Message, text: str) -> list[str]:
    match = _MANNER.match(text)
    if not match:
        return []
    whom = own_words(match.group("whom"), 8)
    feeling = _REMARKS[match.group("remark").lower()]
    if whom is None or _NO_KEEP.search(whom) or feeling == "hurt" or re.search(r"\b(?:you|your|u|ur)\b", whom, re.I):
        return []  # "…and it was rude": two verdicts and no feeling to say
    by = {"uncomfortable": "with", "upset": "by"}.get(feeling, "by")
    return [f"I felt {feeling} {by} the way you spoke to {whom}.", "Can we talk about it?"]


# "your dog barks from 6am every single day and you do nothing about it"
_NOTHING_DONE = re.compile(_OPEN + r"(?P<fact>(?:your|ur|the)\s+[^.!?,;]+?)\s*,?\s+and\s+" + _YOU +
                           r"\s+(?:do|did|never do|never did|don't do|dont do|won't do|wont do|aren't doing|arent doing)"
                           r"\s+(?:absolutely\s+)?(?:nothing|anything|jack|zero|sod all)\s+(?:about|to stop)\s+(?:it|them|that)" + _END,
                           re.I)


def nothing_done_lines(msg: Message, text: str) -> list[str]:
    match = _NOTHING_DONE.match(text)
    if not match:
        return []
    fact = own_words(re.sub(r"\bevery single\b", "every", match.group("fact"), flags=re.I), 14)
    if fact is None or _NO_KEEP.search(fact) or len(fact.split()) < 3:
        return []
    if not any(t.tag_ in ("VBZ", "VBP", "VBD") for t in msg.doc if t.lower_ in fact.lower().split()):
        return []  # "your stupid music…": no act told, nothing to keep as a fact
    fact = re.sub(r"^ur\b", "your", fact, flags=re.I)
    return [f"{fact[:1].upper() + fact[1:]}, and it's really getting to me.", "Could we talk about what might help?"]


# "you knew she was upset and you still laughed"
_KNEW_STILL = re.compile(r"^(?:.*?\b(?:what is wrong with you|what's wrong with you|whats wrong with you|seriously|honestly)"
                         r"\W+)?" + _YOU + r"\s+knew\s+(?P<knew>[^.!?,;]+?)\s*,?\s+and\s+(?:" + _YOU + r"\s+)?still\s+"
                         r"(?P<act>[a-z][^.!?,;]*?)" + _END, re.I)


def knew_still_lines(msg: Message, text: str) -> list[str]:
    match = _KNEW_STILL.match(text)
    if not match:
        return []
    knew, act = own_words(match.group("knew"), 10), own_words(match.group("act"), 10)
    if act and re.match(r"(?:didn'?t|did not)\s+\w", act, re.I):  # "…and you still didn't call": said as it was
        act = re.sub(r"^(?:didnt|did not)\b", "didn't", act, flags=re.I)
    elif act is not None and not _past_act(msg, act):
        return []
    if knew is None or act is None or _NO_KEEP.search(knew + " " + act):
        return []
    return [f"It hurt when you {act} even though you knew {knew}.", "Can we talk about it?"]


# "great, another deadline missed because someone couldn't be bothered to reply to emails"
_ANOTHER = re.compile(_OPEN + r"another\s+(?P<what>\w+(?:\s+\w+)??)\s+(?P<done>missed|ruined|wasted|lost|paid late|"
                      r"cancelled|canceled|spoiled|spoilt|late|gone)\s+(?:because|cos|cause|coz|since)\s+"
                      r"(?:someone|somebody|some people|certain people|a certain someone)\s+(?:couldn't|couldnt|can't|cant|"
                      r"didn't|didnt)\s+(?:be\s+bothered|bother)\s+to\s+(?P<ask>[a-z][^.!?,;]*?)" + _END, re.I)


def another_lines(msg: Message, text: str) -> list[str]:
    match = _ANOTHER.match(text)
    if not match:
        return []
    what, ask = own_words(match.group("what"), 3), own_words(match.group("ask"), 10)
    if what is None or ask is None or _NO_KEEP.search(ask):
        return []
    done = match.group("done").lower()
    return [f"I'm frustrated that another {what} was {done}.", f"Could you make sure to {ask} next time?"]


# "the school called because you didn't sign the permission slip. it was your week"
_CALLED = re.compile(_OPEN + r"(?P<who>(?:the|your|my|our)\s+\w+(?:\s+\w+)?)\s+(?P<called>called|rang|phoned|emailed|texted|"
                     r"messaged|wrote)\s+(?:me\s+|us\s+)?(?:because|cos|cause|since)\s+" + _YOU +
                     r"\s+(?P<act>(?:didn't|didnt|did not|forgot to|never)\s+[a-z][^.!?,;]*?|missed\s+[^.!?,;]+?)\s*[.,;!]+\s*"
                     r"(?P<turn>it\s+was\s+your\s+(?:week|turn|day|job)|you\s+were\s+(?:meant|supposed)\s+to\s+[^.!?]+?)" + _END, re.I)


def called_lines(msg: Message, text: str) -> list[str]:
    match = _CALLED.match(text)
    if not match:
        return []
    who, act = own_words(match.group("who"), 4), own_words(match.group("act"), 10)
    turn = own_words(match.group("turn"), 10)
    if who is None or act is None or turn is None or _NO_KEEP.search(act + " " + turn):
        return []
    act = re.sub(r"^(?:didnt|did not)\b", "didn't", act, flags=re.I)
    return [f"I felt stressed when {who} {match.group('called').lower()} because you {act}.", f"I thought {turn}.",
            "Can we talk about it?"]


# "I did my share of the chores, you're the one who skipped last week"
_DID_MINE = re.compile(_OPEN + r"(?:i|I)\s+(?P<mine>(?:did|do|have done|'ve done|cleaned|cooked|paid|washed|took)\s+[^.!?,;]+?)"
                       r"\s*[,;.]+\s*(?:and\s+|but\s+)?" + _YOU + r"(?:'re|’re|re| are)\s+the\s+one\s+who\s+"
                       r"(?P<act>[a-z][^.!?,;]*?)" + _END, re.I)


def did_mine_lines(msg: Message, text: str) -> list[str]:
    match = _DID_MINE.match(text)
    if not match:
        return []
    mine, act = own_words(match.group("mine"), 10), own_words(match.group("act"), 10)
    habit = re.match(r"never\s+(\w+)(.*)$", act or "", re.I)
    if habit and mine and not _NO_KEEP.search(mine + " " + habit.group(2)) \
            and not re.search(r"\b(?:any|every|no|some)(?:thing|one|body)\b|\bat all\b", habit.group(2), re.I):
        # "…you're the one who never takes the bins out": the habit asked for, without the "never"
        verb = next((lemma_of(t) for t in msg.doc if t.lower_ == habit.group(1).lower() and t.tag_ == "VBZ"), None)
        return [f"I {mine}, and I'd really like you to {verb}{habit.group(2)} too.", "Can we talk about how we share it?"] \
            if verb else []
    if mine is None or act is None or _NO_KEEP.search(mine + " " + act) or not _past_act(msg, act):
        return []
    return [f"I {mine}, and I felt let down when you {act}.", "Can we talk about how we share it?"]


# "I only said it as a joke, you're taking it way too seriously", "it was just banter, you're taking it too personally"
_JOKE = re.compile(_OPEN + r"(?:(?:i|I)\s+(?:only\s+|just\s+)*(?:said|meant)\s+it\s+as\s+a\s+(?P<kind>joke)|"
                   r"it\s+was\s+(?:only\s+|just\s+)*(?:a\s+)?(?P<kind2>joke|banter|a joke|teasing|a laugh))\s*[,.;!-]+\s*"
                   + _YOU + r"(?:'re|’re|re| are)\s+(?:taking|being)\s+(?:it\s+)?(?:(?:way|far|much|a bit|so)\s+)?"
                   r"(?:too\s+)?(?:seriously|personally|sensitive|touchy)" + _END, re.I)


def joke_lines(msg: Message, text: str) -> list[str]:
    """The speaker's intent kept, the "you're taking it too seriously" left out, the hurt owned."""
    match = _JOKE.match(text)
    if not match:
        return []
    kind = (match.group("kind") or match.group("kind2")).lower().replace("a ", "")
    said = "I meant it as a joke" if kind == "joke" else f"I meant it as {'a laugh' if kind == 'laugh' else kind}"
    return [f"{said}, and I can see it hurt.", "I'm sorry.", "Can you tell me how it came across?"]


# "I was only five minutes late, chill": the brush-off word left out, the lateness owned
_LATE = re.compile(r"^(?:i|I)\s+(?:was|am|'m)\s+(?:only|just|like)\s+(?P<n>\w+)\s+(?P<unit>minutes?|mins?|hours?)\s+late"
                   r"\s*[,.!-]*\s*(?:chill|chill out|relax|calm down|jeez|omg|lol|god|geez)" + _END, re.I)


def late_lines(msg: Message, text: str) -> list[str]:
    match = _LATE.match(text)
    if not match:
        return []
    unit = {"min": "minutes", "mins": "minutes", "minute": "minute", "hour": "hour"}.get(match.group("unit").lower(),
                                                                                        match.group("unit").lower())
    return [f"I'm sorry I was {match.group('n').lower()} {unit} late.", "I know it made things harder for you.",
            "Next time I'll let you know as soon as I know I'm running late."]


_READINGS = (joke_lines, late_lines, act_verdict_lines, manner_lines, nothing_done_lines, knew_still_lines, another_lines, called_lines,
             did_mine_lines)


def remark_lines(msg: Message) -> list[str]:
    """The lines for one of the shapes above, or []."""
    text = bare_text(msg)
    for reading in _READINGS:
        lines = reading(msg, text)
        if lines:  # the address is put back by compose (reading.py)
            return lines
    return []
