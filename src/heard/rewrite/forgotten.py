"""What the listener forgot or failed to do, as the thing to ask for.

"You forgot to transfer half the rent" is a lapse as plainly as "you didn't transfer half the rent",
but the parse has no negation in it, so `reading.request_for` found nothing to ask for and the
suggestion closed with "Can we talk about it?". Here the verb under "forget to" / "fail to" /
"neglect to" is the act left undone: "Could you remember to transfer half the rent?" ("remember"
answers "forgot" as a person would; "failed to send the invoice on time" asks for the sending).
"""

from __future__ import annotations

import re

from .situations import verb_phrase

# "forgot to", "failed to", "neglected to": the verb under them is what did not happen
_LAPSE_VERBS = {"forget": "remember to ", "fail": "", "neglect": ""}
_FORMS = {"forgot": "forget", "forgotten": "forget", "forgets": "forget", "failed": "fail", "fails": "fail",
          "neglected": "neglect", "neglects": "neglect"}
_MONEY = re.compile(r"\b(?:venmo|money|cash|paypal|revolut|e-?transfer)\b|^(?:send|transfer)\b(?: \w+){0,3} back\b", re.I)
_LEAD = re.compile(r"^(?:forget|forgot|fail|neglect)\s+to\s+", re.I)


def _lead(head) -> str | None:
    # the tagger's lemma for "forgot" is sometimes "forgot": the form is read as well
    return _LAPSE_VERBS.get(head.lemma_.lower(), _LAPSE_VERBS.get(_FORMS.get(head.lower_, "")))


def forgotten_act(clause):
    """The verb under "you forgot to / failed to / neglected to" ("transfer" in "you forgot to transfer half the
    rent"), or None: the act the listener left undone (`asking._main_verb` reads its objects from it)."""
    head = clause.head
    if _lead(head) is None or not clause.you_subject or clause.question \
            or any(c.dep_ == "neg" for c in head.children):  # "you didn't forget to…" is no lapse
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(t.lower_ == "to" for t in c.children)), None)


def forgotten_phrase(clause, drop=frozenset()) -> str:
    """"remember to transfer half the rent" for "you forgot to transfer half the rent"; "" if the
    clause is not the listener forgetting or failing to do something."""
    done = forgotten_act(clause)
    lead = _lead(clause.head)
    if done is None or done.lemma_.lower() in ("be", "have", "mention"):
        return ""  # "you failed to be there" asks for nothing one can do; "forgot to mention" is a telling-off
    said = verb_phrase(clause, drop=drop).rstrip(".!?,;: ")
    # a lapse in scare quotes ("you 'forgot to check your phone'") keeps none of its quote marks in the ask
    phrase = _LEAD.sub("", said).strip("'\"‘’“” ")
    if not phrase or phrase == said or len(phrase.split()) < 2 and done.lemma_ == "do":
        return ""
    if done.lemma_.lower() in ("pay", "repay") or _MONEY.search(phrase):
        return ""  # money owed is asked for now ("Could you send it over…?", fitting_asks.py), not next time
    return lead + phrase


__all__ = ["forgotten_act", "forgotten_phrase"]
