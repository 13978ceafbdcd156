"""Spoken defences the cue model reads as plain facts or accusations, marked and answered.

`mark_spoken` (read_message) gives the clauses of a justification, a victim stance, a pushback or an
alibi their role, so no strategy keeps them inside an apology ("I'm sorry this has been so hard. I
had my reasons"), names them as the listener's act ("It upset me when you'd have done the same
thing") or takes their words for the topic ("upset about the choice"). `spoken_lines` says what the
speaker could say instead (rationales.py, victimhood.py, pushback.py).
"""

from __future__ import annotations

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY
from .pushback import pushback_kinds, pushback_lines
from .rationales import (PROTEST, RATIONALE, ROLES as RATIONALE_ROLES, alibi, alibi_lines, rationale_kinds,
                         rationale_lines)
from .retorts import retort
from .situations import cleaned
from .surface import render
from .victimhood import victim_kinds, victim_lines

CUE = "spoken_"
# The role each pushback gives its clause: "you too" counters, hurt disbelief and a prohibition are
# the speaker's hurt, a wave of the hand minimises; the rest push back, and name no topic ("Stop blaming
# me for the late payment" is not "I'm sorry about the late payment. The treasurer didn't…").
PUSHBACK = "pushback"
# Refusing the blame answers a complaint without owning or denying an act of one's own: as wronged.py
# reads "stop blaming me…", it gets the speaker's feeling, not an apology or an acknowledgement.
_PUSHBACK_ROLES = {"blamed": "refusal", "dismissed": PUSHBACK, "not_wanted": PUSHBACK, "hurt_disbelief": "victim",
                   "prohibited": "victim", "you_too": "counter", "not_perfect": "counter",
                   "done": PUSHBACK, "no_explaining": PUSHBACK,
                   "never_going_to": PUSHBACK, "knew_me": PUSHBACK, "never_said": "denial", "if_you_had": "counter", "account": PUSHBACK,
                   "mind_reader": PUSHBACK, "autonomy": PUSHBACK}
# Kinds where the speaker is the one hurting: no apology and no "I can see this upset you" fits.
SPEAKER_HURT = {"victim", "hurt_disbelief", "prohibited", "no_explaining"}
# Roles a retort may be read as before it is known for one: a statement, an accusation, a question.
_PLAIN = {"fact", "accusation", "question", "fault", "own", "excuse", "validation", "minimising"}
_STRATEGY = {"own": RESPONSIBILITY, "ack": ACKNOWLEDGE, "I": I_STATEMENT}


# Kinds whose answer keeps the message's other plain facts: they explain, without arguing.
_WITH_FACTS = {"just_doing"}


def _plain_facts(msg) -> list[str]:
    from .reading import facts_of  # reading.py reads messages, which mark spoken defences: imported late

    return [f for f in facts_of(msg) if f][:2]


def _families():
    yield "victim", victim_kinds(), lambda name: "victim"
    yield "pushback", pushback_kinds(), lambda name: _PUSHBACK_ROLES[name]
    yield "rationale", rationale_kinds(), lambda name: RATIONALE_ROLES.get(name, RATIONALE)


def match_in(clause, pattern):
    """The match of `pattern` in the clause's sentence that overlaps the clause, or None (a pattern
    may reach past a clause cut: "Somebody had to make a decision, so I made it")."""
    if not clause.tokens:
        return None
    own = pattern.search(clause.text)  # patterns anchored at "^" read the clause on its own
    if own:
        return own
    sent = clause.tokens[0].sent
    start = clause.tokens[0].idx - sent.start_char
    end = clause.tokens[-1].idx + len(clause.tokens[-1].text) - sent.start_char
    text = sent.text if clause.tokens[-1].i < sent.end else clause.tokens[0].doc.text[sent.start_char:]
    return next((m for m in pattern.finditer(text) if m.start() < end and m.end() > start), None)


def spoken_kind(clause):
    """(family, kind, match) for the first spoken defence the clause carries, or None."""
    for family, kinds, _ in _families():
        for name, pattern in kinds:
            found = match_in(clause, pattern)
            if found:
                return family, name, found
    return None


def mark_spoken(clauses) -> None:
    """Gives the clauses of spoken defences their role and a "spoken_<kind>" cue (read_message)."""
    text = clauses[0].tokens[0].doc.text if clauses and clauses[0].tokens else ""
    alibied = any(alibi(c, text) for c in clauses)
    for clause in clauses:
        if clause.role == "pressure":
            continue  # pressure.py answers it
        found = spoken_kind(clause)
        if found:
            family, name, _ = found
            role = dict((f, r) for f, _, r in _families())[family](name)
        elif alibi(clause, text):
            name, role = "alibi", PUSHBACK
        elif alibied and PROTEST.match(clause.text):
            name, role = "protest", PUSHBACK  # "What are you talking about?", "ask anyone": the alibi's frame
        else:
            if retort(clause) and clause.role in _PLAIN:  # "I'd love to see you try": no fact, topic or act (retorts.py)
                clause.role, clause.literal = PUSHBACK, None
            continue
        clause.role, clause.literal = role, None
        clause.cues = set(clause.cues) | {CUE + name}
        if "?" not in clause.text:
            clause.question = False  # "Don't you dare put this on me." inverts like a question: no request in it


def kinds_in(msg) -> set:
    return {cue[len(CUE):] for c in msg.clauses for cue in c.cues if cue.startswith(CUE)}


def _said(msg) -> list:
    return [c for c in msg.clauses if c.role != "filler" and any(t.is_alpha for t in c.tokens)]


def answered(msg) -> bool:
    """Every clause with content is a spoken defence with its own answer here: the generic apology
    and acknowledgement (defence.py) would only say less ("I can see this really upset you")."""
    content = _said(msg)
    return bool(content) and all(any(cue.startswith(CUE) for cue in c.cues) for c in content) and bool(spoken_lines(msg))


def speaker_hurting(msg) -> bool:
    """Every clause with content is the speaker's own hurt ("Nobody cares", "I can't believe you'd
    think that of me"): an apology or "I can see this upset you" would answer the wrong person."""
    hurt = SPEAKER_HURT | {name for name, _ in victim_kinds()}
    content = _said(msg)
    hurting = [c for c in content if any(cue[len(CUE):] in hurt for cue in c.cues if cue.startswith(CUE))]
    # the speaker's own plain statements go with the hurt: "I've been carrying this team for months"
    return bool(hurting) and all(c in hurting or c.role == "fact" and c.subject is not None and c.subject.lower_ == "i"
                                 for c in content)


def spoken_lines(msg) -> list[tuple[list[str], str]]:
    """What the speaker could say instead of each spoken defence: (lines, strategy) pairs."""
    found = []
    for clause in msg.clauses:
        if not any(cue.startswith(CUE) for cue in clause.cues):
            continue
        if CUE + "alibi" in clause.cues:
            fact = render(cleaned(clause, msg.address_tokens, strict=False), lower_start=False).rstrip(".!?,; ")
            if fact:
                lines = alibi_lines(fact)
                found.append(([lines[0], *_plain_facts(msg), *lines[1:]], ACKNOWLEDGE, "alibi"))
            continue
        hit = spoken_kind(clause)
        if hit is None:
            continue
        family, name, match = hit
        if family == "victim":
            lines, strategy = victim_lines(name, match), "I"
            mine = [f for f in _plain_facts(msg) if f.startswith(("I ", "I'"))]  # "I've been carrying this team"
            if lines and mine:  # "I've been carrying this team for months, and I'm feeling unappreciated"
                head = lines[0] if lines[0].startswith(("I ", "I'")) else lines[0][:1].lower() + lines[0][1:]
                lines = [f"{mine[0]}, and {head}", *lines[1:]]
        else:
            answer = pushback_lines(name, match) if family == "pushback" else rationale_lines(name, match, clause, msg.address_tokens)
            lines, strategy = answer if answer else (None, None)
        if lines and name in _WITH_FACTS:  # "We were just talking, he's a friend from work": the fact stays
            lines = [lines[0], *_plain_facts(msg), *lines[1:]]
        if lines:
            found.append((lines, _STRATEGY[strategy], name))
    if any(strategy == RESPONSIBILITY for _, strategy, _ in found):
        # "Don't look at me like that. You'd have done the same thing": the part owned leads, and a hurt
        # at how the listener reacts, beside it, would be the defence again
        found = [f for f in found if f[2] != "prohibited"]
    return [(lines, strategy) for lines, strategy, _ in found]
