"""The speaker's apologies as the defence strategies say them: one per lapse, in plain words.

`owning.apologies` reads each clause alone, so "I meant to tell you about the party, I just forgot"
owns the same lapse twice ("I'm sorry I haven't told you about the party yet. I'm sorry I forgot.").
Here a plan left undone and the "I forgot" that explains it become one apology ("I'm sorry I forgot
to tell you about the party"); a tag the apology picked up ("I forgot the anniversary, okay?") is
left out; and a reminder of the speaker's own plan ("I told you I'd be home by six") is owned as
not having made it clear (retorts.py), since said back it still defends.
"""

from __future__ import annotations

import re

from .lexicon import MOTIVES
from .retorts import made_clear, reminder
from .owning import apologies, speaker_verbs, unkept_intention
from .surface import render, tidy, words_of

# "I just forgot", "it slipped my mind", "I completely forgot about it": a lapse with no object of its own.
_FORGOT = re.compile(r"^\W*(?:and\s+|but\s+|so\s+)?(?:I\s+(?:just\s+|simply\s+|completely\s+|totally\s+|clean\s+|must\s+have\s+)*"
                     r"(?:forgot|forgotten)(?:\s+about\s+it|\s+it)?|it\s+(?:just\s+|completely\s+)*(?:slipped|went\s+out\s+of)\s+"
                     r"my\s+(?:mind|head))\W*$", re.I)
_ON_PURPOSE = re.compile(rf"\s+{MOTIVES}\b", re.I)
# Tags an admission may carry, asked: "I forgot the anniversary, okay?"
_ASKED_TAG = re.compile(r"\b(?P<tag>okay|ok|alright|all\s+right)\s*\?", re.I)


def _planned(clause) -> str | None:
    """The plan left undone, as "tell you about the party" ("I meant to / was going to tell you…")."""
    for verb in speaker_verbs(clause):
        if verb.lemma_ not in ("go", "mean", "plan", "intend"):
            continue
        target = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if target is None or target.lemma_.lower() in ("be", "get"):
            continue
        rest = render(words_of([t for t in target.subtree if t.i > target.i and not t.is_punct
                                and t.lower_ not in ("myself", "anyway")]))
        return tidy(f"{target.lemma_.lower()} {rest}")
    return None


def _merged(msg) -> dict:
    """{index of a plan left undone: "I'm sorry I forgot to <plan>"} and the "I forgot" clauses it took in."""
    lines, taken = {}, set()
    clauses = msg.clauses
    for k, clause in enumerate(clauses):
        plan = _planned(clause) if unkept_intention(clause) else None
        if plan is None:
            continue
        forgot = next((j for j in range(k + 1, min(k + 3, len(clauses))) if _FORGOT.match(clauses[j].text)), None)
        if forgot is not None:
            lines[k] = f"I'm sorry I forgot to {plan}"
            taken.add(forgot)
    return {"lines": lines, "taken": taken}


def forgot_clauses(msg) -> list:
    """The "I just forgot" / "it slipped my mind" clauses said inside a merged apology: not facts to keep."""
    return [msg.clauses[j] for j in _merged(msg)["taken"]]


def kept_word(clauses, k: int) -> bool:
    """"I said I'd pick her up at four, and I did": the reminder is followed by the speaker saying they
    kept it; the complaint is not about what was said, so there is no unclear saying to own."""
    if k + 1 >= len(clauses):
        return False
    following = clauses[k + 1]
    return any(v.lemma_ in ("do", "handle", "keep") or v.lemma_ in {t.lemma_ for t in clauses[k].tokens}
               for v in speaker_verbs(following) if not any(c.dep_ == "neg" for c in v.children))


def owned_lapses(msg) -> list[str]:
    """`apologies(msg)`, with a plan and its "I forgot" said once, tags dropped, and reminders of the
    speaker's own plans owned as not having made them clear."""
    from .message import Message  # message.py reads spoken defences, which import the defence modules

    merged = _merged(msg)
    found = []
    for k, clause in enumerate(msg.clauses):
        if k in merged["taken"]:
            continue
        if k in merged["lines"]:
            found.append(merged["lines"][k])
            continue
        clear = None if kept_word(msg.clauses, k) else made_clear(clause)
        if clear:  # "I've told you I can't make Sundays": owned as unclear, not "I'm sorry I can't make Sundays"
            found.append(clear)
            continue
        if reminder(clause):  # "I told you on Tuesday I might not make it": a warning given, no lapse in it
            continue
        found += apologies(Message(msg.text, msg.doc, [clause], msg.address, msg.address_tokens, msg.labels))
    # "it's not like I missed it on purpose": the intent was denied, so the apology owns the act alone
    found = [_ON_PURPOSE.sub("", line) for line in found if not _only_when(msg, line)]
    # "i missed training…, its not like i skipped it for fun": the same act owned twice, once through a pronoun
    found = [line for k, line in enumerate(found) if not (k and re.fullmatch(r"I'm sorry I \w+ (?:it|that|them)", line))]
    tag = _ASKED_TAG.search(msg.text)
    if tag:  # the tag asks the listener to drop it: not part of what is owned
        found = [re.sub(rf",?\s+{tag.group('tag')}$", "", line, flags=re.I) for line in found]
    return found


_TIME_MARKS = {"when", "after", "before", "while", "as", "since", "until", "till", "once"}


def _only_when(msg, line: str) -> bool:
    """"I had the gate shut when I left": "I left" only says when; "I'm sorry I left" owns nothing
    the complaint is about. A bare "I'm sorry I <verb>" whose verb the message only uses that way."""
    bare = re.fullmatch(r"I'm sorry I (\w+)", line)
    if not bare:
        return False
    uses = [t for t in msg.doc if t.text.lower() == bare.group(1).lower()]
    return bool(uses) and all(t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in t.children)
                              for t in uses)
