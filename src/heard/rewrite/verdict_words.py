"""Verdicts on the listener that must not survive into a rewrite, and the point they must not take with them.

Owns two things:
- whole readings (`with_verdict_words`, wired in strategies.py) for shapes whose point the general
  readings drop or whose verdict they keep: a bill judged not worth its amount ("sloppy and nowhere near
  worth the £4,800 you invoiced us"), money spent set against a sneered-at outcome ("£27,000 on that
  degree and you're pulling pints. Great choice"), "you only ring when you need something", a colleague's
  confusion answered with "it's clearly documented", and "your father and I are the last people you
  think about … do you have any idea how that felt?".
- `without_verdicts` (engine.py): every candidate with a verdict word mended out ("of all people",
  "your own lad", ", real classy", "nobody bothered to check it", "I need you to understand how that felt") or dropped
  when the verdict is its whole sentence ("the work is sloppy", "it seems you only ring when…").
"""

from __future__ import annotations

import re

from .candidate import Candidate, I_STATEMENT
from .inflect import past, third_person

# -- a bill judged not worth it ------------------------------------------------------------------------------
_VERDICT = (r"(?:sloppy|shoddy|lazy|careless|amateurish|substandard|sub-standard|slapdash|half-arsed|half-assed|"
            r"rubbish|poor|terrible|awful|appalling|a\s+joke|a\s+shambles)")
_AMOUNT = r"[£$€]\s?\d[\d,.]*(?:k|m|\s?(?:grand|quid|dollars|pounds|euros))?"
_WORTH = re.compile(r"^\W*(?:(?:frankly|honestly|to\s+be\s+honest|tbh|quite\s+frankly|look)\W+)*"
                    r"(?P<thing>(?:the|this|that|your)\s[^.?!]*?)\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?" + _VERDICT +
                    r"(?:\s+(?:work|quality|job))?,?\s+and\s+(?:it's\s+|is\s+|was\s+)?(?:nowhere\s+near|not|certainly\s+not|"
                    r"definitely\s+not|not\s+even\s+close\s+to|hardly|not\s+remotely)\s+worth\s+(?P<what>the\s+" + _AMOUNT +
                    r"(?:\s+(?:invoice|bill|fee|quote|price))?(?:\s+(?:you|your\s+\w+)\s+(?:invoiced|billed|charged|quoted|asked)"
                    r"(?:\s+(?:us|me|for))?)?)\s*[.!]*\s*$", re.I)

# -- money spent, then a sneer at what came of it ------------------------------------------------------------
_SPENT = re.compile(r"\b(?:spent|paid|put|invested|forked\s+out|shelled\s+out|sank)\b(?:\s+\S+)?\s+(?P<prep>on|into|for)\s+"
                    r"(?P<thing>(?:that|the|this|your)\s+[\w' -]+?)(?=\s*(?:,|\.|\band\b|$))", re.I)
_SPENT_AMOUNT = re.compile(_AMOUNT, re.I)
_SNEER_TAIL = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:great|brilliant|nice|good|fantastic|excellent|smart|well\s+done|genius)"
                         r"(?:\s+(?:choice|decision|move|one|plan|career\s+move|work|going))?[\s,]*(?:\w+)?\s*[.!]*\s*$", re.I)
_NOW_YOU = re.compile(r"\byou(?:'re|\s+are)\s+(?:now\s+|still\s+|just\s+)?\w+ing\b", re.I)

# -- "you only ring when you need something" ------------------------------------------------------------------
_ONLY_WHEN = re.compile(r"\byou\s+(?:only|just)\s+(?:ever\s+)?(?P<verb>ring|call|phone|text|message|visit|come\s+round|"
                        r"come\s+over|come\s+home|come\s+by|get\s+in\s+touch|pop\s+round|pop\s+in|show\s+up|turn\s+up)"
                        r"(?P<obj>\s+(?:me|us))?(?:\s+\w+)?\s+(?:when|if|because)\s+you\s+(?:need|want)\b", re.I)
_SEEING = ("visit", "come", "pop", "show", "turn")

# -- a colleague's confusion met with "it's clearly documented" ---------------------------------------------------
_CONFUSED = re.compile(r"\b(?:not\s+sure|don't\s+know|do\s+not\s+know|no\s+idea)\s+(?:which|what)\s+(?:part|bit|step|section)"
                       r"(?:\s+of\s+it)?\s+you(?:'re|\s+are)\s+(?:still\s+)?(?:struggling\s+with|stuck\s+on|confused\s+about|"
                       r"having\s+trouble\s+with|not\s+getting|missing)", re.I)
_WHERE_IT_IS = re.compile(r"(?P<what>(?:the|this|that|our|it)\b[^.?!,]*?)\s+(?:is|are|'s)\s+(?:\w+ly\s+)?"
                          r"(?P<how>documented|listed|explained|written\s+(?:up|down)|set\s+out|laid\s+out|covered|described)"
                          r"\s+(?P<where>(?:in|on)\s+[^.?!,]+)", re.I)

# -- "your father and I are the last people you think about … do you have any idea how that felt?" -----------
_LAST_PEOPLE = re.compile(r"^\W*(?P<who>your\s+\w+\s+and\s+I|we)\s+(?:are|were|must\s+be)\s+(?:\w+ly\s+)?the\s+last\s+"
                          r"(?:people|ones|thing)\s+(?:you\s+(?:think|care)\s+about|on\s+your\s+mind)\b[^.?!]*[.!]", re.I)
_HOW_FELT = re.compile(r"\b(?:do|did)\s+you\s+(?:have\s+any\s+idea|know|even\s+know|realise|realize)\s+how\s+(?:that|it|this)"
                       r"\s+(?:felt|made\s+(?:us|me)\s+feel)\b[^.?!]*\?*\s*$", re.I)
_OF_ALL = re.compile(r",?\s+of\s+all\s+(?:people|places|days|times|things)\b,?", re.I)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(",;:")
    return text[:1].upper() + text[1:]


def _worth_lines(text: str) -> list[str] | None:
    m = _WORTH.match(text)
    if not m:
        return None
    thing = re.sub(r"^the\b", "the", m["thing"], flags=re.I)
    return [f"I'm not happy with {thing}, and I don't feel it matches {m['what']}",
            "Could we go through it together and agree what happens next?"]


def _spent_lines(text: str) -> list[str] | None:
    spent, amount = _SPENT.search(text), _SPENT_AMOUNT.search(text)
    if not (spent and amount and _SNEER_TAIL.search(text) and _NOW_YOU.search(text)):
        return None
    put = "put into" if spent["prep"].lower() == "into" else "spent on"
    return [f"I keep thinking about the {amount.group(0).rstrip(',.')} we {put} {spent['thing'].strip()}, and I'm worried",
            "Could we talk about what you're planning next?"]


def _only_when_lines(text: str) -> list[str] | None:
    m = _ONLY_WHEN.search(text)
    if not m:
        return None
    verb = re.sub(r"\s+", " ", m["verb"].lower())
    obj = (m["obj"] or "").lower()
    miss = "I feel a bit hurt, and I miss " + ("seeing you" if verb.split()[0] in _SEEING else "hearing from you")
    return [miss, f"Could you {verb}{obj} just to catch up sometimes?"]


def _confused_lines(text: str) -> list[str] | None:
    if not _CONFUSED.search(text):
        return None
    where = _WHERE_IT_IS.search(text)
    if not where:
        return None
    what = where["what"].strip()
    verb = "are" if re.search(r"\b(?:steps|docs|instructions|rules)\b", what, re.I) else "is"
    return ["I know it can take a while to get used to", f"{_sentence(what)} {verb} {where['how']} {where['where'].strip()}",
            "Which part are you stuck on? I'm happy to go through it with you"]


def _last_people_lines(text: str) -> list[str] | None:
    m = _LAST_PEOPLE.match(text)
    if not m or not _HOW_FELT.search(text):
        return None
    rest = text[m.end():]
    rest = _HOW_FELT.sub("", rest)
    facts = [s.strip() for s in re.split(r"(?<=[.!?])\s+", rest) if s.strip()]
    facts = [_OF_ALL.sub("", s).rstrip(".!? ") for s in facts if re.match(r"(?:we|I)\b", s, re.I) and "?" not in s]
    if not facts:
        return None
    who = _sentence(m["who"])
    feeling = f"{who} were really hurt by that" if who.lower() != "we" else "We were really hurt by that"
    return facts + [feeling, "Can we talk about it?"]


def verdict_lines(msg) -> list[str] | None:
    """The point said without the verdict, for the shapes this module owns; None for any other message."""
    text = msg.text.strip()
    for reading in (_worth_lines, _spent_lines, _only_when_lines, _confused_lines, _last_people_lines):
        lines = reading(text)
        if lines:
            return lines
    return None


def with_verdict_words(msg, chosen: tuple) -> tuple:
    """Only this module's reading when the message is one of its shapes (strategies.py)."""
    lines = verdict_lines(msg)
    if not lines:
        return chosen
    from .defence import compose  # defence.py imports the strategies' modules: imported late

    return (lambda m: [Candidate(compose(m, lines), I_STATEMENT)],)


# -- mending every candidate -----------------------------------------------------------------------------------
# "your own lad", "your own sister's wedding": the favouritism or the reproach is in "own"; "her own drink",
# "your own taxes", "on your own" say who paid or who is alone, and stay
_OWN = re.compile(r"\b(your) own (?=(?:lad|lads|son|sons|daughter|daughters|kid|kids|boy|boys|girl|girls|nephew|niece|mate|mates|"
                  r"friend|friends|brother|sister|mum|mom|dad|mother|father|child|children|family|cousin|wife|husband|"
                  r"partner|parents|gran|grandma|grandad|people|team|mates)(?:'s)?\b)", re.I)
_BOTHERED = re.compile(r"(?:^|(?<=[.!?] ))[^.!?]*(?:\b(?:nobody|no\s+one|none\s+of\s+\w+(?:\s+\w+)?)(?:\s+(?:on|in|from)\s+"
                       r"(?:your|the)\s+\w+)?\s+(?:even\s+)?bothered|\byou\s+(?:\w+\s+){0,2}bother(?:ed)?)\s+to\b[^.!?]*[.!?]\s*", re.I)
# "…went out because nobody bothered to check it, I felt…": the clause goes, the event stays
_BOTHERED_CLAUSE = re.compile(r",?\s+(?:because|since|as|and|when|cos|'cause)\s+(?:nobody|no\s+one|none\s+of\s+\w+(?:\s+\w+)?)"
                              r"(?:\s+(?:on|in|from)\s+(?:(?:your|the)\s+)?\w+)?\s+(?:even\s+)?bothered\s+to\b[^,.!?]*", re.I)
_UNDERSTAND_FELT = re.compile(r"\bI\s+need\s+you\s+to\s+(?:understand|know|realise|realize)\s+how\s+(?:that|it|this)\s+"
                              r"(?:felt|made\s+(?:me|us)\s+feel)\b", re.I)
_SEEMS_ONLY = re.compile(r"\byou\s+(?:only|just)\s+(?:ever\s+)?\w+(?:\s+\w+)?\s+(?:when|if)\s+you\s+(?:need|want)\b", re.I)
_UPSET_ACK = re.compile(r"\b(?:I\s+hear\s+how\s+upset|I\s+can\s+see\s+(?:this|that|you're)\s+(?:really\s+)?upset|"
                        r"it\s+makes\s+sense\s+that\s+you're\s+upset|how\s+upset\s+you\s+are)\b", re.I)
_CARRIED = re.compile(r"(?<!I'm )(?<!I feel )(?<!I felt )(?<!I was )\b(?:sloppy|shoddy|slapdash|amateurish|half-arsed|half-assed|"
                      r"incompetent|clueless|pathetic)\b", re.I)


# the verdict said by the sender, not quoted from someone else ('calling Priya "pathetic"' is reported speech)
_CARRIED_SAID = re.compile(r"(?<![\"'“‘])" + _CARRIED.pattern + r"(?![\"'”’])", re.I)


# Sneers carried inside the act: a guessed motive ("knowing full well Saturdays are my weekends"), a refusal to
# bother told as the act it stands for ("couldn't be bothered to answer my email": "didn't answer"), the
# listener's group scorned ("you people"), and the diminutive ("your little reply-all stunt").
_KNOWING = re.compile(r",?\s+(?:knowing|when you knew)\s+(?:full\s+well|perfectly\s+well|damn\s+well)\s+(?:that\s+)?", re.I)
_NOT_BOTHERED = re.compile(r"(?<=\byou )(?P<neg>couldn['’]t|could\s+not|can['’]t|cannot|can\s+not)\s+(?:even\s+)?be\s+"
                           r"(?:arsed|bothered)\s+to\s+", re.I)  # (the listener's: "I can't be bothered to argue" is the speaker's own)
_YOU_PEOPLE = re.compile(r"\byou\s+people\b", re.I)
_LITTLE_STUNT = re.compile(r"\b(?:your|the)\s+little\s+(?P<what>[\w-]+)\s+(?:stunt|antics|performance|trick|show|game)\b", re.I)


# Jabs said in passing that outlive the I statement round them: "for once in your life" in the request, "think
# before you open your mouth", "you're twisting it" (bad faith pinned on the listener, of what the speaker just said;
# "you twist my words" is a grievance of its own, and stays), "anybody but yourself" (a
# character claim), "it's like living with a teenager" (a put-down by comparison), "you answer your phone fast enough
# when the rent's due" (the sarcastic contrast).
_ONCE_IN_LIFE = re.compile(r",?\s*(?:just\s+)?for\s+once\s+in\s+(?:your|ur)\s+(?:life|lives)\b", re.I)
_JAB_SENTENCE = re.compile(r"(?:^|(?<=[.!?] ))[^.!?]*(?:\bit(?:'s|\s+is|\s+was|'s\s+been)\s+like\s+(?:living|dealing|working)\s+with\s+"
                           r"an?\s+(?:teenager|child|toddler|kid|baby|five-year-old)|\bthink\s+before\s+you\s+open\s+your\s+mouth|"
                           r"\b(?:fast|quick|quickly|soon|happy|keen|eager)\s+enough\s+(?:when|to\s+(?:take|cash|collect))\b|"
                           # "Your whole booking system is a joke.", "Shambolic, your staff couldn't care less.",
                           # "Maybe the problem isn't the grinder.": a verdict, an attitude guessed, a taunt
                           r"\b(?:is|are|was)\s+(?:an?\s+)?(?:absolute\s+|complete\s+|total\s+)?(?:joke|shambles|farce|disgrace)\b|"
                           r"\b(?:couldn't|could\s+not|could)\s+care\s+less\b|\bmaybe\s+the\s+problem\s+(?:is|isn't|is\s+not)\b)"
                           r"[^.!?]*[.!?]\s*", re.I)
_JAB_WHOLE = re.compile(r"\byou(?:'re|\s+are)\s+twisting\s+(?:it|this|that|what\s+I\s+said)\b"
                        r"|\bin\s+(?:your|ur)\s+(?:whole\s+|entire\s+)?life\b(?!\s+(?:insurance|savings))"  # "watched three games in your life"
                        r"|\binstead\s+of\s+parroting\b|\bget(?:ting)?\s+(?:so\s+)?emotional\s+over\b"
                        r"|\byou\s+humiliated\s+(?!me\b|us\b)"  # "when you humiliated an eight year old": the charge, not the act
                        r"|\b(?:anybody|anyone|everybody|everyone)\s+but\s+yourself\b", re.I)


def _jabs_dropped(text: str) -> str | None:
    """`text` less the jabs said in passing; None when a jab is what it says, or nothing but a jab was left."""
    text = _ONCE_IN_LIFE.sub("", text)
    if _JAB_WHOLE.search(text):
        return None
    kept = _JAB_SENTENCE.sub("", text).strip()
    if kept == text.strip():
        return text
    return kept if len(kept.split()) >= 6 else None


# "Honestly Fatima, I expected better. You walked out…" made "when I expected better and you walked out": the
# verdict is the speaker's disappointment in the listener, not part of what happened.
_EXPECTED_BETTER = re.compile(r"\b(?:frankly,?\s+|honestly,?\s+)?I\s+expected\s+(?:a\s+lot\s+|far\s+|much\s+|so\s+much\s+)?(?:better|more)(?:\s+(?:of|from)\s+(?:you|u))?(?:,?\s+and\s+|\.\s+(?=[A-Z]))", re.I)


# "your waiter had the cheek to tell us…", "you have the nerve to ask for…": the act, without the sneer at it
_CHEEK = re.compile(r"\b(had|has|have)\s+the\s+(?:cheek|nerve|audacity|gall)\s+to\s+(\w+)", re.I)


def _cheek_mended(found) -> str:
    verb, had = found.group(2).lower(), found.group(1).lower()
    return past(verb) if had == "had" else third_person(verb) if had == "has" else verb  # "she has the nerve to ask" → "she asks"


def _sneers_mended(text: str) -> str:
    text = _CHEEK.sub(_cheek_mended, _EXPECTED_BETTER.sub("", text))
    text = _KNOWING.sub(" even though ", _YOU_PEOPLE.sub("you", text))
    if _NOT_BOTHERED.search(text):
        text = _NOT_BOTHERED.sub(lambda m: "don't " if m.group("neg").lower().startswith("can") else "didn't ", text)
        text = re.sub(r"\bI feel ((?:\w+ ){0,2}?\w+) when you didn['’]t\b", r"I felt \1 when you didn't", text)  # one occasion
    return _LITTLE_STUNT.sub(lambda m: f"the {m.group('what')}", text)


# Mock praise tagged onto an act ("…and blocked me on Marketplace, real classy"): carried into "when you sold me…,
# real classy, I felt upset" it is the sneer said again. Only a tag between commas or at a sentence's end.
_PRAISE_TAG = re.compile(r"(?:,\s*(?:great|brilliant|wonderful|lovely|nice|cheers|wow))?,\s*"
                         r"(?:real|really|very|so|how|well)\s+(?:classy|mature|professional|smooth|considerate|"
                         r"thoughtful|helpful|nice|done|grown[- ]up)\b(?:\s+(?:of\s+(?:you|u)|mate|bro|there))?"
                         r"(?=\s*(?:,|[.!?]|$))", re.I)


def _mended(msg_text: str, text: str) -> str | None:
    if _SEEMS_ONLY.search(text) or _CARRIED.search(text) and _CARRIED_SAID.search(msg_text):
        return None  # the absolute or the verdict is the sentence: nothing left once it goes
    if _UPSET_ACK.search(text) and _CONFUSED.search(msg_text):
        return None  # the listener is confused, not upset: the acknowledgement fits someone else
    text = _jabs_dropped(_OF_ALL.sub("", text))
    if text is None:
        return None
    text = _sneers_mended(text)
    if _PRAISE_TAG.search(msg_text):
        text = _PRAISE_TAG.sub("", text)
    text = _OWN.sub(lambda m: m.group(1) + " ", text)
    text = _BOTHERED.sub("", _BOTHERED_CLAUSE.sub("", text)).strip()
    us = bool(re.search(r"\b(?:we|us|our)\b", msg_text, re.I))
    text = _UNDERSTAND_FELT.sub("It really hurt us" if us else "It really hurt me", text)
    return text if len(text.split()) >= 3 else None


def without_verdicts(msg_text: str, pool: list) -> list:
    """The pool with verdict words mended out of each candidate, less those that are the verdict."""
    kept = []
    for candidate in pool:
        text = _mended(msg_text, candidate.text)
        if text:
            candidate.text = text
            kept.append(candidate)
    return kept
