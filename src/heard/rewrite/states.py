"""Absolutes about a state of the heart: "you never loved me", "you never listen to me".

Drop-the-absolutes tells an absolute as one occasion ("this time you forgot the bins"). A state a
person is in — loving, trusting, respecting, listening as a habit — has no one occasion: "this
time you didn't love me" makes no sense. Said without the absolute it is an impression, "sometimes
it feels like you don't love me", and not being loved, trusted or respected is a hurt.
"""

from __future__ import annotations

import re

from .asking import request_after
from .candidate import DROP_ABSOLUTES, Candidate
from .inflect import base_of
from .message import Message
from .rhetoric import word_i_say
from .reading import acted, compose, facts_of, request_for, say_situation, talk_request
from .situations import is_negative

STATES = {"love", "like", "care", "trust", "respect", "believe", "value", "appreciate", "support", "listen",
          "understand", "want", "know", "think", "mind"}
_AFFECTION = {"love", "like", "care", "trust", "respect", "value", "appreciate", "support", "want"}


def voiced_feeling(clause) -> str | None:
    """The feeling the accusation itself voices, for a message whose words name none: "how could
    you…" is hurt (accusing.py), and so is "you never loved me"."""
    if clause is None:
        return None
    if clause.literal is not None:
        return getattr(clause.literal, "feeling", None)
    return "hurt" if acted(clause).head.lemma_.lower() in _AFFECTION and is_negative(acted(clause)) else None


def feels_like(msg: Message, primary) -> list[Candidate]:
    """"you never loved me" / "you always think you're right" → "Sometimes it feels like you don't
    love me": the absolute dropped from a state, in the present, as the speaker's impression."""
    sit = word_i_say(re.sub(r"^it seems like ", "", say_situation(msg, primary)))  # "listen to me" (rhetoric.py)
    sit = re.sub(r"\byou didn't\b", "you don't", sit)
    sit = re.sub(r"\byou hadn't (\w+)", lambda m: "you don't " + base_of(m.group(1)), sit)
    if not sit.startswith("you "):
        return []
    voiced = voiced_feeling(primary)
    feeling = voiced if voiced and not msg.feeling_named() else msg.feeling()
    line = f"Sometimes it feels like {sit}, and I feel {feeling}"
    asked = request_for(msg, primary)
    request = request_after(msg, word_i_say(asked) if asked else talk_request(msg, msg.topic()), line, [primary])
    return [Candidate(compose(msg, [line, *facts_of(msg), request]), DROP_ABSOLUTES)]
