"""Short defensive turns from film and TV dialogue, read whole, and what the speaker could say instead.

A defence of 3-15 words in a script is one move: a denial with a detail ("I never went near the
safe, Lieutenant"), feigned innocence ("What are you looking at me for?", "Is it a crime to go
dancing now?"), a rationalisation ("I lied because you'd never have let me go", "A man has to feed
his children"), a victim turn ("Fine, blame the help", "I give and give, and this is what I get"),
turning it round ("Since when do you care where I go?", "You're one to lecture me about honesty"),
minimising ("It's just a dress, Mother") or an evasion ("Can we not do this tonight?"). The clause
strategies read such a turn as a fact to apologise for ("I'm sorry about a finger"), keep the move
("As far as I know, it's not like anyone got hurt") or find nothing to keep. This module owns those
whole-turn readings: `scene_lines` gives (lines, strategy) answers that keep the speaker's details
(places, times, names, the object) and never make the speaker confess what they deny: a denial
becomes the speaker's own account beside an acknowledgement of the listener's worry.
`with_scene` (strategies.py) offers only these answers when the turn is one of these moves.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY
from . import manipulation, spoken
from .inflect import base_of, gerund, lemma_of, past

# What opens or closes a spoken defence without saying anything a rewrite keeps: "Oh,", "Look,",
# "What?", "Who, me?", "…, I swear to God", "…, honest", "…, do they?".
_LEAD = re.compile(r"^(?:(?:oh|well|look|listen|what|me|who,?\s*me|please|oh\s+please|fine|sure|yeah|right|okay|ok|hey|"
                   r"come\s+on|go\s+on|that's\s+right|of\s+course|honestly|so|god|christ|jesus)\s*[,.!?…]+\s*|"
                   r"(?:oh|well|so)\s+(?=\S))+", re.I)
_TAIL = re.compile(r"(?:\s*[,;]\s*(?:I\s+swear(?:\s+to\s+god)?|honest(?:ly)?|okay|ok|all\s+right|alright|ask\s+anyone|"
                   r"that's\s+all|do\s+they|does\s+he|does\s+she|is\s+it|isn't\s+it|right|then|now|"
                   r"(?:he|she|they)'ll\s+tell\s+you))+\s*$", re.I)
# A title or pet name at the end that find_address (address.py) leaves in the turn: "…, sir."
_TITLE = re.compile(r"\s*,\s*(?P<title>sir|ma'am|madam|miss|mate|love|dear|darling|honey|babe|son|kid|pal|buddy|boss)\s*$",
                    re.I)
# An oath or a witness beside a plain account makes it a denial: "I paid the rent on Friday, I swear."
_SWORN = re.compile(r"\b(?:I\s+swear|honest(?:ly)?|ask\s+anyone|(?:he|she|they)'ll\s+tell\s+you)\b", re.I)
_END = " .!?…"


def bare(msg) -> str:
    """The turn without the name it is said to, its opening interjection and its closing oath or tag."""
    words = "".join(t.text_with_ws for t in msg.doc if t.i not in msg.address_tokens)
    words = re.sub(r"\s+([,.!?])", r"\1", words).strip()
    words = re.sub(r"^[,\s]+|[,\s]+(?=[.!?]*$)", "", words)
    end = words[-1:] if words[-1:] in "?!." else ""
    words = _LEAD.sub("", words.rstrip(_END)).rstrip(_END)
    words = _TITLE.sub("", words)
    words = _TAIL.sub("", words).rstrip(_END + ",")
    return words + ("?" if end == "?" else "")


def _tag(msg, word: str) -> str:
    """The tagger's part-of-speech tag for the first token spelled `word` ("" if none)."""
    return next((t.tag_ for t in msg.doc if t.lower_ == word.lower()), "")


def _past_verb(msg, word: str) -> bool:
    return _tag(msg, word) in ("VBD", "VBN") or base_of(word.lower()) != word.lower()


def _the(thing: str) -> str:
    """"a dress" → "the dress", "barely twenty dollars" → "the twenty dollars"; "my ring" stays."""
    thing = re.sub(r"^(?:a\s+bit\s+of|a\s+little|a|an|one|some)\s+", "", thing.strip(), flags=re.I)
    return thing if re.match(r"(?:the|my|your|his|her|our|their|this|that)\b", thing, re.I) else "the " + thing


def _unabsolute(why: str) -> str:
    """"you'd never have let me go" → "you wouldn't have let me go": the reason without the verdict."""
    why = re.sub(r"\byou'd\s+never\b", "you wouldn't", why, flags=re.I)
    why = re.sub(r"\byou\s+would\s+never\b", "you wouldn't", why, flags=re.I)
    return re.sub(r"\s+(?:always|ever)\b", "", why)


_HURT = "Can we talk about it?"
_ASK = "Can you tell me what's going on?"
# Acts a speaker owns as wrong when they give a reason for them ("I lied because…").
_WRONGS = r"lied|cheated|stole|took|hid|snooped|read|sold|spent|broke|went\s+behind\s+your\s+back"
_LAPSES = r"forgot|missed|lost|overslept|dropped|failed|skipped|ran\s+out|got\s+lost|slept\s+in|left"
_DENIED_VERBS = r"never|didn't|did\s+not|haven't|have\s+not|hadn't|wasn't|was\s+not|never\s+even|'ve\s+never|have\s+never"
# Not denials: what the speaker did not know or mean is an excuse, read elsewhere (lapses.py, excuses.py).
_NOT_DENIAL = (r"(?!(?:even\s+)?(?:know|knew|mean|meant|realise|realize|think|thought|see|notice|get\s+the\s+chance|have\s+(?:a|any)\s+choice|"
               r"want|ask\s+for|say\s+(?:that|it)\b|said\s+(?:that|it)\b|trying|going|able|sure|aware|told)\b)")


def _denial(m, msg):
    if re.search(r"\b(?:anything|nothing)\b", m.group(0), re.I):
        return None  # "I didn't do anything": no detail to give as an account (defence.py answers it)
    if re.search(r"\b(?:because|cos|cause|since\s+I)\b", m.group(0), re.I):
        return None  # "I didn't call because I thought…": an omission with its guess (omissions.py)
    said = re.sub(r"\s+even\b", "", m.group(0)).rstrip(_END)
    said = said[:1].upper() + said[1:]
    own = said if said.startswith("I ") else said[:1].lower() + said[1:]
    # the listener's worry acknowledged beside the speaker's own account: both are the acknowledgement
    return [([f"{said}, and I can hear that something's worrying you", _ASK], ACKNOWLEDGE),
            ([f"I can see why you're worried, and I want to be honest with you: {own}",
              "Can you tell me what's on your mind?"], ACKNOWLEDGE)]


def _account(m, msg):
    if not _SWORN.search(msg.text):
        return None  # "I was in the kitchen the whole time" on its own: read as an alibi (rationales.py)
    if m.group("verb") and not _past_verb(msg, m.group("verb")):
        return None
    return _denial(m, msg)[:1]


def _ask_them(m, msg):
    return [([f"I think {m.group('who')} might know {m.group('q')}", "Can we work out together what happened?"],
             I_STATEMENT)]


def _own_act(m, msg):
    first = m.group("act").split()[0]
    if re.search(r"\b(?:because|cos|cause)\b", m.group("act"), re.I):
        return None  # "I only shouted because you pushed me": the act and its reason, owned in pressure.py
    if not (_past_verb(msg, first) or _tag(msg, first) == "VBG" and m.group("was")):
        return None  # "I was only a few minutes late": a lapse, owned elsewhere (lapses.py)
    act = ("was " if m.group("was") else "") + m.group("act")
    speech = re.match(r"(?:was\s+)?(?:asked|asking|said|saying|mentioned|suggested|told|joked|joking|teasing)\b", act, re.I)
    return [([f"I {act}, and I can see it upset you", "Can you tell me how it came across?" if speech else _HURT],
              ACKNOWLEDGE)]


def _reasoned(m, msg):
    verb, what, link, why = m.group("verb"), (m.group("what") or "").strip(), m.group("link"), m.group("why")
    if m.group("only") and link.lower() == "because":
        return None  # "I only missed practice because…": owned with its reason as a feeling (rationales.py)
    if re.fullmatch(_LAPSES, verb, re.I):
        return None  # "I forgot the kit because…": a lapse, owned without its excuse (work.py, lapses.py)
    if not _past_verb(msg, verb) or link.lower().startswith("to") and not what:
        return None  # "I do it because…": a habit; "I forgot to pay…": the lapse, owned elsewhere
    if not link.lower().startswith("to") and re.match(r"(?:you|nobody|no\s+one|someone|somebody|everyone|they)\b", why, re.I) \
            and not re.fullmatch(_WRONGS, verb, re.I):
        return None  # "…because you pushed me to it": the reason is a charge; pressure.py owns the act
    act = f"{verb} {what}".strip()
    why = _unabsolute(why)
    lines = [([f"I {act} {link} {why}, and I can see it hurt you anyway", _HURT], ACKNOWLEDGE)]
    if re.fullmatch(_WRONGS, verb, re.I) and link.lower() == "because":
        worry = f"I was worried {why}" if re.match(r"you\b", why, re.I) else f"I did it because {why}"
        lines.insert(0, ([f"I'm sorry I {act}", f"{worry}, and I should have talked to you", _HURT], RESPONSIBILITY))
    return lines


def _had_to(m, msg):
    return [([f"I was trying to {m.group('act')}, and I can see it hurt you", _HURT], ACKNOWLEDGE)]


def _any_role(m, msg):
    return [([f"I did what I thought a {m.group('role').lower()} should do, and I can see it hurt you", _HURT], ACKNOWLEDGE)]


def _one_has_to(m, msg):
    rest = re.sub(r"\b(?:his|her|their)\b", "my", m.group("rest"))
    return [([f"I was trying to {m.group('verb')} {rest}", "I can see it hurt you, and I'd like to talk about it"],
             ACKNOWLEDGE)]


def _itself(m, msg):
    verb = m.group("verb").lower()
    return [([f"I {past(verb)} {m.group('thing')} myself, and I can see it upset you", _HURT], ACKNOWLEDGE)]


def _staring(m, msg):
    who = m.group("who").lower()
    be = "you're" if who.startswith("you") else "they're" if who == "they" else f"{who}'s"
    return [([f"I notice {be} looking at me, and I'd like to know what's on your mind", "Can you tell me?"], I_STATEMENT)]


def _no_idea(m, msg):
    return [(["I'm not sure what you mean yet, and I'd like to understand", "Can you tell me what's worrying you?"],
             ACKNOWLEDGE)]


def _crime(m, msg):
    if m.group("verb"):
        words = m.group("verb").split()
        doing = " ".join([gerund(words[0].lower()), *words[1:]])
    else:
        doing = m.group("doing")
    doing = re.sub(r"\s+(?:now|then|anymore|any\s+more)$", "", doing.strip(), flags=re.I)
    return [([f"I didn't think {doing} would upset you", "Can you tell me what worries you about it?"], ACKNOWLEDGE),
            ([f"I'd like to understand what worries you about {doing}", _HURT], I_STATEMENT)]


def _blame_the(m, msg):
    # as speaker_grievances.py says it after "Sure,": true whether X is the speaker or someone stood up for
    who = re.sub(r"\s+", " ", m.group("who")).lower()
    plural = re.search(r"[^s']s$", who) and not who.endswith(("ss", "us"))
    return [([f"I don't think {who} {'are' if plural else 'is'} really to blame", "Can we look at what actually happened?"],
             I_STATEMENT)]


def _the_one_who(m, msg):
    return [([f"I feel like I'm the one who {m.group('act')}, and it hurts",
              "Can we look at what happened together?"], I_STATEMENT)]


def _unthanked(m, msg):
    return [(["I've been giving a lot, and I'm feeling unappreciated right now",
              "A thank-you now and then would mean a lot to me. Can we talk about it?"], I_STATEMENT)]


def _checking(m, msg):
    return [([f"I feel uneasy when you keep {m.group('doing')}", "Can you tell me what's worrying you?"], I_STATEMENT)]


def _since_when(m, msg):
    return [([f"I'm surprised you're asking {m.group('what')}", "Can you tell me what's on your mind?"], I_STATEMENT)]


def _keeper(m, msg):
    return [(["I'd like to make my own choices about this", "Can we talk about what's worrying you?"], I_STATEMENT)]


def _one_to_talk(m, msg):
    topic = m.group("topic")
    return [([f"I hear what you're saying about {topic}", "Can we talk about it together?"], ACKNOWLEDGE)]


def _no_saint(m, msg):
    rest = (m.group("rest") or "").strip()
    later = f"what happened {rest}" if rest else "my side"
    return [([f"I hear you", f"I'd like us to sort this out first, and talk about {later} another time"], ACKNOWLEDGE)]


def _minimised(m, msg):
    if re.search(r"\b(?:joke|joking|kidding|banter|teasing|a\s+laugh)\b", m.group("thing"), re.I):
        return None  # one's own joke is owned as landing badly (owning.py), not as a thing brushed off
    thing = _the(m.group("thing"))
    return [([f"I'm sorry I brushed off {thing}", "I can see it matters to you", _HURT], RESPONSIBILITY),
            ([f"I can see {thing} matters to you, and I'm listening", _HURT], ACKNOWLEDGE)]


def _nobody_hurt(m, msg):
    return [([f"I'm glad nobody {m.group('act')}, and I can see this still upset you", _HURT], ACKNOWLEDGE)]


def _accident(m, msg):
    return [([f"It was {m.group('what')}, and I'm still sorry it happened", "I can see it hurt you", _HURT], RESPONSIBILITY)]


def _not_now(m, msg):
    when = (m.group("when") or "right now").strip()
    when = "right now" if when.lower() == "now" else when  # "talking about this well now" reads as a slip
    return [([f"I'm not up to talking about this well {when}", "Could we find a time soon to talk it through?"],
             I_STATEMENT)]


def _not_here(m, msg):
    where = (m.group("where") or "right now").strip()
    return [([f"I'd rather not talk about this {where}", "Could we find another time to talk it through?"], I_STATEMENT)]


def _leaving(m, msg):
    said = m.group(0)[:1].upper() + m.group(0)[1:]
    return [([f"{said}, and I don't want to rush this", "Can we talk about it properly later?"], I_STATEMENT)]


def _past_it(m, msg):
    return [(["I thought we'd put that behind us, and I can see it still hurts", _HURT], ACKNOWLEDGE)]


def _none_of(m, msg):
    what = (m.group("what") or "that").strip()
    return [([f"I'd rather keep {what} to myself for now, and I can see that worries you",
              "Can we talk about what's on your mind?"], I_STATEMENT)]


def _orders(m, msg):
    return [(["I was following orders, and I'm sorry for my part in it", "Can we talk about what happened?"],
             RESPONSIBILITY)]


def _idea(m, msg):
    return [([f"It was {m.group('who')}'s idea, and I'm sorry for my part in it", "Can we talk about what happened?"],
             RESPONSIBILITY)]


def _not_the_one(m, msg):
    verb = m.group("verb").lower()
    if not _past_verb(msg, verb):
        return None
    lemma = next((lemma_of(t) for t in msg.doc if t.lower_ == verb), base_of(verb))
    return [([f"I didn't {lemma} {m.group('rest')}, and I know this matters to you",
              "Can we work out together what happened?"], ACKNOWLEDGE)]


def _a_lie(m, msg):
    return [(["I remember it differently", "Can you tell me how you remember it?"], I_STATEMENT)]


_WHO = r"(?P<who>you|everybody|everyone|everybody\s+else|everyone\s+else|they|you\s+all|you\s+lot|people)"
# (pattern over the bare turn, answer) pairs, tried in order; the first whose answer is not None wins.
_READINGS = (
    (r"I\s+was\s+(?:just\s+|only\s+)?following\s+orders", _orders),
    (r"I\s+(?P<only>only\s+|just\s+)?(?!(?:was|were|am|had|have|do)\b)(?P<verb>\w+)(?P<what>(?:\s+\w+){0,5}?)\s+(?P<link>because|to\s+spare|to\s+protect|"
     r"to\s+pay(?:\s+for)?|to\s+help|to\s+keep|to\s+save|so\s+that|so(?=\s+(?:I|you|we|he|she|they)\b))\s+(?P<why>[^?,]+)", _reasoned),
    (r"I\s+(?P<was>was\s+)?(?:only|just|barely|hardly|merely)\s+(?P<act>[^?,]+)", _own_act),
    (r"I\s+had\s+to\s+(?P<act>(?:protect|keep|save|look\s+after|take\s+care\s+of|feed|stop|think\s+of|defend|help)\b[^?,]*)",
     _had_to),
    (r"I\s+did\s+what\s+any\s+(?P<role>\w+)\s+would(?:\s+have)?\s+(?:do|done)", _any_role),
    (r"(?:a|any)\s+(?:man|woman|mother|father|girl|guy|person|parent)\s+(?:has\s+to|has\s+got\s+to|'s\s+got\s+to|needs\s+to|must)"
     r"\s+(?P<verb>\w+)\s+(?P<rest>[^?,]+)", _one_has_to),
    (r"(?P<thing>the\s+[\w\s]+?)\s+(?:wasn't|was\s+not|weren't|were\s+not)\s+going\s+to\s+(?P<verb>\w+)\s+(?:itself|themselves)", _itself),
    (r"(?:what|why)\s+(?:are|is)\s+" + _WHO + r"\s+(?:looking|staring|glaring|gawping|gawking)\s+at\s+me"
     r"(?:\s+for|\s+like\s+that)?\??", _staring),
    (r"I(?:'m\s+sure\s+I)?\s*(?:have\s+no\s+idea|don't\s+know|do\s+not\s+know|haven't\s+(?:a\s+clue|the\s+faintest(?:\s+idea)?))"
     r"\s+what\s+you(?:'re|\s+are)?\s+(?:mean|implying|getting\s+at|talking\s+about|on\s+about|suggesting|insinuating)\??",
     _no_idea),
    (r"(?:since\s+when\s+)?is\s+it\s+(?:a\s+crime|illegal|against\s+the\s+law|so\s+wrong|wrong)\s+to\s+(?P<verb>[^?,]+)\??|"
     r"what's\s+(?:so\s+)?wrong\s+with\s+(?P<doing>\w+ing\b[^?,]*)\??", _crime),
    # "Fine, blame the help": the opener speaker_grievances.py does not read ("Fine", "Go on" alone)
    (r"blame\s+(?:it\s+on\s+)?(?P<who>the\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+again)?(?:,?\s+why\s+don't\s+you)?", _blame_the),
    (r"I'm\s+(?:always\s+)?the\s+(?:only\s+)?one\s+who\s+(?P<act>(?:always\s+)?(?:gets?|takes?|cops?)\s+(?:it\s+in\s+the\s+neck|"
     r"the\s+blame|the\s+flak|the\s+heat|yelled\s+at|shouted\s+at|blamed|told\s+off|in\s+trouble)[^?,]*)", _the_one_who),
    (r"(?:nobody|no\s+one)\s+(?:ever\s+)?(?:thanks|appreciates)\s+(?:me|anything\s+I\s+do)\??|"
     r"I\s+give\s+and\s+give,?\s+and\s+(?:this\s+is\s+what|look\s+what)\s+I\s+get", _unthanked),
    (r"why\s+(?:are|do)\s+you\s+(?:always|constantly|forever|still)\s+(?P<doing>(?:checking|watching|following|questioning|"
     r"spying|interrogating|hovering|tracking|texting|calling|phoning|snooping)\s+(?:up\s+on\s+|on\s+|over\s+|after\s+)?me\b"
     r"[^?,]*)\??", _checking),
    (r"since\s+when\s+do(?:es)?\s+you\s+care\s+(?P<what>(?:where|what|who|how|when|whether|if)\s+[^?,]+)\??", _since_when),
    (r"who\s+(?:made\s+you|died\s+and\s+made\s+you|put\s+you\s+in\s+charge\s+of)\s+(?:my\s+\w+|the\s+boss|king|queen|god)(?:\s+(?:of|in|around)\s+[^?,]+)?\??",
     _keeper),
    (r"(?:you're|you\s+are)\s+(?:one|a\s+fine\s+one|the\s+last\s+person)\s+to\s+(?:lecture|talk\s+to|preach\s+to|tell)\s+me\s+"
     r"about\s+(?P<topic>[^?,]+)|look\s+who's\s+talking\s+about\s+(?P<topic2>[^?,]+)", _one_to_talk),
    (r"(?:you\s+weren't|you\s+were\s+not|you're\s+not|you\s+aren't)\s+exactly\s+(?:a\s+saint|an\s+angel|perfect|innocent|"
     r"blameless)(?P<rest>\s+(?:in|at|with|on|last)\s+[^?,]+)?", _no_saint),
    (r"(?:it's|it\s+is|it\s+was|that's|that\s+was)\s+(?:only|just|barely|merely|hardly|nothing\s+but)\s+"
     r"(?!like\s+(?:you|u)\s+to\b)(?P<thing>[^?,]+)",  # "it's just like you to…": a verdict on the listener (acts.py)
     _minimised),
    (r"(?:it's|it\s+is)\s+not\s+like\s+(?:anyone|anybody)\s+(?P<act>[^?,]+)", _nobody_hurt),
    (r"it\s+was\s+(?P<what>an\s+accident|a\s+mistake)", _accident),
    (r"(?:can\s+we\s+not\s+do\s+this|not(?=\s+(?:tonight|now|right\s+now|today|here)$))(?P<when>\s+(?:tonight|now|right\s+now|today|here))?\??", _not_now),
    (r"I'm\s+not\s+(?:discussing|talking\s+about|doing|having)\s+this(?P<where>\s+(?:at|in|here|now|in\s+front\s+of)\b[^?,]*)?",
     _not_here),
    (r"I(?:'ve|\s+have)\s+got\s+(?:a|an)\s+\w+\s+to\s+\w+(?:\s+to)?|I'm\s+late\s+for\s+(?:work|my\s+\w+|the\s+\w+)", _leaving),
    (r"(?:that's|that\s+is|that\s+was|it's|it\s+was)\s+(?:ancient\s+history|in\s+the\s+past|water\s+under\s+the\s+bridge|"
     r"(?:years|months|ages)\s+ago)", _past_it),
    (r"(?:it's|that's|it\s+is)\s+none\s+of\s+your\s+(?:business|concern)(?P<what>\s+(?:where|what|who|how|when|why)\s+[^?,]+)?",
     _none_of),
    (r"it\s+wasn't\s+my\s+idea,?\s+it\s+was\s+(?P<who>[A-Z]\w+)'s", _idea),
    (r"I'm\s+not\s+the\s+one\s+who\s+(?P<verb>\w+)\s+(?P<rest>[^?,]+)", _not_the_one),
    (r"(?:that's|that\s+is)\s+(?:a\s+(?:damn\s+|bloody\s+)?lie|a\s+pack\s+of\s+lies|not\s+true)(?:,?\s+and\s+you\s+know\s+it)?",
     _a_lie),
    (r"why\s+don't\s+you\s+ask\s+(?P<who>(?:your\s+)?\w+)\s+(?P<q>(?:where|what|who|why|how|when)\s+[^?,]+)\??", _ask_them),
    (r"I\s+(?:was\s+(?:at|with|in|home|out|here|there)\b|(?P<verb>\w+ed|paid|put|sent|told|left|took|got)\s)[^?,]*", _account),
    (r"(?:I\s*(?:" + _DENIED_VERBS + r")\s+" + _NOT_DENIAL + r"|(?:that|it)\s+(?:wasn't|was\s+not)\s+me\b(?!\s+who\b))[^?,]*", _denial),
)
_COMPILED = tuple((re.compile(pattern, re.I), answer) for pattern, answer in _READINGS)


def scene_lines(msg) -> list[tuple[list[str], str]]:
    """(lines, strategy) answers when the whole short turn is one of the defences read here, else []."""
    said = bare(msg)
    if not said or len(said.split()) > 15 or re.search(r"[.!?;]\s", said):
        return []  # several sentences: the clause strategies read each one
    if not (msg.defensive or msg.blaming):
        return []
    text = msg.text.lstrip(" \"'\u201c")
    if not text[:1].isupper() or re.search(r"(?:^|\s)i(?:\s|'|$)", text) or re.search(r"\b(?:but|lol|ur|u)\b", said, re.I):
        return []  # chat register ("i didnt eat ur leftovers lol") and "…but you never…": read clause by clause
    if spoken.kinds_in(msg) or manipulation.kinds_in(msg):
        return []  # a move spoken.py or manipulation.py already answers keeps its own answer
    for pattern, answer in _COMPILED:
        found = pattern.fullmatch(said)
        if found:
            if answer is _one_to_talk and found.group("topic2"):
                lines = [([f"I hear what you're saying about {found.group('topic2')}", "Can we talk about it together?"],
                          ACKNOWLEDGE)]
            else:
                lines = answer(found, msg)
            if lines:
                return lines
    return []


def with_scene(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the turn is one of its defences (strategies.py)."""
    return (scene_candidates,) if scene_lines(msg) else chosen


def scene_candidates(msg) -> list:
    from .candidate import Candidate
    from .reading import compose  # reading.py reads messages: imported late, as spoken.py does

    titled = _TITLE.search(msg.text.rstrip(_END))
    found = []
    for lines, strategy in scene_lines(msg):
        text = compose(msg, lines)
        if titled and not msg.address:  # "…, sir." kept as the opening a rewrite says it to
            text = f"{titled.group('title').capitalize()}, {text[:1].lower() + text[1:] if not text.startswith('I ') else text}"
        found.append(Candidate(text, strategy))
    return found
