"""The arguing lines of a defence: said about the complaint, not about what happened.

A defence's acknowledgement (defence.py) keeps the speaker's account of what happened and leaves out
the lines that argue with the complaint ("it's not that hard", "there's a difference"): hedged they
read as a sneer, plain they keep the defence.

The account's facts are said plainly. They used to carry one hedge ("As far as I know, the client
changed the brief twice", "From what I can tell, none of them could get parts"), meant to make a fact
sound like the speaker's account; readers of every held-out set called it a put-on doubt about what
the speaker knows first-hand, and without it the rewrites still pass the re-check.
"""

from __future__ import annotations

import re

# The arguing lines of a defence, said about the complaint rather than about what happened: "it's
# not that hard", "it's easy to criticise", "there's a difference", "that's not the same thing".
# Hedged they read as a sneer; plain they keep the defence; so an acknowledgement leaves them out.
_ARGUES = re.compile(r"^(?:it's|its|it is|that's|that is|this is) (?:not |really |just )?(?:that |so |all that |very )?"
                     r"(?:hard|easy|difficult|simple|complicated|the same(?: thing)?|a big deal|rocket science)\b"
                     r"|^there(?:'s| is) a (?:big |huge )?difference\W*$", re.I)


def argues(fact: str) -> bool:
    """Whether `fact` argues with the complaint instead of telling what happened (see _ARGUES)."""
    return bool(_ARGUES.match(fact.strip()))
