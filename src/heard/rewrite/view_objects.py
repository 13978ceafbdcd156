"""Owns an accusation of lying, ignorance, bad faith, shilling or trolling made over a NAMED object of
a thread argument — a chart, study, stat, source, quote, policy, player, build, recipe — said as the
speaker's own doubt about that object and a real question.

"You keep reposting the same debunked chart. At this point it's not ignorance, it's dishonesty." got the
views fallback ("I see this very differently…") or a household line ("I feel hurt when you're lying
about that stat… could you lie about it?"), though the message says exactly what is disputed. What the
speaker can honestly keep is the object, their own checkable facts about it, and the doubt; the motive
they pin on the listener (lying, shilling, trolling) is dropped, since it is a verdict on character:

    "You keep reposting the same debunked chart. …dishonesty." → "I don't think that chart holds up.
        Could you tell me what makes you trust it?"
    "You're lying about the council budget. It went up 3%, not 30%." → "As far as I know, the council
        budget went up 3%, not 30%. Could you tell me what makes you see it differently?"
    "Saying Kane is washed is just trolling at this point." → "I don't think Kane is washed. What makes
        you see it that way?"

discussion.py, threads.py, pointed.py, stances.py and commenter_replies.py read the jab's SHAPE (a
sneer, a rhetorical question); this module reads the accusation plus its object, whatever the shape.
Nothing is said when the message is about the speaker's own life (PERSONAL) or names no object.
`view_object_replies(msg)` gives the replies, lists of sentences (engine.py relabels a message with one
as blaming; strategies._discussion offers them before the generic view lines).
"""

from __future__ import annotations

import re

from .lexicon import PERSONAL
from .memo import per_message
from .stances import about_affairs
from .surface import recase

# The motive pinned on the listener: only these make the message an accusation over a view.
_ACCUSE = re.compile(r"\b(?:lying|lie|lies|lied|liars?|dishonest\w*|bad faith|shill\w*|paid|troll\w*|bait|ignoran\w+|clueless|"
                     r"gullible|misinformation|disinformation|misread\w*|cherry-?pick\w*|manipulat\w+|propaganda|biased|bias|"
                     r"fell for|fall(?:ing)? for|(?:and|&) (?:you|u) know it|you know full well|too (?:proud|arrogant|dishonest|"
                     r"stubborn) to admit|spreading|pretending|no(?:body| one) with a brain|(?:you|u) know (?:full well |perfectly well )?"
                     r"(?:that|this|the|it'?s|it is)\b|(?:don'?t|doesn'?t|do not|does not) care about (?:the )?(?:facts|truth|evidence|data)|"
                     # ignorance said as mock trust: "…as if it's a peer-reviewed source", "…like it's gospel"
                     r"(?:as if|like) (?:it'?s|it is|it were|they'?re) (?:a |an )?(?:peer-reviewed|gospel|proof|fact|science|settled))\b",
                     re.I)
# Words that make a clause a verdict rather than a checkable fact the speaker can keep.
_VERDICT = re.compile(r"\b(?:garbage|trash|rubbish|nonsense|wrong|pathetic|embarrassing|dangerous|irresponsible|joke|dumb|stupid|"
                      r"idiot\w*|peak|pure|debunked|fake|made up|obviously|clearly|hundred|million|gospel|brain|bs|crap|"
                      r"again|anyway|point|nobody|no one|everyone|anyone|always|never)\b", re.I)
_EVIDENCE = (r"charts?|graphs?|stud(?:y|ies)|papers?|articles?|surveys?|polls?|reports?|stats?|statistics|data|figures|numbers|"
             r"infographics?|sources?|quotes?|tweets?|videos?|clips?|posts?|links?|rumou?rs?|memes?|claims?|myths?|screenshots?|figure|"
             r"headlines?|research|photos?|books?|blogs?|podcasts?|channels?")
_STANCE = r"polic(?:y|ies)|plans?|laws?|rules?(?: change)?|nerfs?|buffs?|bans?|takes?|opinions?|advice|arguments?|proposals?|budgets?"
_HOWTO = (r"recipes?|builds?|guides?|tier lists?|lists?|ratings|strateg(?:y|ies)|routines?|methods?|setups?|line-?ups?|"
          r"formations?|loadouts?|workouts?|meal plans?|products?|supplements?|powders?|diets?")
_NOUNS = _HOWTO + "|" + _EVIDENCE + "|" + _STANCE
# Nouns said of a view or a thread's evidence wherever they come up; "plan", "rules", "budget" also live at home.
_SPECIFIC = re.compile(r"(?:" + _EVIDENCE + r"|takes?|opinions?|arguments?|advice|nerfs?|buffs?|polic(?:y|ies)|laws?|"
                       r"builds?|guides?|tier lists?|recipes?|ratings|loadouts?|formations?|line-?ups?|products?|supplements?|powders?)",
                       re.I)
# Said of one's own view, the listener's: "I don't agree with your take on the referee".
_VIEW = re.compile(r"takes?|opinions?|arguments?", re.I)
# The listener's ACCOUNT of the object is what is disputed, not the object: "lying about the council budget",
# "pretending the study didn't have a control group", "misreading the stat about measles cases".
_ABOUT_IT = re.compile(r"\b(?:lying|lied|lie|lies|dishonest|bad faith|misinformation)\s+about\s+$", re.I)
_MISREAD = re.compile(r"\b(?:pretend\w*|misread\w*|misrepresent\w*|twist\w*|lying about what (?:it|they) says?)\b", re.I)
_DET = r"(?P<det>that|this|the|your|ur|those|these|his|her|their|a|an)"
_OBJECT = re.compile(r"\b" + _DET + r"\s+(?P<mods>(?:(?!(?:is|are|was|were|you|u|and|or|to|of|the|that|this|a|an|would|could|should|will|can|did|does|"
                     r"has|have|had|might|must)\b)[\w%'-]+\s+){0,3}?)"
                     r"(?P<noun>" + _NOUNS + r")\b(?!\s+(?:" + _NOUNS + r")\b)"
                     r"(?P<about>\s+(?:about|on|from|by)\s+(?:(?!(?:is|are|was|were|like|as|because|you|u|and\s+(?:you|u|it|they|I)\b)\b)"
                     r"[\w%'-]+\s*){1,5})?", re.I)
# "spreading misinformation about seed oils": what was said about something, not an object itself.
_SAID_ABOUT = re.compile(r"\b(?:misinformation|disinformation|lies|lying|myths?|nonsense|propaganda)\s+about\s+(?P<x>(?:the\s+)?"
                         r"[\w%'-]+(?:\s+(?!(?:and|because|you|u|is|are)\b)[\w%'-]+){0,3})", re.I)
# Mock or sneering modifiers: "the same debunked chart" is "that chart"; "your precious diet" is "your diet".
_SNEER_MODS = {"same", "debunked", "precious", "fake", "stupid", "dumb", "garbage", "trash", "paywalled", "one", "whole",
               "bogus", "laughable", "little", "silly", "tired", "old", "ridiculous", "famous", "so-called", "lying"}
# A claim the listener holds, said back as the speaker's doubt: "Saying Kane is washed…", "if you think X".
_CLAIM = re.compile(r"(?:\b(?:saying|claiming)|\b(?:anyone|anybody|people) who (?:still )?(?:thinks?|believes?|says?)|\bif (?:you|u) "
                    r"(?:really |actually |honestly |seriously )?(?:think|believe)|\b(?:nobody|no one|no-one) (?:actually |really |"
                    r"seriously |honestly )?(?:thinks|believes))\s+(?:that\s+)?(?P<x>[^.!?,;]+?)"
                    r"(?=\s+(?:(?:is|are) (?:\w+ ){0,2}?(?:trolling|ignoran\w+|clueless|gullible|bait|dishonest|a lie|lying|shilling|paid|"
                    r"deluded|delusional|a troll|a shill|an idiot|stupid|dumb)|"
                    r"(?:has|have)(?:n'?t| not| never)|is either|must|needs? to)\b|\s*[.!?,;]|\s*$)", re.I)
_CALLING = re.compile(r"\bcalling (?P<obj>(?:the|that|this|a|an|his|her|their)\s+[\w%' -]+?|(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+))*)\s+(?P<a>a|an)\s+[\"“']?(?P<y>[\w' -]+?)"
                      r"[\"”']?\s+(?:is|was)\b", re.I)
_THREAD = re.compile(r"\b(?:post\w*|repost\w*|thread|cit(?:e|es|ed|ing)|link\w*|quot\w+|shar\w+|screenshot\w*|spreading|people|"
                     r"everyone|troll\w*|shill\w*|sub|forum|comments?|facts|evidence|science|research)\b", re.I)
# "That study you keep citing": the listener's act in a relative clause, kept without the absolute.
_RELATIVE = re.compile(r"\b(?:you|u) keep (?P<v>\w+ing)\b", re.I)
# A home's people and days: "the budget for the wedding", "that recipe is your mum's" are not thread arguments.
_HOME_LIFE = re.compile(r"\b(?:mum|mom|dad|mother|father|sister|brother|wife|husband|daughter|son|girlfriend|boyfriend|partner|"
                        r"wedding|birthday|holiday|anniversary|tonight|tomorrow|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"yours|mine|receipts?|texts?|messages?)\b", re.I)
_FACT_START = re.compile(r"^(?:that|this|the|those|these|it|its)\b", re.I)


def _noun_phrase(found) -> str:
    """The object as the speaker names it: sneering modifiers gone, "a 2012 study" pointed at as "that"."""
    det = found.group("det").lower()
    det = {"a": "that", "an": "that", "ur": "your"}.get(det, det)
    mods = [m for m in found.group("mods").split() if m.lower() not in _SNEER_MODS]
    if det in ("the", "this") and found.group("mods").lower().split()[:1] == ["same"]:
        det = "that"
    about = (found.group("about") or "").strip()
    return " ".join([det] + mods + [found.group("noun")] + ([about] if about else []))


def _has_verb(msg, span) -> bool:
    """"Anyone who believes the Brexit bus figure…" names a thing, not a claim to say "I don't think" of."""
    return any(span[0] <= t.idx < span[1] and t.pos_ in ("VERB", "AUX") for t in msg.doc)


def _kind(noun: str) -> str:
    noun = noun.lower()
    if re.fullmatch(_HOWTO, noun):
        return "howto"
    return "stance" if re.fullmatch(_STANCE, noun) else "evidence"


def _them(noun: str) -> str:
    return "them" if re.fullmatch(r"\w+s", noun.lower()) and noun.lower() not in (
        "news", "ratings", "data", "this") and not noun.lower().endswith("ss") else "it"


def _object(text: str):
    """The first named object of the argument that isn't the listener's act ("your win rate" is theirs)."""
    for found in _OBJECT.finditer(text):
        if re.search(r"\b(?:you|u|your|ur|me|my|I)\b", found.group("about") or "", re.I) \
                or re.match(r"\s+that\s+(?:you|u|I|we|he|she|they)\b", text[found.end():], re.I):
            continue  # "your claim that you were at work": the listener's own doings, not a thread's object
        return found
    return None


def _facts(msg, text: str, phrase: str | None, kind: str | None) -> list[str]:
    """The speaker's checkable facts about the object ("It went up 3%, not 30%", "That poll you linked
    surveyed 200 people"): a plain statement with a finite verb, no verdict, aimed at nobody."""
    kept = []
    for clause in re.split(r"(?<=[.!?])\s+|,?\s+and\s+(?=(?:you|u)\b)|,\s+(?=(?:you|u)(?:'re| are)\b)", text):
        clause = re.sub(r"[\"“”‘’]", "", clause).strip().rstrip(".!")
        clause = re.sub(r"\s+(?:lol|lmao|smh)$", "", clause, flags=re.I)
        clause = re.sub(r"\b(?:actual|actually|literally|real) (?=\w)", "", clause, flags=re.I)  # the sneer, not the fact
        if not clause or clause.endswith("?") or not _FACT_START.match(clause) or _ACCUSE.search(clause) \
                or _VERDICT.search(clause) or len(clause.split()) < 4:
            continue
        clause = _RELATIVE.sub(lambda m: f"you've been {m.group('v')}", clause)
        rest = re.sub(r"\b(?:you|u)(?:'ve been)?\s+(?:\w+ed|\w+ing|linked|posted|shared|cited|quoted|screenshotted)\b", "", clause,
                      flags=re.I)
        if re.search(r"\b(?:you|u|your|ur|yourself)\b", rest, re.I):
            continue  # about the listener, not the object
        start = re.sub(r"[\"“”‘’]", " ", text).find(clause.split()[0] + " " + clause.split()[1])
        if not any(start <= t.idx < start + len(clause) and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in msg.doc):
            continue
        if re.match(r"it\b", clause, re.I):
            if not phrase or re.match(r"it'?s\b", clause, re.I) or kind in ("evidence", "howto"):
                continue  # who "it" is lies elsewhere ("Keep posting that graph. It went down 12%…" is no graph's doing)
            clause = phrase + clause[2:]
        kept.append(clause[:1].lower() + clause[1:])
    return kept


@per_message
def view_object_replies(msg) -> list[list[str]]:
    """The speaker's doubt about the named object, their facts about it, and a real question."""
    text = recase(msg.text)
    # "The numbers don't lie": the speaker vouching for the object, not accusing anyone
    if not _ACCUSE.search(re.sub(r"\b(?:don'?t|doesn'?t|do not|does not|never|can'?t|won'?t)\s+lie\b", " ", text, flags=re.I)):
        return []
    rest = re.sub(r"\b(?:lying|lies|lie) to (?:people|everyone|us)\b|\b(?:and|&) (?:you|u) know it\b", " ", text, flags=re.I)
    if PERSONAL.search(rest) or _HOME_LIFE.search(rest):
        return []  # "…to make me look stupid": the speaker's own life, not an argument about an object
    found = _object(text)
    said = _SAID_ABOUT.search(text)
    claim = _CLAIM.search(text)
    calling = _CALLING.search(text)
    if not (found or said or claim or calling):
        return []
    specific = found and _SPECIFIC.fullmatch(found.group("noun"))
    if not (_THREAD.search(text) or about_affairs(text) or specific or claim):
        return []  # "You're lying about the plan for Saturday": a plan at home, not a thread
    replies = []
    phrase = _noun_phrase(found) if found else None
    if calling:
        y = calling.group("y").strip()
        be = "are" if re.search(r"\w+s$", calling.group("obj")) and not calling.group("obj").endswith("ss") else "is"
        replies.append([f"I don't think {calling.group('obj')} {be} {calling.group('a').lower()} {y}",
                        "What makes you see it that way?"])
    if claim and not re.search(r"\b(?:you|u|your|ur)\b", claim.group("x"), re.I) and _has_verb(msg, claim.span("x")):
        replies.append([f"I don't think {claim.group('x').strip()}", "What makes you see it that way?"])
    facts = _facts(msg, text, phrase, _kind(found.group("noun")) if found else None)
    if found:
        noun = found.group("noun")
        kind = _kind(noun)
        them = _them(noun)
        ask = {"evidence": f"Could you tell me what makes you trust {them}?",
               "stance": "Could you tell me what makes you see it that way?",
               "howto": f"What do you like about {them}?"}[kind]
        if _VIEW.fullmatch(noun):
            kind = "view"
        elif _ABOUT_IT.search(text[:found.start()]):
            kind = "topic"  # the object isn't doubted; what they said of it is
        if _MISREAD.search(text) and kind == "evidence":
            kind = "misread"
        if kind in ("view", "topic"):
            ask = "Could you tell me what makes you see it that way?"
        elif kind == "misread":
            ask = "Could you show me the part you mean?"
        if facts:
            # the speaker's facts already say why they doubt it: the question is whether the listener knows otherwise
            doubted = kind in ("evidence", "howto", "misread")  # a fact about a source says why it's doubted
            replies.append([f"As far as I know, {facts[0]}"] + facts[1:2] + [
                f"Could you tell me what makes you trust {them}?" if doubted else "Have you seen something that says otherwise?"])
        hold = "hold" if them == "them" else "holds"
        line = {"evidence": f"I don't think {phrase} {hold} up", "stance": f"I see {phrase} differently",
                "howto": f"I'm not convinced by {phrase}", "view": f"I don't agree with {phrase}",
                "topic": f"I see {phrase} differently", "misread": f"I read {phrase} differently"}[kind]
        if not claim and not calling or kind != "stance":
            replies.append([line, ask])
    if said and not found:
        replies.append([f"I'm not convinced by what you've said about {said.group('x').strip()}",
                        "Could you tell me where it comes from?"])
    return replies
