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
- What happened, read last (situation_feeling): a child or driver in danger is "worried"; lies and
  affairs "hurt"; a missed birthday, recital or funeral "let down" (a funeral or a call not made on the
  day: "hurt"); silence at night "worried"; being kept waiting, a plan moved or things used up
  "frustrated"; the housework left to the speaker "overwhelmed". A feeling the speaker names
  ("I'm so frustrated", "it really hurt") outweighs all of these (named_feeling).
"""

from __future__ import annotations

import re

from .lexicon import FEELING_CUES
from .fitting_asks import fitting_feeling
from .mock_praise import took_long
from .others_treated import third_party_hurt
from .scene_feelings import scene_feeling

# The listener's own mess handed back: "your pan, your burnt eggs, your problem", "it's your mess".
_HANDED_BACK = re.compile(r"\byour [\w' ]{1,25}, your\b[^.!?]*\byour (?:own )?(?:problem|mess|job|lookout)\b"
                          r"|\b(?:it'?s|that'?s|its|thats) (?:all )?your (?:own )?(?:problem|mess|lookout)\b", re.I)

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
    r"|\bwithout me\b|\b(?:except|apart from) (?:me|us)\b(?! (?:to|and)\b)", re.I)
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
def _thing_subject(verb) -> bool:
    """"it's been sitting there since Sunday", "the pan sat there": a thing, not a person, sits or stands."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "conj", "advcl"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in ("it", "this", "that") or subject.pos_ == "NOUN"
                                    and subject.ent_type_ != "PERSON" and subject.lemma_.lower() not in _FAMILY)


_PLACE_SIDE = re.compile(r"\b(?:my|our|your|his|her|their|the other|this|that) side of\b", re.I)  # of a fence, not a person's
_RATE = re.compile(r"\b(?:a|per) night\b", re.I)  # "everything under $400 a night is gone": a price, not a night out
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
    """The speaker was left out of a choice or a plan; not a thing of theirs taken or used "without asking"
    ("you took the car without asking", "sold my PS5 games without asking me"): a line crossed, not exclusion."""
    return any(not _TAKEN.search(text[max(0, m.start() - 60):m.start()]) for m in _EXCLUDED.finditer(text))


_TAKEN = re.compile(r"\b(?:took|take|takes|taking|taken|used|use|uses|using|borrowed|borrow|borrowing|sold|sell|selling|ate|eaten|"
                    r"wore|worn|wearing|binned|threw|thrown|lent|drove|drive|driving|finished|opened|read|went through)\b", re.I)


def _contact_verbs(clauses):
    """Each contact verb ("call", "text", "ring"…) in `clauses`, with whether it is negated."""
    for clause in clauses:
        for tok in clause.tokens:
            if tok.lemma_.lower() in _CONTACT and tok.pos_ == "VERB":
                yield tok, any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _contact_given(clauses) -> bool:
    """The other person does get in touch: a contact verb with them as subject, not negated."""
    return any(not negated and any(c.dep_ == "nsubj" and c.lower_ not in _SPEAKER for c in tok.children)
               for tok, negated in _contact_verbs(clauses))


_UNREACHED = re.compile(r"\b(?:no|not a|not one|not a single|without a)\s+(?:single\s+)?(?:call|text|reply|message|word|answer)"
                     r"|\bhaven'?t heard\b|\bhadn'?t heard\b|\bwhere (?:were|are|was|r) (?:you|u)\b|\b(?:didn'?t|never|not) (?:come|came|get|got) home"
                     r"|\bnot home\b|\bunreachable\b|\bphone (?:was |is )?(?:off|dead)\b|\bstraight to voicemail\b|\bno idea where"
                     r"|\bleft (?:me )?on (?:read|seen)\b|\bghost|\bwithout (?:even )?(?:a|one) (?:text|call|word|message)\b"
                     r"|\b(?:don'?t|doesn'?t|didn'?t|never|not|won'?t|wouldn'?t) (?:\w+ )?(?:pick(?:s|ed|ing)? up|answer)\b"
                     r"|\bhome by\b|\bbe (?:back|home) (?:by|at|before)\b", re.I)


def _on_a_device(clauses) -> bool:
    """The listener is on a screen: "you're on your phone", "your laptop", "you scroll…"."""
    screens = _DEVICES | {"phone", "scroll", "scrolling", "gaming"}
    for clause in clauses:
        found = [t for t in clause.tokens if t.lower_ in screens or t.lemma_.lower() in screens]
        if found and (clause.you_subject or clause.subject is None  # "…scrolling instagram. all night."
                      or any(c.lower_ in ("your", "ur") for t in found for c in t.children)):
            return True
    return False


def _contact_missed(clauses, text: str) -> bool:
    """The other could not be reached: a contact verb negated ("you didn't call"), or said outright."""
    # not "you couldn't even ring your nan": someone else left waiting
    return any(negated and all(c.lower_ in ("me", "us") for c in tok.children if c.dep_ in ("dobj", "dative"))
               for tok, negated in _contact_verbs(clauses)) or bool(_UNREACHED.search(text))


# "you always make everything about yourself, even at my birthday dinner": set 17's reader called
# "I get really overwhelmed" the wrong feeling: "everything" is a load word, and here it carries none.
_ABOUT_THEMSELVES = re.compile(r"\b(?:make|makes|made|making|turn|turns|turned|turning) (?:everything|it all|every \w+) "
                               r"(?:about|into) (?:yourself|you|himself|herself|themselves|your\w*)\b", re.I)


def adjust(tally, lemmas, clauses) -> None:
    """Corrects `tally` (feeling → score) in place for the readings above; `lemmas` counts the
    words the tally was made from."""
    text = " ".join(c.text for c in clauses)
    if excluded(text):
        tally["left out"] += 2  # being left out is said outright: it outweighs the topic's words
    elif tally.get("left out"):
        tally["frustrated"] += tally.pop("left out")  # a choice that went wrong: hassle, not exclusion
    if tally.get("alone"):  # "sitting there since Sunday", "my side of the fence": where things are, not anyone alone
        tally["alone"] -= sum(1 for c in clauses for t in c.tokens if t.lemma_.lower() in ("sit", "stand") and _thing_subject(
            t)) + len(_PLACE_SIDE.findall(text))  # (but "you just stood there smiling": no one stood by the speaker)
        if tally["alone"] <= 0:
            tally.pop("alone")
    if tally.get("worried"):  # "$400 a night" is a price; "(I) drove 40 minutes for your sourdough" is the speaker's trip
        tally["worried"] -= len(_RATE.findall(text)) + sum(
            1 for c in clauses for t in c.tokens if t.lemma_.lower() == "drive" and t.tag_ == "VBD" and not c.you_subject
            and (c.subject is None or c.subject.lower_ in ("i", "we")))
        if tally["worried"] <= 0:
            tally.pop("worried")
    if tally.get("worried") and (_contact_given(clauses) or not _contact_missed(clauses, text)):
        # A phone, a call, a text or home worries when the other can't be reached ("no reply since
        # Friday", "you didn't come home"); read over a shoulder, rung on a birthday, come home to
        # find you on it, they only name where the complaint happened.
        contact = sum(lemmas[w] for w in FEELING_CUES["worried"] if w in _CONTACT or w == "home")
        tally["worried"] -= contact
        if tally["worried"] <= 0:
            tally.pop("worried")
    if _USED.search(text):
        tally["hurt"] += 3
    if _ABOUT_THEMSELVES.search(text):  # "you make everything about yourself": sidelined, not a load to carry
        tally["overwhelmed"] = tally.get("overwhelmed", 0) - lemmas["everything"]
    family = 2 * sum(1 for c in clauses for t in c.tokens if t.lemma_.lower() in _FAMILY
                     and t.dep_ in ("dobj", "dative", "pobj") and t.head.lemma_.lower() in _TOLD)
    if family and tally.get("alone") and tally["alone"] <= family:  # someone told, no side taken
        tally.pop("alone")
    if tally.get("alone") and not any(lemmas[w] for w in _SUPPORT):  # "family dinner", "blaming your mum"
        tally["alone"] -= sum(lemmas[w] for w in _FAMILY)
    _others_addressed(tally, clauses)
    if tally.get("disconnected") and not any(lemmas[w] for w in _DEVICES):  # "family dinner" with no phone at it
        tally["disconnected"] -= sum(lemmas[w] for w in ("dinner", "date"))
    if tally.get("disconnected") and not _on_a_device(clauses):  # "she waited by the phone": not the listener's screen
        tally["disconnected"] -= sum(lemmas[w] for w in _DEVICES | {"phone"} if w in FEELING_CUES["disconnected"])
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
    fits = situation_feeling(whole)  # what happened outweighs topic words (below)
    if fits in (None, "let down", "overwhelmed"):  # a runaway dog, a drill still not back, noise at night (fitting_asks.py)
        top = max(tally, key=tally.get) if tally and max(tally.values()) > 0 else None
        fits = fitting_feeling(whole, fits or top) or fits
    if not serious(whole):  # ditched at a bar, a dog under the fence, a lecture (scene_feelings.py)
        fits = scene_feeling(whole) or fits
    if fits:
        tally[fits] = max(tally.values(), default=0) + 1
    named = named_feeling(whole)  # the speaker's own word outweighs any reading of ours
    if named:
        tally[named] = max(tally.values(), default=0) + 1


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


# -- the situation behind the words ------------------------------------------------------------
# Topic words alone ("late", "call", "night", "car") say little about how the speaker felt: being
# made to wait is frustrating, a missed birthday hurts, a child near an open balcony is a worry.
# These readings look at what happened and outweigh the topic words; a feeling the speaker names
# outright ("I'm so frustrated", "I felt humiliated") outweighs them in turn.

# Danger to someone's safety or health: "he could have drowned", "after four pints with the kids".
_DANGER = re.compile(r"\b(?:didn't|did not|forgot to|never|failed to) (?:pick|collect)\b(?! me\b| us\b| up (?:me|us)\b).{0,25}\b(?:from|at) "
                     r"(?:school|nursery|daycare|childcare|practice|swimming|football)\b|"  # a child left waiting
                     r"\bcould(?:'ve| have) (?:been )?(?:drowned|died|killed|hurt|injured|fallen|fell|choked|burn(?:ed|t)|"
                     r"run over|hit|electrocuted|poisoned)\b|\b(?:choked|overdos\w*|unconscious|concussion)\b|\b(?:open|unlocked) (?:balcony|window|gate|stair\w*|pool|oven|front door)\b"
                     r"|\b(?:balcony|stairs|road|pool|hob|oven|bath|knives?|pills|bleach)\b.{0,30}\b(?:baby|toddler|kids?|"
                     r"children)\b|\b(?:baby|toddler|kids?|children)\b.{0,40}\b(?:balcony|road|pool|hob|oven|bath|knives?|"
                     r"pills|bleach)\b|\b(?:pints|drinks|drunk|wasted)\b.{0,30}\b(?:drove|drive|driving|behind the wheel)\b"
                     r"|\b(?:drove|drive|driving)\b.{0,40}\b(?:pints|drinks|drunk|wasted|over the limit)\b"
                     r"|\bwithout (?:a |his |her |their |any )?(?:helmet|seat ?belt|car ?seat|life ?jacket)\b"
                     r"|\bsomething (?:had |might have |could have )?happened\b"
                     # a fire risk: an oven, hob or candle left on, "burn the flat down"
                     r"|\b(?:oven|hob|stove|gas|iron|heater|candles?|grill|fryer)s? (?:on|burning|lit)\b.{0,60}\b(?:bed|asleep|out|went|left)\b"
                     r"|\bleft (?:the )?(?:oven|hob|stove|gas|iron|heater|candles?|grill|fryer)s? (?:on|burning|lit)\b"
                     r"|\b(?:burn|burnt|burned|burning) (?:the |our |my )?(?:house|flat|place|building|kitchen)\b|\bset fire\b", re.I)
# A fix or a help said in scare quotes, or followed by the damage it did: the result frustrates.
_BOTCHED = re.compile(r"[\"“‘']\s*(?:fix|fixing|fixed|help|helping|helped|repair\w*|clean\w*|tidy\w*|tidied|sort\w*)\s*[\"”’']"
                      r"|\b(?:fix|fixed|fixing|repair\w*)\b.{0,60}\b(?:soaked|flooded|flooding|leak\w*|worse|broken|ruined)\b", re.I)
# Trust broken by the listener: lying, cheating.
_BETRAYED = re.compile(r"\b(?:lied|lying|lie) to (?:me|us)\b|\blied about\b|\b(?:cheated|cheating) on (?:me|us)\b"
                       r"|\b(?:slept|sleeping|hooked up|had an affair) with\b|\baffair\b|\bbetray\w*\b", re.I)
# Occasions that matter, and the ones whose absence hurts rather than disappoints.
_OCCASION = re.compile(r"\b(?:birthday|bday|anniversary|recital|graduation|wedding|funeral|christening|mother'?s day|"
                       r"father'?s day|valentine'?s|christmas|leaving do|leaving party|surgery|operation|scan|"
                       r"first day|big day|school play|sports day|match|award|prize ?giving|gig|show|hospital)\b", re.I)
_GRAVE = re.compile(r"\b(?:funeral|surgery|operation|miscarriage|hospital|chemo|died|dying|passed away)\b", re.I)
_MISSED = re.compile(r"\b(?:miss(?:ed)?|forg[oe]t|forgotten|skipp?(?:ed)?|bail(?:ed)?|flak(?:e|ed))\b|\b(?:cancel|cancell?ed) on\b"
                     r"|\b(?:didn't|did not|don't|never|couldn't|could not|can't|cannot|won't|wasn't|weren't|not)\b"
                     r"(?: \w+){0,4}? (?:come|came|show(?:ed)? up|turn(?:ed)? up|be there|been there|make it|there|call|text|"
                     r"ring|phone|send|bother(?:ed)?|remember)\b|\bcouldn't be bothered\b|\b(?:hours?|minutes?|mins) late\b"
                     r"|\b(?:went|go|going|were) (?:on holiday|away|out)\b|\b(?:wasn't|weren't|was not|were not) (?:at|around)\b"
                     r"|\b(?:were|was) supposed to (?:be|come|turn up|show up)\b", re.I)
_CONTACTED = re.compile(r"\b(?:call|text|ring|phone|message|card)\b", re.I)
# Kept waiting, made late, plans moved or cut across: frustration, not worry. A bare "you were late
# again" names no wait or plan: its topic reading (worried, and a request to text) stands.
_WAITING = re.compile(r"\b(?:\d+|a few|ten|twenty|thirty|forty|fifty|two|three|an|half an|an? extra) ?(?:minutes?|mins?|hours?|hrs?)"
                      r" late\b|(?<!home )(?<!out )(?<!up )(?<!stay )(?<!stayed )\blate (?:again )?(?:to|for) (?!bed\b)"
                      r"|\b(?:turn(?:s|ed)?|show(?:s|ed)?|walk(?:s|ed)?|roll(?:s|ed)?) (?:up|in|into)\b.{0,40}\blate\b"
                      r"|\b(?:drop|dropped|dropping|pick|picked|picking) \w+ (?:up |off )?(?:\w+ ){0,2}late\b"
                      r"|\b(?:kept|keep|keeps|keeping|left|leave|leaving) (?:me|us|her|him|them|everyone) waiting\b"
                      r"|\b(?:waited|waiting|wait|stood|standing|sat|sitting)\b.{0,40}\b(?:for (?:you|u)\b|an hour|ages|"
                      r"(?:\d+|two|three|forty|twenty|ten) (?:minutes|mins|hours))|\btook (?:forever|ages|hours)\b"
                      r"|\b(?:moved|changed|rescheduled|pushed back|bumped|swapped|shifted|cancell?ed) (?:the |our |my |his |her "
                      r"|lunch|dinner|the plan|plans)\b|\bcancell?ed on (?:me|us)\b|\blast minute\b"
                      r"|\bmiss(?:ed)? (?:his|her|my|our|the|their) (?:bedtime|nap|train|bus|flight|start|appointment|"
                      r"deadline|slot|booking)\b|\bmissed the deadline\b|\bi (?:had|have) to (?:leave|explain|cover|cancel|"
                      r"rearrange|apologi[sz]e|ring|call|wait|sort|chase|redo)\b|\bi end up (?:covering|doing|explaining)\b",
                      re.I)
# The speaker's things used up or handed back spent: a hassle, whatever "car" or "phone" say of worry.
_USED_UP = re.compile(r"\b(?:used|ate|drank|finished|took|had) (?:up )?(?:the last of|all (?:of )?(?:my|the))\b|\bborrowed my\b"
                      r"|\b(?:with no|without any|with an empty|no) (?:petrol|gas|fuel|charge|battery|tank)\b", re.I)
# The housework left to the speaker: "I do all the cooking", "I'm the only one who cleans", "all me".
_LOAD = re.compile(r"\bI(?:'m| am)? (?:do|did|doing|have to do|end up doing)(?: literally)? (?:all|everything|most|every)\b"
                   r"|\bI(?:'m| am) the only one (?:who|that|here)\b|\ball (?:on )?me\b(?! to\b)"
                   r"|\b(?:left|leave|leaves|leaving|dump\w*) (?:it all|everything|all the \w+|every (?:single )?chore)"
                   r"(?: \w+)? (?:to|on) me\b|\bpil(?:e|es|ed|ing) up\b", re.I)
# Contact missing where someone may be in trouble: the worry stands, waiting or not.
_SILENT = re.compile(r"\b(?:didn't|did not|don't|never|not|haven't|hasn't|no)\b(?: \w+){0,3}? "
                     r"(?:text|texts|call|calls|answer(?:ing)?|reply|replied|replying|pick(?:ing)? up|hear|heard|message)\b", re.I)
_TROUBLE = re.compile(r"\b(?:\d{1,2} ?am|midnight|all night|last night|come home|came home|got home|safe|since "
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last)|for days)\b", re.I)
# "I'm so frustrated", "I felt humiliated": the speaker's own word, said of themselves.
_NAMED = re.compile(r"\bi(?:'m| am| was| felt| feel| get| got| have been|'ve been| been)(?: \w+)?? (?:so |really |very |"
                    r"just |actually |absolutely |completely |totally )?(frustrated|furious|angry|annoyed|fed up|hurt|gutted|"
                    r"heartbroken|worried|scared|terrified|anxious|embarrassed|humiliated|mortified|let down|"
                    r"disappointed|overwhelmed|exhausted|drained|left out|unheard|ignored|invisible|alone|lonely)\b"
                    # "it really hurt that…", "it's so frustrating", "it scared me": the feeling said of the event
                    r"|\bit(?:'s| is| was| really| just| honestly)* (?:so |really |actually )?(hurts?|frustrating|worrying|"
                    r"embarrassing|humiliating|scary|exhausting|worries me|scared me|upset me|upsets me)\b", re.I)
_NAMED_AS = {"furious": "frustrated", "angry": "frustrated", "annoyed": "frustrated", "fed up": "frustrated",
             "gutted": "hurt", "heartbroken": "hurt", "scared": "worried", "terrified": "worried",
             "anxious": "worried", "humiliated": "embarrassed", "mortified": "embarrassed",
             "disappointed": "let down", "exhausted": "overwhelmed", "drained": "drained", "ignored": "unheard",
             "invisible": "unheard", "lonely": "alone", "hurts": "hurt", "frustrating": "frustrated",
             "worrying": "worried", "embarrassing": "embarrassed", "humiliating": "embarrassed", "scary": "worried",
             "exhausting": "overwhelmed", "worries me": "worried", "scared me": "worried", "upset me": "upset",
             "upsets me": "upset"}


def named_feeling(text: str) -> str | None:
    """The feeling the speaker names for themselves ("I'm so frustrated that…"), in heard's words; not one quoted
    from the listener ("and then say "I was just worried"") or scorned ("Worried my foot.")."""
    text = re.sub(r"[\"“][^\"“”]*[\"”]|\b\w+ my foot\b", " ", text)
    found = _NAMED.search(text)
    if not found or re.search(r"\b(?:not|never|no longer)\b|n't\b", found.group(0), re.I):  # "I'm not angry"
        return None
    word = (found.group(1) or found.group(2)).lower()
    return _NAMED_AS.get(word, word)


# The speaker's worth to the listener put in question: "is that how little effort I'm worth?"
_WORTH = re.compile(r"\bhow (?:little|much) (?:\w+ )?(?:I'?m|I am|I was) worth\b|\b(?:is that|so that's) all I'?m worth\b"
                    r"|\bhow little I (?:matter|mean)\b|\blike (?:a |an |some )?(?:backup|afterthought|second choice|plan b)\b", re.I)


def situation_feeling(text: str) -> str | None:
    """The feeling what happened calls for, when the message tells a situation that has one."""
    if _DANGER.search(text):
        return "worried"
    if _BETRAYED.search(text) or _WORTH.search(text):  # "is that how little I'm worth?": hurt, not worry at 1am
        return "hurt"
    if third_party_hurt(text):  # a child crying for the listener, a friend turned against the speaker
        return "hurt"
    if _HANDED_BACK.search(text) or _BOTCHED.search(text):  # "your pan, your burnt eggs, your problem": left to the speaker, a hassle;
        # a "fix" that flooded the kitchen: the result frustrates, not a load (event_fallbacks family)
        return "frustrated"
    occasion = _OCCASION.search(text)
    if occasion and _MISSED.search(text):
        grave = _GRAVE.search(text)
        return "hurt" if grave or _CONTACTED.search(text[occasion.start() - 40:occasion.start()] if occasion.start() > 40
                                                   else text[:occasion.start()]) else "let down"
    if _SILENT.search(text) and _TROUBLE.search(text):
        return "worried"
    if (_WAITING.search(text) or _USED_UP.search(text)) and not excluded(text):
        return "let down" if re.search(r"\bforg[oe]t\w*\b|\bcancel\w*\b|\bpromised\b|\bsaid (?:you'd|you would)\b", text, re.I) \
            else "frustrated"
    if _LOAD.search(text):
        return "overwhelmed"
    return None


def serious(text: str) -> bool:
    """A serious hurt: a death or illness, trust broken, someone's safety put at risk."""
    return bool(_GRAVE.search(text) or _BETRAYED.search(text) or _DANGER.search(text))
