"""Questions a rewrite said back as statements, beyond fluency.py's "Who merged…, and I've been
feeling…": the same question after a name or mention ("@dev, why did nobody update the changelog,
and I've been feeling upset."), and the chat question that drops its "is"/"has" ("Anyone going to
pay me back for the airbnb…, and I've been feeling let down."). Read as a statement, it neither asks
nor says anything; the candidate is dropped and a plainer one (or none) is offered instead."""

from __future__ import annotations

import re

# "@dev, " / "Priya, ": the address a rewrite puts first.
_ADDRESS = r"(?:@?[\w.'-]+,\s+)?"
# A question word, or an auxiliary asking about someone ("did anyone…", "is nobody…").
_ASKING = (r"(?:who(?:se|m|ever)?\b|why\b|how come\b|what\b|(?:did|does|do|is|are|has|have|was|were|will|can) "
           r"(?:anyone|anybody|nobody|no one|someone|somebody|everyone|everybody|you|u)\b)")
# "Anyone going to…", "anybody planning on…", "someone seen my charger": the "is"/"has" left out.
_ELLIPTICAL = (r"(?:anyone|anybody|someone|somebody)(?: else)? (?:going|gonna|planning|actually|ever|seen|got|"
               r"fancy|want|wanna|know|remember|thinking)\b")
_OPENING = re.compile(rf"^{_ADDRESS}(?:{_ASKING}|{_ELLIPTICAL})", re.I)


def kept_question(sentence: str) -> bool:
    """`sentence` opens as a question and yet ends as a statement."""
    sentence = sentence.strip()
    return bool(_OPENING.match(sentence)) and not sentence.endswith("?")


__all__ = ["kept_question"]
