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
- A remark on the speaker's body ("about my weight") hurts; "weight" there is no load. Embarrassment
  said outright ("it's so embarrassing", "I was mortified") or news told to everyone is the feeling to name.
- Never lifting a finger, not pulling one's weight: a load left to the speaker ("overwhelmed").
- Cut off mid-contact ("you hung up on me", "left me on read", "walked out on me") is a snub: "hurt",
  not "disconnected" ("hang" is there for hanging out together).
- Going through the speaker's texts, phone or diary is their privacy broken: "hurt", not the
  "worried" that contact words ("text", "phone") carry when no one replies.
"""

from __future__ import annotations

import re

from .lexicon import FEELING_CUES
from .mock_praise import took_long

_EXCLUDED = re.compile(
    r"\bwithout (?:even |so much as )?(?:(?:asking|telling|consulting|including|involving|inviting)\b"
    r"(?! (?:anyone|anybody|everyone|everybody|people|the (?:others|rest|club|committee|team))\b)|me\b|us\b)"
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
_AGAIN = re.compile(r"(?<!n't )(?<!not )\b(?:have|had|got) to (?:keep )?(?:remind|ask|tell|chase|nag)\w*\b|\bhow many times\b"
                    r"|\bkeep (?:reminding|asking|telling|chasing)\b"
                    r"|\b(?:asked|told|reminded) (?:you|u)\b.{0,50}?\b(?:twice|(?:two|three|four|five|ten|\d+|a (?:hundred|"
                    r"million|few)|so many|several|many) times)\b", re.I)  # "i asked you to get milk like three times"
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
_SNUBBED = re.compile(r"\b(?:hang|hangs|hung|hanging) up(?: on (?:me|us)\b|\s*(?:[.!?]|$))|\bput the phone down on (?:me|us)\b"
                      r"|\b(?:walk|walked|walks|walking|storm|stormed) (?:out|off) on (?:me|us)\b|\b(?:left|leave|leaving) "
                      r"(?:me|us) on read\b|\bghost(?:ed|ing)? (?:me|us)\b|\bslam(?:med|s|ming)? the door in my face\b", re.I)
_PRIVATE = re.compile(r"\b(?:read|reads|reading|check|checks|checked|checking|snoop\w* (?:through|in|on)|(?:go|goes|went|"
                      r"going|gone|look|looks|looked|looking|scroll\w*|dig\w*|rummag\w*) through) (?:all |all of |through )?"
                      r"my (?:private )?(?:texts|messages|phone|diary|journal|e-?mails|dms|whatsapps|chats|notebook|"
                      r"(?:browser |search )?history|bag|drawers?|stuff|things|laptop|account|notes)\b"
                      r"|\b(?:open|opens|opened|opening) my (?:post|mail|letters?|parcels?|diary|laptop|phone)\b", re.I)
# Before the act: not done ("you didn't even read my messages"), or only supposed ("if you'd read my emails").
_NOT_DONE = re.compile(r"(?:n't|\bnot|\bnever|\bif (?:you|u)(?:'d| had| would)?|\bto|\bshould|\bcould|\bplease|\bpls)"
                       r"(?: (?:even|ever|just|actually|really|have|has|bother(?:ed)? to|you|u))* $", re.I)
_NO_HELP = re.compile(r"\b(?:lift|lifts|lifted|lifting|raise|raises|raised) a (?:single )?finger\b|\bpull(?:s|ed|ing)? "
                     r"(?:your|his|her|their|my|our) (?:own )?weight\b|\bdo(?:es|ing)? (?:your|his|her|their) (?:fair )?share\b", re.I)
_LOOKS = re.compile(r"\b(?:about|on|at) my (?:weight|body|size|looks|appearance|hair|skin|face|figure|outfit|clothes)\b"
                    r"|\bmy (?:weight|body|size|looks|appearance|figure)\b", re.I)
_SHAMED = re.compile(r"\b(?:told|tell|telling|tells) (?:everyone|everybody|the whole (?:family|table|office|group|world)|"
                     r"all (?:my|your|our) (?:friends|family|mates))\b|\b(?:it'?s|its|that'?s|thats|it was|that was|so|really|how) (?:so |really |actually |literally )?"
                     r"(?:embarrassing|humiliating|mortifying|cringe)\b|\bi (?:was|am|'m|felt) (?:so |really )?"
                     r"(?:embarrassed|humiliated|mortified)\b|\b(?:embarrassed|humiliated) me\b", re.I)
# Where the public words ("everyone", "whole", "front") say the speaker was shown up in front of
# others. Alone they mislead: "your shower lasts the whole playlist", "the front door", "you pushed
# everyone away" embarrass nobody.
_PUBLIC = re.compile(r"\bin front of\b|\b(?:in|on|at) (?:public|the (?:group )?chat|the party|the meeting)\b"
                     r"|\b(?:told|tell|telling|tells|showed|show|posted|post|shared|share|announced|cc'?e?d|copied|forwarded)\b"
                     r"[^.!?]{0,40}?\b(?:everyone|everybody|the whole|the company|all)\b|\bcc'?e?d\b|\breplied all\b"
                     r"|\b(?:everyone|everybody|anyone|anybody) (?:saw|heard|knows|was watching|remembers|noticed|laughed)\b"
                     r"|\bthe whole (?:office|team|street|family|school|group|class|room|table|world|company|floor|party|"
                     r"restaurant|chat|pub|ward|thread|sub|server|department|staff|board|channel|building|village|town|"
                     r"neighbourhood|neighborhood|church|gym|internet)\b|\bin company\b", re.I)
_FAMILY = {"brother", "dad", "mom", "mum", "family"}
# What being left alone with someone is about: taking sides, support, standing up, sitting there.
_SUPPORT = {"side", "support", "sit", "sat", "stand", "defend", "back"}
_ME_US = {"me", "us"}
_DEVICES = {"phone", "screen", "scroll", "scrolling", "laptop", "xbox", "game", "gaming", "tiktok", "instagram", "hang",
            "together"}
_TOLD = {"tell", "say", "show", "text", "call", "ring", "send", "to", "with", "ask", "message"}


def snubbed(text: str) -> bool:
    """The listener cut the speaker off: hung up on them, left them on read, walked out on them."""
    return bool(_SNUBBED.search(text))


def private(text: str) -> bool:
    """The listener went through the speaker's texts, phone, diary or things."""
    return any(not _NOT_DONE.search(text[max(0, m.start() - 30):m.start()]) for m in _PRIVATE.finditer(text))


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
    if tally.get("alone") and not any(lemmas[w] for w in _SUPPORT):  # "family dinner", "blaming your mum"
        tally["alone"] -= sum(lemmas[w] for w in _FAMILY)
    _others_addressed(tally, clauses)
    if tally.get("disconnected") and not any(lemmas[w] for w in _DEVICES):  # "family dinner" with no phone at it
        tally["disconnected"] -= sum(lemmas[w] for w in ("dinner", "date"))
    fed_up, again, late = _FED_UP.search(text), _AGAIN.search(text), _MADE_LATE.search(text)
    if fed_up:
        tally["worried"] = tally.get("worried", 0) - lemmas["sick"]
    if late:
        tally["worried"] = tally.get("worried", 0) - lemmas["late"]
    if _DISTURBED.search(text):  # a barking dog, music at 2am, a blocked drive: frustration, not worry
        tally.pop("worried", None)
        tally.pop("let down", None)
        tally["frustrated"] = max(tally.values(), default=0) + 1
    if _NO_HELP.search(text):  # "you never lift a finger", "nobody pulls their weight": a load left to the speaker
        tally["overwhelmed"] += 3
        tally["frustrated"] += 2  # if no load of the speaker's is named (message.py drops "overwhelmed")
    if _LOOKS.search(text):  # "articles about my weight": the speaker's body remarked on, not a load
        tally["overwhelmed"] = tally.get("overwhelmed", 0) - (lemmas["weight"] if not _NO_HELP.search(text) else 0)
        tally["hurt"] = max(tally.values(), default=0) + 1
    whole = clauses[0].tokens[0].doc.text if clauses and clauses[0].tokens else text
    if re.search(r"\block(?:s|ed|ing)? (?:me|us) out\b", text, re.I):  # shut out, not a door left open
        tally["worried"] = tally.get("worried", 0) - lemmas["lock"] - 1
        tally["left out"] = max(tally.values(), default=0) + 1
    if tally.get("embarrassed") and not _PUBLIC.search(whole):  # "the whole playlist", "the front door"
        tally.pop("embarrassed")
    if _SHAMED.search(whole):  # "it's so embarrassing", "I was mortified": said outright, even in a clause dropped
        tally["embarrassed"] = max(tally.values(), default=0) + 1
    snooped = private(text)
    if snubbed(text) or snooped:  # a snub or a privacy broken: hurt, whatever contact words say
        tally["disconnected"] = tally.get("disconnected", 0) - lemmas["hang"] - (lemmas["phone"] if snooped else 0)
        tally["worried"] = tally.get("worried", 0) - (sum(lemmas[w] for w in _CONTACT) if snooped else 0)
        tally["hurt"] = max(tally.values(), default=0) + 1
    if _BROKEN_PROMISE.search(text) or _BARE_PROMISE.search(text):
        tally["let down"] = max(tally.values(), default=0) + 1
    if took_long(text):  # "only took you two years", "took you long enough": waiting, not worry
        tally["worried"] = min(tally.get("worried", 0), 0)
        tally["frustrated"] = max(tally.values(), default=0) + 1
    if fed_up or again or late:
        tally["frustrated"] = max(tally.values(), default=0) + 1


def _others_addressed(tally, clauses) -> None:
    """Words that name a feeling only when the speaker is the one they're about.

    - "you talk down to the junior devs", "you talk to new members like…": how others are spoken
      to, not the speaker going unheard ("you never let me talk" still is).
    - "you kept interrupting me the entire call": a call that happened, not contact missing (worried).
    - "everyone's slack": whose work, not something done in front of everyone (embarrassed).
    """
    for clause in clauses:
        for tok in clause.tokens:
            lemma = tok.lemma_.lower()
            counted = 1 + (tok.lower_ == lemma)  # the tally counts a word's lemma and its form
            if lemma == "talk" and tok.pos_ == "VERB":
                to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                if to is not None and any(c.dep_ == "pobj" and c.lower_ not in _ME_US for c in to.children):
                    tally["unheard"] = tally.get("unheard", 0) - counted
            elif lemma == "call" and tok.pos_ == "NOUN" and any(c.lower_ in ("entire", "whole") for c in tok.children) \
                    or lemma == "call" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "during", "in"):
                tally["worried"] = tally.get("worried", 0) - counted
            elif tok.lower_ in ("everyone", "everybody") and any(c.dep_ == "case" for c in tok.children):
                tally["embarrassed"] = tally.get("embarrassed", 0) - 2
