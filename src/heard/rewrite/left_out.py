"""Being left out of the loop: "Why was I not told that Sophie failed the maths test?",
"I wasn't invited to the planning meeting", "why wasn't I cc'd on the email?".

The speaker is the one something was not done to, so the rewrite says what they missed, how that
felt and what they would like next time, in the message's own words; no "you", since the message
often doesn't say who should have told them.
"""

from __future__ import annotations

from .surface import render, sentence, words_of

# Passive verbs of keeping someone informed or included, and the request each leads to.
_INFORM = {"tell", "inform", "warn", "notify", "update", "advise", "say"}
_INCLUDE = {"invite", "include", "cc", "cc'd", "copy", "consult", "ask", "add"}


def left_out(msg) -> list[str] | None:
    """Lines for the first clause that says the speaker was not told or not included, or None."""
    for clause in msg.clauses:
        verb = clause.head
        lemma = verb.lemma_.lower()
        if lemma not in _INFORM | _INCLUDE or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if not any(c.lower_ == "i" and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if not any(c.dep_ == "neg" or c.lower_ in ("never", "n't") for c in verb.children):
            continue
        inside = {t.i for t in clause.tokens}
        rest = [t for t in clause.tokens if t.i > verb.i and t.i in inside and not t.is_punct
                and not any(a.lower_ in ("even", "ever", "again") for a in [t])]
        what = render(words_of(rest), lower_start=False).strip()
        if not what or len(what.split()) < 2:
            return None  # "why wasn't I told?" alone names nothing to keep
        informed = lemma in _INFORM
        participle = {"cc": "cc'd", "cc'd": "cc'd"}.get(lemma, "told" if lemma == "say" else _participle(verb))
        line = sentence(f"I was upset not to have been {participle} {what}" if informed else
                        f"I felt left out when I wasn't {participle} {what}")
        ask = "Could you let me know about things like this in future?" if informed else \
            "Could you check with me next time?" if lemma in ("consult", "ask") else "Could you include me next time?"
        return [line, ask]
    return None


def _participle(verb) -> str:
    return verb.lower_ if verb.tag_ == "VBN" else verb.lemma_.lower() + "ed"
