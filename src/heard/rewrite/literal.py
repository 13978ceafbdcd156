"""What a sarcastic or roundabout clause complains about, said plainly (the readers' common result)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Literal:
    """What a clause complains about, said as a plain situation ("you told everyone")."""

    situation: str
    past: bool = True
    request: str | None = None
    statement: str | None = None  # said as the speaker's own view instead of "I feel … when …"
