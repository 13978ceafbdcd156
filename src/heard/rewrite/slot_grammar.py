"""Owns clauses that do not fit the slots rewrites put them in, and rewrites that only echo the message.

The strategies reuse the listener's clause in fixed frames: "When you …, I felt …", "I feel … when
you …", "Could you …?". Some clauses don't fit those frames whatever is done to them:
- a modal or conditional clause ("you'd say the opposite if…", "you could have texted me", "you might
  want to check…"): "when you'd say…" names no event that happened;
- "would rather" with its "would" lost ("when you rather scrolled your phone");
- "Could you" left with no verb after it ("Could you that correlation isn't causation?");
- a present "When you leave…," answered by a past "I felt…".
`broken_slot(text)` is the fluency net's check for these shapes (fluency.py calls it). One reading is
repaired where it is clear: "you could have told me" reproaches, like "you should have told me"
(obligations.py), so it is read as "you didn't tell me" (`mark_reproaches`, called by message.py).

`echoes(candidate, original)` catches a suggestion that keeps the message nearly whole and only adds a
line around it ("You must be new here. This has been debated to death. What would help?"): a rewrite
must change something that mattered, so the engine drops it (engine.py).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from . import inflect

# "when you couldn't be bothered…" and "when you could see I was upset" are fluent (past ability):
# only "could have" is a conditional there.
_MODALS = r"(?:would|could(?: have|'ve|a)|might|must|should|may|shall|shouldn'?t|mustn'?t|shoulda|woulda)"
# "when you", "when it seems like you", "when maybe you": the slot a clause is put in.
_WHEN_YOU = r"\bwhen (?:it (?:seems|feels|looks) (?:like|as if) )?(?:maybe |perhaps |probably )?you"
_SLOT_BROKEN = tuple(re.compile(p, re.I) for p in (
    _WHEN_YOU + r" " + _MODALS + r"\b(?! rather \w+(?<!ed)\b)",  # "when you could have texted me", "when you might want to"
    r"\byou rather \w+",  # "when you rather scrolled your phone than talk to me": "would" lost
    r"\bwhen (?:maybe|perhaps)\b",  # "When maybe you should try listening"
    r"\bwhen [a-z]+, you\b",  # "I feel overwhelmed when kids, you must tidy…": a form of address kept in the slot
    # "Could you that correlation isn't causation?": the request's verb lost
    r"\b(?:can|could|would|will) you (?:please )?(?:that|the|a|an|my|your|his|her|their|our|this|these|those|to|of|about)\b",
))
_HAD_OR_MODAL = re.compile(_WHEN_YOU + r"'d (?:(?:already|just|never|always|even|ever|still|probably|really) )*([a-z]+)",
                           re.I)
_PARTICIPLES = {forms[1] for forms in inflect._IRREGULAR.values()}  # "when you'd gone": "had", not "would"
_PRESENT_THEN_PAST = re.compile(r"^(?:[A-Z][a-z]+, )?[Ww]hen you (?:(?:always|never|just|still|keep|constantly) )*"
                                r"(?:(don'?t|do not)|([a-z]+))\b[^.?!]*, I (?:felt|was)\b")


def broken_slot(text: str) -> bool:
    """Whether `text` puts a clause in a slot it doesn't fit (see the module docstring)."""
    if any(pattern.search(text) for pattern in _SLOT_BROKEN):
        return True
    for match in _HAD_OR_MODAL.finditer(text):  # "when you'd say…" (would) is broken; "when you'd left" (had) is not
        word = match.group(1).lower()
        if word != "rather" and not (word.endswith("ed") or word in _PARTICIPLES):
            return True
    match = _PRESENT_THEN_PAST.search(text)
    if match:  # "When you leave your towels out, I felt…": the tenses disagree
        verb = match.group(2)
        return bool(match.group(1)) or verb is not None and _present(verb.lower())
    return False


def _present(word: str) -> bool:
    """A plain present verb ("leave", "says"), not a past that looks like one ("put", "read"). Only
    listed verbs count: a word we can't tell from a noun after "when you" is another reading's shape."""
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if base in inflect._IRREGULAR:
        return inflect.past(base) != base
    return base in _COMMON_PRESENT


# Present verbs that rewrites often reuse after "when you" (regular ones: their past ends in "-ed").
_COMMON_PRESENT = {"leave", "ignore", "interrupt", "forget", "talk", "yell", "shout", "walk", "play", "use", "take",
                   "tell", "call", "come", "go", "make", "check", "look", "scroll", "text", "reply", "answer",
                   "laugh", "roll", "change", "cancel", "promise", "ask", "act", "treat", "speak", "bring", "borrow"}


def mark_reproaches(clauses) -> None:
    """"You could have told me" → "you didn't tell me": a reproach read like "should have"
    (obligations.py), unless it names a harm that might have happened ("you could have hurt someone",
    "you could have been killed"), which is no lapse to name."""
    from .obligations import listener_subject, not_done  # the "should have" reading, reused
    for clause in clauses:
        if clause.literal is not None or clause.question or not listener_subject(clause):
            continue
        head = clause.head
        lowers = [c.lower_ for c in head.children if c.dep_ == "aux"]
        if head.tag_ in ("VBN", "VBD") and {"have", "'ve", "of"} & set(lowers) \
                and {"could", "coulda"} & set(lowers) and head.lemma_.lower() not in _HARMS \
                and not any(c.dep_ == "neg" for c in head.children) and not any(c.dep_ == "auxpass" for c in head.children):
            clause.literal = not_done(clause, head)
            clause.role = "accusation"
            lemma = inflect.lemma_of(head)  # "texted" → "text", not the tagger's "texte"
            if lemma != head.lemma_.lower() and clause.literal is not None:
                for name in ("situation", "request"):
                    said = getattr(clause.literal, name)
                    if said:
                        setattr(clause.literal, name, re.sub(rf"\b{re.escape(head.lemma_.lower())}\b", lemma, said))


# What "could have" warns of rather than reproaches: "you could have killed someone".
_HARMS = {"be", "die", "kill", "hurt", "injure", "break", "crash", "drown", "burn", "fall", "lose", "ruin", "start",
          "cause", "poison", "wreck", "destroy", "choke", "electrocute", "set", "flood", "damage"}

_WORD = re.compile(r"[a-z0-9']+")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")


def echoes(candidate: str, original: str, defended: bool = False) -> bool:
    """Whether `candidate` keeps `original` nearly whole: most of its words come back in sentences
    copied from it, with at most a word or two changed, and only a line added around them.
    `defended`: the model flagged the message defensive, so an acknowledgement of the listener's
    feeling put before the speaker's account ("I hear how upset you are. That stain was there when we
    moved in.") is the change "acknowledge first" asks for; before a message nobody defended with
    ("I'm going to bed.", forced) it only wraps the message."""
    said = [_WORD.findall(s.lower()) for s in _SENTENCE.split(original.strip()) if s.strip()]
    said = [s for s in said if s]
    total = sum(len(s) for s in said)
    if total < 4:
        return False
    kept, copies = 0, set()
    lines = [s for s in _SENTENCE.split(candidate.strip()) if s.strip()]
    rewritten = [_WORD.findall(s.lower()) for s in lines]
    for sentence in said:
        copy = next((k for k, line in enumerate(rewritten) if line and _copied(sentence, line)), None)
        if copy is not None:
            kept, copies = kept + len(sentence), copies | {copy}
    # An added feeling ("I'm feeling hurt") or the listener's view taken in ("I can see you see it
    # differently", after the speaker's account) is the change the guidance asks for (accounts.py).
    added = [line for k, line in enumerate(lines) if k not in copies]
    if defended and added and _ACKNOWLEDGES.match(lines[0]) and 0 not in copies:
        return False
    return kept >= 0.9 * total and not any(_CHANGE.search(line) for line in added)


_ACKNOWLEDGES = re.compile(r"^(?:[A-Z][a-z]+, )?(?:I (?:can see|hear|get|understand|know)|It makes sense)\b[^.?!]*"
                           r"\b(?:upset|hurt|matters|frustrat\w*|worried|affected)\b", re.I)


_CHANGE = re.compile(r"\bI (?:feel|felt)\b|\bI(?:'m| am| was|'ve been) (?:really |so )?(?:feeling|hurt|upset|frustrated|"
                     r"worried|sad|disappointed|angry|annoyed|stressed|scared|lonely|let down)\b|\bit hurt\b|"
                     r"\bsee (?:it|this|things) differently\b|\byour side\b", re.I)


def _copied(sentence: list, line: list) -> bool:
    """One sentence copied into another with at most a word in ten changed on either side: dropping
    "for once" from "Could you not leave your shoes out for once?" is a change that mattered."""
    blocks = SequenceMatcher(None, sentence, line, autojunk=False).get_matching_blocks()
    same = sum(block.size for block in blocks)
    kept = {k for block in blocks for k in range(block.a, block.a + block.size)}
    if any(word in _MATTERS for k, word in enumerate(sentence) if k not in kept):
        return False  # "but" → "and", an "always" or a "just" dropped: the guidance's own changes
    return len(sentence) - same <= len(sentence) // 10 and len(line) - same <= len(line) // 10


_MATTERS = {"but", "always", "never", "ever", "every", "constantly", "just", "even", "obviously", "clearly",
            "seriously", "literally", "honestly", "again", "so", "you", "your", "you're", "u", "ur"}
