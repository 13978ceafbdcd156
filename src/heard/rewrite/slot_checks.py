"""Owns the well-formedness of a filled slot: a piece of the message pasted into a frame as no clause.

The strategies paste a piece of the message into a frame: "When …, I felt …", "I feel … when …",
"Next time, could you …?", "…about …". Cut from the wrong place, the piece is no clause, and what
reaches the user is broken English. slot_grammar.py (modal clauses, "Could you that…") and
slot_fluency.py ("with.", "when sorry…", brackets) hold earlier checks of this kind; these are the
shapes they don't catch, each one that only a misread produces:
- a slot opening with a relative pronoun or a conjunction: "When which you evidently didn't read",
  "when if the rest fell apart", "about because…";
- a doubled comma: "Fed the whole enemy team,, and…";
- a determiner left before a comma, its noun cut away: "without adding a, I feel…";
- "not" before a finite third-person verb: "when this committee not gets anything done";
- a sentence opening with a bare past-tense verb and no subject: "Fed the whole enemy team…";
- a mental verb asked for as the act: "could you think you could put them out?".
`ill_formed_slot(text)` is the fluency net's check for these (fluency.py calls it): a candidate that
has one is dropped, so a better one leads, or none.

`slot_mended(original, text)` (called last in strategies._tidied) mends what the message itself shows
how to mend, and drops what only the message shows is wrong:
- a quoted word the cut lost is put back ('adding a "but"');
- "not gets" → "doesn't get";
- "could you think you could put them out" → "could you put them out";
- "you don't say thank you without adding a 'but'" (a double negative that reads as the opposite
  ask) → "you say thank you and then add a 'but'";
- a "you" act made from a clause whose subject was someone else ("people stop inviting her" → "when
  you invite her"): dropped, as it pins another's act on the listener.
"""

from __future__ import annotations

import re

from . import inflect

_I = re.I
# The frames' slots: "when …", "about …", "because …", and a request's act ("could you …").
_SLOT = r"(?:\b(?:[Ww]hen|about|because|while|since)|\b(?:could|would|can|will) you(?: please)?)"
_ILL_FORMED = tuple(re.compile(p) for p in (
    # "When which you evidently didn't read", "when if the rest fell apart", "about and…"
    _SLOT + r" (?:which|whom|whose|if|because|although|though|and|but|so|or|whereas|unless)\b",
    r",\s*,",  # "Fed the whole enemy team,, and…"
    # "without adding a, I feel…": a determiner whose noun was cut away ("her," "this," are pronouns)
    r"\b(?:[Tt]he|[Aa]n?|[Yy]our|[Mm]y|[Oo]ur|[Tt]heir)\s*[,;:]",
    # "Could you think you could put them out?": a thought is no act to ask for
    r"\b(?:could|would|can|will) you (?:please )?(?:think|believe|guess|suppose|wonder|imagine|realise|realize|know)"
    r"(?: that)? (?:maybe |perhaps )?(?:you|I|we|they|he|she|it)\b(?! (?:is|was|were|are)\b)",
    # "acts hurt when people.": the slot's subject kept, its verb cut away
    r"\b(?:[Ww]hen|if|because|while|until) (?:people|everyone|everybody|someone|somebody|nobody|he|she|they|we|you|I)"
    r"\s*[.?!,;]",
    r"\b[Ww]hen (?:you're|you are|you were) (?:why|the reason)\b",  # "when you're why this project…": the verdict
    r"\b(?:[Ww]hen|about) [a-z]+, [a-z]+ed (?:the|a|an|my|your|it|them|him|her)\b",  # "when pull, aggroed the dungeon"
))
# A subject, then "not", then a third-person verb: "when this committee not gets anything done".
_NOT_FINITE = re.compile(r"(\b(?:[Ww]hen|because|if|that|and|so|where|while)\s+(?:(?:the|this|that|my|your|our|their|his|her|its)"
                         r"\s+(?:\w+\s+)?\w+|he|she|it|[A-Z][a-z]+))\s+not\s+([a-z]+(?<!ss)(?<!ous)(?<!is)(?<!us)s)\b")
_NOT_VERBS = {"always", "yours", "ours", "theirs", "hers", "its", "as", "less", "unless", "perhaps", "sometimes",
              "towards", "afterwards", "news", "thanks", "yes", "plus", "was", "has", "does", "is", "just", "lots"}
# A sentence that opens with a past verb and its object, no subject: "Fed the whole enemy team…".
_PAST_OPENING = re.compile(r"(?:^|[.?!]\s+)(?!(?:Needed|Asked|Required|Invited|Told|Based|Added|Related|Interested|"
                           r"Excited|Tired|Bored|Scared|Worried|Red)\b)(?:[A-Z][a-z]+ed|Made|Left|Took|Got|Forgot|Broke|"
                           r"Sent|Gave|Threw|Ate|Lost|Ran|Spent|Wrote|Kept|Brought|Bought|Fed) (?:the|a|an|my|your|his|her|"
                           r"their|our|me|us|it|them|him|everything|everyone)\b")


def ill_formed_slot(text: str) -> bool:
    """Whether a slot in `text` holds a piece of the message that is no clause (see the docstring)."""
    if any(pattern.search(text) for pattern in _ILL_FORMED) or _PAST_OPENING.search(text):
        return True
    return any(m.group(2) not in _NOT_VERBS for m in _NOT_FINITE.finditer(text))


def slot_mended(original: str, text: str) -> str:
    """`text` with what the message shows how to mend put right, or "" when the slot pins another's
    act on the listener (see the docstring)."""
    if not text:
        return text
    text = _doesnt(_unthought(_requoted(original, _antecedent(original, text))))
    text = _not_without(text)
    return "" if _someone_elses_act(original, text) else text


# "When which you evidently didn't read": the relative clause's noun, found in the message before it.
_RELATIVE_SLOT = re.compile(r"\b([Ww]hen|about|because) (which|who) ([^,.?!]+)")
_HEDGE_DIG = r"(?:evidently|clearly|obviously|apparently|conveniently) "


def _antecedent(original: str, text: str) -> str:
    """"When which you evidently didn't read, I felt…" → "When you didn't read my last email, I felt…":
    the noun the relative clause hung on ("my last email, which…") put back in its gap."""
    def mended(m):
        clause = m.group(3).strip()
        noun = re.search(r"\b((?:my|our|the|this|that|his|her|their) (?:\w+ ){0,2}\w+),? " + m.group(2) + r" "
                         + re.escape(clause.split()[0]) + r"\b", original, _I)
        if not noun:
            return m.group(0)
        clause = re.sub(_HEDGE_DIG, "", clause, flags=_I)
        if re.match(r"(?:you|I|we|they|he|she)\b", clause, _I):  # "which you didn't read": the noun its object
            return f"{m.group(1)} {clause} {noun.group(1)}"
        return f"{m.group(1)} {noun.group(1)} {clause}"  # "which was late": the noun its subject
    return _RELATIVE_SLOT.sub(mended, text)


# A short quote in the message and the words before it: 'without adding a "but"'.
_QUOTED = re.compile(r"(\w+)\s+(\w+)\s+(?:[\"“]([^\"“”]{1,30})[\"”]|(?<!\w)['‘]([^'‘’.?!]{1,30})['’](?!\w))")


def _requoted(original: str, text: str) -> str:
    """'adding a, I feel' → 'adding a "but", I feel': the quoted word put back where the cut left its
    two words before it ending the phrase."""
    for found in _QUOTED.finditer(original):
        said = (found.group(3) or found.group(4)).strip()
        if not said or len(said.split()) > 4 or re.search(rf"[\"“'‘]\s*{re.escape(said)}", text, _I):
            continue
        before = rf"\b({re.escape(found.group(1))} {re.escape(found.group(2))})(?=\s*[,.;?!]|$)"
        text = re.sub(before, lambda m: f"{m.group(1)} \"{said}\"", text, count=1, flags=_I)
    return text


def _base(verb: str) -> str:
    """"gets" → "get", "tries" → "try", "watches" → "watch", "has" → "have"."""
    if verb == "has":
        return "have"
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _doesnt(text: str) -> str:
    """"when this committee not gets anything done" → "…doesn't get…" ("never" made "not" with its
    verb left finite)."""
    return _NOT_FINITE.sub(lambda m: m.group(0) if m.group(2) in _NOT_VERBS
                           else f"{m.group(1)} doesn't {_base(m.group(2))}", text)


# "could you think (that) (maybe) you could put them out": the thought dropped, the act kept.
_THOUGHT = re.compile(r"\b((?:could|would|can|will) you (?:please )?)(?:think|believe|guess|suppose|imagine)(?: that)?"
                      r" (?:maybe |perhaps )?you (?:could|would|can|might|should) (?!be\b|have\b)(?=[a-z]+)", _I)


# "when it seemed like you hadn't thought you could wash one": says he thought he couldn't.
_NOT_THOUGHT = re.compile(r"\byou (?:hadn't|had not|didn't|did not|never) (?:thought|think)(?: that)? (?:maybe |perhaps )?"
                          r"you (?:could|would|can|might) (?!be\b|have\b)(?=[a-z]+)", _I)


def _unthought(text: str) -> str:
    text = _NOT_THOUGHT.sub("it hadn't occurred to you to ", text)
    return _THOUGHT.sub(lambda m: m.group(1), text)


# "you don't say thank you without adding a 'but'": true, but read as asking the opposite.
_NOT_WITHOUT = re.compile(r"\byou (don't|do not|didn't|did not) ([a-z]+)((?: [a-z'\"“”]+){0,4}?) without ([a-z]+ing)\b")


def _not_without(text: str) -> str:
    def said(m):
        past = m.group(1).startswith("did")
        first = inflect.past(m.group(2)) if past else m.group(2)
        then = _from_gerund(m.group(4))
        if not then:
            return m.group(0)
        return f"you {first}{m.group(3)} and then {inflect.past(then) if past else then}"
    return _NOT_WITHOUT.sub(said, text)


def _from_gerund(word: str) -> str:
    """"adding" → "add", "slamming" → "slam", "making" → "make" (the parser's lemma)."""
    from .parsing import parse_many
    doc = parse_many([f"you keep {word} it"])[0]
    lemma = doc[2].lemma_.lower() if len(doc) > 2 else ""
    return lemma if lemma and lemma != word and lemma.isalpha() else ""


# A "you" act in a slot: "when you invite her", "could you stop inviting her".
_YOU_ACT = re.compile(r"\byou (?:(?:stop|keep|start) )?(?!(?:stop|keep|start)\b)([a-z]{3,}) (\w+)\b", _I)
# Whose act the message says it is: a third person's ("people stop inviting her", "Jess forgets it").
# ("everybody else has returned the forms" contrasts them with the listener: the act is his to do too.)
_OTHERS = r"(?:people|everyone|everybody|someone|somebody|nobody|they|he|she|[A-Z][a-z]+)(?! else\b)"
# Capitalised words that open a sentence without naming anyone.
_NOT_NAMES = {"who", "whoever", "please", "just", "honestly", "seriously", "literally", "maybe", "also", "then", "so", "and", "but", "why",
              "how", "what", "can", "could", "would", "will", "did", "do", "never", "always", "again", "oh", "ok",
              "okay", "yes", "no", "well", "like", "even", "still", "stop", "every", "now", "today", "tonight", "the",
              "this", "that", "it", "there", "here", "if", "once", "lol", "omg", "wow", "hey", "sorry", "thanks"}
_YOURS = re.compile(r"\b(?:you|u|your|ur)\b", _I)


def _someone_elses_act(original: str, text: str) -> bool:
    """Whether a "you" act in `text` was, in the message, done by a third person and not the listener."""
    for m in _YOU_ACT.finditer(text):
        verb, obj = m.group(1).lower(), m.group(2).lower()
        if obj in ("it", "that", "this"):  # "what makes you see it that way": a stock phrase, no act of theirs
            continue
        stem = verb[:-1] if verb.endswith("e") and len(verb) > 4 else verb
        said = re.search(rf"\b{re.escape(stem)}[a-z]* {re.escape(obj)}\b", original, _I)
        if not said or re.search(rf"\byou (?:(?:stop|keep|start) )?{re.escape(stem)}", original, _I):
            continue
        clause = re.split(r"[,.;?!]|\b(?:and|but|when|because|so|if)\b", original[:said.start()])[-1]
        start = said.start() - len(clause)  # where the clause begins in the message
        clause = re.sub(r"(?:\b(?:stop|stops|stopped|keep|keeps|kept|start|starts|started|quit)\s*)+$", "", clause, flags=_I)
        if re.search(r"\b(?:coming from|says|said)\s+(?:the|a|an|someone|somebody)\b", clause, _I):
            continue  # "that's rich coming from someone who forgot…": the someone is the listener (counters.py)
        others = [m.group(1) for m in re.finditer(rf"(?:^|\s)({_OTHERS})\b", clause)
                  if m.group(1).lower() not in _NOT_NAMES and _subject_here(original, start + m.start(1), m.group(1))]
        if not _YOURS.search(clause) and others:
            return True
    return False


def _subject_here(original: str, at: int, word: str) -> bool:
    """A capitalised word opening a sentence ("Must be nice to…", "Don't look…", "Brilliant idea…") is
    taken for a name only when a third-person verb follows it ("Jess forgets…")."""
    if not word[0].isupper() or not re.search(r"(?:^|[.?!]\s+)$", original[:at]):
        return True
    return bool(re.match(rf"{re.escape(word)}\s+(?:\w+ly\s+)?[a-z]+(?<!s)s\b", original[at:]))


__all__ = ["ill_formed_slot", "slot_mended"]
