"""Owns the sarcasm, assumed intent, absolutes and insults a blaming message wraps round its event,
so that the rewrite keeps the plain event and drops the jab:

- whole readings (`residue_lines`, listed first among strategies.py's whole readings):
  "Nice of you to skip standup again. Do you even care that we waited 20 minutes?" → "I felt
  frustrated when you skipped standup. We waited 20 minutes. Can we talk about it?";
  "Fine, I'll stop cooking since apparently using the good pan is a crime." → "I felt criticised
  for using the good pan, and it makes me want to stop cooking. Can we talk about it?";
  "Of course you forgot X. Why would I expect anything else?" → "I felt let down when you forgot X.";
  "Coach, Leo sat out the second half again… Everyone can see the favouritism." → the event, no verdict.
- a last tidy of every candidate (`without_sarcasm_residue`): a sarcastic tag (", super thoughtful"),
  "could you ever…", "it seems like you don't care", "why I expected anything else", "apparently … is a
  crime", "lmao", "uninstall", "everyone can see…" are dropped or the candidate is given up when the jab
  is all that is left; "you couldn't return a single serve" (blame plus an absolute) is given up.
"""

from __future__ import annotations

import re

from .inflect import past
from .message import Message

_END = r"[\s.!?…🙄🙃😒👍👏]*$"
# "Fine, I'll stop X since apparently Y is a crime": a martyr stance round a criticism felt.
_CRIME = re.compile(r"^\W*(?:fine|ok(?:ay)?|alright|right|well)?[\s,.!]*(?:then\s+)?i(?:'ll|\s+will)\s+(?:just\s+)?stop\s+"
                    r"(?P<act>\w+ing\b[^,.;!?]*?)(?:\s+then)?\s*,?\s+(?:since|because|as|cos|cause)\s+apparently\s+"
                    r"(?P<fault>\w+ing\b[^,.;!?]*?)\s+is\s+(?:a\s+(?:crime|sin|felony|capital\s+offence)|illegal|"
                    r"unforgivable)(?:\s+now)?" + _END, re.I)
# "Nice of you to X (again). Do you even care that Y?": sarcastic praise, then assumed intent.
_NICE_OF = re.compile(r"^\W*(?:wow,?\s+)?(?:(?:so|very|really)\s+)?(?:nice|great|lovely|good|kind|sweet|thoughtful)\s+of\s+"
                      r"(?:you|u)\s+to\s+(?P<act>[^.!?]+?)(?:\s+(?:again|as\s+usual|once\s+again|yet\s+again))?[\s.!]+"
                      r"(?:do|did)\s+(?:you|u)\s+even\s+(?:care|notice|realise|realize|know)\s+(?:that\s+)?"
                      r"(?P<cost>[^?!.]+?)" + _END, re.I)
# "Of course you forgot X. Why would I expect anything else (from you)?": contempt round the event.
_OF_COURSE = re.compile(r"^\W*(?:of\s+course|naturally|obviously|classic)\s*,?\s+(?P<act>(?:you|u)\s+[^.!?]+?)"
                        r"(?:\s+(?:again|as\s+usual|once\s+again))?[\s.!]+(?:why\s+would\s+i\s+(?:ever\s+)?expect|"
                        r"what\s+else\s+(?:would|should|could|did)\s+i\s+expect|why\s+am\s+i\s+(?:even\s+)?surprised|"
                        r"i\s+don't\s+know\s+why\s+i\s+expected)[^.!?]*" + _END, re.I)
# A last sentence that is a verdict said to be everyone's: "Everyone can see the favouritism."
# Only a verdict of unfairness: "Everyone can see you're exhausted" is care, not a jab.
_EVERYONE = re.compile(r"(?:^|(?<=[.!?]))\s*(?:everyone|everybody|we\s+all|the\s+whole\s+\w+)\s+(?:can\s+see|sees|knows|"
                       r"has\s+noticed|notices|can\s+tell)\s+(?:(?:the|your)\s+(?:obvious\s+)?(?:favou?ritism|bias|"
                       r"double\s+standards?|hypocrisy|unfairness)|(?:who|that)\s+(?:your|the)\s+favou?rites?\b[^.!?]*|"
                       r"(?:you|u)\s+(?:play|have)\s+favou?rites)[.!?]*\s*$", re.I)
_AGAIN = re.compile(r"\s*\b(?:again|as\s+usual|once\s+again|yet\s+again|always)\b", re.I)
# "sat out the whole second half" → "the second half"; "sat on the bench the whole match" keeps its "whole".
_WHOLE = re.compile(r"(?:(?<=\bfor\s)|(?<=\bout\s)|(?<=\bduring\s)|(?<=\bin\s))the\s+(?:whole|entire)\s+(?=(?:first|second|last)?\s*(?:half|match|game|round|night|day|"
                    r"weekend|evening|meeting|trip|season|shift|set|final|race|party|holiday)\b)", re.I)
_YOU = {"u": "you", "ur": "your"}
# Chat-speak verbs with no past of their own.
_VERBED = {"afk": "went AFK", "ghost": "ghosted", "bail": "bailed"}


def _you(text: str) -> str:
    return re.sub(r"\b(u|ur)\b", lambda m: _YOU[m.group(1).lower()], text)


def _past_act(act: str) -> str:
    """"skip the team standup" → "skipped the team standup"."""
    head, _, rest = act.strip().partition(" ")
    verb = _VERBED.get(head.lower()) or past(head.lower())
    return f"{verb} {rest}".strip()


def _plain(text: str) -> str:
    return _WHOLE.sub("the ", _AGAIN.sub("", text)).strip()


def residue_lines(msg: Message) -> list[str]:
    """The sentences for a message whose jab is wrapped round a plain event, or an empty list."""
    text = msg.text.strip()
    m = _CRIME.match(text)
    if m:
        return [f"I felt criticised for {_plain(m['fault'])}, and it makes me want to stop {_plain(m['act'])}.",
                "Can we talk about it?"]
    m = _NICE_OF.match(text)
    if m and not re.search(r"\byou\b", m["cost"], re.I):
        cost = _plain(_you(m["cost"]))
        return [f"I felt frustrated when you {_plain(_past_act(_you(m['act'])))}.", cost[:1].upper() + cost[1:] + ".",
                "Can we talk about it?"]
    m = _OF_COURSE.match(text)
    if m:
        return [f"I felt let down when {_plain(_you(m['act']))}.", "Can we talk about it?"]
    return _everyone_lines(msg)


def _everyone_lines(msg: Message) -> list[str]:
    """"Leo sat out the second half while your mate's kid played 40 minutes. Everyone can see the
    favouritism." → the event told as the speaker's upset, the verdict left out."""
    text = msg.text.strip()
    m = _EVERYONE.search(text)
    if not m or m.start() == 0:
        return []
    rest = text[:m.start()].strip()
    if msg.address:  # "Coach, …": compose puts the address back
        rest = re.sub(r"^\W*" + re.escape(msg.address) + r"\s*[,:-]\s*", "", rest)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", rest) if s.strip()]
    if len(sentences) != 1 or re.search(r"\?|\b(?:you|u)\s+(?:always|never)\b", rest, re.I):
        return []
    event = _plain(sentences[0].rstrip(".!… "))
    if not re.match(r"^(?:[A-Z][a-z]+|my|our|the|you|your)\b", event) or len(event.split()) < 4:
        return []
    if re.match(r"^(?:My|Our|The|You|Your)\b", event):
        event = event[0].lower() + event[1:]
    return [f"I was upset that {event}.", "Can we talk about it?"]


# --- the last tidy of every candidate -------------------------------------------------------------

# ", super thoughtful", ", really great friend", ", so considerate": a sarcastic tag on the event.
_TAG = re.compile(r"\s*,\s*(?:(?:super|so|really|very|such\s+an?|what\s+an?|real|absolutely|just|truly|simply|bloody)\s+)?"
                  r"(?:(?:thoughtful|considerate|kind|helpful|sweet|nice|great|amazing|lovely|best|loyal|wonderful|"
                  r"brilliant|genius|perfect|fantastic|superb|marvell?ous|classic|nice\s+one|well\s+done|good\s+job)(?:\s+(?:friend|boyfriend|girlfriend|husband|"
                  r"wife|partner|mate|of\s+you|move))?(?:\s+ever)?|cheers|thanks|ta)(?=\s*[,.!?]|\s*$)", re.I)
# "Can you ever forgive me?" is a real question: only an act asked for loses its "ever".
_EVER = re.compile(r"\b(Could|Can|Would|Will)\s+you\s+ever\s+(?!forgive|imagine|believe|understand)(?P<act>[^?]+)\?", re.I)
_INSULT = re.compile(r"\s*\b(?:lmao|lmfao|lol|smh|rofl)\b|\s*\b(?:uninstall(?:\s+the\s+game)?|delete\s+the\s+app|"
                     r"go\s+touch\s+grass|quit\s+the\s+game)\b", re.I)
_ASIDE = re.compile(r"\b(?:when|that|time)\s+(?:naturally|of\s+course|obviously)\s*,?\s+(?=you\b)", re.I)
# Sentences that are the jab itself, however a strategy framed them.
_JAB_SENTENCE = re.compile(r"why\s+I\s+(?:expected|would\s+expect|expect)\s+anything|"
                           r"\b(?:you\s+don't|you\s+do\s+not|you\s+didn't)\s+(?:even\s+)?care\b|"
                           r"\bapparently\b[^.?!]*\bis\s+a\s+crime\b|\bis\s+a\s+crime\b|"
                           r"^\s*(?:everyone|everybody|we\s+all)\s+(?:can\s+see|sees|knows|can\s+tell)\b", re.I)
# "you couldn't return a single serve": the blame and the absolute in one clause.
_ABSOLUTE_FAULT = re.compile(r"\byou\s+(?:couldn't|could\s+not|didn't|did\s+not|can't|never)\s+\w+\s+(?:a\s+single|"
                             r"one\s+single|even\s+one|every\s+single)\b", re.I)
_WHOLE_MSG_JAB = re.compile(r"\b(?:super|so|really)\s+(?:thoughtful|considerate)|great\s+friend|\bever\b|"
                            r"\beven\s+care\b|expect\s+anything|is\s+a\s+crime|lmao|uninstall|delete\s+the\s+app|"
                            r"everyone\s+can\s+see|a\s+single|of\s+course|naturally|ditch|"
                            r"(?:amazing|best|great|lovely|loyal|wonderful)\s+(?:friend|mate)|,\s*cheers\b|"
                            # "…chasing the postman, absolutely brilliant", "…the whole floor's soaked, genius": a
                            # lone verdict after a comma, at the end, is the sarcasm wrapped round the event
                            r",\s*(?:(?:absolutely|just|truly|simply|bloody|really)\s+)?(?:brilliant|genius|perfect|"
                            r"fantastic|superb|marvell?ous|classic|nice\s+one|well\s+done)\W*$", re.I)


def without_sarcasm_residue(message: str, text: str) -> str:
    """The candidate without the jab the message wrapped round its event; "" when only the jab is left."""
    if not text or not _WHOLE_MSG_JAB.search(message):
        return text
    text = _TAG.sub("", text)
    text = _EVER.sub(lambda m: f"{m[1]} you {m['act'].strip()} from now on?", text)
    text = _WHOLE.sub("the ", _INSULT.sub("", text))
    text = _ASIDE.sub(lambda m: m.group(0).split()[0] + " ", text)
    if re.search(r"\bditch\w*", message, re.I):  # "ditched me at the bar": the act without the verdict
        text = re.sub(r"\bditched\s+(me|us)\b", r"left \1", text)
        text = re.sub(r"^It worried me when you left me\b", "It hurt when you left me", text)
    if re.search(r"\bwithout\s+(?:asking|checking)\b", text, re.I):  # volunteered without asking: not consulted
        text = re.sub(r"\bI felt left out when\b", "I felt put on the spot when", text)
    if _ABSOLUTE_FAULT.search(text):
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    kept = [s for s in sentences if not _JAB_SENTENCE.search(s)]
    if kept != sentences:
        if not any(re.search(r"\bI\b|\bme\b|\bmy\b", s) for s in kept) or len(" ".join(kept).split()) < 6:
            # "do you even care that I failed the exam?" names nothing else: its doubt said is the one reading left
            dropped = [s for s in sentences if s not in kept]
            return text if all(re.search(r"don't\s+care|didn't\s+care", s, re.I) for s in dropped) else ""
        if not any(s.endswith("?") for s in kept):
            kept.append("Can we talk about it?")
    return re.sub(r"\s+([,.?!])", r"\1", " ".join(kept)).strip()
