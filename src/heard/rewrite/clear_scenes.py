"""Owns sarcastic, "typical X" and counter-attacking messages whose event is plain to see:

- "wow thanks for the heads up that you weren't coming to the rehearsal" → "I was thrown when I found
  out you weren't coming to the rehearsal. Could you give me a heads-up next time?";
- "great, so glad you RSVP'd for me without asking" → "I was upset that you RSVP'd for me without
  asking. Could you check with me first next time?";
- "Typical Jess, late to her own birthday dinner 🙄" → "Jess, I was a bit let down when you were late
  to your own birthday dinner. Is everything OK?";
- "You're the one who wanted a dog, so don't act like walking her is my job now." → "I'd like us to
  share walking her. Could we work out a rota?";
- "oh great, another "urgent" meeting at 4:55 on a Friday. love that for us, Kevin." → "Kevin, a meeting
  at 4:55 on a Friday is hard for me. Could we find a better time for it?"

These were left with "names no situation": the sarcasm's object is the situation, the "typical"
verdict and the counter-attack ("you're the one who wanted…") are dropped, and the sender's need
becomes the request. A message with no event ("typical", "wow. just wow.") gets nothing here.
`clear_scene_lines(msg)` is a whole-message reading (strategies.py lists it last); None otherwise.
"""

from __future__ import annotations

import re

from .inflect import lemma_of, past
from .message import Message

# Trailing sarcasm, emoji and punctuation: said around the event, not part of it.
_TAIL = re.compile(r"(?:[\s,.;:!?-]+(?:really|so|super|very)?\s*(?:appreciated|appreciate\s+it|helpful|thoughtful|"
                   r"considerate|nice|great|love\s+it|cheers|thanks|lol|smh|not|now|again))*[\W_]*$", re.I)
_LEAD = r"^\W*(?:(?:wow|oh|gee|great|well|ok(?:ay)?|cool|nice|wonderful|brilliant|fantastic)[\s,.!…]+)*"
_THANKS = r"(?:thanks|thank\s+(?:you|u)|cheers|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+bunch)?\s+for\s+"
_TOLD_LATE = re.compile(_LEAD + _THANKS + r"(?:the\s+(?:heads[\s-]?up|warning|notice)|letting\s+(?:me|us)\s+know|"
                        r"telling\s+(?:me|us)|warning\s+(?:me|us))\s+(?:that\s+)?(?P<what>.+)$", re.I)
_GLAD = re.compile(_LEAD + r"(?:(?:i'm\s+|i\s+am\s+)?(?:(?:so|really)\s+)?(?:glad|nice|great|lovely|good\s+to\s+know)\s+"
                   r"(?:that\s+)?|(?:i\s+)?(?:love|loving)\s+(?:that|how)\s+)(?P<what>(?:you|u)\s+.+)$", re.I)
# "love you missed our dinner" is "Love, you…": only "love that/how you…" is the sarcastic praise.
# A full stop after the name ("Typical Ryan. Promised you'd…") starts a sentence of its own, which
# other readings take whole; only a comma, colon or dash joins the verdict to its event.
_TYPICAL = re.compile(r"^\W*(?i:so\s+)?(?i:typical|classic)(?i:\s+of)?\s+(?P<who>(?i:you|u)|[A-Z][a-z]+)\s*[,:;!-]+\s*"
                      r"(?P<what>.+)$")
_NOT_MY_JOB = re.compile(r"^\W*(?:(?:you(?:'re|\s+are|\s+were)|ur|u\s+r)\s+the\s+one\s+who\s+(?P<why>[^,.;!?]+?)"
                         r"\s*[,.;!]*\s+(?:so\s+)?)?(?:don't|dont|do\s+not)\s+(?:act|pretend|make\s+out)\s+"
                         r"(?:like|as\s+if|that)?\s*(?P<chore>[^,.;!?]+?)\s+(?:is|are)\s+(?:all\s+|suddenly\s+)?"
                         r"(?:my\s+(?:job|problem|responsibility|thing)|on\s+me|down\s+to\s+me)(?:\s+now)?\s*$", re.I)
# Absolutes and repeats dropped from the kept event (the guidance: drop the absolutes).
_ABSOLUTE = re.compile(r"\s*\b(?:again|as\s+usual|as\s+always|always|once\s+again|yet\s+again)\b", re.I)
_SUBJECT = re.compile(r"^(?:you|u|your|he|she|they|we|it|i|my|our|the|his|her|their|[A-Z][a-z]+)\b")
_THIRD = {"her": "your", "his": "your", "him": "you", "she": "you", "he": "you", "herself": "yourself",
          "himself": "yourself", "u": "you", "ur": "your"}
# "Thanks for telling me it bothered you" is real thanks: the listener's feeling is no event to complain of.
_THEIR_FEELING = re.compile(r"\b(?:bothered|upset|hurt|annoyed|worried)\s+(?:you|u)\b|\b(?:you|u)\s+(?:felt|feel|were\s+upset)\b", re.I)
# What marks thanks or praise as sarcastic when the model does not read it as blame.
_MOCKING = re.compile(r"🙃|🙄|😒|^\W*(?:wow|gee|oh\s+great|great)\b|\b(?:really|much)\s+appreciated\b|"
                      r"\b(?:super|so|very)\s+helpful\b|\breally\s+thoughtful\b", re.I)
# "so glad you finally showed up": praise of what the speaker wanted, the complaint lies elsewhere.
_GRANTED = re.compile(r"\b(?:decided\s+to|finally|bothered\s+to|managed\s+to|made\s+it|(?:show|showed|turned)\s+up|"
                      r"joined|came|could\s+make\s+it)\b|,\s*only\b", re.I)
_STATES = ("late", "early", "absent", "missing", "nowhere")


def _clean(text: str) -> str:
    return _TAIL.sub("", text.strip()).strip()


def _event(what: str) -> str | None:
    """The event as kept: no absolutes, "u" spelled out; None when it is too short to be an event, or
    when more sentences follow ("…you'd be late... oh wait, you didn't": other readings take those whole)."""
    if re.search(r"[.!?…;]\s*\w", what) or _THEIR_FEELING.search(what):
        return None
    if re.search(r"\bnot\s+even\b", what, re.I):
        return None  # "late and not even sorry": the jab is the point, and sarcasm.py reads it
    what = re.sub(r"\bu\b", "you", _ABSOLUTE.sub("", what)).strip(" ,")
    # Scare quotes ("you \"circled back\"") and "even" ("without even asking") are the sneer, not the event.
    what = re.sub(r"\s*\beven\b", "", re.sub(r"[\"“”]", "", what))
    return what if len(what.split()) >= 2 and re.search(r"[a-z]{3}", what) else None


def _told_late(msg: Message, text: str) -> list[str] | None:
    found = _TOLD_LATE.match(text) if msg.blaming or _MOCKING.search(msg.text) else None  # plain thanks may be meant
    what = _event(found.group("what")) if found else None
    if not what or not (_SUBJECT.match(what) or what.lower().startswith("about ")):
        return None
    return [f"I was thrown when I found out {what}.", "Could you give me a heads-up next time?"]


def _glad(msg: Message, text: str) -> list[str] | None:
    found = _GLAD.match(text) if msg.blaming or _MOCKING.search(msg.text) else None
    what = _event(found.group("what")) if found else None
    if not what:
        return None
    if _GRANTED.search(what):
        return None  # "glad u decided to show up, only 25 mins late": the praised act is wanted; sarcasm.py reads it
    verb = what.split()[1].lower()
    done = verb.endswith(("ed", "'d")) or verb in ("had", "did") or any(
        t.lower_ == verb and t.tag_ == "VBD" for t in msg.doc)  # "so glad you RSVP'd": a past act, not a habit
    if not done:
        return None
    ask = "Could you check with me first next time?" if re.search(r"\bwithout\s+(?:asking|checking|telling)\b", what, re.I) \
        else "Can we talk about it?"
    return [f"I was upset that {what}.", ask]


def _typical(msg: Message, text: str) -> list[str] | None:
    found = _TYPICAL.match(text)
    if not found or re.search(r"\b(?:always|never|every\s*time)\b", found.group("what"), re.I):
        return None  # "typical Sam, always late": a habit, not one event to keep
    # "forgetting our anniversary but somehow knowing the fixture list by heart": the event is before the "but"
    what = re.sub(r",?\s+but\s+(?:somehow|still|then|yet|always|never)\b.*$", "", found.group("what"), flags=re.I)
    who, what = found.group("who"), _event(what)
    if not what:
        return None
    first = what.split()[0]
    token = next((t for t in msg.doc if t.idx >= found.start("what") and t.lower_ == first.lower()), None)
    if first.lower() in _STATES:
        act = f"were {what}"
    elif token is not None and token.tag_ == "VBG":  # "cancelling on me…" → "cancelled on me…"
        done = past(lemma_of(token))
        if first.lower().endswith("lling") and done.endswith("led") and not done.endswith("lled"):
            done = done[:-3] + "lled"  # "cancelling" is British: "cancelled", not "canceled"
        act = f"{done} {what.split(None, 1)[1]}" if " " in what else None
    elif token is not None and token.tag_ in ("VBD", "VBN"):
        act = what
    else:
        return None
    if act is None:
        return None
    to_them = who.lower() in ("you", "u") or msg.address == who
    if to_them:  # said to them: "her own birthday dinner" → "your own birthday dinner"
        act = re.sub(r"\b(?:her|his|him|she|he|herself|himself)\b", lambda m: _THIRD[m.group(0).lower()], act, flags=re.I)
        scene = f"you {act}"
    else:
        scene = f"{who} {act.replace('were ', 'was ', 1) if act.startswith('were ') else act}"
    # "leaving Dad's visits to me": the load left to the speaker; sharing it is the ask, not "Is everything OK?"
    ask = "Could we share this more evenly?" if re.search(r"\b(?:left|leaving)\b.*\bto me\b", scene) else "Is everything OK?"
    return [f"I was a bit let down when {scene}.", ask]


def _not_my_job(text: str) -> list[str] | None:
    found = _NOT_MY_JOB.match(text)
    if not found:
        return None
    chore = re.sub(r"^(?:the\s+fact\s+that\s+)", "", found.group("chore").strip(), flags=re.I)
    why = found.group("why") or ""
    wanted = re.match(r"(?:wanted|bought|got|picked|chose|insisted\s+on)\s+(?P<thing>(?:the|a|an|this|that)\s+.+)$", why, re.I)
    if wanted and re.search(r"\bit\b", chore):  # "mowing it" after "wanted the big garden" → "mowing the big garden"
        thing = re.sub(r"^(?:a|an|this|that)\s+", "the ", wanted.group("thing"), flags=re.I)
        chore = re.sub(r"\bit\b", thing, chore, count=1)
    if len(chore.split()) > 8 or re.match(r"(?:you|i|we|he|she|they|it|this|that)\b", chore, re.I):
        return None  # "don't act like it is my job": nothing named to share
    chore = re.sub(r"\bu\b", "you", chore)
    return [f"I'd like us to share {chore}.", "Could we work out a rota?"]


# "oh great, another "urgent" meeting at 4:55 on a Friday. love that for us": a sarcastic welcome for a
# thing that keeps coming. Said plainly, the thing and its time are kept, the welcome and the scare quotes left.
_ANOTHER = re.compile(r"^\W*(?:oh\W+)?(?:great|brilliant|fantastic|wonderful|perfect|lovely|amazing|cool|yay|awesome)\W+"
                      r"another\s+(?P<what>[^.!?;]+?)\s*(?:[.!?;]+|$)", re.I)
# What someone arranges and so could arrange otherwise: the thing the plain line asks about.
_ARRANGED = re.compile(r"\b(?:meeting|call|shift|deadline|email|change|rehearsal|training|practice|session|class|"
                       r"appointment|briefing|review|stand-?up|presentation|assignment|task|request|booking|trip|"
                       r"visit|dinner|event|drill|inspection|report)s?\b", re.I)
_WHEN_WORDS = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|evening|"
                         r"night|midnight|lunch(?:time)?)\b", re.I)


def _another(msg: Message, text: str) -> list[str] | None:
    found = _ANOTHER.match(text)
    if not found:
        return None
    rest = text[found.end():]
    if msg.address:
        rest = re.sub(rf"\b{re.escape(msg.address)}\b", "", rest)
    if len(rest.split()) > 6 or re.search(r"\b(?:you|u|your|ur|I|me|my)\b", rest):
        return None  # more said after it: other readings take the message whole
    start = msg.doc.text.find(found.group("what"))  # `text` is cleaned: its offsets are not the parse's
    end = start + len(found.group("what"))
    if start < 0 or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in msg.doc if start <= t.idx < end) \
            or re.search(r"\b(?:where|when|that|which|who|from|by)\b", found.group("what"), re.I):
        return None  # "another group project where I do everything": a complaint with its own clause
    what = re.sub(r"\s*[\"“”]\w+[\"“”]", "", found.group("what")).strip()  # "urgent" in scare quotes is the sneer
    if len(what.split()) < 3 or not _ARRANGED.search(what):
        return None  # "great, another Monday", "another parking ticket": nothing the listener arranged
    article = "An" if what[:1].lower() in "aeiou" else "A"
    ask = "Could we find a better time for it?" if _WHEN_WORDS.search(what) else "Can we talk about it?"
    return [f"{article} {what} is hard for me.", ask]


def clear_scene_lines(msg: Message) -> list[str] | None:
    """The lines for a sarcastic, "typical X" or "not my job" message with a plain event, or None."""
    if not msg.blaming and not msg.defensive:
        return None
    text = _clean(msg.text)
    if len(re.findall(r"\b[A-Z]{2,}\b", text)) * 2 > len(text.split()):  # shouted: "THANKS FOR TELLING ME…", not "RSVP'd"
        text = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group(0) if m.group(0) in ("OK", "TV") else m.group(0).lower(), text)
    return _told_late(msg, text) or _glad(msg, text) or _typical(msg, text) or _not_my_job(text) \
        or _another(msg, text) or None


__all__ = ["clear_scene_lines"]
