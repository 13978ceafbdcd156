"""Owns the grammar that holds a rewrite's sentences together: the feeling's tense agreeing with the
act it hangs on, and the periods of abbreviations that are not sentence ends.

Tense. The readings pick a feeling frame ("I feel X when…", "It was frustrating for me when…") and a
situation separately, so one can come out past and the other present: "When you take credit for the
garden, I felt let down", "I get really frustrated when you double-booked the room", "when I can't
finish what I'm saying, I felt unheard". Read by the person receiving it, that is a stumble in the
one sentence that matters. `agree` puts the feeling in the tense of the act: a habit or a state
(present, "when you take", "when you don't") gets "I feel"; one event (past, "when you
double-booked", "when you didn't") gets "I felt"/"I was". Verbs whose past and present are spelled
the same ("put", "cut", "read") say nothing either way and are left alone.

Two more slips of the same sentence: a past feeling about a present perfect ("it upset me when Liam
has come home") says "that", since no one moment can be a state up to now; and a count up to now
inside a "when" ("when you cancelled on me four times now") loses its "now".

Abbreviations. "ch. 112", "ep. 4", "no. 14", "7 p.m.": the period is part of the word, but the
readings cut sentences and clauses at every period, so "you dropped the ending of ch. 112" came out
as "…the ending of ch." and "7 p.m." as "7 p. m.". `protect` swaps such a period for a one-dot
leader (same length, so every offset into the text still holds) before the parse, and `restore`
swaps it back in each finished candidate (engine.py and strategies.py call them).
"""

from __future__ import annotations

import re

from .inflect import base_of

_DOT = "\u2024"  # ONE DOT LEADER: looks like a period, is no sentence end to any reading
# A short word that takes a number after it, or a lower-case dotted abbreviation like "p.m.", "e.g." (its
# last period kept as a real one where a sentence could end after it: "…at 7 a.m. Then you…")
_ABBREVIATION = re.compile(
    r"\b(?P<abbr>(?i:ch|chap|ep|eps|no|nos|vol|pt|pg|pp|p|fig|sec|ss|art|para|approx|ext|rm|apt|flr|ver|rev|tel|st|nr))"
    r"\.(?=\s?#?\d)|\b(?P<dotted>(?:[a-z]\.){1,3}[a-z])\.(?=\s+[a-z0-9]|[,;:!?)])|(?<=\b[a-z])\.(?=[a-z]\.)")


def protect(text: str) -> str:
    """`text` with the periods inside abbreviations swapped for a look-alike that ends nothing."""
    def swap(match):
        if match.group("abbr"):
            return match.group("abbr") + _DOT
        if match.group("dotted"):
            return match.group("dotted").replace(".", _DOT) + _DOT
        return _DOT
    return _ABBREVIATION.sub(swap, text)


def restore(text: str) -> str:
    return text.replace(_DOT + ".", ".").replace(_DOT, ".")  # "for 7 p.m." ending a sentence: one period


_PAST_ONLY = {"didn't", "did", "wasn't", "weren't", "was", "were", "couldn't", "hadn't", "had", "forgot"}
_PRESENT_ONLY = {"don't", "doesn't", "do", "does", "can't", "cannot", "won't", "are", "is", "am", "have", "has",
                 "keep", "keeps", "can"}
_SAME_BOTH = {"put", "cut", "let", "set", "hit", "read", "quit", "shut", "hurt", "cost", "spread", "bet", "upset",
              "beat", "split", "burst", "cast", "broadcast", "forecast", "hurt", "bid", "rid", "shed", "wed"}
_NOT_PAST_ED = {"need", "feed", "bleed", "speed", "seed", "breed", "proceed", "exceed", "succeed", "embed", "shred"}
_ADVERBS = r"(?:(?:really|just|still|even|actually|then|only|finally|also|suddenly|totally|literally|clearly|never|always|" \
           r"already|again|completely|basically|conveniently|deliberately) )*"
# a pronoun, "you and Marcus", or "your son" / "the kids" (a possessed or definite noun, one word): the act's subject
_SUBJECT = (r"(?P<subj>(?:you|I|we|they|he|she|it)(?: and (?:[A-Z][a-z]+|your \w+|I|me))?|"
            r"(?:your|my|our|his|her|their|the) (?!\w+ly\b)[a-z]+)(?P<aux>'re|'ve|'m|'s|'d|'ll)?")
_FEEL = (r"(?P<feel>I felt|I was|I feel|I get|I'm|[Ii]t was (?:\w+ )?for me|[Ii]t's (?:\w+ )?for me|[Ii]t hurts?|"
         r"[Ii]t worried me|[Ii]t worries me|[Ii]t upsets? me|[Ii]t frustrated me|[Ii]t frustrates me)")
_WHEN_FIRST = re.compile(r"^(?P<pre>\s*(?:(?:[A-Z]\w+ )?[A-Z]\w+, )?)(?P<when>[Ww]hen " + _SUBJECT + " " + _ADVERBS +
                         r"(?P<verb>[\w'-]+)[^.?!,]*?(?:, [^.?!,]*?)?), " + _FEEL + r"\b")
_FEEL_FIRST = re.compile(r"^(?P<pre>\s*(?:(?:[A-Z]\w+ )?[A-Z]\w+, )?)" + _FEEL + r"(?P<mid>[^.?!,]*?) when " + _SUBJECT + " "
                         + _ADVERBS + r"(?P<verb>[\w'-]+)")
_TO_PRESENT = (("I felt", "I feel"), ("I was", "I feel"), ("it was", "it's"), ("it hurt", "it hurts"),
               ("it worried me", "it worries me"), ("it upset me", "it upsets me"), ("it frustrated me", "it frustrates me"))
_TO_PAST = (("I feel", "I felt"), ("I get", "I was"), ("I'm", "I was"), ("it's", "it was"), ("it hurts", "it hurt"),
            ("it worries me", "it worried me"), ("it upsets me", "it upset me"), ("it frustrates me", "it frustrated me"))


def tensed(aux: str | None, verb: str) -> str | None:
    """"past", "present" or None (can't tell) for the act's first verb."""
    verb = verb.lower()
    if aux:
        return None if aux == "'d" else "present"  # "you're", "you've", "it's"
    if verb in _PAST_ONLY:
        return "past"
    if verb in _PRESENT_ONLY:
        return "present"
    if verb in _SAME_BOTH or verb.endswith("ing"):
        return None
    if verb.endswith("ed") and verb not in _NOT_PAST_ED:
        return "past"
    if base_of(verb) != verb:
        return "present" if verb.endswith("s") else "past"  # "took", "left"; "goes" is a present
    return "present" if re.fullmatch(r"[a-z]+", verb) else None


def _feel_tense(feel: str) -> str:
    return "past" if re.match(r"(?i)I felt|I was|it was|it hurt$|it \w+ed me|it upset me", feel) else "present"


def _switch(feel: str, table) -> str:
    for old, new in table:
        if feel.lower().startswith(old.lower()):
            said = new + feel[len(old):]
            return said[0].upper() + said[1:] if feel[0].isupper() else said[0].lower() + said[1:] \
                if not said.startswith("I") else said
    return feel


def _agree_sentence(sentence: str) -> str:
    for pattern in (_WHEN_FIRST, _FEEL_FIRST):
        found = pattern.search(sentence)
        if not found:
            continue
        if found.group("aux") == "'s" and " " in found.group("subj"):
            return sentence  # "your mum's comments": a possessive, not "is"
        act = tensed(found.group("aux"), found.group("verb"))
        verb = found.group("verb").lower()
        if re.match(r"(?:your|my|our|his|her|their|the) ", found.group("subj")) and not (
                verb in _PAST_ONLY or verb in _PRESENT_ONLY or verb.endswith(("ed", "s")) or base_of(verb) != verb):
            return sentence  # "your small change broke": "change" may be the noun, not the verb
        feel = found.group("feel")
        if act is None or act == _feel_tense(feel):
            return sentence
        fixed = _switch(feel, _TO_PRESENT if act == "present" else _TO_PAST)
        return sentence[:found.start("feel")] + fixed + sentence[found.end("feel"):]
    return sentence


# A past feeling "when" something "has happened": "it upset me when Liam has come home with a bruise". The
# present perfect is a state up to now, which no one moment in the past can be; "that" fits both tenses.
_WHEN_PERFECT = re.compile(r"\b(?P<feel>I felt(?: really)? \w+|I was(?: really)? \w+|[Ii]t (?:upset|hurt|worried|frustrated|"
                           r"bothered|annoyed) me) when (?=(?:[A-Z][a-z]+|he|she|they|we|you|(?:the|your|my|our) \w+) "
                           r"(?:has|have)(?: not|n't)? (?!to\b)\w+)")

# "You've cancelled on me four times now" kept as one moment, "when you cancelled on me four times now": the
# "now" counts up to this moment, which a "when" no longer is; a present perfect keeps it ("when your
# daughter has kicked my son three times now", said with "that" by a later step).
_COUNT_SO_FAR = re.compile(r"(?P<count>\b[Ww]hen (?:(?!\b(?:has|have)\b|'ve\b)[^.?!,])*?\b(?:twice|\w+ times)) now\b")


def agree(text: str) -> str:
    """`text` with each sentence's feeling in the tense of the act it is about, "that" after a past feeling
    about a present perfect, and no "now" on a count inside a "when" (see the docstring)."""
    text = "".join(_agree_sentence(s) for s in re.findall(r"[^.!?]+[.!?]*\s*", text)) or text
    text = _WHEN_PERFECT.sub(lambda m: m.group("feel") + " that ", text)
    return _COUNT_SO_FAR.sub(r"\g<count>", text)
