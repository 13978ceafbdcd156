"""Acts told through mockery, said as what the listener did (the readers mark_invitations calls).

- "love that you always find a way to be out sick on demo day" → "you're out sick on demo day";
  "love how the bins take themselves out" (no act of the listener's) says nothing plain.
- "funny coming from someone who never remembers MY family's birthdays" → "you don't remember my
  family's birthdays".
- "you're the grief expert because your goldfish died": a mocked title and its reason, no act.
- "sure, make it about your ex" (with "again", "that's definitely what we were talking about" or an
  eye-roll) → "you made it about your ex"; "sure, take your time" alone may be meant.
"""

from __future__ import annotations

import re

from . import inflect
from .lexicon import ABSOLUTES, INTENSIFIERS
from .literal import Literal
from .mock_praise import OPENERS, ROLLS, plain_words
from .surface import Word, is_emoji, render, words_of

# -- "love that you always find a way to be out sick on demo day" -------------------------------
_ADVICE = {"advice", "tip", "suggestion", "solution", "answer", "wisdom"}


def _loved(clause):
    """The clause after "(I) love (it) that/how…", or None: its words start at the returned token."""
    words = plain_words(clause.tokens)
    lowers = [t.lower_ for t in words]
    k = 0
    while k < len(words) and lowers[k] in OPENERS | {"i", "just", "really", "absolutely", "totally"}:
        k += 1
    if k >= len(words) or words[k].lemma_.lower() != "love":
        return None
    k += 1
    if k < len(words) and lowers[k] == "it":
        k += 1
    if k + 1 >= len(words) or lowers[k] not in ("that", "how"):
        return None
    return words[k + 1:]


def loved_literal(clause):
    """"love that you always find a way to be out sick on demo day" → "you're out sick on demo day";
    "love that your advice for grief is "stay busy"" → "you told me to stay busy". "filler" when what is
    loved is no act of the listener's ("love how the bins take themselves out"): said plainly, it is
    not what happened."""
    rest = _loved(clause)
    if not rest:
        return None
    subject = next((t for t in rest if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return "filler"
    if subject.lemma_.lower() in _ADVICE and any(c.lower_ in ("your", "ur") for c in subject.children):
        quoted = [t for t in rest if t.i > subject.head.i and not t.is_punct and t.text not in _QUOTES_ALL]
        if quoted and quoted[0].tag_ == "VB":
            return Literal("you told me to " + render(words_of(quoted), lower_start=True), past=True)
        return "filler"
    if subject.lower_ not in ("you", "u"):
        return "filler"
    kept = [t for t in rest if t.lower_ not in ABSOLUTES | INTENSIFIERS | {"magically", "somehow"}
            and not is_emoji(t.text) and not (t.is_punct and t.i == rest[-1].i)]
    head = subject.head
    way = next((c for c in head.children if c.dep_ == "dobj" and c.lower_ == "way"), None) if head.lemma_ == "find" else None
    act = next((c for c in way.children if c.dep_ == "relcl" or c.tag_ == "VB"), None) if way is not None else None
    if act is not None:  # "you find a way to be out sick": the act, not the motive read into it
        past = head.tag_ == "VBD"
        verb = (("were" if past else "'re") if act.lemma_ == "be" else
                inflect_verb(act.lemma_.lower(), past))
        after = [t for t in kept if t.i > act.i]
        said = ("you" + verb if verb == "'re" else "you " + verb) + " " + render(words_of(after), lower_start=True)
        return Literal(said.strip(), past=past)
    return Literal(render(words_of(kept), lower_start=True), past=head.tag_ == "VBD")


_LOVE_MARKS = re.compile(r"\bfind(?:s)? a way to\b|\bmagically\b|\bsomehow\b|\boh wait\b|\bas usual\b", re.I)


def love_marked(clause, clauses) -> bool:
    """Love said with a sign of mockery: "find a way to", "magically", "oh wait…", an eye-roll."""
    return _loved(clause) is not None and (any(_LOVE_MARKS.search(c.text) for c in clauses)
                                           or any(t.text in ROLLS for c in clauses for t in c.tokens))


def inflect_verb(base: str, past: bool) -> str:
    return inflect.past(base) if past else base


_QUOTES_ALL = {'"', "“", "”", "'", "‘", "’"}


# -- "funny coming from someone who never remembers MY family's birthdays" -------------------------
_FROM_SOMEONE = re.compile(r"^\W*(?:(?:oh|wow|well|lol|ha|haha|yeah)\W+)*(?:(?:that's |thats |how )?(?:funny|rich|interesting|"
                           r"ironic|cute|hilarious|bold|big talk)\W*)?(?:(?:coming )?from|this from|says|said) (?:someone|"
                           r"somebody|the (?:guy|girl|person|man|woman|one|lad|bloke)) (?:who|that)\b", re.I)
_THIRD_TO_YOU = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
                 "wasn't": "weren't", "hasn't": "haven't", "'s": "'re"}


def from_someone_literal(clause):
    """What the listener does, told as a jab about "someone who…": "you don't remember my family's birthdays"."""
    found = _FROM_SOMEONE.match(clause.text)
    if not found:
        return None
    who = next((t for t in reversed(clause.tokens) if t.lower_ in ("who", "that") and t.idx - clause.tokens[0].idx
                < found.end() and t.dep_ in ("nsubj", "nsubjpass")), None)  # the last: "that's funny… who"
    if who is None or who.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = who.head
    never = any(c.lower_ == "never" for c in verb.children)
    past = verb.tag_ == "VBD"
    out = [Word("you", " ")]
    for t in verb.subtree:
        if t.i <= who.i or t.is_punct or is_emoji(t.text):
            continue
        if t.lower_ == "never" and t.head.i == verb.i:
            out.append(Word("didn't" if past else "don't", " "))
            continue
        if t.i == verb.i:
            if never:
                out.append(Word(inflect.base_of(t.lemma_.lower()), t.whitespace_, t))
            elif t.tag_ == "VBZ":
                out.append(Word(_THIRD_TO_YOU.get(t.lower_, inflect.base_of(t.lemma_.lower())), t.whitespace_, t))
            else:
                out.append(Word(t.text, t.whitespace_, t))
            continue
        if t.head.i == verb.i and t.dep_ in ("aux", "auxpass") and t.lower_ in _THIRD_TO_YOU:
            out.append(Word(_THIRD_TO_YOU[t.lower_], t.whitespace_, t))
            continue
        shout = t.is_alpha and t.text.isupper() and len(t.text) > 1 and t.pos_ != "PROPN"  # "MY family's"
        text = {"his": "your", "her": "your", "their": "your", "himself": "yourself", "herself": "yourself",
                "themselves": "yourself"}.get(t.lower_, t.lower_ if shout else t.text)
        out.append(Word(text, t.whitespace_, t))
    return Literal(render(out, lower_start=True), past=past)


# -- "oh right I forgot, you're the grief expert because your goldfish died in 2009" -------------
_TITLE = re.compile(r"\b(?:you're|you are|ur|youre|u r) (?:the|a|an|such an?|our|my) (?:\w+ ){0,2}(?:expert|genius|guru|"
                    r"authority|specialist|professor|scholar|saint|hero|oracle|queen|king)\b", re.I)


def mark_titles(clauses) -> None:
    """A title mocked onto the listener is no act, and the reason given for it ("because your
    goldfish died") is part of the mockery: said as "when your goldfish died, I felt…" it turns
    a jab into a condolence."""
    for k, clause in enumerate(clauses):
        if not _TITLE.search(clause.text):
            continue
        clause.role, clause.literal = "contempt", None
        for later in clauses[k + 1:k + 2]:
            if later.connector in ("because", "cos", "cause", "bc", "since") or later.tokens[0].lower_ in ("because", "since"):
                later.role, later.literal = "filler", None


# -- "sure, make it about your ex. that's definitely what we were talking about" -----------------
_GO_AHEAD = re.compile(r"^\W*(?:(?:oh|yeah|ok|okay)\W+)*(?:sure|fine|go ahead|go on|by all means|yeah sure|right)\s*[,.!…-]+\s*",
                       re.I)
_SURELY_NOT = re.compile(r"^\W*(?:that's|thats|that is|this is|it's|its) (?:definitely|totally|exactly|absolutely|clearly|"
                         r"obviously|certainly|so) (?:what|the (?:point|issue|problem|topic))\b", re.I)


def permission_literal(clause):
    """"sure, make it about your ex" → "you made it about your ex": leave given in mockery for an act done."""
    found = _GO_AHEAD.match(clause.text)
    rest = [t for t in clause.tokens if t.idx - clause.tokens[0].idx >= found.end()] if found else \
        list(clause.tokens) if _led(clause) else []
    if not rest or rest[0].tag_ not in ("VB", "VBP") or any(c.dep_ == "nsubj" for c in rest[0].children) \
            or rest[0].lemma_ in ("be", "let", "tell", "have", "thank"):
        return None
    verb = rest[0]
    after = [t for t in rest[1:] if not t.is_punct and not is_emoji(t.text) and t.lower_ not in _ABSOLUTE_WORDS]
    said = render([Word("you"), Word(inflect.past(inflect.base_of(verb.lemma_.lower())))] + words_of(after),
                  lower_start=True)
    return Literal(said, past=True)


def surely_not(clause) -> bool:
    """"that's definitely what we were talking about": a claim said to mean its opposite."""
    return bool(_SURELY_NOT.match(clause.text))


_ABSOLUTE_WORDS = {"again", "always", "too", "constantly", "forever"}
_AGAIN_TOO = re.compile(r"\b(?:again|too|as well|like always|as always|as usual|while you're at it|why not)\b", re.I)


def mocking_leave(clause, clauses) -> bool:
    """Leave given in mockery needs a sign ("…again", "…too", "that's definitely what we were
    talking about", an eye-roll): "sure, take your time" alone may be meant."""
    if not (_GO_AHEAD.match(clause.text) or _led(clause) or surely_not(clause)):
        return False
    return any(_GO_AHEAD.match(c.text) or _led(c) for c in clauses) and any(
        _AGAIN_TOO.search(c.text) or surely_not(c) or any(t.text in ROLLS for t in c.tokens) for c in clauses)


def _led(clause) -> bool:
    """The clause right after a bare "go ahead," / "sure," that the splitter made its own clause."""
    doc = clause.tokens[0].doc
    before = doc[max(0, clause.tokens[0].i - 3):clause.tokens[0].i].text
    return bool(before) and bool(re.fullmatch(r"\W*(?:go ahead|sure|fine|go on|by all means)\s*[,.!…-]*\s*", before, re.I))
