"""Complaints about how the listener treats, or has affected, a third person: the person named, what
the speaker saw, and the speaker's own feeling about it, with no verdict on the listener.

- "Do you even care that Susie cried herself to sleep waiting for you?": the question doubts the
  listener's caring, but what the speaker has to say is what happened to Susie and that it hurt to
  see. "It seems like you don't care that…" kept the accusation, and the waiting read as
  frustration. Said as "Susie cried herself to sleep waiting for you last night, and it broke my
  heart." (caring_lines). A doubt about a bare fact ("…that Dad's in hospital") is left to aware.py.
- "What is your problem with Hannah? You've been ice cold to her since the engagement": said as
  what the speaker noticed, with Hannah named and the coldness as distance, and a worried question
  ("I've noticed you've been distant with Hannah since the engagement, and it worries me. Is
  something going on?") (treated_lines). "I'd like us to be gentler with each other" lost Hannah.
- "You poisoned Jack against me": nobody but the listener can say what they told Jack; the speaker
  can say that Jack has pulled away and that it hurts (turned_lines).
`third_party_hurt` gives feelings.py the feeling for a third person crying or being turned against
the speaker: hurt, whatever waiting words say of frustration.
"""

from __future__ import annotations

import re

from .surface import recase

_CLOSE = "Can we talk about it?"
# "do you (even) care that S?", "does it (even) matter to you that S?"
_CARE = re.compile(r"^\W*(?:(?:so|and|honestly|seriously)\W+)?(?:do|does|did)(?:n'?t)? (?:you|u) (?:even |actually |really |honestly )?"
                   r"(?:care|mind)(?: at all| even a little)? (?:that|how) (?P<s>[^?!.]+)[^\w]*$"
                   r"|^\W*(?:does|did) (?:it|that) (?:even |actually |really )?matter to (?:you|u)(?: at all)? that (?P<t>[^?!.]+)[^\w]*$",
                   re.I)
# What a child or friend went through that the listener missed: crying, waiting, sitting alone.
_TEARS = re.compile(r"\b(?:cry|cried|cries|crying|sobb?(?:ed|ing|s)?|in tears|heartbroken|bawl\w*|wept|weeping)\b", re.I)
_WAITED = re.compile(r"\b(?:wait(?:ed|ing|s)?|sat|sitting|stood|standing|looked for|kept asking|asked (?:for|where|about) "
                     r"(?:you|u))\b", re.I)
_SUBJECT = re.compile(r"^(?:(?:your|my|our|the|his|her|their) (?:\w+ ){0,2}?\w+|[A-Z][a-z]+|he|she|they)\b")
# "what is your problem with Hannah?", "why are you so rude to Ben lately?"
_PROBLEM = re.compile(r"\bwhat(?:'s| is|s) (?:your|ur|the) (?:problem|issue|deal)(?: with (?P<x>[^?.!,]+?))?\s*(?:[?.!,]|$)"
                      r"|\bwhy (?:are|r) (?:you|u) (?:being )?(?:so |such an? )?(?P<adj>rude|cold|mean|nasty|horrible|short|off|"
                      r"frosty|icy|funny|weird|hostile|harsh) (?:to|with|towards?) (?P<y>[^?.!,]+?)(?P<when> lately| recently| today|"
                      r" these days)?\s*(?:[?.!,]|$)", re.I)
_PEOPLE_AFTER = re.compile(r"^(?:(?:my|your|our|the) (?:\w+ )?\w+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
# The verdict in how they are treated, said as what can be seen.
_COLD = ((re.compile(r"\b(?:ice|stone)[- ]cold\b|\b(?:cold|icy|frosty|hostile)\b", re.I), "distant"),
         (re.compile(r"\b(?:rude|nasty|horrible|mean|harsh|vile|awful)\b", re.I), "short"))
_OBJ = {"him": "he", "her": "she", "them": "they"}
# "You poisoned Jack against me (with your lies)." and nothing more about the listener after it
_TURNED = re.compile(r"^(?:(?:and|so|honestly|seriously)\W+)?(?:you|u)(?:'ve| have)? (?:(?:always|just|even|keep|\w+ly) )*(?:poison|turn|set)(?:s|ed|ing)?"
                     r" (?P<x>[^.!?\"“”]+?) against (?:me|us)(?: (?:with|by|using|through) [^.!?\"“”]+)?(?P<end>[.!?]+\s*|\s*$)", re.I)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if re.search(r"\w", s)]  # not a lone "?" or emoji


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def caring_lines(msg) -> list[str] | None:
    """"Do you even care that Susie cried…?" → what happened to Susie, and that it hurt to see."""
    found = _CARE.match(recase(msg.text.strip()))  # "DO YOU EVEN CARE THAT SUSIE CRIED…" said calmly
    if not found:
        return None
    said = re.sub(r"[^\w')]+$", "", found.group("s") or found.group("t"))
    own = re.match(r"^I (?!am\b|was\b|'m\b)", said)  # "…that I waited two hours for you": the speaker's own hurt
    if not (own or _SUBJECT.match(said)) or re.match(r"^(?:it|this|that|there)\b", said, re.I) \
            or not (_TEARS.search(said) or _WAITED.search(said)):
        return None  # "…that I'm exhausted", "…that Dad's in hospital": not someone hurt by the listener
    feeling = "it really hurt" if own else "it broke my heart" if _TEARS.search(said) else "it was hard to watch"
    return [f"{_cap(said)}, and {feeling}", _CLOSE]


def _named(person: str) -> str:
    person = re.sub(r"\s+(?:lately|recently|today|these days)$", "", person.strip(), flags=re.I)
    return person if _PEOPLE_AFTER.match(person) else ""


def _softened(behaviour: str) -> str:
    for word, plain in _COLD:
        behaviour = word.sub(plain, behaviour)
    behaviour = re.sub(r"\b(distant|short) to\b", r"\1 with", behaviour)
    return re.sub(r"\bever since\b", "since", behaviour)


def treated_lines(msg) -> list[str] | None:
    """"What is your problem with Hannah? You've been ice cold to her…" → what the speaker noticed."""
    text = recase(msg.text.strip())
    found = _PROBLEM.search(text)
    if not found:
        return None
    person = _named(found.group("x") or found.group("y") or "")
    if not person or re.match(r"^(?:me|us|it|this|that|everyone|everybody)$", person, re.I):
        return None  # "what's your problem with me?" is the speaker's own hurt, not someone else's
    after = _sentences(text[found.end():])
    if len(re.findall(r"\w+", text[:found.start()])) > 2 or len(after) > 1:
        return None  # more said around it ("…? And why didn't you pay the rent?"): read by the strategies
    rest = [s for s in after if re.match(r"^(?:you|u)\b", s, re.I)]
    if after and not rest:
        return None
    if rest:
        seen = re.sub(r"[^\w')]+$", "", rest[0])  # no end mark or emoji inside the sentence
        seen = re.sub(r"^(?:u)\b", "you", seen, flags=re.I)
        seen = _cap(re.sub(r"^You\b", "you", seen))
        seen = re.sub(r"\b(?:to|with|at|towards?) (?:her|him|them)\b", lambda m: m.group(0).rsplit(" ", 1)[0] + " " + person,
                      seen, count=1) if re.search(r"\b(?:her|him|them)\b", seen) else seen
        if person not in seen:
            seen = re.sub(r"\b(?:her|him|them)\b", person, seen, count=1)
        if person not in seen:
            return None  # the sentence after is about something else
        seen = _softened(seen[:1].lower() + seen[1:])
        lead = "I noticed" if not re.match(r"^you(?:'ve| have| had|'re| are)\b", seen) else "I've noticed"
        return [f"{lead} {seen}, and it worries me", "Is something going on?"]
    if found.group("adj"):
        when = (found.group("when") or "").strip()
        plain = _softened(found.group("adj"))
        plain = plain if plain in ("distant", "short") else "short"
        return [f"I've noticed you've been {plain} with {person}{' ' + when if when else ''}, and it worries me",
                "Is something going on?"]
    return [f"I've noticed things seem tense between you and {person}, and it worries me", "Is something going on?"]


def turned_lines(msg) -> list[str] | None:
    """"You poisoned Jack against me." → Jack pulling away, and that it hurts."""
    text = recase(msg.text.strip())
    found = _TURNED.match(text)
    after = _sentences(text[found.end():]) if found else []
    if not found or any(re.search(r"\b(?:you|u|your|ur|yours|yourself)\b|[\"“”]", s, re.I) for s in after):
        return None  # more said to the listener after it ("…, and now you're pretending"): read elsewhere
    person = re.sub(r"\bmy own\b", "my", found.group("x").strip(), flags=re.I)
    if re.search(r"\b(?:me|us|myself|yourself|it|this|that|with|by)\b", person, re.I) or len(person.split()) > 5:
        return None
    person = _OBJ.get(person.lower(), person)
    last = next((t for t in reversed(msg.doc) if t.text == person.split()[-1]), None)
    plural = person in ("they",) or (last is not None and last.tag_ in ("NNS", "NNPS")) or " and " in person
    return [f"I feel like {person} {'have' if plural else 'has'} pulled away from me, and it hurts", *after,
            "Can we talk about what's been happening?"]


def third_party_hurt(text: str) -> str | None:
    """"hurt" for someone crying over the listener, or turned against the speaker, else None."""
    if _TURNED.match(text.strip()) or (_CARE.match(text.strip()) and _TEARS.search(text)):
        return "hurt"
    return None


def others_lines(msg) -> list[str] | None:
    """The lines for a message about a third person, or None when it is not one."""
    return caring_lines(msg) or treated_lines(msg) or turned_lines(msg)
