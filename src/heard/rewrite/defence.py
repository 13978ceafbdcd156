"""The strategies for defensive messages: take responsibility, and acknowledge first."""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY, Candidate
from .lexicon import AMENDS
from .message import Message
from .owning import (amends_for, apologies, perceived_action, reflected_view, said_back,
                     their_feeling)
from .phrases import DISOWNS, SHRUG, SOFTENERS, WRONGDOING
from .reading import compose, facts_of, request_for, talk_request, targets_of
from .situations import cleaned
from .surface import render

LATE_AMENDS = AMENDS[0][1]


def take_responsibility(msg: Message) -> list[Candidate]:
    if not msg.defensive:
        return []
    owned = apologies(msg)
    context = facts_of(msg, roles=("fact", "own", "excuse"), flagged=True)
    topic = msg.topic(roles=("denial", "minimising", "excuse"))
    if not owned and not context and not topic:
        return []
    if owned:
        opener, more = owned[0], owned[1:2]
    else:
        opener, more = msg.pick([f"I'm sorry about {topic}" if topic else "I'm sorry this has been so hard",
                                 "I hear you, and I'm sorry it's been a hassle",
                                 "I'm sorry, and I can see this affected you"], "own"), []
    amends = amends_for(msg)
    if not owned and amends == LATE_AMENDS and _kept_waiting(msg):  # "stuck on the M25": own the wait
        opener = "I'm sorry I kept you waiting"
    impact = None if "affected you" in opener or "landed" in opener else msg.pick(
        ["I can see how that affected you", "I know it made things harder for you",
         "I can see why that upset you"], "impact")
    found = []
    if owned or (topic and not context):
        found.append(Candidate(compose(msg, [opener, *more, impact, amends]), RESPONSIBILITY))
    if context:
        found.append(Candidate(compose(msg, [opener, *more, *context, impact, amends]), RESPONSIBILITY))
    return found


# Words that say someone was left waiting (the lateness amends also fire on "road", "plane", "stuck").
_WAITING = {"late", "wait", "waiting", "traffic", "delay", "delayed", "m25", "motorway", "jam"}


def _kept_waiting(msg: Message) -> bool:
    return any(t.lower_ in _WAITING or t.lemma_.lower() in _WAITING for t in msg.doc)


def acknowledge_first(msg: Message) -> list[Candidate]:
    validations = [render(cleaned(c, msg.address_tokens, strict=False)).rstrip(".!?,; ")
                   for c in msg.having("validation") if not _mocking(c)]
    reflected = next((r for r in (reflected_view(c) for c in msg.clauses) if r), None)
    if not (msg.defensive or validations or reflected or their_feeling(msg)):
        return []
    perceived = next((p for p in (perceived_action(c) for c in msg.clauses) if p), None)
    topic = msg.topic(roles=("denial", "minimising", "excuse", "own"))
    # "nothing I could do" shrugs off the speaker's part, not the other's feelings: no "brushed off"
    minimised = any(c.role == "minimising" or SHRUG.search(c.text) and not DISOWNS.search(c.text)
                    for c in msg.clauses)
    puzzled = any(WRONGDOING.search(c.text) for c in msg.clauses)
    feeling_seen = their_feeling(msg)
    openers = []
    if validations:
        opener = validations[0] + (f", and {validations[1]}" if len(validations) > 1 else "")
    elif feeling_seen:
        opener = f"{feeling_seen}, and that makes sense"
    elif minimised:
        topic = topic or msg.topic()
        said = said_back(msg)
        brushed = msg.pick([f"I can see you care about {topic}, and I'm sorry I brushed it off" if topic else
                            "I can see this matters to you, and I'm sorry I brushed it off",
                            f"I'm sorry I brushed off {topic}. I can see it really matters to you" if topic else
                            "I'm sorry I brushed this off. I can see it really matters to you"], "min")
        if said:  # naming the words is better; the plain apology stays in reserve for the re-check
            openers.append(brushed)
            opener = msg.pick([f"I'm sorry I said {said}. I can see this really matters to you",
                               f"I can see this matters to you, and I'm sorry I said {said}"], "min")
        else:
            opener = brushed
    elif reflected:
        opener = msg.pick([f"It sounds like you feel {reflected}, and I want to understand why",
                           f"I hear that you feel {reflected}, and I'd like to understand how you see it"], "refl")
    elif perceived:
        text, was = perceived
        opener = (f"I'm sorry it felt like {text}. That's not how I want to come across" if was else
                  f"I'm sorry it feels like {text}. That's not what I want")
    elif topic:
        opener = msg.pick([f"I can see why {topic} upset you", f"It makes sense that you're upset about {topic}",
                           f"I hear you, and I get why you're upset about {topic}"], "ack")
    else:
        opener = msg.pick(["I can see this really upset you", "I hear how upset you are",
                           "It makes sense that you're upset"], "ack")
    if msg.blaming and not msg.defensive:
        asked = next((r for r in (request_for(msg, c) for c in targets_of(msg)) if r), None)
        closing = asked or talk_request(msg, topic)
    elif puzzled:
        closing = "I don't fully see what went wrong yet, and I'd like to. Can you tell me how it affected you?"
    else:
        closing = msg.pick(["Can we talk it through?", "What would help?",
                            "I'm happy to go through it together."], "offer")
    sorry = [a for a in apologies(msg) if "sorry" in a][:1]
    linked = bool(validations) and any(c.connector == "but" for c in msg.clauses)
    found = []
    for opener, facts in [(opener, []), (opener, facts_of(msg, roles=("fact", "own", "excuse"), flagged=True)),
                          *((other, []) for other in openers)]:
        softened = False
        for k, fact in enumerate(facts):  # one softener is enough: "As far as I know, …"
            if not (fact.startswith(("I ", "I'", "we ", "We ")) or linked or softened):
                facts[k] = f"{msg.pick(SOFTENERS, 'soft')}, {fact}"
                softened = True
        if not (validations or perceived or reflected or topic or sorry or facts or minimised or puzzled
                or feeling_seen):
            continue
        if linked and facts:
            lines = [f"{opener}, and {facts[0]}", *sorry, *facts[1:]]
        else:
            lines = [opener, *sorry, *facts]
        found.append(Candidate(compose(msg, [*lines, closing]), ACKNOWLEDGE))
    return found


def _mocking(clause) -> bool:
    """Sympathy as sarcasm ("Oh, poor you. Must be so hard being you")."""
    text = clause.text.lower()
    # "I'm sorry you feel that way" regrets the feeling, not the act: a non-apology, not validation
    return "poor you" in text or "being you" in text or bool(re.search(r"\bsorry (?:if |that )?you (?:feel|felt|think|thought|see)\b", text)) or "contempt" in clause.cues or bool(
        clause.scores.get("blaming"))
