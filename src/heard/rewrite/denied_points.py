"""What the sender denies stays denied, never conceded or said back.

Applied to every candidate (wired into `_tidied` in strategies.py), so each strategy
benefits at once rather than one message shape:

- `without_framed_acts(msg, text)`: an act the message frames as the listener's exaggeration ("you're
  acting like I lied", "making it sound like I showed up wasted", "treating me like I went behind your
  back", "talking as if I ate the whole thing") is what the sender denies. It never comes back as the
  speaker's apology or admission ("I'm sorry I lied."), as a reflected accusation ("I hear that you
  feel I skipped your birthday on purpose"), or as the frame itself said back ("When you're making it
  sound like I showed up wasted, I feel let down"). Such a sentence is dropped; when the dropped
  sentence was the candidate's core (its feeling line) or only closing questions are left, the whole
  candidate goes (no suggestion beats one that concedes or still accuses).
- `guessed_cause(fact)`: "the previous tenant probably did it anyway" beside a brush-off → "I think the
  previous tenant did it" (kept by defence.py `_unbrushed`).
"""

from __future__ import annotations

import re


# "acting like I", "making it sound like I", "making out like I", "treating me like I", "talking as if I"
_FRAME = re.compile(
    r"\b(?:act(?:s|ing|ed)?|behav(?:e|es|ing)|treat(?:s|ing|ed)?\s+me|talk(?:s|ing)?|carry(?:ing)?\s+on|go(?:es|ing)\s+on|"
    r"mak(?:e|es|ing)\s+(?:it|this|that)\s+(?:sound|seem|look)|mak(?:e|es|ing)\s+(?:it\s+)?out|"
    r"mak(?:e|es|ing)\s+me\s+(?:sound|seem|look|out)|say(?:s|ing)?\s+it)\s+(?:like|as\s+if|as\s+though)\s+"
    r"(?:i|I)\s+(?P<act>[^.!?;,\n]+)", re.I)
# the frame said back in a candidate (any person): the accusation kept
_FRAME_SAID = re.compile(
    r"\b(?:acting|act|treating\s+me|talking|making\s+(?:it|this)\s+(?:sound|seem|look)|making\s+(?:it\s+)?out|"
    r"seems?\s+like\s+you\s+think|you\s+(?:feel|think|believe)\s+(?:that\s+)?)\s*(?:like|as\s+if|as\s+though)?\s+I\b", re.I)
_SMALL = {"the", "a", "an", "my", "your", "our", "his", "her", "their", "it", "on", "to", "from", "of", "in", "at",
          "you", "me", "was", "were", "am", "'m", "i", "and", "all", "whole", "ever", "just", "purpose", "like"}
_INTENT = re.compile(r"\s+(?:on\s+purpose|deliberately|intentionally)\b", re.I)
_QUESTION_ONLY = re.compile(r"^[^.!]*\?$")
# The frame as the listener's second act, after the one complained of ("when you turned up 40 minutes late for
# Ella's handover and then acted like I was the problem"): cut, the first act is still the sentence's own.
_FRAME_AFTER_ACT = re.compile(r",?\s+and\s+(?:then\s+)?"
                              r"(?:acted|treated\s+me|made\s+(?:it|out)|made\s+it\s+(?:sound|seem|look))"
                              r"\s+(?:like|as\s+if|as\s+though)\s+I\b[^.!?,;]*(?P<end>[.!?]?)$", re.I)


def framed_acts(text: str) -> list[str]:
    """The acts the message says the listener is making out the sender did: "lied", "showed up wasted"."""
    return [m.group("act").strip() for m in _FRAME.finditer(text or "") if len(m.group("act").split()) <= 10]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _admits(sentence: str, act: str) -> bool:
    """The sentence says the framed act as the speaker's own: "I'm sorry I lied", "I skipped your birthday
    on purpose". An act framed with its intent ("skipped X on purpose") may be owned without the intent:
    that is the part the sender does not deny ("I'm sorry I missed your birthday")."""
    core = _INTENT.sub("", act)
    intent = core != act
    words = [w for w in _words(core) if w not in _SMALL]
    head = _words(core)[:1]
    if not head:
        return False
    lower = sentence.lower()
    m = re.search(r"\bi\s+(?:\w+\s+){0,2}?" + re.escape(head[0]) + r"\b", lower)
    if not m:
        return False
    rest = lower[m.end():]
    if words and not all(w in _words(lower) for w in words):
        return False
    if intent:
        return bool(_INTENT.search(rest))
    return True


def without_framed_acts(msg, text: str) -> str:
    """The candidate less any sentence that concedes or echoes an act the message frames as exaggeration."""
    acts = framed_acts(getattr(msg, "text", ""))
    if not acts or not text:
        return text
    kept, core_lost = [], False
    for k, sentence in enumerate(_sentences(text)):
        sentence = _FRAME_AFTER_ACT.sub(r"\g<end>", sentence)  # "…late for the handover and then acted like I…"
        said_back = bool(_FRAME_SAID.search(sentence)) and any(
            all(w in _words(sentence) for w in [w for w in _words(_INTENT.sub("", a)) if w not in _SMALL][:2]) for a in acts)
        if said_back or any(_admits(sentence, act) for act in acts):
            if re.search(r"\b(?:I\s+feel|I\s+get|I\s+felt|when\s+you)\b", sentence, re.I) and not re.match(
                    r"^I\s+(?:hear|can\s+see|understand)\b", sentence, re.I):
                core_lost = True  # the feeling line was the accusation: nothing left to say it about
            continue
        kept.append(sentence)
    if core_lost or not kept or all(_QUESTION_ONLY.match(s) for s in kept):
        return ""
    kept = _owned_without_intent(kept, acts)
    if kept == _sentences(text):
        return text
    out = " ".join(kept)
    return out[0].upper() + out[1:]


# verbs that carry the intent the sender denies: owned without it, the act is a miss
_CHOSEN = re.compile(r"\b(?:skipped|bailed\s+on|ditched|blew\s+off|dodged)\b", re.I)


def _owned_without_intent(kept: list[str], acts: list[str]) -> list[str]:
    """"Stop acting like I skipped your birthday on purpose": owning the act is fine, the intent is what is
    denied, so the apology says "missed" and the denial of intent is kept ("It wasn't on purpose.")."""
    for act in acts:
        core = _INTENT.sub("", act)
        if core == act:
            continue
        for k, sentence in enumerate(kept):
            if re.match(r"^I'm\s+sorry\b", sentence) and _admits(sentence, core):
                kept = kept[:k] + [_CHOSEN.sub("missed", sentence)] + (
                    [] if any(re.search(r"\bon\s+purpose\b", s, re.I) for s in kept) else ["It wasn't on purpose."]) + kept[k + 1:]
                return kept
    return kept


# "the previous tenant probably did it anyway": beside a brush-off, a guess at another cause is the
# sender's own point (said as a possibility, not a jab), kept as "I think …" (defence.py `_unbrushed`)
_GUESS = re.compile(r"^(?P<before>.+?)\s+(?:probably|possibly|maybe|most\s+likely)\s+(?P<after>.+?)(?:\s+anyway|\s+tbh|\s+though)?\W*$", re.I)


def guessed_cause(fact: str) -> str | None:
    """"the previous tenant probably did it anyway" → "I think the previous tenant did it"; None for
    anything not said as a guess, or a guess about the listener ("you probably…" is a counter-claim)."""
    found = _GUESS.match(fact.strip())
    if not found or re.search(r"\b(?:you|your|u|ur)\b", fact, re.I) or re.match(r"^(?:I|I'm|I've)\b", fact):
        return None
    before = found.group("before")
    return f"I think {before[0].lower() + before[1:] if not before.startswith('I ') else before} {found.group('after')}"
