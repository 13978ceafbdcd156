"""Owns short complaints and denials that name plain facts but were refused as naming no situation:

- "wasn't me, ask kyle" → "I don't think that was me. Kyle might know more.";
- "thanks for the invite to your party, saw it all on insta 🙃" → "I felt a bit left out when I saw
  your party on Insta. I'd love to be included next time.";
- "Whoever keeps eating my yoghurts has zero respect…" → "Someone keeps eating my yoghurts, and it's
  getting to me. Whoever it is, could you please ask me first?" (the verdict on them dropped);
- "I've been stood at this till for 15 minutes while you two chat…" → "I've been waiting at this
  till for 15 minutes. Could someone help me, please?";
- "We didn't 'exclude' you, Linda, the table only seats eight." → "Linda, I'm sorry you felt left
  out. The table only seats eight.";
- "Must be nice to X, Gary." → "Gary, it's been bothering me that you X. Can we talk about it?";
- "The bins weren't my week, so check the chart before…" → "I don't think the bins were my week.
  Could we check the chart together?"

Each shape keeps the event, object, time and names and drops the verdict, the sarcasm and the dare.
A message with nothing but an insult ("Whoever it is, you're disgusting", "Must be nice.") matches
none of them. `with_plain_refusals(msg, chosen)` is called from strategies._chosen.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate
from .reading import compose

_LEAD = r"^\W*(?:(?:oh|wow|gee|great|well|ok(?:ay)?|cool|nice|so|yeah)[\s,.!…]+)*"
_STOP = r"(?=\s*(?:[,.!?;:…🙃🙄😒]|$))"

# "wasn't me, ask kyle", "Not me mate, ask Dave, he had the keys last", "Don't look at me, ask Tom".
_NOT_ME = re.compile(_LEAD + r"(?:(?:that|it)\s+)?(?:wasn'?t|was\s+not|not|don'?t\s+look\s+at)\s+me(?:\s+(?:mate|love|pal|bro))?"
                     r"\s*[,.;!-]+\s*(?:go\s+|just\s+)?ask\s+(?P<who>(?:your\s+|my\s+|the\s+)?[A-Za-z]+)\s*"
                     r"(?:[,.;!-]+\s*(?:(?P<pron>he|she|they)\s+(?P<why>(?:had|has|was|were|did|used|took|borrowed|left)\b[^.!?]*?)))?[.!?]*\s*$", re.I)

# Sarcastic thanks for an invite the sender never got.
_INVITE = re.compile(_LEAD + r"(?:thanks|thank\s+(?:you|u)|cheers|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?\s+for\s+"
                     r"(?:the\s+invite|the\s+invitation|inviting\s+me|including\s+me|asking\s+me)\s+to\s+(?P<what>[^,.!?🙃🙄😒]+?)"
                     + _STOP, re.I)
_SARCASM = re.compile(r"🙃|🙄|😒|\boh\s+wait\b|\b(?:really|much)\s+appreciated\b|\bsaw\s+(?:it|the\s+whole\s+thing|everything)\b", re.I)
_SAW_ON = re.compile(r"\bsaw\s+(?:it|the\s+whole\s+thing|everything|the\s+photos|the\s+pics)(?:\s+all)?\s+on\s+"
                     r"(?P<where>insta(?:gram)?|facebook|fb|snap(?:chat)?|tiktok|whatsapp|twitter|the\s+group\s+chat)\b", re.I)
_SITES = {"insta": "Insta", "instagram": "Instagram", "facebook": "Facebook", "fb": "Facebook", "snap": "Snapchat",
          "snapchat": "Snapchat", "tiktok": "TikTok", "whatsapp": "WhatsApp", "twitter": "Twitter"}

# "Whoever keeps eating my yoghurts has zero respect…": the act up to where the verdict starts.
_WHOEVER = re.compile(r"^\W*whoever\s+(?P<act>(?:keeps\s+\w+ing|(?!is\b|was\b|it\b)\w+ed|took|left|ate|drank|stole|broke|"
                      r"put|threw|let|used|nicked|pinched|moved|borrowed)\b(?:[^,.!?]|\.(?=\d))*?)"
                      r"(?:\s+(?P<pred>(?:clearly|obviously|really|seriously|honestly|must|has|have|is|needs?|should|"
                      r"can|could|thinks?|made|let|i'?m|i've|ive|owes?|deserves?|wants?|needs?|ought|better)\b[^.!?]*)|\s*,\s*(?P<after>[^.!?]*))?"
                      r"(?:[.!?]+\s+(?P<more>.+?))?[.!?]*\s*$", re.I)
_MADE_ME = re.compile(r"^made\s+(?P<what>me\s+(?:late|miss)\b[^.!?]*)$", re.I)
_LET_OUT = re.compile(r"^let\s+(?P<who>(?:the|my|our)\s+(?:dog|cat|cats|dogs|chickens|puppy|kitten|rabbit))\s+out\s*$", re.I)
_MINE_TAKEN = re.compile(r"^(?:keeps\s+)?(?:eating|using|taking|drinking|borrowing|nicking|pinching|ate|used|took|drank|"
                         r"borrowed|nicked|pinched)\s+my\b", re.I)
_NEED_BACK = re.compile(r"^I\s+(?:need|want)\s+(?:it|them)\s+back(?P<when>\s+by\s+\w+(?:\s+\w+)?)?\s*[.!]*$", re.I)

# A customer kept waiting: the wait and where kept, the aside about the staff dropped.
_WAITING = re.compile(r"^\W*(?P<who>I've|I\s+have|we've|we\s+have)\s+been\s+(?:stood|standing|sat|sitting|waiting|queu(?:e)?ing)"
                      r"(?:\s+(?:here|around))?(?P<where>\s+(?:at|in|on|by|outside)\s+(?:this|the|your)\s+[a-z ]+?)?\s+for\s+"
                      r"(?P<long>(?:over\s+|nearly\s+|almost\s+)?(?:\d+|an?|one|two|three|four|five|ten|twenty|half\s+an)\s+"
                      r"(?:minutes?|mins?|hours?|hrs?))(?:\s+now)?\b", re.I)
_ON_HOLD = re.compile(r"^\W*(?P<who>I've|I\s+have|we've|we\s+have)\s+been\s+on\s+hold\s+for\s+(?P<long>(?:over\s+|nearly\s+)?"
                      r"(?:\d+|an?|one|two|three|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?))\b", re.I)

# "We didn't 'exclude' you, Linda, the table only seats eight."
_NOT_EXCLUDED = re.compile(r"^\W*(?i:we|I)\s+(?i:didn't|did\s+not)\s+[\"'‘“]?(?P<verb>(?i:exclude|leave|snub))[\"'’”]?\s+you(?:\s+out)?[\"'’”]?\s*[,.;-]+\s*"
                           r"(?:(?P<name>[A-Z][a-z]+)\s*[,.;-]+\s*)?(?P<why>[^.!?]+?)\s*[.!]*$")
# Only being left out: "I didn't ignore you, my phone died" is a lapse to own (take_responsibility), not this.
_FELT = {"exclud": "left out", "leav": "left out", "snub": "left out"}

# "Must be nice to turn up to Christmas empty-handed every year, Gary."
# Only with a name after it: without one, deadpan.py and own_hurt.py read "must be nice to X while I…",
# "must be nice to be asked for once".
_NICE = re.compile(r"^\W*(?i:it\s+)?(?i:must)\s+be\s+nice\s+to\s+(?P<act>[^,.!?]+?)\s*,\s*[A-Z][a-z]+\s*[.!?🙃🙄😒]*\s*$")
_NEVER_HAVE = re.compile(r"^never\s+have\s+to\s+(?:do\s+)?(?P<what>(?:the|any)\s+[^,.!?]+)$", re.I)

# "The bins weren't my week, so check the chart before you start having a go."
_NOT_MY_TURN = re.compile(r"^\W*(?P<thing>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?P<be>wasn't|weren't|was\s+not|were\s+not)\s+my\s+"
                          r"(?P<slot>week|turn|job|day)(?P<when>\s+(?:this|last)\s+week|\s+today|\s+yesterday)?\s*,?\s*so\s+"
                          r"(?:go\s+)?(?:check|read|look\s+at)\s+(?P<chart>(?:the|your)\s+(?:chart|rota|list|calendar|schedule|app))\b",
                          re.I)

_HIM = {"brother", "dad", "father", "son", "husband", "boyfriend", "uncle", "grandad"}
_HER = {"sister", "mum", "mom", "mother", "daughter", "wife", "girlfriend", "aunt", "nan", "gran"}
_BAD_REASON = re.compile(r"\b(?:you|your|u|ur)\b|\b(?:stop|get\s+over|grow\s+up|obviously|clearly|drama|overreact)", re.I)


def _not_me(text: str) -> list[str] | None:
    found = _NOT_ME.match(text)
    if not found:
        return None
    who = found.group("who")
    kin = re.match(r"(?:your|my|the)\s+(?P<kin>\w+)", who, re.I)
    who = who.lower() if kin else who[:1].upper() + who[1:]  # "ask kyle" → "Kyle"; "your brother" stays mid-sentence
    why, pron = found.group("why"), (found.group("pron") or "they").lower()
    them = {"he": "him", "she": "her"}.get(pron, "them")
    if kin and not found.group("pron"):  # "ask your brother": him, not "them"
        them = "him" if kin.group("kin").lower() in _HIM else "her" if kin.group("kin").lower() in _HER else them
    lead = who[:1].upper() + who[1:]
    if why and not _BAD_REASON.search(why):  # "he had the keys last": the reason to ask them kept
        return [["I don't remember doing that.", f"{lead} {why.strip()}, so {pron} might know more."],
                [f"{lead} {why.strip()}, so {pron} might know more about this.", f"Could you check with {them}?"]]
    # The bare denial still reads as defensive to the receiver, so the pointer to who knows comes first.
    return [["I don't remember doing that.", f"Could you check with {who}?"],
            [f"I think {who} might know more about this.", f"Could you check with {them}?"]]


def _invite(text: str) -> list[str] | None:
    found = _INVITE.match(text)
    if not found or not _SARCASM.search(text):
        return None
    what = found.group("what").strip()
    if re.search(r"\b(?:always|never|again)\b", what, re.I) or len(what.split()) > 8:
        return None
    saw = _SAW_ON.search(text)
    if saw:
        where = _SITES.get(saw.group("where").lower(), saw.group("where"))
        first = f"I felt a bit left out when I saw {what} on {where}."
    else:
        first = f"I felt a bit left out when I wasn't invited to {what}."
    return [first, "I'd love to be included next time."]


def _whoever(text: str) -> list[str] | None:
    found = _WHOEVER.match(text)
    if not found:
        return None
    act = re.sub(r"(\d)\.(\d\d)\b", r"\1:\2", re.sub(r"\s+", " ", found.group("act")).strip())  # "7.45" would be split as two sentences
    act = re.sub(r"\s+to\s+(?:rot|die|go\s+off|go\s+mouldy)$", "", act, flags=re.I)  # "left … to rot": the sneer
    if len(act.split()) < 3 or re.search(r"\b(?:always|never|again)\b", act, re.I):
        return None
    if re.search(r"\bsince\b", act, re.I) and not act.lower().startswith("keeps "):
        return None  # "left the pan in the sink since sunday": a state, not one act to tell as "Someone left…"
    habit = act.lower().startswith("keeps ")
    pred = (found.group("pred") or "").strip()
    made = _MADE_ME.match(pred)
    out = _LET_OUT.match(pred)  # "let the dog out": what followed, kept as what happened
    first = f"Someone {act}, and it made {made.group('what')}." if made else \
        f"Someone {act}, and {out.group('who')} got out." if out else f"Someone {act}."
    if habit:
        first = first[:-1] + ", and it's getting to me." if not made else first
    back = _NEED_BACK.match((found.group("after") or found.group("more") or "").strip())
    if back and not habit:
        ask = f"Whoever it was, could I have it back{back.group('when') or ''}, please?"
    elif _MINE_TAKEN.match(act):
        ask = "Whoever it is, could you please ask me first?" if habit else "Whoever it was, could you please ask me first next time?"
    else:
        ask = "Whoever it is, could you please stop?" if habit else "Whoever it was, could you please make sure it doesn't happen again?"
    return [first, ask]


def _waiting(text: str) -> list[str] | None:
    hold = _ON_HOLD.match(text)
    if hold:
        who = hold.group("who")
        who = who[:1].upper() + who[1:]
        return [f"{who} been on hold for {hold.group('long')}.",
                f"Could someone help {'us' if who.lower().startswith('we') else 'me'}, please?"]
    found = _WAITING.match(text)
    if not found:
        return None
    who = found.group("who")
    who = who[:1].upper() + who[1:]
    where = (found.group("where") or "").rstrip()
    doing = "" if "waiting" in where.lower() else " waiting"  # "in this waiting room": not "waiting in this waiting room"
    return [f"{who} been{doing}{where} for {found.group('long')}.",
            f"Could someone help {'us' if who.lower().startswith('we') else 'me'}, please?"]


def _not_excluded(text: str) -> list[str] | None:
    found = _NOT_EXCLUDED.match(text.strip())
    if not found:
        return None
    why = re.sub(r"^(?:and|but|because|cos|it's\s+just\s+that)\s+", "", found.group("why").strip(), flags=re.I)
    if _BAD_REASON.search(why) or len(why.split()) < 3:
        return None
    feeling = next(v for k, v in _FELT.items() if found.group("verb").lower().startswith(k))
    why = re.sub(r"\s+just\b", "", why)  # "there just wasn't room": "just" is what makes it an excuse
    said = f"{found.group('name')}, I'm sorry you felt {feeling}." if found.group("name") else f"I'm sorry you felt {feeling}."
    return [[said, why[:1].upper() + why[1:] + "."],
            [said, why[:1].upper() + why[1:] + ".", "I'd love to find a way to include you next time."]]


def _must_be_nice(text: str) -> list[str] | None:
    found = _NICE.match(text.strip())
    if not found:
        return None
    act = found.group("act").strip()
    never = _NEVER_HAVE.match(act)
    if never:
        return [f"I'd like us to share {never.group('what')} more evenly.", "Can we talk about it?"]
    if len(act.split()) < 3 or re.search(r"\b(?:always|never|have\s+no|not\s+care|while|whilst|when|I|me|I'm|someone\s+else)\b|"
                                         r"^(?:be|get|have\s+a\s+say)\b", act, re.I):
        return None
    act = re.sub(r"\byour\b", "your", act)
    return [f"It's been bothering me that you {act}.", "Can we talk about it?"]


def _not_my_turn(text: str) -> list[str] | None:
    found = _NOT_MY_TURN.match(text)
    if not found:
        return None
    thing = found.group("thing")
    if re.match(r"(?:it|this|that|which|what)\b", thing, re.I):
        return None
    thing = thing[:1].lower() + thing[1:]
    be = "were" if found.group("be").lower().startswith("were") else "was"
    return [f"I don't think {thing} {be} my {found.group('slot').lower()}{found.group('when') or ''}.",
            f"Could we check {found.group('chart').lower().replace('your ', 'the ')} together?"]


_READINGS = (_not_me, _invite, _whoever, _waiting, _not_excluded, _must_be_nice, _not_my_turn)


def plain_refusal_lines(msg) -> list[list[str]] | None:
    """The wordings (each a list of sentences) of the one shape that fits the whole message, or None."""
    text = msg.text.strip()
    found = next((lines for lines in (reading(text) for reading in _READINGS) if lines), None)
    if not found:
        return None
    options = found if isinstance(found[0], list) else [found]
    if msg.address:  # compose puts the address in front itself
        options = [[re.sub(r"^" + re.escape(msg.address) + r", (\w)", lambda m: m.group(1).upper(), o[0])] + o[1:]
                   for o in options]
    return options


def with_plain_refusals(msg, chosen: tuple) -> tuple:
    """Only this module's answer when the message is one of its shapes (strategies.py)."""
    options = plain_refusal_lines(msg)
    if not options:
        return chosen
    return (lambda m: [Candidate(compose(m, lines), I_STATEMENT) for lines in options],)


__all__ = ["plain_refusal_lines", "with_plain_refusals"]
