"""Counter-attacks and whataboutism: a complaint answered with one of the speaker's own.

"you're one to talk, you didn't call me for a month", "Says the man who lost the car keys", "well YOU
forgot Mum's birthday last year so I don't want to hear it", "don't put this on me, you're the one who
wanted to move in with him", "have you looked at your room lately", "well you never do the dishes either".

Read clause by clause, the strategies either answered the shield with an apology for an act nobody
named ("I'm sorry for what I did") or kept only the counter, as blame ("I felt upset when you wanted to
move in with him"). The guidance is to hear the complaint first and raise one's own grievance
separately, not as a shield: this module reads whether a message counter-attacks, what it holds up
against the listener (their act, re-personed and re-tensed, or a thing named), and says both.
It never apologises for an act the message does not admit; only the turning-back itself, which the
message plainly does, is owned.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY, Candidate
from .inflect import base_of, gerund
from .reading import compose
from .surface import recase

_YOURE = r"(?:you(?:'re|’re|\s+are)|ur|youre|you\s+r)"
_END = r"(?=\s*(?:[.!?;]|,\s*[A-Z][a-z]+\W*$|,\s*(?:so|and|but|then|don'?t|do\s+not|stop|quit|spare|save|get)\b|\s+(?:so|but)\s+(?:I|spare|don't|dont|please|stop|quit|get|save|drop)\b|$))"
# On their own these say "what about you": nothing else is needed to read a counter-attack.
_STRONG = re.compile(
    r"\bone\s+to\s+talk\b|\blook\s+who'?s\s+talking\b|\bpot\s+calling\s+the\s+kettle\b"
    r"|(?:^|[.!?,]\s*)\W*(?:well\W+|oh\W+)*you\s+can\s+talk\s*(?:[.!,]|$)"
    r"|\b" + _YOURE + r"\s+(?:no\s+better|hardly\s+one\s+to)\b|\bsays\s+(?:the|a)\s+(?:\w+\s+)?(?:man|woman|guy|girl|person|"
    r"one|lady|bloke|boy|dude)\s+(?:who|that)\b|\byou(?:'ve|\s+have)\s+done\s+(?:way|much|far|a\s+lot|loads)\s+worse\b"
    # "like you've never been late" opening a sentence; "it's like you've never cared" is a complaint
    r"|(?:^|[.!?,]\s*)\W*(?:oh\W+|please\W+|yeah\W+|come\s+on\W+)*(?:like|as\s+if)\s+you(?:'ve|\s+have)?\s+never\b"
    r"|\brich\s+(?:coming\s+)?from\s+(?:someone|somebody|you|(?:the|a)\s+\w+)\s+(?:who|that)\b"
    r"|\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?(?:talk|lecture|preach)\s+(?:to\s+)?me\s+about\s+[^,.!?;]{2,30}?\s+when\s+(?:you|u)\b",
    re.I)
# "that's rich coming from someone who…", "don't talk to me about budgets when you…": the listener's own
# act held up against their complaint, said in one breath (the complaint named in the second).
_RICH = re.compile(r"\brich\s+(?:coming\s+)?from\s+(?:someone|somebody|(?:the|a)\s+(?:guy|one|person|woman|man|girl|bloke|lady))"
                   r"\s+(?:who|that)\s+(?P<act>[^.!?;]+?)" + _END, re.I)
_WHEN_YOU = re.compile(r"\b(?:don'?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?(?:talk|lecture|preach|go\s+on)\s+(?:to\s+)?(?:at\s+)?me\s+about\s+"
                       r"(?P<topic>[^,.!?;]{2,30}?)\s+when\s+(?:you|u|YOU)(?P<act>(?:'re|'ve|\s)[^.!?;]+?)" + _END, re.I)
# A complaint turned back: counters when the message also shields the speaker (_SHIELD) or says "either".
_SHIELD = re.compile(
    r"\b(?:my|MY)\s+fault\b|\bput\s+(?:this|it|that)\s+on\s+me\b|\bblame\s+me\b|\bdon'?t\s+want\s+to\s+hear\s+it\b"
    r"|\bspare\s+me\b|\bsave\s+(?:it|the)\b|\bdon'?t\s+lecture\b|\bwho\s+are\s+you\s+to\b"
    r"|\bdon'?t\s+act\s+like\s+I(?:'m|\s+am)?\b"  # "…so don't act like I finished the whole tub by myself"
    r"|\b(?:get|gets|got)\s+to\s+(?:lecture|preach\s+to|moan\s+at|have\s+a\s+go\s+at)\s+me\b"  # "I don't think you get to lecture me"
    r"|\b(?:so\s+)?(?:now\s+)?I(?:'m|\s+am)\s+the\s+[\w\s-]{1,20}?\?|\boh\s+please\b"
    r"|\bI(?:'m|\s+am)\s+not\s+(?:drunk|lying|shouting|yelling)\b"
    r"|,\s*not\s+me\b", re.I)  # "…I'm not drunk, you're the one shouting", "you were the one shouting, not me"
# "well you never do the dishes either" opening the message: a cross-complaint on its own.
_EITHER = re.compile(r"^\W*(?:well|but|and|oh|yeah)\W+(?:you|u)\b[^.!?]*\beither\b\W*$", re.I)
_THE_ONE = re.compile(r"\b(?:" + _YOURE + r"|you\s+were|u\s+were)\s+the\s+one\s+(?:who|that)\s+(?P<act>[^.!?;]+?)" + _END, re.I)
# "…I'm not drunk, you're the one shouting in the street": the act as a gerund, no "who"
_THE_ONE_DOING = re.compile(r"\b(?:" + _YOURE + r"|you\s+were|u\s+were)\s+the\s+one\s+(?P<act>\w+ing\b[^.!?;,]*?)(?:(?=\s*,\s*not\s+me\b)|"
                            + _END + ")", re.I)
_THE_ONE_WITH = re.compile(r"\b" + _YOURE + r"\s+the\s+one\s+with\s+(?P<np>[^.!?;,]+?)" + _END, re.I)
_SAYS_WHO = re.compile(r"\bsays\s+(?:the|a)\s+(?:\w+\s+)?(?:man|woman|guy|girl|person|one|lady|bloke|boy|dude)\s+(?:who|that)\s+"
                       r"(?P<act>[^.!?;]+?)" + _END, re.I)
_NOT_ME = re.compile(r"\bI(?:'m|\s+am)\s+not\s+the\s+one\s+(?:who|that)\s+(?P<act>[^.!?;]+?)" + _END, re.I)
# "well YOU forgot…": an emphasised YOU, or "well you…" / "but you…" opening a sentence.
_YOU_TOO = re.compile(r"(?:^|[.!?]\s+|,\s*)(?i:(?:well|but|and|oh|yeah)\W+)*(?:YOU|[Yy]ou|u)\s+(?P<act>(?!(?:know|see|mean|think|"
                      r"said\s+it|can|could|should|need|have\s+to|want|wanna|'re\s+right|are\s+right)\b)[^.!?;]+?)" + _END)
_REMEMBER = re.compile(r"\bremember\s+(?P<np>(?:[A-Z]\w*(?:'s)?\s+)*(?:the\s+|that\s+|your\s+|last\s+)?[\w' ]{2,40}?)\s*\?", re.I)
_LOOKED = re.compile(r"\bhave\s+(?:you|u)\s+(?:looked\s+at|seen)\s+(?P<np>(?:your|ur)\s+[\w' ]{2,30}?)\s+(?:lately|recently)\b", re.I)
# The complaint, when the counter names it: "spare me the speech about the bills", "my fault the dishwasher broke".
_ABOUT = re.compile(r"\b(?:speech|lecture|talk|sermon|lecturing|moaning|going\s+on|nagging)\s+(?:me\s+)?about\s+"
                    r"(?P<np>(?:the|my|our|your|one|a|that|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?'s)\s+[\w' ]{2,30}?)" + _END, re.I)
_FAULT = re.compile(r"\bfault\s+(?:that\s+)?(?P<np>(?:the|my|our|your)\s+\w+)\s+(?:broke|died|went|got|is|was|stopped|leaked)\b", re.I)
_ABSOLUTES = re.compile(r"\s*,?\s*\b(?:every\s+(?:single\s+)?time|all\s+the\s+time|constantly|always|either|too|lately|then)\b\s*$"
                        r"|\b(?:always|constantly|literally)\s+", re.I)
_PERSONS = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
            "wasn't": "weren't", "hasn't": "haven't", "'s": "'re"}
_DAYS = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|"
                   r"september|october|november|december)\b")
_HURT_ME = re.compile(r"\b(?:me|my)\b", re.I)


def _text(msg) -> str:
    """The text the parse was made from (text-speak spelled out: "u ghosted me" → "you ghosted me"),
    so a match's offsets find its tokens."""
    return msg.doc.text if msg.doc is not None else msg.text


def _verb_token(msg, start: int):
    return next((t for t in msg.doc if t.idx == start), None)


def _you_act(msg, text: str, start: int) -> str | None:
    """The counter's act said to the listener: "jams it full of pans every time" → "you jam it full of
    pans", "lost the car keys in a hedge" → "you lost the car keys in a hedge"."""
    raw = recase(text)  # same offsets as the parse: a cleaned word is found again in it
    text = re.sub(r"[^\w'’)]+$", "", raw.strip())  # "either 🙄", "either!!"
    text = _DAYS.sub(lambda m: m.group(0).capitalize(), text)  # "you said saturday worked" → "Saturday"
    previous = None
    while previous != text:
        previous, text = text, _ABSOLUTES.sub("", text).strip()
    words = text.split()
    if [w.lower() for w in words[:2]] == ["never", "once"]:
        del words[1]  # "never once checked his homework": the absolute said twice over
    if len(words) < 2 or len(words) > 16:
        return None
    first = words[0].lower()
    if first == "never" and len(words) > 2:  # "you never do the dishes" → "you haven't been doing the dishes"
        verb = _verb_token(msg, start + raw.find(words[1]))
        lemma = base_of(verb.lemma_.lower() if verb is not None else words[1])
        if verb is None or verb.pos_ not in ("VERB", "AUX") or lemma == "be":
            return None
        return " ".join(["you haven't been", gerund(lemma), *words[2:]])
    if first in ("are", "were", "was") and words[1:3] == ["the", "one"]:
        # "YOU were the one shouting at the party" → "you were shouting"; "…the one who started it" → "you started it"
        rest = words[3:]
        if rest[:1] and rest[0].lower() in ("who", "that"):
            words = rest[1:]
        elif rest[:1] and rest[0].lower().endswith("ing"):
            words = [_PERSONS.get(first, first), *rest]
        else:
            return None
        return " ".join(["you", *words]) if len(words) >= 2 else None
    if first in _PERSONS:
        words[0] = _PERSONS[first]
    else:
        verb = _verb_token(msg, start + raw.find(words[0]))  # "always leaves the door unlocked": "leaves"
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.tag_ == "VBZ":
            words[0] = verb.lemma_.lower()
    return " ".join(["you", *words])


def _neutral_act(msg, text: str, start: int) -> str | None:
    """"I'm not the one who invited her boyfriend to live here": the act, named without saying who did
    it ("inviting her boyfriend to live here"), since the message only says the speaker didn't."""
    text = recase(text).strip()
    words = text.split()
    verb = _verb_token(msg, start)
    if len(words) < 2 or verb is None or verb.pos_ != "VERB":
        return None
    return " ".join([gerund(base_of(verb.lemma_.lower())), *words[1:]])


def _concern(msg):
    """(kind, words) for what the counter holds up: ("act", "you forgot Mum's birthday last year"),
    ("thing", "Aunt Jo's 50th") or ("thing", "inviting her boyfriend…"); None when nothing is named."""
    text = _text(msg)
    for pattern in (_SAYS_WHO, _THE_ONE):
        found = pattern.search(text)
        if found:
            act = _you_act(msg, found.group("act"), found.start("act"))
            if act and pattern is _SAYS_WHO:  # "says the guy who forgot his own passport": the listener's own
                act = re.sub(r"\b(?:his|her)\b", "your", re.sub(r"\b(?:him|her)self\b", "yourself", act))
            if act:
                return "act", act
    found = _THE_ONE_DOING.search(text)
    if found and 2 <= len(found.group("act").split()) <= 12:  # "you're the one shouting in the street"
        return "act", "you were " + recase(found.group("act")).strip()
    found = _RICH.search(text)
    if found:  # "someone who still hasn't paid their share": the listener, said to
        act = re.sub(r"\b(?:their|his|her)\b", "your", re.sub(r"\b(?:them|him|her)selves?\b|\bthemself\b", "yourself",
                                                             recase(found.group("act")).strip()))
        act = re.sub(r"\b(?:hasn't|has|is|isn't|was|wasn't|does|doesn't)\b",
                     lambda m: _PERSONS[m.group(0).lower()], act, count=1)
        if 2 <= len(act.split()) <= 16:
            return "act", "you " + act
    found = _WHEN_YOU.search(text)
    if found:  # "when you're on your phone all evening" is said as it is; "when you spent £200…" through _you_act
        raw = found.group("act")
        act = "you" + recase(raw) if raw.startswith("'") else _you_act(msg, raw.strip(), found.start("act") + 1)
        if act:
            return "act", act
    strong = _STRONG.search(text)
    follow = strong and re.search(r"\b(?:you|u|YOU)\s+(?P<act>(?!(?:know|see|mean|think|can|could|should|need|want|"
                                  r"wanna|'re|are|'ve|have)\b)[^.!?;]+?)" + _END, text[strong.end():])
    if follow:  # "ur one to talk lol u ghosted me all of last weekend": the counter's act comes next
        act = _you_act(msg, follow.group("act"), strong.end() + follow.start("act"))
        if act:
            return "act", act
    found = _THE_ONE_WITH.search(text)
    if found:
        return "act", "you have " + recase(found.group("np")).strip()
    found = _NOT_ME.search(text)
    if found:
        act = _neutral_act(msg, found.group("act"), found.start("act"))
        if act:
            return "thing", act
    for found in _YOU_TOO.finditer(text):
        if found.group(0).strip(" ,.!?").lower().startswith(("you're one", "youre one", "you are one", "you can talk")):
            continue
        act = _you_act(msg, found.group("act"), found.start("act"))
        if act and not re.match(r"you (?:are|were|have) (?:one|the one|no better|done)\b|you have never\b", act, re.I):
            return "act", act
    for pattern in (_REMEMBER, _LOOKED):
        found = pattern.search(text)
        if found:
            return "thing", recase(found.group("np")).strip()
    return None


def counter_attack(msg) -> bool:
    """The message answers a complaint with the listener's own fault."""
    text = _text(msg)
    if _STRONG.search(text):
        return True
    turned = _THE_ONE.search(text) or _THE_ONE_DOING.search(text) or _THE_ONE_WITH.search(text) or _NOT_ME.search(text) or _LOOKED.search(text) \
        or re.search(r"(?:^|[.!?]\s+)\W*(?i:(?:yeah|yes|ok|okay|oh)\W+)?(?i:well|but)\W+(?i:you|u)\b|\bYOU\b", text)
    return bool(turned and _SHIELD.search(text)) or bool(_EITHER.search(text))


def shields_self(msg) -> bool:
    """The counter defends the speaker ("don't put this on me", "spare me the speech"), not a view."""
    return bool(_SHIELD.search(_text(msg)))


def _heard(msg) -> str:
    """The complaint heard first, naming it when the counter does ("spare me the speech about the bills")."""
    about = _ABOUT.search(msg.text) or _FAULT.search(msg.text) or _WHEN_YOU.search(msg.text)
    if about and about.re is _WHEN_YOU:  # "don't talk to me about budgets when…": the complaint is "budgets"
        thing = recase(about.group("topic")).strip()
        return f"You're right to bring up {thing}, and I want to hear you out"
    if about:
        thing = re.sub(r"^(?:one|a|that)\s+", "the ", recase(about.group("np")).strip(), flags=re.I)  # "one gas bill"
        return msg.pick([f"I hear you about {thing}, and I'm listening",
                         f"You're right to bring up {thing}, and I want to hear you out"], "heard")
    return msg.pick(["You're right to raise it, and I'm listening", "That's fair to bring up, and I'm listening",
                     "I hear you, and I want to understand what's bothering you"], "heard")


def _mirrored(msg) -> str | None:
    """"like you've never been late" admits the speaker was: "I'm sorry I was late" (pushback.py)."""
    from .pushback import LIFELONG, own_mirrored

    found = re.search(r"\b(?:like|as\s+if)\s+you(?:'ve|\s+have)?\s+never\s+(?P<vp>[^.!?,;]+)", msg.text, re.I)
    if not found:
        return None
    vp = LIFELONG.sub("", found.group("vp")).strip()
    return own_mirrored(vp) if vp else None


def _past(act: str) -> bool:
    """"you didn't call me", "you left me standing": done and over (a habit, "you jam it", is not "that hurt")."""
    verb = act.split()[1].lower() if len(act.split()) > 1 else ""
    return verb.endswith("ed") or verb in ("didn't", "wasn't", "weren't", "hadn't") or base_of(verb) != verb


def _admitted(msg) -> str | None:
    """"Yeah I was late, but you're one to talk…": the lapse the speaker owns before turning, kept
    owned ("You're right, I was late, and I'm sorry") rather than lost with the counter."""
    from .deflection import owns_lapse

    for clause in msg.clauses:
        said = re.sub(r"^\W*(?:(?:yeah|yes|ok|okay|fine|alright|look|sure)\W+)*", "", recase(clause.text), flags=re.I)
        said = re.sub(r"[\s,;:.!?-]*(?:\b(?:but|and|so)\b)?[\s,;:.!?-]*$", "", said)
        if not said.startswith("I ") or re.search(r"\b(?:you|u|ur|your)\b", said, re.I) or not owns_lapse(clause):
            continue
        if len(said.split()) > 10:
            return None
        return said if re.search(r"\bsorry\b", said, re.I) else f"You're right, {said}, and I'm sorry"
    return None


# A topic is a thing that can be named on its own: "the 8:15 train", "Dad's anniversary dinner", "last weekend".
_TOPIC_HEADS = {"it", "that", "this", "them", "one", "thing", "things", "stuff", "time", "times", "way", "bit", "lot"}
_TIMES = {"year", "week", "month", "night", "day", "weekend", "summer", "winter", "spring", "autumn", "fall", "christmas",
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december"}


# Behaviour a gerund names as a thing to talk about, where it happened: "the shouting in the street".
_SCENE = re.compile(r"^you were ((?:shouting|yelling|screaming|swearing|drinking|smoking|flirting|arguing|showing\s+off)"
                    r"\s+(?:in|at|on)\s+(?:the|my|our|your)\s+[\w' ]+)$", re.I)


def _topic(msg, act: str) -> str | None:
    """What the counter's act is about, said without the act: "you forgot Dad's anniversary dinner last year"
    → "Dad's anniversary dinner", "you ghosted me all of last weekend" → "last weekend". A named thing can
    wait its turn ("Once I've heard you out, I'd like us to talk about the 8:15 train too"); the act said
    whole beside the acknowledgement reads as the counter-attack still made. None when no one thing is
    named: "you wouldn't replace it", "you jam it full of pans", "a meal" (not "the meal"), a person ("you
    told Sam he could come": talking about Sam is another matter) or the listener's own ("your mum")."""
    if msg.doc is None:
        return None
    scene = _SCENE.match(act)
    if scene:  # "you were shouting in the street" → "the shouting in the street", not "the street"
        return f"the {scene.group(1)}"
    lowered = f" {act.lower()}"
    chunks, times = [], []
    for chunk in msg.doc.noun_chunks:
        root, first = chunk.root, chunk[0]
        if root.pos_ != "NOUN" or root.lower_ in _TOPIC_HEADS or len(chunk) > 5 or f" {root.lower_}" not in lowered:
            continue
        if (first.lower_ in ("the", "that", "last") or any(t.tag_ == "POS" for t in chunk)) \
                and f" {chunk.text.lower()}" in lowered:
            of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            named = msg.doc[chunk.start:of.right_edge.i + 1] if of is not None else chunk  # "the ending of ch. 112"
            named = named if len(named) <= 8 and f" {named.text.lower()}" in lowered else chunk
            (times if root.lower_ in _TIMES else chunks).append(recase(named.text))
        elif root.dep_ == "dobj" and not chunks:
            return None  # "forgot his own passport at the airport": the airport is not what it was about
    found = chunks or [t for t in times if t.lower().startswith(("last ", "that "))]
    return found[0] if found else None


def counter_candidates(msg) -> list[Candidate]:
    """The complaint heard, and the speaker's own grievance beside it rather than as a shield."""
    if not counter_attack(msg):
        return []
    concern = _concern(msg)
    heard = _heard(msg)
    owned = _mirrored(msg) or _admitted(msg)
    found = []
    if concern is None:
        first = [owned, "That's on me", "Can we talk about what happened?"] if owned else [heard, "What would help?"]
        found.append(Candidate(compose(msg, first), ACKNOWLEDGE))
        found.append(Candidate(compose(msg, ["I turned that back on you instead of listening, and that wasn't fair",
                                             owned, "Can you tell me more about what's bothering you?"]), RESPONSIBILITY))
        return found
    kind, words = concern
    topic = _topic(msg, words) if kind == "act" else None
    hurt = kind == "act" and bool(_HURT_ME.search(words)) and _past(words)  # a past act done to the speaker
    if topic:  # only the act's thing waits its turn; the act itself is kept only in the "I" statement below
        first = owned or heard
        later = "Later" if "hear you out" in first else "Once I've heard you out"
        found.append(Candidate(compose(msg, [first, f"{later}, I'd like us to talk about {topic} too"]), ACKNOWLEDGE))
        found.append(Candidate(compose(msg, ["I turned that back on you instead of listening, and that wasn't fair",
                                             owned, f"Separately, I've had {topic} on my mind",
                                             "Could we talk about that once we've sorted this?"]), RESPONSIBILITY))
    elif kind == "act":
        found.append(Candidate(compose(msg, [owned or heard, f"Something's been bothering me too: {words}"
                                             + (", and that hurt" if hurt else ""), "Can we talk about both?"]), ACKNOWLEDGE))
        found.append(Candidate(compose(msg, ["I turned that back on you instead of listening, and that wasn't fair",
                                             owned, f"Separately, it's been on my mind that {words}",
                                             "Could we talk about that too, once we've sorted this?"]), RESPONSIBILITY))
    else:
        found.append(Candidate(compose(msg, [owned or heard, f"I'd also like us to talk about {words} at some point",
                                             "Can we talk about both, one at a time?"]), ACKNOWLEDGE))
        found.append(Candidate(compose(msg, ["I turned that back on you instead of listening, and that wasn't fair",
                                             owned, f"Separately, {words} has been on my mind too",
                                             "Could we talk about that once we've sorted this?"]), RESPONSIBILITY))
    if hurt:
        found.append(Candidate(compose(msg, ["I want to hear you out first", f"I felt hurt when {words}",
                                             "Can we talk about that separately?"]), I_STATEMENT))
    return found
