"""Owns fitting the amends and the excuse to the act a defence is about, and the suggestion that leads.

- The act decides the amends: a missed meeting is caught up on ("I'll catch up on what I missed"),
  not worded more carefully because the message happens to say "said"; a delay that was a third
  party's ("the van turned up at noon", "my bank froze my card") is reported as soon as it's known
  ("I'll let you know straight away if it happens again"), not promised away as the speaker's own
  slipping work. `lapse_words` gives amends.py the words for these (lexicon.AMENDS holds the lines).
- The apology comes before any reason: a bare "I'm sorry, and I can see this affected you. The rent was
  late." takes the lapse into the apology; a reason weighed against the listener's upset ("I work 50
  hours a week and you're upset I forgot…?") is not said after it (it still says "you shouldn't mind").
  Joining the reason in front ("I work 50 hours a week, and I'm sorry…") was tried and dropped: it put
  the excuse before taking responsibility.
- After an apology for the speaker's own act, a generic "Could we sort this out together?" hands the
  work back: the amends that fits the act closes instead.
- Which suggestion leads: a counter-attack used as a defence ("maybe if you'd told me…") is answered
  by owning the act, not by an "I" statement about the listener's part; a fault denied for a third
  party's delay ("not my fault the van was late") is acknowledged first, not owned.
"""

from __future__ import annotations

import re

from .own_requests import sentences_of

# Things and trades whose delay is someone else's: the speaker waited on them too.
_THIRD_PARTIES = {"van", "delivery", "deliveries", "courier", "parcel", "package", "plumber", "builder", "builders",
                  "electrician", "engineer", "technician", "movers", "removals", "contractor", "landlord", "post",
                  "mail", "shipment", "supplier", "caterer", "caterers", "installer", "locksmith", "mechanic"}
# What is missed that can be caught up on (not a call, a bus, a deadline: those have their own amends).
_MEETINGS = {"standup", "stand-up", "meeting", "class", "lecture", "session", "briefing", "call", "huddle",
             "sync", "seminar", "workshop", "catchup", "catch-up", "training", "assembly", "review", "retro",
             "rehearsal", "practice", "appointment", "presentation", "demo", "webinar", "check-in"}
_PHONED = {"call"}  # "missed your call" is a phone call: the text-back amends fit it (amends.py)
_SPEAKER = {"i", "we"}
MISSED = "_missed"  # the word a missed meeting stands for in AMENDS
OUTSIDE = "_outside"  # the word a third party's delay stands for in AMENDS


def _subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def lapse_words(clauses) -> set:
    """MISSED for "I missed the standup", OUTSIDE for a delay a third party caused."""
    found = set()
    tokens = [t for c in clauses for t in c.tokens]
    for tok in tokens:
        if tok.lemma_.lower() == "miss" and tok.pos_ == "VERB":
            subject, obj = _subject(tok), next((c for c in tok.children if c.dep_ == "dobj"), None)
            if subject is not None and subject.lower_ in _SPEAKER and obj is not None \
                    and obj.lemma_.lower() in _MEETINGS - _PHONED \
                    and not any(c.lower_ in ("your", "my") for c in obj.children):  # "your recital": a letdown, not notes
                found.add(MISSED)
        if tok.lower_ in ("late", "delayed", "overdue"):
            head = tok.head if tok.dep_ in ("acomp", "advmod", "oprd", "xcomp", "attr") else tok
            # any subject: "Not my fault the van was late" parses "fault" as a second subject of "was"
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _THIRD_PARTIES for c in head.children):
                found.add(OUTSIDE)
    return found


# --- the leading suggestion -------------------------------------------------------------------------

def first_choice(message, labels, orders, acknowledge, responsibility, i_statement):
    """The strategy order for `message`: `orders` is engine._FIRST_CHOICE."""
    flagged = getattr(message, "flagged", labels) or labels
    if "defensive" in flagged and any("counter_attack" in (c.cues or ()) for c in message.clauses) \
            and any(c.role in ("fact", "own") and _speaker_act(c) for c in message.clauses):
        # "maybe if you'd told me…, I wouldn't have…": own the act first; an "I" statement about the
        # listener's part is the counter-attack again, so it goes last
        return (*[s for s in orders["defensive"] if s != i_statement], i_statement)
    # a defence the model is far surer of than of the jab beside it ("it's a B in chemistry, not a crime. Stop
    # acting like I've ruined the family", 1.00 and 0.51) is answered as a defence first
    leaning = getattr(message, "leaning", "")
    order = orders["blaming" if "blaming" in labels and leaning != "defensive" else "defensive"]
    denials = [c for c in message.clauses if c.role == "denial"]
    if denials and OUTSIDE in lapse_words(denials) and acknowledge in order and responsibility in order:
        rest = [s for s in order if s != acknowledge]
        return (acknowledge, *rest)  # "not my fault the van was late": their delay, acknowledged, not owned
    return order


def _speaker_act(clause) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and (s := _subject(t)) is not None and s.lower_ in _SPEAKER
               for t in clause.tokens)


# --- joining a kept excuse, and the closing after an owned apology ----------------------------------

_BARE = re.compile(r"^I'm (?:so |really )?sorry, and (?P<tail>[^.!?]*)\.$")
# (the subject at most three words: "The mechanic said the fault was already there" is no lapse)
_LAPSE = re.compile(r"^(?:The|My|Our) [\w'-]+(?: [\w'-]+){0,2} (?:was|were|got|went) [^.!?,]{1,40}\.$")


# "I work 50 hours a week and you're upset I forgot the milk?": the reason is weighed against the
# listener's upset, so after the apology it still says "you shouldn't mind".
_WEIGHED = re.compile(r"\band (?:you're|you are|ur) (?:upset|cross|annoyed|angry|mad|moaning|complaining)\b[^.!?]*\bI\b", re.I)
_OWN_APOLOGY = re.compile(r"^I'm (?:so |really )?sorry I\b")


def joined_excuse(msg, text: str) -> str:
    """"I'm sorry, and I can see this affected you. The rent was late." → "I'm sorry the rent was late, and
    I can see this affected you." An excuse is not joined in front of its apology ("I was stuck in
    traffic, and I'm sorry I kept you waiting"): the guidance puts taking responsibility first; and a reason
    weighed against the listener's upset ("I work 50 hours a week and you're upset I forgot…?") goes."""
    parts = sentences_of(text)
    said = _said(msg)
    for k in range(len(parts) - 1):
        bare = _BARE.match(parts[k])
        if bare and _LAPSE.match(parts[k + 1]) and _norm(parts[k + 1]) in said:
            lapse = parts[k + 1][0].lower() + parts[k + 1][1:-1]
            parts[k:k + 2] = [f"I'm sorry {lapse}, and {bare.group('tail')}."]
            break
    if _WEIGHED.search(msg.text):  # the weighed reason goes: the apology stands on its own
        parts = [p for k, p in enumerate(parts) if not (k and _OWN_APOLOGY.match(parts[k - 1]) and p.startswith("I ")
                                                          and p.endswith(".") and _norm(p) in said)]
    return " ".join(parts)


def _norm(sentence: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", sentence.lower()).strip()


def _said(msg) -> str:
    """The message as plain lowercase words, to check a sentence is the sender's own."""
    return " " + re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", msg.text.lower().replace("'", ""))) + " "


_OWNED = re.compile(r"(?:^|\. |, and )I'm (?:so |really )?sorry (?:that )?I (?P<act>(?!know\b|hear\b|feel\b|see\b)[^.!?,]+)")
# Past forms the amends keys name by their base ("I forgot" is "forget").
_BASE = {"forgot": "forget", "forgotten": "forget", "missed": "miss", "said": "say", "told": "tell", "paid": "pay",
         "sent": "send", "called": "call", "texted": "text", "replied": "reply", "spent": "spend"}


def owned_closing(msg, text: str) -> str:
    """After "I'm sorry I forgot to buy milk.", the amends for the act closes, not "Could we sort this
    out together?" (which hands the mending back to the listener)."""
    from .closings import GENERIC
    parts = sentences_of(text)
    from .lexicon import AMENDS
    if len(parts) < 2:
        return text
    promised = parts[-1] in {line for _, line in AMENDS}  # an amends chosen from the message's other words
    owned = _OWNED.search(" ".join(parts[:-1])) if len(parts) >= 2 and (parts[-1] in GENERIC or promised) else None
    if owned is None:
        return text
    act = _act_amends(owned.group("act"))  # the act apologised for decides first
    if promised:  # "I'm sorry I forgot to take the bins out. … When I'm that stretched, I'll say so early."
        return " ".join([*parts[:-1], act]) if act and act not in text else text
    amends = act  # not amends_for(msg): "I'm sorry I lied" got "I'll be more careful about how I say things"
    if not amends or amends.endswith("?") or any(amends[:20] in p for p in parts) or amends.startswith(("Tell me", "Let me know", "What")):
        return text  # a question or the catch-all: the generic closing says as much
    return " ".join([*parts[:-1], amends])


def _act_amends(act: str) -> str | None:
    """The amends whose words the apologised act names ("forgot to buy milk" → a reminder), or None."""
    from .lexicon import AMENDS
    # the verb decides ("forgot", "was rude"), not a noun beside it: "missed your recital" is no forgetting
    verb = [w.strip("'").lower() for w in re.findall(r"[\w']+", act)][:2]
    words = set(verb if verb and verb[0] in ("was", "were", "got", "am") else verb[:1])
    words |= {_BASE[w] for w in words if w in _BASE}
    return next((line for keys, line in AMENDS if words & set(keys)), None)


# The listener's complaint, quoted: "Your review said the staff were rude", "The complaint says the room
# wasn't clean", "your email said I was rude on the phone". A defence of it must first acknowledge it.
_QUOTED = re.compile(r"\b(?:your|the|their|her|his) (?:review|email|e-mail|complaint|message|comment|feedback|post|"
                     r"note|text|letter)s? (?:said|says|claimed|claims) (?:that )?(?P<who>I|we|the [a-z]+|our [a-z]+|my [a-z]+) "
                     r"(?P<be>was|were|is|are|wasn't|weren't|isn't|aren't) (?P<what>[a-z][a-z ]{1,30}?)(?=[.!?,;]|$)", re.I)
_GENERIC_OPENER = re.compile(r"^(?:I hear how upset you are|I can see this really upset you|I can see you're upset|"
                             r"I hear you, and I'm sorry for how this went|I'm sorry, and I can see this affected you)\. ")


def acknowledged_complaint(msg, text: str) -> str:
    """"I hear how upset you are. I was the only one on shift…" → "I'm sorry the staff came across as
    rude. I was the only one on shift…": the complaint is named, as their experience, not conceded
    as a verdict (a negative stays a fact: "I'm sorry the room wasn't clean")."""
    quoted = _QUOTED.search(msg.text)
    opener = _GENERIC_OPENER.match(text)
    if not quoted or not opener or quoted.group("what").split()[0].lower() in text.lower():
        return text
    who, be, what = quoted.group("who"), quoted.group("be").lower(), quoted.group("what").strip()
    who = who if who == "I" else who[0].lower() + who[1:]
    if "n't" in be:
        line = f"I'm sorry {who} {'was' if be.startswith('was') or who == 'I' else 'were'}n't {what}"
    else:
        line = f"I'm sorry {who} came across as {what}"
    return f"{line}. {text[opener.end():]}"
