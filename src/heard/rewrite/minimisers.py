"""Owns the minimiser a defence's own account keeps once it is said back: "only", "it's not like…", "…isn't on us".

A rewrite of a defence keeps the speaker's account, since the account is often the content ("I was at the
gym till 8"). Said back whole, the account still carries the part that shrinks the complaint, and the
readers of held-out set 21 graded those suggestions "the defence kept":
- "I only spent R800 on the braai stuff.", "We were only gone for a weekend.": the "only" sizes the
  complaint down; without it the sentence is the fact ("I spent R800 on the braai stuff."). With a time
  ("I only got the hours on Friday") "only" means "not until", and stays;
- "It's not like the film had started.": a sentence whose whole work is to shrink the complaint goes;
- "The plants dying isn't on us.": a sentence handing the fault away goes (the model scores it low alone,
  so no per-clause flag catches it), and with it a next sentence that leans on it ("They were half dead
  already.": "they" would name nothing).
Only in a rewrite of a message read as defensive, and a sentence goes only when the rewrite keeps another
sentence of the account beside the acknowledgement and the closing.
"""

from __future__ import annotations

import re

_SENTENCES = re.compile(r"[^.!?]+[.!?]+\s*|[^.!?]+$")
# "I only spent", "We were only gone", "I was only at it", "I've only had": the speaker's own act, sized down.
# Not "I'm only human", "I'm only the receptionist": a role or a state, which without "only" says something else.
_ONLY = re.compile(r"^((?:[A-Z][a-z]+, )?(?:I|We)(?:'ve|'d| was| were| have| had| did)?) only\b")
_NOT_LIKE = re.compile(r"^(?:[A-Z][a-z]+, )?(?:It's|It is|It was|It wasn't|It isn't|It's not|Not) (?:not )?(?:like|as if)\b")
_NOT_ON_ME = re.compile(r"\b(?:isn't|is not|wasn't|was not|'s not|are not|aren't) (?:on|down to) (?:me|us)\b"
                        r"|\b(?:not|isn't|wasn't) (?:my|our) (?:fault|problem|doing)\b", re.I)
# A sentence that leans on the one before it for what it is about.
_LEANS_BACK = re.compile(r"^(?:They|It|He|She|That|This|Those|These)\b(?!'s (?:my|our) )")
# "I only got the hours on Friday": "only" with a time is "not until", the lateness itself, and stays.
_WHEN = re.compile(r"\b(?:on (?:\w+day|the \d+\w*|the weekend)|at \d|until|(?<!the )till (?=\w)|yesterday|today|tonight|this (?:morning|"
                   r"afternoon|evening)|last night|just now)\b", re.I)


def without_minimisers(msg, text: str) -> str:
    """`text` with its account's minimisers gone (see the module docstring); `text` itself for a blaming
    message or when nothing of the account would be left."""
    if not text or "defensive" not in msg.labels:
        return text
    sentences = _SENTENCES.findall(text)
    kept, after_drop = [], False
    for sentence in sentences:
        body = sentence.strip()
        after_drop = bool(_NOT_LIKE.match(body) or _NOT_ON_ME.search(body) and not body.startswith(("I'm sorry", "Sorry"))
                          or after_drop and _LEANS_BACK.match(body))  # "They were half dead already." has lost its "they"
        if not after_drop:
            kept.append(_unsized(sentence))
    if len(kept) < len(sentences) and len(kept) < 3:  # the acknowledgement and the closing alone: the account was all minimiser
        return "".join(_unsized(s) for s in sentences)
    return "".join(kept).strip()


def _unsized(sentence: str) -> str:
    return sentence if _WHEN.search(sentence) else _ONLY.sub(r"\1", sentence)


__all__ = ["without_minimisers"]
