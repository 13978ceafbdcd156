"""The six rewrite strategies, in the order they are tried, and the candidates they give a message."""

from __future__ import annotations

from .blame import behaviour_not_character, drop_absolutes, i_statement, question_to_request
from .candidate import GUIDANCE, Candidate
from .defence import acknowledge_first, take_responsibility
from .message import Message
from .phrases import unframe
from .repeats import refer_back, without_echoes
from .surface import capitalise, tidy

STRATEGIES = (i_statement, drop_absolutes, behaviour_not_character, question_to_request,
              take_responsibility, acknowledge_first)


def candidates_for(msg: Message) -> list[Candidate]:
    found = []
    topic = msg.topic()
    for strategy in STRATEGIES:
        for candidate in strategy(msg):
            text = refer_back(without_echoes(capitalise(tidy(candidate.text))), topic)
            if len(text.split()) >= 3 and text not in {c.text for c in found}:
                found.append(Candidate(text, candidate.strategy, candidate.fallback))
    return found


__all__ = ["Candidate", "GUIDANCE", "STRATEGIES", "candidates_for", "unframe"]
