"""A rewrite candidate, the six strategy names and the guidance each follows (LABELS.md)."""

from __future__ import annotations

from dataclasses import dataclass

I_STATEMENT = "I statement"


DROP_ABSOLUTES = "drop the absolutes"


BEHAVIOUR = "behaviour, not character"


RESPONSIBILITY = "take responsibility"


ACKNOWLEDGE = "acknowledge first"


REQUEST = "question to request"

FEELING_ONLY = "feeling only"


# The guidance each strategy follows, from the source article (LABELS.md, last section).
GUIDANCE = {
    I_STATEMENT: "Use \"I\" statements to express needs clearly and avoid blame: say how you "
                 "feel, in which situation, and what you would like.",
    DROP_ABSOLUTES: "Avoid criticism and blame: talk about this occasion, not \"always\" or "
                    "\"never\".",
    BEHAVIOUR: "Avoid criticism and blame: ask for a change in what was done, not in who the "
               "person is.",
    RESPONSIBILITY: "Take responsibility for your actions and their impact; acknowledge the "
                    "hurt; make amends.",
    ACKNOWLEDGE: "Validate the other person's feelings first, rather than waiting for your turn "
                 "to speak; \"and\", not \"but\".",
    REQUEST: "Set clear boundaries and respect each other's needs: ask for what you need "
             "instead of asking why.",
}


@dataclass


class Candidate:
    text: str
    strategy: str
    # Shown only when nothing better passes: True when built from the topic alone, FEELING_ONLY
    # when it says only the feeling behind a message that names nothing to keep (venting.py).
    fallback: bool | str = False
    # Shown first whenever it passes: the speaker's own side of a denial (plain_accounts.py), which the
    # other readings tend to apologise for or turn into a complaint.
    leads: bool = False

    def as_dict(self) -> dict:
        return {"text": self.text, "strategy": self.strategy, "guidance": GUIDANCE[self.strategy]}
