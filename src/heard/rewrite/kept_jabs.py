"""Owns the jab sentence a candidate copies over from the message beside its "I" statement.

A strategy turns the event into "I felt X when you Y" and then keeps, as a sentence of its own, the
message's verdict ("That's creepy behaviour."), sarcastic aside ("Fun evening for you, I guess."),
guessed motive ("It seems like you don't care if we get burgled."), or "nobody/some people" dig
("This is exactly why nobody trusts your PRs.", "Some parents think the rota is optional.").
`without_kept_jabs` (a last tidy in strategies._tidied) drops such a sentence when it comes from a
jab clause of the message and carries no fact the suggestion needs; a needed thing it names ("the
bake sale rota") moves into the closing ask instead. The "I" statement itself is never dropped here,
and a candidate left with only a feeling and a stock question is given up ("").

The classifier's per-clause flag (engine._score_clauses) is one signal: alone it also flags plain
lines ("I remember it differently."), so it only counts beside a weaker word cue ("clearly", "frankly").
"""

from __future__ import annotations

import re

from .lexicon import SANCTION
from .message import Message
from .own_requests import sentences_of
from .verb_feelings import said_as_verb

# Whole-clause cues: the clause is the jab, whatever else the message says.
_STRONG = re.compile(
    r"\b(?:do|did|does)\s+(?:you|u)\s+(?:actually|even|really|honestly)\s+(?:care|listen|notice|think\s+about)\b|"
    r"\bis\s+(?:that|it|this)\s+(?:too|so)\s+much\s+to\s+ask\b|"
    r"\b(?:this|that|it)(?:'s|\s+is)\s+(?:exactly\s+|precisely\s+)?why\s+(?:nobody|no\s+one|no-one|everyone|people)\b|"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:trusts|likes|respects|believes|listens\s+to|takes)\s+(?:you|your|u|ur)\b|"
    + SANCTION + r"|"
    r"\b(?:there's|there\s+is)\s+no\s+point\s+pretending\b|\bno\s+wonder\b|^\W*funny\s+how\b|^\W*(?:must\s+be\s+nice|good\s+to\s+know|cool\s+story|glad\s+you\s+had\s+fun)\b|"
    r"^\W*some\s+(?:people|parents|of\s+you|folks|members|players|colleagues|housemates|families|mums|dads|staff)\b"
    r"[^.?!]*\b(?:think|thinks|believe|seem\s+to\s+think|act\s+like|treat)\b|"
    r"^\W*(?:(?:what\s+a\s+)?(?:fun|great|lovely|nice|cool|brilliant|wonderful|top)\s+(?:\w+\s+)?(?:for\s+(?:you|u)|"
    r"you\s+had)\b)[^.?!]*[.?!]*\W*$|"
    r"^\W*(?:(?:quite\s+)?frankly|honestly|tbh|seriously|to\s+be\s+honest)?\W*(?:that|this|it)(?:'s|\s+is|\s+was)\s+"
    r"(?:just\s+|so\s+|really\s+|pretty\s+|frankly\s+|honestly\s+|kind\s+of\s+|a\s+bit\s+)*(?:creepy|rude|selfish|"
    r"pathetic|disgusting|unacceptable|childish|disrespectful|gross|shameful|toxic|unprofessional|entitled|"
    r"manipulative|petty|spiteful|weird|sketchy|shady|low)(?:\s+(?:behaviour|behavior|of\s+you|move|stuff))?\W*$",
    re.I)
# Weaker cues: a jab only when the classifier flags the clause as well.
_WEAK = re.compile(r"\b(?:clearly|obviously|frankly|apparently|I\s+guess|I\s+suppose)\b", re.I)
# A candidate sentence that is a guessed motive whatever strategy framed it.
_GUESS = re.compile(r"^\W*(?:\w+\s*,\s*)?(?:it\s+)?(?:seems|feels|looks)\s+(?:like|as\s+if|as\s+though)\s+(?:you|u)\s+"
                    r"(?:don't|do\s+not|didn't|just|only|never|clearly|obviously)\b", re.I)
# The "I" statement and the ask are what a suggestion is: never dropped here.
_CORE = re.compile(r"\b(?:I|I'm|I've|I'd|me|my)\b", re.I)
_ASIDE_I = re.compile(r"\bI\s+(?:guess|suppose)\b", re.I)
FEELING_STEMS = {w[:5] for w in ("feeling", "been", "let", "down", "sad", "angry", "annoyed", "disappointed", "worried",
                             "really", "very", "so", "get", "got", "about", "it", "this", "left", "out", "ignored",
                             "hurt", "upset", "frustrated", "lately", "honestly")}
ASK_END = re.compile(r"\?\s*$")
_PLAIN_OPENERS = {"you", "your", "it", "it's", "when", "from", "now", "this", "that", "the", "we", "our", "my", "there", "last", "can",
                  "could", "so", "and", "but", "if", "since", "after", "before", "today", "yesterday", "a", "an", "as"}
# A closing that names nothing: the thing a dropped jab named can take its place.
_STOCK = re.compile(r"^(?:can|could)\s+we\s+(?:find\s+a\s+way\s+that\s+works\s+for\s+both\s+of\s+us|talk\s+(?:about\s+)?it(?:\s+through)?)\?$", re.I)
_THING = re.compile(r"\b(?P<np>(?:the|our|my)\s+(?:\w+\s+){0,3}?\w+)\s+(?:is|was|are|were|isn't|wasn't)\b", re.I)
_IT = re.compile(r"\b(over|about|through|at|into)\s+it\b")
_STOP = {"the", "and", "you", "your", "that", "this", "with", "for", "are", "was", "were", "have", "has", "had", "not",
         "but", "just", "really", "about", "like", "seems", "from", "what", "can", "tell", "it's", "that's", "i'm",
         "feel", "felt", "upset", "frustrated", "hurt", "when", "could", "would", "we", "our", "talk", "together"}


def stems(text: str) -> set:
    return {w[:5] for w in re.findall(r"[a-z][a-z']+", text.lower()) if len(w) > 2 and w not in _STOP}


def _jab_clause(clause) -> bool:
    text = clause.text
    if _STRONG.search(text):
        return True
    return bool(_WEAK.search(text) and (getattr(clause, "scores", None) or {}).get("blaming"))


def _from_jab(sentence: str, jabs: list) -> bool:
    """The sentence says again what one jab clause said (most of its words are that clause's)."""
    own = stems(sentence)
    if not own:
        return False
    # a clause that is a jab only by a weak cue and the model's flag may also hold the event ("you obviously
    # left the hob on"): its sentence goes only when the strategy copied the cue too
    # only the jab's own words count: "do you even care that we waited twenty minutes" carries a fact after it
    return any(len(own & _jab_words(c)) >= max(1, 0.4 * len(own))
               and (_STRONG.search(c.text) or _WEAK.search(sentence)) for c in jabs)


# A sweeping claim kept once its absolute went: "Your plans always come first" → "Your plans come first.", "you lose
# literally everything you touch" → "You lose everything you touch." Beside the act the rewrite names, it is the
# verdict again; a sentence with a detail of its own (a number, a name, "my drill") is not.
_SWEEPING = re.compile(r"\b(?:always|never|constantly|forever|everything|every\s+time|anything|nothing)\b", re.I)
_DETAIL = re.compile(r"\d|\b(?:my|our|the|his|her|their)\s+\w+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"twenty|thirty|forty|fifty|hundred|minutes?|hours?|days?|weeks?|weekends?|months?|years?|now|yet|since|before)\b", re.I)


def _sweeping_claim(sentence: str, msg: Message) -> bool:
    """The sentence is a message clause's sweeping claim about the listener, said without its absolute."""
    if _DETAIL.search(sentence) or re.search(r"\b[A-Z][a-z]+", sentence[1:]) or re.match(r"^\W*(?:I|When|It)\b", sentence):
        return False
    own = stems(sentence)
    return bool(own) and any(_SWEEPING.search(c.text) and c.role in ("accusation", "attack", "fact", "contempt")
                             and len(own & stems(c.text)) >= max(2, 0.7 * len(own)) for c in msg.clauses)


def _jab_words(clause) -> set:
    m = _STRONG.search(clause.text)
    return stems(m.group(0)) if m and len(stems(m.group(0))) > 1 else stems(clause.text)


# "I get really upset when you only play your favourites.": the feeling hung on a verdict ("only").
_ON_VERDICT = re.compile(r"^I\s+(?P<verb>get|got|feel|felt|am|'m|was)\s+(?P<how>(?:really\s+|so\s+|very\s+)?\w+)\s+when\s+"
                         r"(?:you|u)\s+only\s+(?P<rest>[^.!?]+)[.!]$|"
                         r"^When\s+(?:you|u)\s+only\s+(?P<rest2>[^,.!?]+),\s*I\s+(?P<verb2>get|got|feel|felt|am|'m|was)\s+"
                         r"(?P<how2>(?:really\s+|so\s+|very\s+)?\w+)[.!]$", re.I)
# The same said with the feeling as a verb (verb_feelings.py): "It's frustrating for me when you only start your mates."
_VERB_ON_VERDICT = re.compile(r"^It\b[^.!?]*?\bwhen\s+(?:you|u)\s+only\s+(?P<rest>[^.!?]+)[.!]$", re.I)
_ABOUT_FEELINGS = {"upset", "frustrated", "hurt", "annoyed", "disappointed", "angry", "worried", "sad", "gutted", "cross"}
# "This is why nobody trusts your commits, and I've been feeling frustrated.": the jab joined to the feeling.
_JOINED = re.compile(r"^(?P<jab>[^.!?]+?),\s+and\s+(?P<own>I(?:'ve|\s+have)?\s+(?:been\s+)?(?:feel|felt|feeling|am|'m)\b[^.!?]*[.!?])$", re.I)


def _fact_first(msg: Message, sentences: list) -> list:
    """"I get upset when you only play your favourites. Leo has been at every training…": the facts lead and
    the feeling is about them, when the message's own clause for the verdict is flagged and a plain fact
    (a number or a name, not about "you") is there to carry the point."""
    for i, s in enumerate(sentences):
        m, as_verb = _ON_VERDICT.match(s), said_as_verb(s)
        on_verb = _VERB_ON_VERDICT.match(s) if as_verb and not m else None
        if m:
            m = {"rest": m["rest"] or m["rest2"], "verb": m["verb"] or m["verb2"], "how": m["how"] or m["how2"]}
        elif on_verb:  # "It's frustrating for me when you only…" → "I feel frustrated…"
            m = {"rest": on_verb["rest"], "verb": "felt" if as_verb[1] else "feel", "how": as_verb[0]}
        else:
            continue
        source = [c for c in msg.clauses if re.search(r"\bonly\s+" + re.escape(m["rest"].split()[0]), c.text, re.I)]
        facts = [f for f in sentences[i + 1:] if not ASK_END.search(f) and re.search(r"\d|\b[A-Z][a-z]+\b", f[1:])
                 and not re.search(r"\b(?:you|your|u|ur)\b", f, re.I)]
        if source and all((c.scores or {}).get("blaming") for c in source) and facts:
            verb = {"get": "'m", "got": " was", "feel": " feel", "felt": " felt", "am": "'m", "'m": "'m", "was": " was"}
            how = m["how"] if m["how"].split()[-1].lower() in _ABOUT_FEELINGS else "upset"  # not "alone about that"
            feeling = f"I{verb[m['verb'].lower()]} {how} about that."
            rest = [f for f in sentences[i + 1:] if f not in facts]
            return sentences[:i] + facts + [feeling] + rest
        if source and all((c.scores or {}).get("blaming") for c in source) and any(
                c not in source and re.search(r"\d|\b[A-Z][a-z]+\b", c.text[1:]) for c in msg.clauses):
            return []  # the verdict alone, its facts left out: another candidate leads with them
    return sentences


def _unjoined(sentence: str, jabs: list) -> str:
    """The feeling without the jab a strategy joined to it with ", and"."""
    m = _JOINED.match(sentence)
    if m and not _CORE.search(_ASIDE_I.sub("", m["jab"])) and (_STRONG.search(m["jab"]) or jabs and _from_jab(m["jab"], jabs)):
        return m["own"][0].upper() + m["own"][1:]
    return sentence


def without_kept_jabs(msg: Message, text: str) -> str:
    """The candidate without a jab sentence copied from the message; "" when nothing but the jab said it."""
    if not text:
        return text
    jabs = [c for c in msg.clauses if _jab_clause(c)]
    sentences = sentences_of(text)
    if len(sentences) < 2:
        return text
    prefix = ""
    if msg.address and sentences[0].startswith(msg.address):
        m = re.match(re.escape(msg.address) + r"\s*[,:-]\s*", sentences[0])
        if m:
            prefix, sentences[0] = msg.address + ", ", sentences[0][m.end():]
            sentences[0] = sentences[0][:1].upper() + sentences[0][1:]
    reordered = [_unjoined(s, jabs) for s in _fact_first(msg, sentences)]
    if not reordered:
        return ""
    moved, sentences = reordered != sentences, reordered
    drop = [s for s in sentences if not ASK_END.search(s) and (
        (not _CORE.search(_ASIDE_I.sub("", s)) and (_GUESS.search(s) or _STRONG.search(s) or jabs and _from_jab(s, jabs)))
        or _sweeping_claim(s, msg))]
    if not drop and not moved:
        return text
    kept = [s for s in sentences if s not in drop]
    for s in drop:  # a thing the suggestion needs ("the bake sale rota") moves into the ask, or nothing is kept
        thing = _THING.search(s)
        if thing and not stems(thing["np"]) <= stems(" ".join(kept)):
            np = thing["np"][0].lower() + thing["np"][1:]
            asks = [i for i, k in enumerate(kept) if ASK_END.search(k) and (_IT.search(k) or _STOCK.search(k))]
            if not asks:
                return ""
            k = kept[asks[-1]]
            kept[asks[-1]] = _IT.sub(lambda m: f"{m[1]} {np}", k, count=1) if _IT.search(k) else f"Could we talk about {np}?"
    said = [k for k in kept if not ASK_END.search(k)]
    if not said or not stems(" ".join(said)) - FEELING_STEMS:  # only "I feel let down" and a stock question left
        return ""
    if not any(ASK_END.search(k) for k in kept) and not re.search(r"\bI(?:'ll| will)\b", kept[-1]):
        kept.append("Can we talk about it?")  # (an apology that ends on what the speaker will do needs no ask)
    if prefix:
        first = kept[0].split()[0] if kept[0].split() else ""
        low = first.lower() in _PLAIN_OPENERS  # "It", "When", "From"; a name or "I" keeps its capital
        kept[0] = prefix + (kept[0][:1].lower() + kept[0][1:] if low else kept[0])
    return " ".join(kept)

