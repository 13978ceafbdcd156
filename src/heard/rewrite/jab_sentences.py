"""Owns a jab the message said as a sentence of its own, copied word for word into a suggestion
beside the "I" statement that already carries the event.

kept_jabs.py drops such a sentence when it matches its cue list; this pass reads the *shape* of the
copied sentence instead, so a jab said in other words goes too. A sentence copied from the message
(most of its words are the message's) is a jab when it is:

- a character claim about a person, not an event: a present-tense habit or trait of "you", a name or
  "your mother" with no time or number to pin it to ("You're robbing tenants.", "Your mother runs this
  house.", "Sam only thinks about Sam."), or a lack ("You've got no backbone.");
- a "Classic X" / "Typical X" tag;
- a consequence blown up to make the point ("The rest of ours might as well stay home.");
- the listener's words in mocking scare quotes ("you keep "looking into it"" → "You keep looking into it.");
- a "nobody"/"everyone" dig the message asked rhetorically ("so nobody thought to check the times?");
- a martyr line, the speaker's resigned "I'll just do X forever then" ("I'll do all the washing up then.").

The event sentence and the feeling stay. A candidate left with only a feeling and a stock question,
or with a "her"/"him" whose person went with the dropped sentence, is given up ("").
`without_jab_sentences` runs in strategies._tidied right after kept_jabs.without_kept_jabs.
"""

from __future__ import annotations

import re

from .kept_jabs import ASK_END, FEELING_STEMS, stems  # the feeling words and word stems kept_jabs reads sentences with
from .message import Message
from .own_requests import sentences_of
from .verb_feelings import said_as_verb

_WORD = re.compile(r"[a-z][a-z']+")
# A time, day, date or number pins a sentence to an event ("You're leaving on Friday.", "Mum's staying till the 3rd").
_PINNED = re.compile(r"\d|\b(?:today|tonight|yesterday|tomorrow|morning|evening|night|week|weekend|month|year|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|last|this\s+time|since|until|till|"
                     r"ago|when|after|before)\b", re.I)
_INTENS = r"(?:(?:just|only|ever|always|never|basically|literally|really|clearly|obviously|constantly|still)\s+)*"
_RELATIVE = r"(?:mother|mum|mom|dad|father|sister|brother|family|parents|mate|mates|friend|friends|boss|wife|husband|son|daughter)"
_PERSON = r"(?:you|he|she|they|your\s+(?:\w+\s+)?" + _RELATIVE + ")"
# "You're just robbing tenants." / "You're always taking the mick.": a progressive about the person, no event.
_PROGRESSIVE = re.compile(r"^\W*(?:you|u)(?:'re|\s+are|re)\s+" + _INTENS +
                          r"(?!(?:going|feeling|trying|doing|getting|coming|leaving|staying|working|being\s+(?:so\s+)?(?:kind|patient|nice|brave|honest)))\w+ing\b", re.I)
# "Your mother runs this house." / "Sam only thinks about Sam.": a present-simple habit of a person.
_HABIT = re.compile(r"^\W*(?P<who>" + _PERSON + r"|[A-Z][a-z]+)\s+" + _INTENS +
                    r"(?P<verb>(?!is\b|was\b|has\b|does\b|says\b|said\b|needs\b|wants\b)[a-z]+[^s\W]s)\b(?P<rest>[^.!?]*)", re.I)
# "You've got no backbone." / "He has no shame.": a lack of a trait.
_LACK = re.compile(r"^\W*(?:" + _PERSON + r"|[A-Z][a-z]+)(?:'ve|'s|\s+have|\s+has)?\s+(?:got\s+)?no\s+(?!time\b|money\b|car\b)\w+", re.I)
# "Classic Sam…", "Typical you…": a tag that files the act under the person's character.
_TAG = re.compile(r"^\W*(?:classic|typical|textbook|standard)\s+(?:you|u|him|her|[A-Z][a-z]+)\b", re.I)
# "…might as well stay home": the consequence blown up to make the point.
_POINTLESS = re.compile(r"\b(?:might|may)\s+as\s+well\b|\bwhat'?s\s+the\s+point\b|\bwhy\s+do\s+I\s+even\s+bother\b", re.I)
# An order that pushes the complaint back ("Stop blaming me for every loss.", "Don't put that on me.", "Check the
# logs before you tag me."): copied into a rewrite it still fends the listener off.
_FEND_OFF = re.compile(r"^\W*(?:(?:so|and|just|now|please)\s+)?(?:(?:stop|quit|don'?t|do\s+not)\s+(?:\w+\s+){0,2}?(?:blam\w*|accus\w*|"
                       r"tag\w*|pin\w*|put(?:ting)?\s+(?:that|this|it|the\s+\w+)\s+on\s+me|mak\w+\s+(?:this|it|me)\b|"
                       r"start\w*\b|com\w+\s+at\s+me|com\w+\s+and\s+be|having\s+a\s+go|twist\w*|drag\w*\s+me)|"
                       r"check\s+(?:the|your)\s+\w+\s+before\s+you|leave\s+me\s+alone|get\s+over\s+it|grow\s+up|"
                       r"calm\s+down|chill(?:\s+out)?|relax)\b", re.I)
_NOBODY = re.compile(r"^\W*(?:nobody|no\s+one|no-one|everyone|everybody)\b", re.I)
# A quoted phrase right after a verb of the listener ("you keep "looking into it"") mocks what they said;
# after a determiner or number ("a £40 "cleaning fee"") it names the thing and stays.
_SCARE = re.compile(r"\b(?:you|u|they|he|she)\s+(?:\w+\s+){0,2}?[\"“'‘](?P<q>[a-z][^\"”'’]{2,40})[\"”'’](?![a-z])", re.I)
# The speaker's resigned future: "I'll just do it myself then", "guess I'll book everything myself like always".
_MARTYR_SRC = re.compile(r"\bI(?:'ll|\s+will)\s+(?:just\s+[^.,;!?]*\bthen\b|[^.,;!?]*(?:\bforever\b|\bmyself\b|like\s+always|"
                         r"as\s+usual|\beverything\b|on\s+my\s+own|by\s+myself))", re.I)
_MARTYR = re.compile(r"^\W*(?:(?:fine|right|ok|okay|well),?\s+|guess\s+)?I(?:'ll|\s+will)\s+", re.I)
_CORE = re.compile(r"\b(?:I|I'm|I've|I'd|me|my)\b")
_REFERS = re.compile(r"\b(?:her|him|she|he)\b", re.I)


def _copied(sentence: str, message: str) -> bool:
    """Most of the sentence's words are the message's own: the strategy kept it, it didn't write it."""
    own = [w for w in _WORD.findall(sentence.lower()) if len(w) > 2]
    said = set(_WORD.findall(message.lower()))
    return len(own) >= 2 and sum(w in said for w in own) >= 0.8 * len(own)


def _name(word: str, message: str) -> bool:
    """A capitalised word the message also uses mid-sentence: a person's name, not a sentence opener."""
    return bool(re.search(r"(?<![.!?]\s)(?<!^)\b" + re.escape(word) + r"\b", message)) and word.lower() not in ("i", "the")


def _character_claim(sentence: str, message: str) -> bool:
    if _CORE.search(sentence) or _PINNED.search(sentence):
        return False
    if _TAG.search(sentence) or _LACK.search(sentence) and not re.match(r"^\W*(?:the|it|there)\b", sentence, re.I):
        return True
    if _labelled_progressive(sentence, message):
        return True
    m = _HABIT.search(sentence)
    if not m:
        return False
    who = m["who"]
    if re.fullmatch(_PERSON, who, re.I):
        return not who.lower().startswith(("he", "she", "they"))  # "Your mother runs this house."
    # a name is only a character claim about itself ("Sam only thinks about Sam"); "Mia cries at handovers" is the harm
    return _name(who, message) and bool(re.search(r"\b" + re.escape(who) + r"\b", m["rest"]))


def _labelled_progressive(text: str, message: str) -> bool:
    """"You're robbing tenants." where the message said "you're JUST robbing tenants": the intensifier made
    the act a label. "when you're running late" said plainly is the event and stays."""
    m = _PROGRESSIVE.search(text)
    verb = m and re.findall(r"\w+ing\b", m.group(0))[-1]
    return bool(verb) and bool(re.search(r"\b(?:you|u)(?:'re|\s+are|re)\s+(?:\w+\s+)?(?:just|always|only|constantly|basically|"
                                         r"literally|forever|clearly|obviously)\s+(?:\w+\s+)?" + verb + r"\b", message, re.I))


def _scare_quoted(sentence: str, message: str) -> bool:
    return any(m["q"].lower() in sentence.lower() for m in _SCARE.finditer(message))


def _rhetorical_dig(sentence: str, message: str) -> bool:
    """A "nobody"/"everyone" sentence the message asked as a question or framed with "so"."""
    if not _NOBODY.search(sentence):
        return False
    if re.match(r"^\W*\w+(?:\s+one)?\s+(?:\w+ly\s+)?(?!was\b|has\b|is\b)[a-z]+[^s\W]s\b", sentence, re.I) and not _PINNED.search(sentence):
        return True  # "Nobody believes that anymore.": a present-tense verdict about everyone, no event
    head = " ".join(_WORD.findall(sentence.lower())[:4])
    return any(head in " ".join(_WORD.findall(part.lower())) and (part.rstrip().endswith("?") or
               re.match(r"^\W*(?:so|and|oh|right)\b", part, re.I)) for part in sentences_of(message))


def _martyr(sentence: str, message: str) -> bool:
    if not _MARTYR.search(sentence):
        return False
    said = [w for w in _WORD.findall(sentence[_MARTYR.search(sentence).end():].lower()) if w != "just"]
    return bool(said) and any(set(said) <= set(_WORD.findall(re.split(r"[.,;!?]", message[m.start():])[0].lower()))
                              for m in _MARTYR_SRC.finditer(message))  # the whole resigned clause, "then" and all


def jab_sentence(sentence: str, message: str) -> bool:
    """Whether a suggestion's sentence is a jab copied from the message (see the module docstring)."""
    if ASK_END.search(sentence):
        return False
    if _martyr(sentence, message):
        return True
    if not _copied(sentence, message):
        return False
    return (_character_claim(sentence, message) or bool(_POINTLESS.search(sentence)) or bool(_FEND_OFF.search(sentence))
            or (not _CORE.search(sentence) and _scare_quoted(sentence, message))
            or _rhetorical_dig(sentence, message))


def _lost_person(message: str, text: str) -> bool:
    """"When you let her, I felt upset.": the message named "your mother" before its "her", the candidate
    keeps the "her" and not the person, so the receiver can't tell who is meant."""
    pron = _REFERS.search(text)
    if not pron:
        return False
    first = re.search(r"\b(?:her|him)\b", message, re.I) if pron[0].lower() in ("her", "him") else \
        re.search(r"\b(?:she|he)\b", message, re.I)
    if not first:
        return False
    before = message[:first.start()]
    people = re.findall(r"\b(?i:your)\s+(" + _RELATIVE + r")\b", before)  # a name alone is one both of them know
    return bool(people) and not any(re.search(r"\b" + re.escape(p) + r"\b", text, re.I) for p in people)


# The I statement's own situation: "I get frustrated when <S>." / "When <S>, I feel hurt."
_SITUATION = re.compile(r"^(?P<lead>(?:\w+,\s+)?(?:I|it|It)\b[^.!?]*?\bwhen\s+)(?P<s>[^.!?]+)(?P<end>[.!])$|"
                        r"^(?P<lead2>(?:\w+,\s+)?When\s+)(?P<s2>[^,.!?]+)(?P<end2>,\s*I\b[^.!?]*[.!])$")
# "…when it seems like you don't care that we've got a baby here": a guessed motive holding a fact.
_CARE = re.compile(r"^it\s+(?:seems|feels|looks)\s+(?:like|as\s+if)\s+(?:you|u)\s+(?:don't|do\s+not|didn't)\s+care\s+"
                   r"(?:that|about\s+(?:the\s+fact\s+that\s+)?)(?P<fact>[^.!?,]+)$", re.I)
_FEELING = re.compile(r"\bI\s+(?:feel|felt|get|got|am|'m|was)\s+(?P<how>(?:really\s+|so\s+|very\s+)?[a-z]+)", re.I)


def _situated(message: str, sentences: list) -> list:
    """The candidate with its I statement hung on a fact, or [] when its situation is a character claim.

    "I get frustrated when you're fleecing your tenants." keeps the jab as the event: another candidate
    leads with the event. "I feel frustrated when it seems like you don't care that we've got a baby
    here. The boiler's been broken for nine days." → "I feel frustrated that the boiler's been broken for
    nine days, and we've got a baby here.": the message's own fact carries the feeling, no motive guessed."""
    for i, sent in enumerate(sentences):
        m = _SITUATION.match(sent)
        if not m:
            continue
        situation = m["s"] or m["s2"]
        if _copied(situation, message) and _labelled_progressive(situation, message) and not _PINNED.search(situation):
            return []
        care = _CARE.match(situation.strip())
        feeling = _FEELING.search(sent)
        as_verb = said_as_verb(sent) if not feeling else None  # "It's frustrating for me when…" (verb_feelings.py)
        facts = [f for f in sentences[:i] + sentences[i + 1:] if not ASK_END.search(f) and not re.search(r"\b(?:I|you|u|your)\b", f, re.I)
                 and _copied(f, message) and not jab_sentence(f, message)]
        if care and (feeling or as_verb) and facts:  # with no fact beside it the motive stays: "that I failed" can't carry it
            fact = facts[0].rstrip(".!")
            if fact.split()[0].lower().split("'")[0] in ("the", "it", "its", "our", "my", "this", "that", "there", "we", "a", "an"):
                fact = fact[0].lower() + fact[1:]  # a name keeps its capital
            if feeling:
                verb = re.search(r"\bI\s+(feel|felt|get|got|am|'m|was)", sent, re.I)[1].lower()
                verb, how = {"get": "feel", "got": "felt", "am": "'m"}.get(verb, verb), feeling["how"]
            else:  # "It's frustrating for me when…" → "I feel frustrated that…"
                how, past = as_verb
                verb = "felt" if past else "feel"
            new = f"I{verb if verb == chr(39) + 'm' else ' ' + verb} {how} that {fact}, and {care['fact'].strip()}."
            return [s for s in sentences[:i] if s != facts[0]] + [new] + [s for s in sentences[i + 1:] if s != facts[0]]
    return sentences


def without_jab_sentences(msg: Message, text: str) -> str:
    """The candidate without copied jab sentences; "" when only a feeling and a stock ask would be left."""
    if not text:
        return text
    sentences = sentences_of(text)
    situated = _situated(msg.text, sentences)
    if not situated:
        return ""
    if situated != sentences:
        sentences, text = situated, " ".join(situated)
    drop = [s for s in sentences if jab_sentence(s, msg.text)]
    if not drop:
        return "" if _lost_person(msg.text, text) else text
    kept = [s for s in sentences if s not in drop]
    said = [k for k in kept if not ASK_END.search(k)]
    if not said or not stems(" ".join(said)) - FEELING_STEMS - {"her", "him", "them", "then", "right", "now", "when"}:
        return ""  # only "I felt upset" and "Can we talk about it?" left: the jab was the point
    if not (stems(" ".join(said)) - FEELING_STEMS) & stems(msg.text):
        return ""  # "I'm happy to go through it together.": nothing the message said is left, only the frame
    rest = " ".join(kept)
    people = {(m.group(1) or m.group(2)).lower() for d in drop for m in re.finditer(r"\byour\s+(\w+)|(?<!^)\b([A-Z][a-z]+)\b", d)}
    if _REFERS.search(rest) and people and not any(re.search(r"\b" + p + r"\b", rest, re.I) for p in people):
        return ""  # "When you let her…": the person "her" meant went with the dropped sentence
    if not any(ASK_END.search(k) for k in kept):
        kept.append("Can we talk about it?")
    return " ".join(kept)
