"""A defence that the generic acknowledgement leaves standing: the thing acknowledged, the defence dropped.

acknowledge_first bolted "I hear how upset you are." onto an unchanged defence ("Kids play rough at
that age.", "I've had no complaints from any other tenant in 15 years.", "A string quartet.") or kept
only the generic line and lost the subject (the party, the kettle). The guidance asks the sender to
acknowledge the hurt and take in the complaint, not to defend. This module reads a whole message made
of clauses it can place, and keeps what the sender can say plainly:

- lines that minimise ("kids play rough at that age anyway", "everyone else laughed", "that's hardly the
  middle of the night"), appeal to status ("I've had no complaints in 15 years", "I think I can X without
  being lectured by…"), mock ("what were you expecting, a string quartet?", "maybe invest in some
  earplugs?", "don't look at me 🤷") or shift fault ("the mould is from you drying clothes…") go;
- plain facts stay ("the party finished at 1", "it was already dodgy when I used it", "Jack says he
  didn't push anyone"); "three hours on hold would wind anyone up" becomes the speaker's own frustration;
- the acknowledgement names the thing: "I hear your concern about the mould.", "I'm sorry the joke hurt
  you.", "I'm sorry it felt like I forgot our anniversary.", "I'm sorry the report came across as…".

It answers only when at least one line is one of the moves above and every clause is placed; a message
with a sincere apology or anything it cannot place is left to the other readings.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, Candidate
from .inflect import past

_MINIMISE = re.compile(r"\b(?:anyway|hardly|every(?:one|body)\s+else|no(?:\s+one|body)\s+else|would\s+(?:\w+\s+){0,2}any(?:one|body)|"
                       r"any(?:one|body)\s+would|kids\s+(?:will\s+be\s+kids|play\s+rough|fall\s+out|fight)|boys\s+will\s+be\s+boys|"
                       r"(?:not|no)\s+(?:a\s+)?big\s+deal|overreact\w*|can'?t\s+take\s+a\s+joke|too\s+sensitive|"
                       r"I\s+was\s+(?:only|just|simply)\s+(?:stating|saying|being|telling|pointing|doing|asking|following|trying)|"
                       r"I\s+was\s+being\s+(?:firm|honest|direct|realistic|straight|professional|assertive))\b", re.I)
_STATUS = re.compile(r"^(?:with\s+(?:all\s+(?:due\s+)?)?respect\b|I(?:'ve|\s+have)\s+had\s+no\s+complaints|"
                     r"(?:no(?:body|\s+one)|no\s+other\s+\w+)\s+(?:else\s+)?(?:has\s+|have\s+)?(?:ever\s+)?complained|"
                     r"I\s+think\s+I\s+(?:can|know)\b.*\bwithout\s+(?:being\s+)?(?:lectured|told|a\s+lecture|advice)|"
                     r"I\s+know\s+what\s+I'?m\s+doing|I(?:'ve|\s+have)\s+been\s+doing\s+this\s+for|"
                     r"I(?:'ve|\s+have)\s+been\s+(?:a\s+|the\s+)?(?:\w+\s+){1,3}?(?:here\s+)?(?:for|since)\s+(?:\w+\s+)?(?:years|decades|\d{4})$)", re.I)
# "I think I can pick a team without being lectured": what the speaker does is still the subject
_CAN_WITHOUT = re.compile(r"^I\s+think\s+I\s+(?:can|know\s+how\s+to)\s+(?P<act>\w+\s+(?:a|an|the|my|our)\s+\w+)\s+without\b", re.I)
_MOCK = re.compile(r"(?:what\s+(?:were|was|did|do)\s+you\s+(?:expect|want)\w*|^maybe\s+(?:invest|try|buy|get|look\s+into)\b|"
                   r"don'?t\s+look\s+at\s+me|🤷|sorry\s+not\s+sorry|I\s+don'?t\s+(?:see|know|get)\s+why\s+I'?m\s+(?:getting|being\s+sent)|"
                   r"not\s+my\s+problem|deal\s+with\s+it|get\s+over\s+it|what\s+do\s+you\s+want\s+me\s+to\s+do)", re.I)
_SHIFT = re.compile(r"\b(?:from|because\s+of|down\s+to|caused\s+by)\s+you\b|"
                    r"\b(?:is|was|are|were|it'?s)\s+(?:all\s+)?(?:from|because\s+of|down\s+to|caused\s+by)\s+your\s+\w+|\byour\s+(?:own\s+)?fault\b|\bon\s+you\b|\bif\s+you\s+hadn'?t\b|^not\s+the\s+\w+$", re.I)
_BIG_DEAL = re.compile(r"^you(?:'re|\s+are)\s+(?:making|kicking\s+up)\s+(?:a\s+|such\s+a\s+)?(?:huge|big|massive)?\s*(?:deal|fuss|drama|"
                       r"song\s+and\s+dance)\s+(?:out\s+of|over|about)\s+(?:a|an|one|the|my)\s+(?:little\s+|silly\s+|stupid\s+)?"
                       r"(?P<thing>joke|comment|remark|post|photo|text|message|meme|prank)$", re.I)
_WOULD_ANYONE = re.compile(r"^(?P<what>[\w£$' -]+?)\s+would\s+(?:wind|drive|annoy|stress|frustrate|test|get\s+to|do\s+(?:the\s+)?"
                           r"head\s+in\s+of|send)\s+any(?:one|body)\b[\w' ]*$", re.I)
_NON_APOLOGY = re.compile(r"^(?:I'?m\s+|I\s+am\s+)?(?:sorry|I\s+apologi[sz]e)\s+if\s+(?P<what>(?:the|my|our|that)\s+[\w' -]+?)\s+(?P<how>came\s+across|came\s+off|sounded|looked|"
                          r"felt|seemed|read)\s+(?P<as>as\s+|like\s+)?(?P<rest>[\w' -]+)$", re.I)
_DENIAL = re.compile(r"^I\s+(?:did\s+not|didn'?t|never)\s+(?P<verb>\w+)\s+(?P<obj>(?:at\s+|to\s+|about\s+)?(?:the|my|our|your|his|her)\s+[\w' -]+?)$",
                     re.I)
_PERSON_VERBS = {"forget", "shout", "yell", "ignore", "snap", "swear", "lie", "ghost", "miss", "insult", "mock", "laugh"}
_THING_VERBS = {"break", "lose", "damage", "scratch", "dent", "spill", "stain", "ruin", "touch", "take", "move", "eat", "leave"}
_REPORTED = re.compile(r"^(?!(?:Nobody|No|You|Everyone|Everybody|Someone|Somebody|They|He|She|It|We|I)\b)[A-Z][a-z]+\s+(?:says|said|swears|told\s+me|insists)\b[^?]*$")
_REASON = re.compile(r"^I\s+(?:just\s+|only\s+)?(?:had|was|'d|got|ended\s+up)\b(?!\s+(?:only|just|simply)\b)[^?]*$|^it\s+was\s+already\b[^?]*$|"
                     r"^(?:the|our|my)\s+\w+\s+(?:finished|ended|started|stopped|was\s+over)\s+(?:at|by|before)\s+[\w:.]+(?:\s*(?:am|pm))?$", re.I)
# "…, a string quartet?": the sarcastic answer to its own question, with no verb or person of its own
_FRAGMENT = re.compile(r"^(?!.*\b(?:I|you|we|he|she|they|it|is|are|was|were|do|does|did|can|will)\b)(?:\S+\s+){0,3}\S+\?$", re.I)
_SUBJECT = re.compile(r"^(?:the|our|my)\s+(?P<noun>\w+)\b", re.I)
_APOLOGY = re.compile(r"\b(?:I'?m|I\s+am)\s+(?:so\s+|really\s+|truly\s+)?sorry\b(?!\s+if\b)|\bI\s+apologi[sz]e\b|\bmy\s+bad\b|\bthat'?s\s+on\s+me\b", re.I)


def _clauses(text: str) -> list[str]:
    """Sentences cut at commas, semicolons and "and" before a new subject; a "?" stays with its clause."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+|\s+(?=🤷)", text.strip()):
        question = sentence.rstrip().endswith("?")
        parts = re.split(r"\s*[,;]\s*(?:and\s+|but\s+)?|\s+and\s+(?=(?:kids|boys|everyone|everybody|nobody|no\s+one|it|that)\b)", sentence)
        parts = [p.strip(" .!") for p in parts if p.strip(" .!?")]
        out += [p.rstrip("?") + ("?" if question else "") for p in parts]
    return out


def _capital(line: str) -> str:
    return line[:1].upper() + line[1:]


def _place(clause: str, found: dict) -> bool:
    """Puts one clause in `found` (its acknowledgement, a kept fact, or a dropped move); False when unplaced."""
    bare = clause.rstrip("?").strip()
    big = _BIG_DEAL.match(bare)
    if big:
        found.setdefault("ack", f"I'm sorry the {big['thing'].lower()} hurt you.")
        found["moved"] = True
        return True
    sorry = _NON_APOLOGY.match(bare)
    if sorry:  # "sorry if … came across as …, but": the "if" and the "but" are the defence
        found.setdefault("ack", f"I'm sorry {sorry['what']} {sorry['how']} {sorry['as'] or ''}{sorry['rest']}.".replace("  ", " "))
        found["moved"] = True
        return True
    would = _WOULD_ANYONE.match(bare)
    if would and not re.search(r"\byou", would["what"], re.I):  # "would wind anyone up": the speaker's own frustration
        found["facts"].append(f"{_capital(would['what'])} had really got to me.")
        found["moved"] = True
        return True
    can = _CAN_WITHOUT.match(bare)
    if can:
        found.setdefault("subject", "how I " + re.sub(r"\b(?:a|an)\s+", "the ", can["act"].lower()))
    if _STATUS.search(bare) or _MOCK.search(clause) or _SHIFT.search(bare) or _MINIMISE.search(bare) or _FRAGMENT.match(clause):
        found["moved"] = True
        subject = _SUBJECT.match(bare)
        if subject and _SHIFT.search(bare):  # "the mould is from you…": the mould is still the subject
            found.setdefault("subject", f"{subject.group(0).lower()}")
        return True
    denial = _DENIAL.match(bare)
    if denial and not found.get("ack"):
        verb, obj = denial["verb"].lower(), re.sub(r"^(?:at|to|about)\s+", "", denial["obj"], flags=re.I)
        if verb in _PERSON_VERBS:
            found["ack"] = f"I'm sorry it felt like I {past(verb)} {denial['obj']}."
            return True
        if verb in _THING_VERBS:  # the denial itself is dropped; its support ("it was already dodgy") must follow
            found.setdefault("subject", obj.lower())
            found["denied"] = True
            return True
        return False
    if _REPORTED.match(bare):
        found["facts"].append(f"{bare}.")
        found.setdefault("subject", bare.split()[0])
        return True
    if _REASON.match(bare) and not re.search(r"\byou", bare, re.I):
        fact = re.sub(r"^I\s+(?:just|only)\s+", "I ", bare, flags=re.I)
        found["facts"].append(f"{_capital(fact)}.")
        subject = _SUBJECT.match(bare)
        if subject:
            found.setdefault("subject", subject.group(0).lower())
        return True
    return False


def settled_lines(msg) -> list[str]:
    """The acknowledgement naming the thing, the sender's plain facts, a request; or []."""
    if not (msg.defensive or msg.blaming):
        return []
    text = msg.text.strip()
    if msg.address:
        text = re.sub(r",?\s*\b" + re.escape(msg.address) + r"\b\s*(?=[,.!?]|$)", "", text)
    found: dict = {"facts": []}
    clauses = _clauses(text)
    if len(clauses) < 2 or not all(_place(c, found) for c in clauses) or not found.get("moved"):
        return []
    if _APOLOGY.search(re.sub(r"\b(?:I'?m\s+sorry|I\s+apologi[sz]e)\s+if\b", "", text, flags=re.I)):
        return []  # a sincere apology is there already: the other readings keep it
    ack = found.get("ack") or (f"I hear your concern about {found['subject']}." if found.get("subject") else "")
    if not ack:
        return []
    facts = found["facts"]
    if found.get("denied") and not facts:
        return []  # a bare denial with nothing beside it: the support is what the sender has to say
    return [ack, *facts, "Can we talk about it?"]


def with_settled_defences(msg, chosen: tuple, generic: tuple) -> tuple:
    """This module's answer in place of the generic strategies (`generic`) only (strategies.py)."""
    from .supported_denials import denial_candidates  # its account keeps the jab beside the denial ("Don't look at me")

    if not any(s in chosen for s in (*generic, denial_candidates)):
        return chosen
    lines = settled_lines(msg)
    if not lines:
        return chosen
    from .reading import compose

    return (lambda m: [Candidate(compose(m, lines), ACKNOWLEDGE)],)
