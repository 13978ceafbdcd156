"""Manipulative turns in spoken arguments that pressure.py does not read, and what to say instead.

pressure.py reads the common forms ("you're imagining things", "if you really loved me you'd…",
"after everything I've done for you", "you made me yell"). People say the same moves in other
words, and the strategies then keep the move as a fact or name it as the listener's act ("I feel
upset when you need to toughen up", "I'm sorry I should leave", "It makes sense that you're upset.
I'm done."). This module reads those other forms:

- love and role tests: "you'd do it if you loved me", "a real friend would lend me the money",
  "if you were a good son you'd visit", "if you loved me you wouldn't need to see them";
- blame put on the listener for the speaker's reaction: "if you hadn't nagged I wouldn't have
  slammed the door", "why do you always make me so angry", "you know how to wind me up";
- threats of leaving or withdrawal: "keep this up and I'm done", "maybe I should just leave",
  "if you go, don't expect me to be here", "fine, I won't talk to you then";
- minimising: "you take things the wrong way", "you need to toughen up", "the waterworks again";
- guilt: "I carried you for nine months and you can't even call", "don't mind me, I'll do the
  washing up myself", "I suppose I'm not important enough for you to visit";
- isolating and undermining: "I don't want you seeing her", "your friends don't actually like you";
- false concern: "I'm only saying this because I care, but…", "no offence, but…";
- denial: "that's not what happened", "stop rewriting history", "you must have dreamt it".

Clauses carrying a move get the role "pressure" (so no strategy keeps them) and a "manip_<kind>"
cue; `manipulation_lines` gives the speaker's own feeling, need or responsibility in their place.
When every clause with content is such a move, strategies.py offers only these answers.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY
from .guilt import GUILT_KINDS, guilt_lines, holds
from .said import in_past, said_phrase, verb_base

CUE = "manip_"
PRESSURE = "pressure"
_ADV = r"(?:really\s+|truly\s+|actually\s+|even\s+|honestly\s+)?"
_LOVED = r"(?:loved|cared\s+about|cared\s+for|respected|valued)\s+(?:me|us|this\s+family|your\s+\w+)"
_ROLE = (r"(?:friend|partner|boyfriend|girlfriend|husband|wife|son|daughter|sister|brother|mother|father|mum|mom|"
         r"dad|parent|child|kid|colleague|flatmate|roommate|teammate|person)")
_REL = (r"(?:sister|brother|mother|mum|mom|father|dad|cousin|friends?|mates?|ex|family|parents|colleagues?|"
        r"boss|flatmates?|best\s+friend|aunt|uncle|gran|nan)")
# What the speaker did in anger ("I wouldn't have slammed the door"), not what they came to know
# ("if you hadn't called I wouldn't have known").
_REACTIONS = (r"shouted|yelled|screamed|snapped|slammed|thrown|threw|hit|punched|smashed|broken|broke|sworn|swore|said|"
              r"lost|stormed|walked\s+out|hung\s+up|lashed\s+out|blown\s+up|blew\s+up|freaked\s+out|kicked|pushed|"
              r"grabbed|lied|called\s+you|gone\s+off|gotten\s+angry|got\s+angry|got\s+so\s+angry|reacted")
_END = r"(?=\s*(?:[,.!?;:]|$|\s+(?:and|but|so)\b))"

_KINDS = (
    # Love and role tests, in the orders pressure.py does not read.
    ("love_after", re.compile(r"\byou(?:'d|\s+would)\s+(?P<want>[^,.!?]+?)\s+if\s+you\s+" + _ADV + _LOVED, re.I)),
    ("love_not", re.compile(r"\bif\s+you\s+" + _ADV + _LOVED + r"\s*,?\s+you\s+(?:wouldn't|would\s+not|wouldnt)\s+"
                            r"(?:need\s+to\s+|have\s+to\s+|want\s+to\s+|always\s+)?(?P<act>[^,.!?]+)", re.I)),
    ("role_if", re.compile(r"\bif\s+you\s+were\s+(?:a|an)\s+(?:real|good|proper|decent|better|true|loving|caring)\s+"
                           + _ROLE + r"\s*,?\s+you(?:'d|\s+would)\s+(?P<perf>have\s+)?(?P<want>[^,.!?]+)", re.I)),
    ("role_would", re.compile(r"\b(?:a|any)\s+(?:real|true|good|proper|decent)\s+" + _ROLE
                              + r"\s+would(?P<perf>'ve|\s+have)?\s+(?P<want>(?!n't)(?![^,.!?]*\byou\b)[^,.!?]+)", re.I)),
    # The speaker's reaction handed to the listener.
    ("if_hadnt", re.compile(r"\bif\s+you\s+(?:hadn't|had\s+not|didn't|did\s+not|hadnt|didnt)\s+(?P<their>[^,.!?]+?)\s*,?\s+"
                            r"I\s+(?:wouldn't|would\s+not|would\s+never|wouldnt)\s+have\s+(?P<mine>(?:" + _REACTIONS + r")\b[^,.!?]*)", re.I)),
    ("make_me", re.compile(r"\byou\s+(?:always\s+|just\s+|really\s+)?make\s+me\s+(?:so\s+|this\s+|feel\s+so\s+)?"
                           r"(?P<feel>angry|mad|furious|crazy|upset|jealous|livid|annoyed|irritated)\b"
                           # "…when you leave your shoes on the stairs": a complaint with its act, read elsewhere
                           r"(?!(?:\s+\w+)?\s+(?:when|whenever|every\s+time|by|if|with)\b)", re.I)),
    ("wind_up", re.compile(r"\byou\s+know\s+(?:exactly\s+|full\s+well\s+)?(?:how\s+to\s+)?(?:wind|rile|wound)\s+me\s+up\b|"
                           r"\byou\s+know\s+I\s+get\s+(?:like\s+(?:this|that)|angry|mad|upset|worked\s+up)\s+when\s+you\b|"
                           r"\byou\s+(?:always\s+)?(?:wind|rile)\s+me\s+up\b", re.I)),
    ("made_say", re.compile(r"\byou\s+made\s+me\s+say\s+(?:those\s+things|that|it|what\s+I\s+said|all\s+that)\b", re.I)),
    # Threats of leaving, and withdrawal.
    ("or_else", re.compile(r"(?:^|[,.!?]\s*)(?:and\s+)?(?P<cond>keep\s+(?:this|that|it)\s+up|carry\s+on(?:\s+like\s+(?:this|that))?|(?:you\s+)?do\s+that\s+again|"
                           r"say\s+that\s+again|one\s+more\s+(?P<thing>[a-z]+)(?:\s+like\s+(?:that|this))?)\s*,?\s+"
                           r"(?:and|&)\s+(?:I'm|I\s+am|I'll|I\s+will|we're|we\s+are|we'll|this\s+is|it's|that's)\b"
                           r"(?![^,.!?]*\b(?:proud|happy|glad|thrilled|impressed|pleased)\b)", re.I)),
    ("leave", re.compile(r"\b(?:maybe|perhaps)\s+I\s+should\s+(?:just\s+)?(?:leave|go|move\s+out|end\s+(?:this|it|things)|"
                         r"walk\s+away|break\s+up\s+with\s+you|call\s+it\s+(?:a\s+day|quits))\b|"
                         r"\bwhy\s+(?:do\s+)?I\s+(?:even\s+)?(?:bother\s+)?(?:bother|staying|stay)\s+(?:staying|with\s+(?:this|us|you)|"
                         r"in\s+this\s+\w+|here|trying)\b", re.I)),
    ("dont_expect", re.compile(r"\bif\s+you\s+(?P<act>[^,.!?]+?)\s*,?\s+(?:then\s+)?don't\s+expect\s+me\s+to\s+"
                               r"(?:be\s+(?:here|there|around|waiting)|wait|stay|come|still\s+be)", re.I)),
    ("like_this", re.compile(r"\bif\s+you(?:'re|\s+are)\s+going\s+to\s+(?:be\s+like\s+(?:this|that)|keep\s+(?:this|that)\s+up|"
                             r"carry\s+on\s+like\s+(?:this|that))\s*,?\s+(?:then\s+)?I'm\s+(?:going|off|leaving|done)\b", re.I)),
    ("wont_talk", re.compile(r"\bI\s+(?:won't|will\s+not|wont|shan't)\s+(?:talk|speak|say\s+anything)(?:\s+to\s+you)?\b|"
                             r"\bI'll\s+(?:just\s+)?(?:shut\s+up|keep\s+(?:quiet|my\s+mouth\s+shut)|stop\s+talking)\b|"
                             r"\beverything\s+I\s+say\s+is\s+(?:wrong|a\s+problem)\b", re.I)),
    # Minimising the listener's hurt.
    ("minimise", re.compile(r"\byou\s+(?:always\s+|just\s+)?(?:take|took|are\s+taking|'re\s+taking)\s+(?:things|everything|it|this|stuff)\s+(?:the\s+wrong\s+way|"
                            r"(?:so|too)\s+personally|(?:so|too)\s+seriously)\b|"
                            r"\byou\s+(?:always\s+|just\s+)?get\s+(?:so\s+)?(?:upset|worked\s+up|offended|angry|wound\s+up)\s+"
                            r"(?:over|about)\s+(?:the\s+smallest|the\s+littlest|every\s+little|nothing|the\s+tiniest|little|"
                            r"tiny|the\s+stupidest)\b|"
                            r"\b(?:it's|it\s+is)\s+your\s+own\s+fault\s+(?:that\s+)?you\s+feel\b|\byou\s+bring\s+it\s+on\s+yourself\b|"
                            r"\b(?:(?:oh\s+)?here\s+we\s+go\W+)?(?:the|more)\s+waterworks\b|\bturn\s+off\s+the\s+waterworks\b|"
                            r"\byou\s+(?:need\s+to|should|have\s+to)\s+(?:just\s+)?(?:toughen\s+up|grow\s+(?:a\s+)?thicker\s+skin|"
                            r"get\s+over\s+it|lighten\s+up|stop\s+being\s+so\s+sensitive|stop\s+being\s+a\s+baby)\b|"
                            r"\bcan't\s+you\s+take\s+a\s+joke\b", re.I)),
    # Denying what the listener remembers.
    ("denial", re.compile(r"\b(?:that's|that\s+is|this\s+is|that's\s+just)\s+not\s+what\s+happened\b|"
                          r"\bstop\s+rewriting\s+history\b|"
                          r"\byou\s+must\s+have\s+(?:dreamt|dreamed|imagined)\s+(?:it|that|this)\b|"
                          r"\byou\s+must\s+have\s+made\s+(?:it|that|this)\s+up\b|"
                          r"\bstop\s+acting\s+like\s+I\s+(?:did|said|promised|do)\b", re.I)),
    ("think_i", re.compile(r"\b(?:you're|you\s+are)\s+(?:crazy|mad|insane|paranoid|delusional)\s+if\s+you\s+think\s+(?:that\s+)?"
                           r"I\s+(?!(?:was|were|am|did|had|have|is|would|will|could)\b)(?P<verb>[a-z]+)\s+(?P<rest>[^,.!?]+)", re.I)),
    # Isolating: who the listener may see.
    ("isolate", re.compile(r"\bI\s+don't\s+want\s+you\s+(?P<verb>seeing|going\s+out\s+with|hanging\s+out\s+with|talking\s+to|"
                           r"texting|meeting(?:\s+up\s+with)?|spending\s+time\s+with)\s+(?!me\b|us\b|myself\b)(?P<who>[^,.!?]+?)"
                           r"(?:\s+any\s?more|\s+again)?" + _END + r"|"
                           r"\byour\s+(?P<rel>" + _REL + r")\s+(?:is|are|'s)\s+(?:always\s+|just\s+|such\s+)*(?:a\s+bad\s+influence|"
                           r"trying\s+to\s+turn\s+you\s+against\s+me|turning\s+you\s+against\s+me|poisoning\s+you|bad\s+news|"
                           r"toxic)\b", re.I)),
    # Undermining the listener's worth or bonds.
    ("undermine", re.compile(r"\b(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:would|will|could)\s+(?:ever\s+)?(?:love|want|"
                             r"put\s+up\s+with|care\s+about|date|marry)\s+you\b|\byou\s+don't\s+need\s+any(?:one|body)\s+else\b|"
                             r"\byou've\s+got\s+me\b|"
                             r"\byour\s+friends\s+(?:don't|do\s+not)\s+(?:actually\s+|really\s+|even\s+)?like\s+you\b|"
                             r"\bthey\s+(?:just|only)\s+feel\s+sorry\s+for\s+you\b|"
                             r"\byou(?:'re|\s+are)\s+lucky\s+I\s+(?:even\s+)?(?:put\s+up\s+with|stay|stayed|bother)\b", re.I)),
    # Criticism wrapped in concern or honesty.
    ("concern", re.compile(r"^\W*(?:\w+\W+)?(?:I'm\s+only\s+saying\s+(?:this|it)\s+because\s+I\s+(?:care|love\s+you)|"
                           r"no\s+offen[cs]e|don't\s+take\s+this\s+the\s+wrong\s+way|I'm\s+(?:just|only)\s+being\s+honest|"
                           r"I'm\s+(?:saying|telling\s+you)\s+this\s+as\s+your\s+\w+|I\s+only\s+want\s+what's\s+best\s+for\s+you|"
                           r"I'm\s+not\s+trying\s+to\s+(?:upset|hurt|offend)\s+you|I\s+(?:just|only)\s+worry\s+about\s+you|"
                           r"I\s+say\s+this\s+(?:with|out\s+of)\s+love)\b"  # not "with respect": it softens a complaint, it feigns no care
                           r"(?P<rest>(?=[^.!?]*\b(?:you|your|you're|that|this)\b)[^.!?]*)", re.I)),
)
# Kinds whose every clause in the sentence is part of the move ("…, you've got me", "…, but you look terrible").
_WHOLE_SENTENCE = {"made_say", "concern", "undermine", "isolate", "or_else", "dont_expect", "like_this", "wont_talk", "minimise",
                   "think_i", "if_hadnt", "love_after", "love_not", "role_if", "role_would"}
_ALL = _KINDS + GUILT_KINDS
_WHOLE_SENTENCE |= {name for name, _ in GUILT_KINDS}


_SENT = re.compile(r"[^.!?\n]+[.!?\n]*")


def sentences(text: str) -> list[tuple[int, str]]:
    """(start, text) of each written sentence: the parser may cut "…, stop acting like | I did"."""
    return [(m.start(), m.group(0)) for m in _SENT.finditer(text)]


# "I'd never say you're overreacting", "I'm not saying you take things the wrong way": the move disowned.
_DISOWNED = re.compile(r"\b(?:never|not|n't|don't|didn't)\s+(?:\w+\s+)?(?:say|saying|said|think|thinking|mean|meant|"
                       r"calling|call)\s*(?:that\s+)?$", re.I)


def _disowned(sent: str, at: int) -> bool:
    """The move is said not to be meant, or quoted from someone else ("she said 'a real friend would…'")."""
    before = sent[:at]
    return bool(_DISOWNED.search(before)) or sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1


def _hits(clause):
    """The kinds whose match, in the clause's written sentence, touches the clause (or, for kinds
    that take the whole sentence, anywhere in it)."""
    doc = clause.tokens[0].doc
    start, end = clause.tokens[0].idx, clause.tokens[-1].idx + len(clause.tokens[-1].text)
    found = set()
    for at, sent in sentences(doc.text):
        if not (at <= start < at + len(sent)) and not (start < at < end):
            continue
        for name, pattern in _ALL:
            for m in pattern.finditer(sent):
                if _disowned(sent, m.start()) or not holds(name, m):
                    continue
                if name in _WHOLE_SENTENCE or m.start() + at < end and m.end() + at > start:
                    found.add(name)
    return found


def mark_manipulation(clauses) -> None:
    """Gives the clauses that carry a move the role "pressure" and a "manip_<kind>" cue (read_message)."""
    for clause in clauses:
        if not clause.tokens:
            continue
        kinds = _hits(clause)
        if kinds:
            clause.role, clause.literal = PRESSURE, None
            clause.cues = set(clause.cues) | {CUE + k for k in kinds}
            if "?" not in clause.text:
                clause.question = False


def kinds_in(msg) -> set:
    return {cue[len(CUE):] for c in msg.clauses for cue in c.cues if cue.startswith(CUE)}


def _base(word: str, msg) -> str:
    return verb_base(word, msg.doc)


def _said(phrase: str) -> str:
    return said_phrase(phrase)


def _in_past(phrase: str, msg) -> str:
    return in_past(phrase, msg.doc)


def _as_base(phrase: str, msg) -> str:
    """"had my back" → "have my back"."""
    verb, _, rest = _said(phrase).partition(" ")
    return f"{_base(verb, msg)} {rest}".strip()


def _match(msg, name):
    pattern = dict(_KINDS)[name]
    return next((m for m in (pattern.search(s) for _, s in sentences(msg.text)) if m), None)


def _fact_text(msg, clause) -> str | None:
    """A statement of the speaker's own ("we never agreed to split the rent"), as it would follow a comma."""
    words = [t for t in clause.tokens if not t.is_punct and t not in msg.address_tokens]
    if clause.role not in ("fact", "denial", "own", "excuse") or len(words) < 3 or words[0].lower_ not in ("i", "we"):
        return None
    text = " ".join(t.text for t in words).replace(" n't", "n't").replace(" '", "'")
    return text if words[0].lower_ == "i" else text[0].lower() + text[1:]


def _plain_facts(msg) -> list[str]:
    """The message's own statements outside every move."""
    return [t for t in (_fact_text(msg, c) for c in msg.clauses) if t]


def _lines(name, m, msg):
    """(lines, strategy) for one kind, from its match; None when there is nothing safe to say."""
    g = m.groupdict()
    if name == "love_after" and re.match(r"have\s+", g["want"], re.I):  # "you'd have called": a missed occasion
        return [f"I was really hurt that you didn't {_as_base(g['want'][5:], msg)}", "Can we talk about it?"], I_STATEMENT
    if name == "love_after" or name == "role_if" and not g.get("perf") or name == "role_would" and not g.get("perf"):
        want = _said(g["want"])
        if name == "role_would":
            return [f"It would mean a lot to me if you could {want}", "Can we talk about it?"], I_STATEMENT
        return [f"It would mean a lot to me if you {_in_past(want, msg)}", "Can we talk about it?"], I_STATEMENT
    if name in ("role_if", "role_would"):  # "a real friend would've had my back": it was needed, and missed
        return [f"I really needed you to {_as_base(g['want'], msg)}", "I felt let down, and I'd like to talk about it"], \
            I_STATEMENT
    if name == "love_not":
        return [f"I find it hard when you {_said(g['act'])}, and I'd like us to talk about it", "It matters a lot to me"], \
            I_STATEMENT
    if name == "if_hadnt":
        mine = _in_past(_as_base(g["mine"], msg), msg)
        return [f"I'm sorry I {mine}", "That's on me, not you", "Can we talk about what happened when we're both calm?"], \
            RESPONSIBILITY
    if name == "make_me":
        return [f"I've been getting really {g['feel'].lower()}, and how I react is on me",
                "Can we talk about what's going on between us when we're both calm?"], RESPONSIBILITY
    if name == "wind_up":
        return ["I'm sorry for how I reacted", "That's on me, not you",
                "Can we talk about what happened when we're both calm?"], RESPONSIBILITY
    if name == "made_say":
        return ["I'm sorry for what I said", "That's on me, not you",
                "Can we talk about what happened when we're both calm?"], RESPONSIBILITY
    if name == "or_else":
        thing = (g.get("thing") or "").lower()
        if thing and thing not in ("time", "thing", "word"):
            return [f"That {thing} really hurt me, and I don't want it to happen again", "Can we talk about it?"], I_STATEMENT
        if re.match(r"keep|carry", g["cond"], re.I):
            return ["I'm really upset about how this is going, and I need something to change",
                    "Can we talk about it?"], I_STATEMENT
        return ["That really hurt me, and I don't want it to happen again", "Can we talk about it?"], I_STATEMENT
    if name == "leave":
        return ["I'm feeling really unhappy about how things are between us",
                "I need us to talk about it properly. Can we find a time?"], I_STATEMENT
    if name == "dont_expect":
        act = _said(g["act"])
        return [f"I'm really upset, and I'd rather you didn't {act}", "Can we talk about it?"], I_STATEMENT
    if name == "like_this":
        return ["I'm getting really upset, and I need a break",
                "Can we talk about it again once we've both calmed down?"], I_STATEMENT
    if name == "wont_talk":
        if re.search(r"\beverything\s+I\s+say\b", msg.text, re.I):
            return ["It feels like everything I say comes out wrong, and I need a moment",
                    "Can we talk again once I've calmed down?"], I_STATEMENT
        return ["I'm really hurt right now, and I need a moment", "Can we talk again once I've calmed down?"], I_STATEMENT
    if name == "minimise":
        if re.search(r"\bjok(?:e|ing)\b", msg.text, re.I):
            return ["I can see my joke hurt you, and I'm sorry",
                    "I'll be more careful about how I say things"], RESPONSIBILITY
        if re.search(r"\b(?:didn't|did\s+not|never)\s+mean\s+to\s+(?:hurt|upset)\s+you\b", msg.text, re.I):
            return ["I'm sorry I hurt you", "I can see why that upset you, and I'd like to hear how it felt"], RESPONSIBILITY
        return ["I can see this hurt you, and I'm sorry I brushed it off",
                "Can you tell me how it felt from your side? I'm listening"], ACKNOWLEDGE
    if name == "denial":
        facts = _plain_facts(msg)
        return [f"As I remember it, {facts[0]}" if facts else "I remember it differently",
                "Can you tell me what you remember?"], I_STATEMENT
    if name == "think_i":
        verb, rest = _base(g["verb"], msg), _said(g["rest"])
        return [f"I didn't {verb} {rest}", "I can see you're worried about this, and I'd like to understand",
                "Can you tell me what's worrying you?"], I_STATEMENT
    if name == "isolate":
        who = _said(g.get("who") or "")
        if g.get("rel"):
            thing = f"your {g['rel'].lower()}"
        elif re.fullmatch(r"(?:her|him|them)", who, re.I):
            rel = re.search(r"\byour\s+(" + _REL + r")\b", msg.text, re.I)
            thing = f"your {rel.group(1).lower()}" if rel else f"you {g['verb'].lower()} {who.lower()}"
        else:
            thing = f"you {g['verb'].lower()} {who}"
        if g.get("rel") and not re.search(r"\bdon't\s+want\s+you\b", msg.text, re.I):  # nothing forbidden, no choice to give back
            return [f"I've been finding things hard with {thing}", "I'd like to talk about it, and hear how you see it"], \
                I_STATEMENT
        return [f"I've been feeling uneasy about {thing}, and I'd like to talk about why",
                "I know it's your choice who you see"], I_STATEMENT
    if name == "undermine":
        moods = re.search(r"\bput\s+up\s+with\s+(your\s+[^,.!?]+)", msg.text, re.I)
        if re.search(r"\bafter\s+what\s+you\s+did\b", msg.text, re.I):  # the hurt under "you're lucky I stayed"
            return ["I'm still hurt about what happened", "I'd like us to talk about it"], I_STATEMENT
        if moods and re.search(r"\blucky\b", msg.text, re.I):
            return [f"I've been finding {_said(moods.group(1))} hard lately", "I'd like us to talk about it calmly"], \
                I_STATEMENT
        if re.search(r"\bput\s+up\s+with\b", msg.text, re.I):  # "nobody else would put up with you"
            return ["I've been feeling frustrated with how things are between us", "I'd like us to talk about it calmly"], \
                I_STATEMENT
        return ["I've been feeling insecure about us lately", "I'd like us to talk about it"], I_STATEMENT
    if name == "concern":
        rest = g.get("rest") or ""
        topic = re.search(r"\b(?:that|this)\s+(?!way\b|because\b|is\b|was\b)(?P<n>[a-z]+)\b", rest, re.I)
        yours = re.search(r"\byour\s+(?P<n>[a-z]+)\s+(?:is|are|was|were|looks?|seems?|tastes?|sounds?)\b", rest, re.I)
        if yours and not topic:  # "your cooking is awful": the view offered, not pressed
            return [f"I have some thoughts about your {yours.group('n').lower()}", "Would you like to hear them?"], I_STATEMENT
        if topic:
            return [f"I'm not sure about {topic.group(0).lower()}", "I care about you, and it's your call"], I_STATEMENT
        if re.search(r"\bat\s+work\b", msg.text, re.I):
            return ["I care about you, and I've been a bit worried about how things are going at work",
                    "How are you doing?"], I_STATEMENT
        return ["I care about you, and I've been a bit worried about you lately", "How are you doing?"], I_STATEMENT
    return None


def manipulation_lines(msg) -> list[tuple[list[str], str]]:
    """What the speaker could say instead of each move the message makes: (lines, strategy) pairs."""
    found = []
    kinds = kinds_in(msg)
    if "martyr_do" in kinds:  # "don't mind me, I'll do the washing up myself": the chore says more
        kinds = kinds - {"martyr_alone"}
    for name in sorted(kinds):
        if name in dict(GUILT_KINDS):
            answer = guilt_lines(name, msg)
        else:
            m = _match(msg, name)
            answer = _lines(name, m, msg) if m else None
        if answer and answer not in found:
            found.append(answer)
        if name == "denial":  # the fact kept may still read as a denial: the bare version too
            plain = (["I remember it differently", "Can you tell me what you remember?"], I_STATEMENT)
            if plain not in found:
                found.append(plain)
    return found


def only_moves(msg) -> bool:
    """Every clause with content is a move (here or in pressure.py) and this module has an answer:
    the other strategies would only keep the move as a fact or name it as the listener's act."""
    content = [c for c in msg.clauses if c.role != "filler" and any(t.is_alpha for t in c.tokens)]
    kept = _plain_facts(msg) if "denial" in kinds_in(msg) else []  # "As I remember it, we never agreed…"
    return bool(content) and bool(kinds_in(msg)) and bool(manipulation_lines(msg)) and all(
        c.role == PRESSURE or _fact_text(msg, c) in kept for c in content)


def _candidates(msg) -> list:
    """The answers to the moves, and, when the moves are all there is, pressure.py's answers too."""
    from .candidate import Candidate  # reading.py reads messages, which mark moves here: imported late
    from .pressure import pressure_lines
    from .reading import compose

    lines = manipulation_lines(msg) if kinds_in(msg) else []
    if lines and only_moves(msg):
        owned = any(strategy == RESPONSIBILITY for _, strategy in lines)
        # pressure.py's "I'm sorry for what I did" says less than "I'm sorry for what I said" here
        lines = lines + [(ls, st) for ls, st in pressure_lines(msg) if not (owned and st == RESPONSIBILITY)]
    return [Candidate(compose(msg, ls), strategy) for ls, strategy in lines]


# "…and I'll smash your phone": an ultimatum whose "or else" is harm; no rewrite should carry it.
_HARM_AFTER = re.compile(r"\b(?:and|&)\s+(?:I'll|I\s+will|I'm\s+going\s+to|you'll)\s+(?:\w+\s+){0,2}?(?:hurt|smash|break|hit|kill|"
                         r"punch|slap|burn|destroy|wreck|bin|throw|regret|pay)\b", re.I)


def with_moves(msg, chosen: tuple) -> tuple:
    """The strategies to try (strategies.py): only the answers here when every clause is a move,
    these answers first otherwise; none for an ultimatum that threatens harm."""
    if not kinds_in(msg):
        return chosen
    if "or_else" in kinds_in(msg) and _HARM_AFTER.search(msg.text):
        return ()
    return (_candidates,) if only_moves(msg) else (_candidates, *chosen)
