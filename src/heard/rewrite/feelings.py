"""Checks on the feeling a message's cue words point to, where a word alone misleads.

- "left out" needs the speaker left out of a choice ("without asking me", "didn't include me",
  "decided on your own"); "you booked the wrong flights" is a mistake that causes hassle.
- Contact words ("text", "call") mean "worried" when contact is missing ("you didn't text me
  back"), not when the listener does get in touch ("you only text me when you want something").
- "only … when you want/need something" says the speaker feels used: "hurt".
- Said outright, being fed up ("I'm sick of it"), having to ask again ("why do I have to remind
  you") or being made late ("it's your fault we're late") is frustration: it outweighs topic words
  like "bill", "phone" or "late" (which alone mean "worried"), and "sick of" is no illness.
- Family words ("mum", "brother") mean "alone" where someone takes a side or gives support, not
  where they are the one told: "you told your mum about my job" is about the telling.
"""

from __future__ import annotations

import re

from .lexicon import FEELING_CUES

_EXCLUDED = re.compile(
    r"\bwithout (?:even |so much as )?(?:asking|telling|consulting|including|involving|inviting|me\b|us\b)"
    r"|\bwithout (?:even )?(?:checking|talking|discussing|speaking)\b[\w ]{0,20}?\b(?:with|to) (?:me|us)\b"
    r"|\b(?:didn't|did not|don't|never|wouldn't|won't|not|doesn't|nobody|no one|noone) (?:even |bother(?:ed)? to )?"
    r"(?:ask|include|invite|consult|involve|tell|check with)(?:ed|d|s)? (?:me|us)\b"
    r"|\b(?:wasn't|weren't|was not|never got|didn't get|not) (?:even )?(?:invited|included|asked|consulted|involved)\b"
    r"|\bon (?:your|his|her|their) own\b|\bby (?:yourself|himself|herself|themselves)\b|\bbehind my back\b"
    r"|\b(?:left|leave|leaving|cut|cutting|shut|shutting) (?:me|us) out\b|\bexclud\w*"
    r"|\b(?:decid|chose|choos|pick|book|plann?)\w*(?: \w+){0,3} for both of us\b|\b(?:decid|chose)\w* for (?:me|us)\b"
    r"|\bwithout me\b", re.I)
_CONTACT = {"text", "call", "phone", "reply", "message", "ring", "answer", "email"}
_USED = re.compile(r"\bonly\b.*\bwhen (?:you|u|they|she|he) (?:want|need)s?\b", re.I)
_SPEAKER = {"i", "we"}
_FED_UP = re.compile(r"\b(?:sick|tired)(?: and tired)? of\b|\bfed up\b|\bhad enough\b", re.I)
_AGAIN = re.compile(r"\b(?:have|had|got) to (?:keep )?(?:remind|ask|tell|chase|nag)\w*\b|\bhow many times\b"
                    r"|\bkeep (?:reminding|asking|telling|chasing)\b", re.I)
_MADE_LATE = re.compile(r"\b(?:we|i)(?:'re| are| were|'m| am| was) (?:so |running |gonna be |going to be )?late\b"
                        r"|\bmade (?:us|me) (?:so )?late\b", re.I)
_BROKEN_PROMISE = re.compile(r"\b(?:said|promised|swore|told me) (?:you'd|you would|you'll|you will|to)\b.*"
                             r"\b(?:didn't|did not|haven't|hasn't|never did|never have|weren't|wasn't)\b", re.I)
# Noise and obstruction from next door: "your dog barked all night", "parking across my drive".
_DISTURBED = re.compile(r"\b(?:bark(?:s|ed|ing)?|music|noise|noisy|loud|drilling|blar(?:e|ed|ing)|park(?:s|ed|ing)? "
                        r"(?:in front of|across|on|over|outside)|blocked? (?:my|our|the) (?:drive|driveway|car|gate))\b",
                        re.I)
# "you promised." / "u swore": the reproach alone means the promise was broken.
_BARE_PROMISE = re.compile(r"\b(?:you|u) (?:promised|swore)\s*(?:[.!?]|$)", re.I)
_FAMILY = {"brother", "dad", "mom", "mum", "family"}
_TOLD = {"tell", "say", "show", "text", "call", "ring", "send", "to", "with", "ask", "message"}


def excluded(text: str) -> bool:
    """The speaker was left out of a choice or a plan."""
    return bool(_EXCLUDED.search(text))


def _contact_given(clauses) -> bool:
    """The other person does get in touch: a contact verb with them as subject, not negated."""
    for clause in clauses:
        for tok in clause.tokens:
            if tok.lemma_.lower() in _CONTACT and tok.pos_ == "VERB" \
                    and any(c.dep_ == "nsubj" and c.lower_ not in _SPEAKER for c in tok.children) \
                    and not any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
                return True
    return False


def adjust(tally, lemmas, clauses) -> None:
    """Corrects `tally` (feeling → score) in place for the readings above; `lemmas` counts the
    words the tally was made from."""
    text = " ".join(c.text for c in clauses)
    if excluded(text):
        tally["left out"] += 2  # being left out is said outright: it outweighs the topic's words
    elif tally.get("left out"):
        tally["frustrated"] += tally.pop("left out")  # a choice that went wrong: hassle, not exclusion
    if tally.get("worried") and _contact_given(clauses):
        contact = sum(lemmas[w] for w in FEELING_CUES["worried"] if w in _CONTACT)
        tally["worried"] -= contact
        if tally["worried"] <= 0:
            tally.pop("worried")
    if _USED.search(text):
        tally["hurt"] += 3
    family = 2 * sum(1 for c in clauses for t in c.tokens if t.lemma_.lower() in _FAMILY
                     and t.dep_ in ("dobj", "dative", "pobj") and t.head.lemma_.lower() in _TOLD)
    if family and tally.get("alone") and tally["alone"] <= family:  # someone told, no side taken
        tally.pop("alone")
    fed_up, again, late = _FED_UP.search(text), _AGAIN.search(text), _MADE_LATE.search(text)
    if fed_up:
        tally["worried"] = tally.get("worried", 0) - lemmas["sick"]
    if late:
        tally["worried"] = tally.get("worried", 0) - lemmas["late"]
    if _DISTURBED.search(text):  # a barking dog, music at 2am, a blocked drive: frustration, not worry
        tally.pop("worried", None)
        tally.pop("let down", None)
        tally["frustrated"] = max(tally.values(), default=0) + 1
    if _BROKEN_PROMISE.search(text) or _BARE_PROMISE.search(text):
        tally["let down"] = max(tally.values(), default=0) + 1
    if fed_up or again or late:
        tally["frustrated"] = max(tally.values(), default=0) + 1
