"""What a blaming message says beside its verdict on the listener, kept when the verdict goes.

1. A concession before the complaint: "I understand the group project is hard for you, but you're so
lazy about deadlines", "It makes sense you're nervous. Doesn't excuse you biting Aisha's head off, though."
The other strategies kept only the concession ("I understand the group project is hard for you. Could we
sort this out together?" - the deadlines gone) or read the complaint's frame ("doesn't excuse you…") as
the act. `conceded` keeps both halves, "and" instead of "but", the complaint as one plain act:

    "…, but you're so lazy about deadlines"        → "…, and I'm worried about the deadlines."
    "…. Doesn't excuse you biting X, though."      → "…. I was upset when you bit X."
    "…, it still doesn't give you the right to V"  → "…, and it hurts when you V."
    "…, but you've been snapping at everyone…"     → "…. It's been hard for me when you snap at everyone…"

A complaint it cannot read as one act ("you make everything into a crisis") gets nothing here.

2. A request after the verdict: "you're so passive-aggressive in these emails, it's exhausting. just say
what you mean". The verdict has no act in it, so the rewrite fell back to a form letter ("I need to be
able to count on you"); the request is what the speaker wants. `asked_beside` keeps it, asked:
"I'm finding these emails exhausting. It would really help me if you could say what you mean."

3. The speaker's effort beside "nothing's ever good enough for you": `effort_unseen` keeps the effort and
the moment it went unseen, never the hyperbole ("you'd find something wrong with a palace", which
`unswept` keeps out of every suggestion along with the sweeping verdicts).
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, BEHAVIOUR, I_STATEMENT, Candidate
from .deflection import dismisses
from .downplays import sizes_down
from .inflect import base_of, past
from .justifies import brushes_off
from .message import Message
from .reading import compose
from .surface import tidy

# "I know…", "I get that…", "It makes sense…": what opens a concession.
_ACK = re.compile(
    r"^\s*(?P<ack>(?:i\s+(?:know|understand|get|hear|see|realise|realize|appreciate|recognise|recognize)\b"
    r"|i\s+can\s+see\b|it\s+makes\s+(?:total\s+)?sense\b)[^.!?]*?)"
    r"(?P<sep>\s*[,;]?\s*\b(?:but|though|yet|however)\b,?|\s*[.!?]+)\s+(?P<rest>.+)$", re.I | re.S)
# Words that make a concession mocking rather than granted: 'I understand you're SO busy', "oh I get it".
_MOCKING = re.compile(r"[\"“”🙄🙃]|\b(?:lol|sure|oh|apparently|clearly|obviously)\b|\b[A-Z]{2,}\b(?<!\bI\b)")
# The speaker granting their own lapse ("I know I was late, but…") is a defence, not a concession.
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|we)\b(?!\s*(?:'m\s+)?(?:so\s+|really\s+|very\s+)?sorry)", re.I)
_FRAME = re.compile(r"^\s*i\s+(?:know|understand|get|hear|see|realise|realize|appreciate|recognise|recognize)"
                    r"(?:\s+that)?\b|^\s*i\s+can\s+see(?:\s+that)?\b|^\s*it\s+makes\s+(?:total\s+)?sense(?:\s+that)?\b",
                    re.I)
_HEDGES = re.compile(r"^(?:(?:honestly|frankly|seriously|really|tbh|ngl|like|it|that|this|still|and|but|though)(?:,\s*|\s+))+",
                     re.I)
# Where the one act ends: a new sentence or a tacked-on verdict ("…, it's not ok and you do it every week").
_END = re.compile(r"\s*(?:[.!?;]|,\s*(?:though\b|and\s+(?:you|it)\b|it'?s\b|you'?(?:ve|re)?\b|which\b|that'?s\b))", re.I)

# "doesn't excuse you biting…": the gerund is the act.
_EXCUSE = re.compile(r"^(?:does\s*n[o']t|don'?t|did\s*n[o']t|won'?t)\s+(?:excuse|justify)\s+(?:you\s+|your\s+)?"
                     r"(?P<act>\w+ing\b.*)$", re.I)
# "doesn't give you the right to…", "you don't get to…", "that's no excuse to…": the infinitive is the act.
_RIGHT = re.compile(r"^(?:(?:does\s*n[o']t|don'?t)\s+give\s+you\s+(?:the|any)\s+right\s+to"
                    r"|you\s+(?:don'?t|do\s+not)\s+get\s+to|(?:that'?s|it'?s|is)\s+no\s+(?:reason|excuse)\s+to)\s+"
                    r"(?P<act>.+)$", re.I)
# "you're so lazy about deadlines", "you're careless with the client files": a trait, and what it is about.
_TRAIT = re.compile(r"^you(?:'re|\s+are)\s+(?:(?:honestly|really|just|so|being|such|a|bit|too|way|pretty|kind|of|"
                    r"always|literally)\s+)*(?P<adj>[a-z-]+)\s+(?:about|with)\s+(?P<topic>.+)$", re.I)
# "you've been snapping at everyone…", "you're taking it out on me": an act still going on.
_ONGOING = re.compile(r"^you(?:'ve|\s+have)\s+been\s+(?P<act>\w+ing\b.+)$|^you(?:'re|\s+are)\s+(?:always\s+)?"
                      r"(?P<now>\w+ing\b.+)$", re.I)
# "you always take it out on me", "you shouted at my mum": one act said plainly.
_PLAIN = re.compile(r"^you\s+(?:always\s+|constantly\s+|just\s+|still\s+)?(?P<act>[a-z]+\b.*)$", re.I)
_NOT_ACTS = {"think", "know", "be", "have", "do", "want", "need", "make", "get", "seem", "feel", "can", "will", "would",
             "should", "could", "must", "never", "act", "treat", "pretend"}
# "be so nasty to me": the hostile word said as what it is like to hear.
_HARSH = {"nasty": "harsh", "mean": "harsh", "cruel": "harsh", "horrible": "harsh", "vile": "harsh",
          "rude": "short", "snappy": "short", "snarky": "short"}
_INTENSIFIERS = re.compile(r"\b(?:so|that|this|such|really|honestly|literally|always)\s+", re.I)
_BARE_NOUN = re.compile(r"^(?!(?:the|a|an|my|your|our|his|her|their|this|that|these|those|every|any|some)\b)", re.I)
# Traits that are praise or the speaker's worry for them, not a complaint ("you're so good with kids").
_NOT_FAULT = {"good", "great", "amazing", "brilliant", "kind", "patient", "careful", "gentle", "worried", "nervous",
              "stressed", "upset", "sad", "anxious", "scared", "honest", "busy"}


def conceded(msg: Message) -> list[Candidate]:
    """The concession kept as said, and the complaint after it as one act with the speaker's feeling."""
    match = _ACK.match(msg.text)
    if not match:
        return []
    ack, sep, rest = match.group("ack"), match.group("sep"), match.group("rest")
    granted_part = _FRAME.sub("", ack)
    if _MOCKING.search(ack) or _OWN.search(granted_part) or not granted_part.strip():
        return []
    line = _complaint(msg, rest)
    if line is None:
        return []
    said, request = line
    ack = tidy(ack).rstrip(",; ")
    # "but" becomes "and"; a concession with its own "and" ("I know you're grieving and I'm so sorry") ends first
    said = re.sub(r"\byou are\b", "you're", said)
    lines = [f"{ack}, and {said}"] if re.search(r"[a-z]", sep, re.I) and not re.search(r"\band\b", ack) \
        else [ack, said]
    return [Candidate(compose(msg, [*lines, request]), ACKNOWLEDGE)]


def _complaint(msg: Message, rest: str) -> tuple[str, str] | None:
    """("I'm worried about the deadlines", "Could we make a plan together?") for the complaint, or None."""
    rest = _HEDGES.sub("", re.sub(r"[^\w\s'’,.;:!?&£$%-]", "", rest).strip())  # emoji say no act
    end = _END.search(rest)
    act_text = rest[:end.start()] if end else rest
    act_text = re.sub(r",?\s*though\s*$", "", act_text.strip(), flags=re.I).strip(" ,")
    if not act_text or re.search(r"\b(?:everything|everyone's|anything)\b", act_text, re.I) and _TRAIT.match(act_text) is None:
        # "you make everything into a crisis" is a verdict on the person, not one act to ask about
        if not _ONGOING.match(act_text):
            return None
    talk = msg.pick(["Can we talk about it?", "Could we talk about it?"], "concede")
    found = _EXCUSE.match(act_text)
    if found:
        act = _act(msg, found.group("act"), past)
        return (f"I was upset when you {act}", talk) if act else None
    found = _RIGHT.match(act_text)
    if found:
        # "I get that you were tired. That's no excuse to shout at…": one evening, said in the past
        then = any(t.tag_ == "VBD" for t in msg.doc if t.idx < len(msg.text) - len(rest))
        act = _act(msg, found.group("act"), past if then else (lambda v: v))
        return ((f"I was hurt when you {act}" if then else f"it hurts when you {act}"), talk) if act else None
    found = _TRAIT.match(act_text)
    if found:
        adj, topic = found.group("adj").lower(), found.group("topic").strip()
        if adj in _NOT_FAULT or re.search(r"\b(?:me|us|you|him|her|them)\b", topic, re.I):
            return None  # "careless with me": a person, not a task to plan for
        topic = ("the " if _BARE_NOUN.match(topic) and topic.lower().endswith("s") else "") + topic
        return f"I'm worried about {topic}", "Could we make a plan together?"
    found = _ONGOING.match(act_text)
    if found:
        act = _act(msg, found.group("act") or found.group("now"), lambda v: v)
        return (f"it's been hard for me when you {act}", talk) if act else None
    found = _PLAIN.match(act_text)
    if found:
        return _plain(msg, found.group("act"), talk)
    return None


def _plain(msg: Message, phrase: str, talk: str) -> tuple[str, str] | None:
    """"you (always) take it out on me" → "it's hard for me when you take it out on me"; "you shouted at
    Sam" → "I was upset when you shouted at Sam". A negated or mental verb ("you never listen", "you think
    you're…") is not one act to name here."""
    verb = phrase.split()[0].lower()
    tok = next((t for t in msg.doc if t.lower_ == verb and t.pos_ in ("VERB",)), None)
    if tok is None or tok.lemma_.lower() in _NOT_ACTS or any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.tag_ == "VBD":
        return f"I was upset when you {phrase}", talk
    if tok.tag_ in ("VBP", "VB"):
        return f"it's hard for me when you {phrase}", talk
    return None


def _act(msg: Message, phrase: str, form) -> str | None:
    """The act with its first verb in `form` ("biting Aisha's head off" → "bit Aisha's head off");
    "be so nasty to me" → "are harsh with me"."""
    words = phrase.strip().split()
    if not words:
        return None
    verb = words[0].lower()
    if verb == "be":
        if len(words) < 2:
            return None
        tail = _INTENSIFIERS.sub("", " ".join(words[1:]))
        first, *more = tail.split()
        if first.lower() in _HARSH:
            first = _HARSH[first.lower()]
            more = ["with" if w.lower() == "to" and k == 0 else w for k, w in enumerate(more)]
        return " ".join([("were" if form is past else "are"), first, *more])
    lemma = _lemma(msg, verb)
    if lemma is None:
        return None
    return " ".join([form(lemma), *words[1:]])


def _lemma(msg: Message, word: str) -> str | None:
    """The verb's base form, from the parse of the message itself."""
    for tok in msg.doc:
        if tok.lower_ == word and tok.pos_ in ("VERB", "AUX"):
            lemma = tok.lemma_.lower()
            return base_of(lemma) if lemma != word or not word.endswith("ing") else None
    if word.endswith("ing"):
        return None
    return base_of(word)


# "you're so stubborn", "you are such a slob", "you're being cagey about…": a verdict on the person.
_VERDICT = re.compile(r"\byou(?:'re|\s+are|r|\s+r)\s+(?:(?:so|such|being|really|honestly|literally|just|always|"
                      r"the\s+most|a|an|total|complete|absolute)\s+)+(?P<trait>[a-z-]+)(?P<tail>[^.!?;,]*)", re.I)
# Imperatives that are themselves put-downs or ask the listener to concede, not a request to keep.
_NO_ASK = {"grow", "get", "shut", "calm", "chill", "relax", "touch", "go", "stop", "quit", "deal", "man", "cry", "move",
           "look", "admit", "own", "accept", "try", "imagine", "learn", "think", "be", "do", "fuck", "piss", "sod",
           "bugger", "jog", "cope", "suck", "bite", "have", "make"}
_ASK_FILLER = re.compile(r"^(?:(?:just|please|pls|plz|then|and|so|now|ffs|ugh|honestly|seriously)\b,?\s*)+", re.I)
_ONCE = re.compile(r",?\s*\b(?:for\s+once(?:\s+in\s+your\s+(?:life|lives))?|already|ffs|for god'?s sake|"
                   r"like\s+an?\s+(?:adult|normal person|grown-?up))\b", re.I)
_WEARING = re.compile(r"\b(?:it'?s|it\s+is|that'?s|so)\s+(?:so\s+|really\s+|honestly\s+)?"
                      r"(?P<feel>exhausting|draining|tiring|frustrating|confusing|stressful)\b", re.I)


def asked_beside(msg: Message) -> list[Candidate]:
    """The request that follows a verdict on the listener, asked for, the verdict left out."""
    verdict = _VERDICT.search(msg.text)
    if verdict is None or verdict.group("trait").lower() in _NOT_FAULT:
        return []
    ask = _request_after(msg, verdict.end())
    if ask is None:
        return []
    lines = []
    wearing = _WEARING.search(msg.text)
    place = re.match(r"\s*(?:in|with|about)\s+(?P<what>(?:these|those|the|your|my|our)\s+[a-z ]+?)\s*$",
                     verdict.group("tail"), re.I)
    if wearing and place:  # "…passive-aggressive in these emails, it's exhausting": the speaker's word for it
        what = re.sub(r"^your\b", "your", place.group("what"), flags=re.I)
        lines.append(f"I'm finding {what} {wearing.group('feel').lower()}")
    lines.append(f"it would really help me if you could {ask}")
    return [Candidate(compose(msg, lines), BEHAVIOUR)]


def _request_after(msg: Message, start: int) -> str | None:
    """"say what you mean" from "… just SAY what you mean for once": the first imperative after `start`."""
    for tok in msg.doc:
        if tok.idx < start or tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") \
                or any(c.dep_ in ("nsubj", "aux", "neg") for c in tok.children):
            continue
        before = msg.text[start:tok.idx]
        if not re.search(r"[.,;!?]\s*(?:(?:just|please|pls|plz|then|and|so|now|ffs|ugh|honestly|seriously)\b,?\s*)*$",
                         before, re.I):
            continue  # not the start of its own sentence or clause ("…so stubborn it makes me…")
        if tok.lemma_.lower() in _NO_ASK:
            return None
        end = next((m.start() for m in re.finditer(r"[.!?;]", msg.text[tok.idx:])), len(msg.text) - tok.idx)
        phrase = _ONCE.sub("", msg.text[tok.idx:tok.idx + end]).strip(" ,")
        phrase = re.sub(r"\b(?!I\b)[A-Z]{2,}\b", lambda m: m.group(0).lower(), phrase)
        phrase = _ASK_FILLER.sub("", phrase)
        words = phrase.split()
        if len(words) < 2 or re.search(r"\b(?:idiot|stupid|moron|dumb|pathetic|useless)\b", phrase, re.I):
            return None
        return words[0].lower() + phrase[len(words[0]):]
    return None


# Clauses that defend, own or grant: with one of them, answering from the accused's side can be right.
_SIDES = {"excuse", "counter", "own", "minimising", "denial", "victim", "protest", "alibi", "validation", "defensive"}


_STANDS_UP = re.compile(r"\byou\s*(?:were|was|are|'re|have|'ve)?\s*(?:n't|not)\s+(?:been\s+)?the\s+one\b"
                        r"|\beasy\s+(?:for\s+you\s+)?to\s+(?:criticise|criticize|judge|talk|say)\b", re.I)


def grievance_only(msg: Message) -> bool:
    """The speaker's own grievance and nothing the speaker defends, owns or grants: "You went through my
    texts while I was in the shower, Ryan." The acknowledgement and apology templates answer as the one
    accused ("Ryan, it makes sense that you're upset"), which turns the message round."""
    if any(c.role in _SIDES or (c.scores or {}).get("validating") or (c.scores or {}).get("defensive") and _own_say(c)
           for c in msg.clauses):
        return False
    if any(dismisses(c.text) or sizes_down(c.text) or brushes_off(c.text) for c in msg.clauses):
        return False  # "You're blowing this way out of proportion": a brush-off, answered by owning it
    if _STANDS_UP.search(msg.text):  # "easy to criticise when you weren't the one fielding…": the speaker's defence
        return False
    return any(c.role in ("accusation", "fault", "attack") and re.match(r"\W*(?:how\s+could\s+)?you\b", c.text, re.I)
               for c in msg.clauses)


def _own_say(clause) -> bool:
    """A clause where the classifier's "defensive" is a defence: the speaker speaking for themselves ("I
    didn't…"), or a reproach that minimises; on a plain fact ("It was in my drawer") it is only what the
    grievance rests on."""
    return clause.role != "fact" or any(t.lower_ in ("i", "we") and t.dep_.startswith("nsubj") or t.dep_ == "neg"
                                        for t in clause.tokens)  # "You're making a mountain out of…": minimising


# A sweeping verdict on the listener said as if it were an act: "you make everything about you", "you only
# think about yourself", "nothing's ever good enough for you". In a rewrite it is still the verdict.
_SWEEP = re.compile(
    r"\b(?:you|u)(?:'re|\s+are)?\s+(?:(?:always|just|only|ever|really|have\s+to|got\s+to|gotta)\s+)*"
    r"(?:make|makes|making|turn|turns|turning)\s+"
    r"everything\b|\b(?:you|yourself)\s+(?:(?:always|just|only|ever|really)\s+)*(?:think|thinks|thinking|care|cares)\s+"
    r"(?:(?:about|for)\s+)?(?:only\s+)?(?:about\s+)?yourself\b|\beverything\s+(?:is|has\s+to\s+be)\s+about\s+you\b|"
    r"\bnothing(?:'s|\s+is)\s+(?:ever\s+)?good\s+enough\s+for\s+you\b|\b(?:you|u)\s+(?:(?:always|have\s+to|got\s+to|gotta)\s+)*ruin\s+everything\b", re.I)


def unswept(text: str, msg: Message | None = None) -> str | None:
    if msg is not None and not any(c.role != "filler" and not _SWEEP.search(c.text) for c in msg.clauses):
        return text  # "Why do you always have to make everything about you?": the verdict is all there is to say
    return _unswept(text, msg)


def _unswept(text: str, msg: Message | None = None) -> str | None:
    """`text` less the sentences that only repeat a sweeping verdict ("You make everything about you.")
    or a hyperbole ("you'd find something wrong with a palace"); None when that is what the feeling is
    about ("When you make everything into a crisis, I feel…", "…when you found something wrong with a palace")."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    words = hyperbole_words(msg) if msg is not None else set()
    kept = []
    for sent in sentences:
        sweep = _SWEEP.search(sent)
        if words and words & {w.strip(".,!?;:'\"").lower() for w in sent.split()}:
            if re.search(r"\bwhen\b|\bI\s+(?:feel|felt|get|was|'m)\b|\bIt'?s\s+\w+\s+for\s+me\b", sent, re.I):
                return None
            continue
        if sweep and re.match(r"[^.,;]*?\b(?:in|at|during)\s+(?:the\s+|our\s+|your\s+)?\w+", sent[sweep.end():], re.I):
            sweep = None  # "…about yourself in retros": a setting makes it one kind of moment, not a verdict
        if not sweep:
            kept.append(sent)
        elif re.search(r"\bwhen\b|\bI\s+(?:feel|felt|get|was|'m)\b|\bIt'?s\s+\w+\s+for\s+me\b", sent, re.I) \
                and not re.match(r"\W*(?:it\s+)?(?:seems|feels)\s+like\b|\W*you\b|\W*sometimes\b", sent, re.I):
            return None
        elif re.search(r"\bI\s+feel\b", sent) or re.match(r"\W*sometimes\b", sent, re.I):
            return None  # "Sometimes it feels like you only think about yourself, and I feel let down."
    if len(kept) == len(sentences):
        return text
    return " ".join(kept) if kept and any(re.search(r"\b(?:I|I'm|I've)\b", s) for s in kept[:-1]) else None


# Verbs after "I'd"/"you'd" that ask or prefer, never a hyperbole: "I'd like you to…", "you'd rather…".
_WISHING = {"like", "love", "prefer", "appreciate", "rather", "want", "need", "think", "hope", "use", "mind", "know",
            "understand", "say", "see", "agree"}


def _told_as_fact(verb) -> bool:
    """"you'd find something wrong with a palace" as the speaker's own sentence, and no "if" beside it:
    "you said you'd call", "if you loved me you'd come", "you'd come if you cared" are a promise and an
    ultimatum (manipulation.py), and their act is what the rewrite asks for."""
    if any(t.lower_ in ("if", "unless", "?") for t in verb.sent) or verb.dep_ not in ("ROOT", "conj") \
            or any(c.lower_ in ("rather", "sooner") for c in verb.children):  # "you'd rather X than Y": a stance
        return False
    return verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() not in (
        "say", "promise", "tell", "swear", "think", "know", "guess", "bet", "agree")


def hyperbole_words(msg: Message) -> set:
    """Words only a hyperbole uses: "you'd find something wrong with a palace", "I could come home with a
    broken arm and you'd ask what's for dinner". Said back as an event ("when you found something wrong with
    a palace") it is a thing that never happened; "you'd be late to your own funeral" keeps "late" (said
    elsewhere too, it is the complaint) and loses "funeral"."""
    if "hyperbole" in msg.memo:
        return msg.memo["hyperbole"]
    inside = set()
    for tok in msg.doc:
        # "…, not that you'd care" is a dig, not a hyperbole (its parse hangs the whole sentence on "care")
        if tok.lower_ in ("'d", "would", "d") and tok.dep_ == "aux" and tok.head.tag_ == "VB" \
                and tok.head.lemma_.lower() not in _WISHING and tok.i > 0 and msg.doc[tok.i - 1].lower_ == "you" \
                and msg.doc[max(tok.i - 3, 0):tok.i - 1].text.lower() != "not that" \
                and _told_as_fact(tok.head) and msg.doc[tok.i + 1:tok.i + 3].text.lower() != "have to":  # a need, like "you'd need to"
            sent = tok.sent
            inside |= {t.i for t in tok.head.subtree}
            for other in sent:  # "I could come home with a broken arm and you'd…": the set-up belongs to it
                if other.lower_ == "could" and other.dep_ == "aux" and other.head.tag_ == "VB" and other.i > 0 \
                        and msg.doc[other.i - 1].lower_ == "i":
                    inside |= {t.i for t in other.head.subtree}
    content = ("NOUN", "PROPN")  # the hyperbole's props (palace, funeral); "late" in "late to your own funeral" is the complaint
    outside = {t.lower_ for t in msg.doc if t.i not in inside}
    words = {t.lower_ for t in msg.doc if t.i in inside and t.pos_ in content and not t.is_stop} - outside
    msg.memo["hyperbole"] = words
    return words


# "nothing's ever good enough for you", "why do I even bother": the speaker's effort went unseen.
_UNSEEN = re.compile(r"\bnothing(?:'s|\s+is|\s+i\s+do\s+is)\s+(?:ever\s+)?good\s+enough\b|\bwhy\s+do\s+i\s+(?:even\s+)?bother\b|"
                     r"\byou\s+(?:never|don'?t\s+even)\s+(?:notice|appreciate)\b", re.I)
# "the first thing you do when you walk in is point at a smear on the hob": the moment it went unseen.
_FIRST_THING = re.compile(r"\bthe\s+first\s+thing\s+you\s+(?P<verb>do|did|say|said)\b(?:\s+when\s+[^,.!?]+?)?\s+(?:is|was)\s+"
                          r"(?:to\s+)?(?P<act>[^.,;!?]+)", re.I)
_NOT_EFFORT = {"tell", "ask", "say", "bother", "guess", "think", "know", "mean", "feel", "want", "try", "get", "be",
               "have", "do", "notice"}


def effort_unseen(msg: Message) -> list[Candidate]:
    """"I spent my entire Sunday on that kitchen, and I felt hurt when the first thing you did was point at
    a smear on the hob" from "nothing's ever good enough for you. I spent my entire Sunday on that kitchen…"."""
    if not _UNSEEN.search(msg.text):
        return []
    effort = None
    for tok in msg.doc:
        said_past = tok.head.tag_ == "VBD" or base_of(tok.head.lower_) != tok.head.lower_  # the tagger's "rewrote"/VBP
        if tok.lower_ == "i" and tok.dep_ == "nsubj" and said_past and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.lemma_.lower() not in _NOT_EFFORT and not any(c.dep_ == "neg" for c in tok.head.children):
            verb = tok.head
            end = max([verb.i] + [t.i for c in verb.children if c.dep_ not in ("conj", "cc", "punct")
                                  for t in c.subtree])
            effort = msg.doc[tok.i:end + 1].text
            break
    if effort is None or hyperbole_words(msg) & {w.lower() for w in effort.split()}:
        return []
    first = _FIRST_THING.search(msg.text)
    said = "said" if first and first.group("verb").lower().startswith("sa") else "did"
    moment = f"when the first thing you {said} was {first.group('act').strip()}" if first else \
        "when it didn't seem like enough"
    return [Candidate(compose(msg, [f"{effort}, and I felt hurt {moment}",
                                    "It would mean a lot to me if you noticed the work I put in"]), I_STATEMENT)]
