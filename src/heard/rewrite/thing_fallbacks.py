"""The last-resort "things" fallback when the named thing only stands in for an act or an event.

blame._about_topic names the listener's things on their own ("I'm feeling frustrated about the pan
and the burnt eggs. Could you take care of them?"). That helps when the things are the complaint
("your pan, your burnt eggs, your problem"), not when a verb in the message says what happened:

- "Your dog barks from 6am every single day…": the complaint is the barking. "Could you take care of
  the dog?" reads as "look after it". `thing_event` keeps the event instead: "I feel frustrated when
  your dog barks from 6am every day."
- "I paid you back the £25, check your app before accusing people": the thing sits in an order, and
  the speaker's own facts are the point. `thing_event` keeps the facts and asks for the order itself:
  "I paid you back the £25. Could you check your app?"

It also owns `orphaned_pronoun`: a kept sentence whose "them"/"they"/"it" stood for a noun the
rewrite cut ("There are no names on them", "Everyone saw it"). Such a sentence cannot be sent on
its own; the caller leaves it (and a rewrite with nothing else concrete) out.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate
from .inflect import base_of, past
from .reading import compose, feeling_sentence, is_past, talk_request
from .subjects import facts_of, say_situation, stands_alone
from .surface import render, words_of

# Verbs that locate or own a thing rather than tell an event ("your pile of dishes is in the sink").
_STATIVE = {"be", "have", "get", "seem", "look", "belong", "sit", "stay", "remain", "need", "want", "cost"}
# Orders that are jabs, not requests ("enjoy your echo chamber", "keep your opinions").
_JAB_ORDERS = {"enjoy", "keep", "go", "get", "mind", "shove", "stick", "grow", "shut", "calm", "relax"}
# "open your eyes", "use your brain": a jab said as an order, nothing to ask for.
_BODY = {"eyes", "ears", "mouth", "head", "brain", "nose", "face", "eye", "ear"}
# An order's tail that is a jab at the listener ("before accusing people", "next time").
_JAB_TAIL = {"advcl", "npadvmod", "conj", "cc", "punct", "advmod"}


def _chunk_root(msg, phrase: str):
    words = re.findall(r"[\w'-]+", phrase.lower())
    if not words:
        return None
    for chunk in msg.doc.noun_chunks:
        if chunk.root.lower_ == words[-1]:
            return chunk.root
    return None


def _clause_of(msg, tok):
    return next((c for c in msg.clauses if tok in c.tokens), None)


def _order(verb) -> bool:
    return verb.tag_ == "VB" and verb.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children) and verb.lemma_.lower() not in _JAB_ORDERS


def _asked(verb) -> str | None:
    """"check your app before accusing people" → "Could you check your app?": the order's verb,
    particle and object, without a jab tail."""
    keep = [verb]
    for child in verb.children:
        gerund = any(t.tag_ == "VBG" for t in child.subtree)  # "before accusing people": the jab's tail
        if child.dep_ in ("prt", "dobj", "dative") or child.dep_ == "prep" and child.i > verb.i and not gerund:
            keep.extend(child.subtree)
        elif child.dep_ not in _JAB_TAIL and not (child.dep_ == "prep" and gerund) and child.i > verb.i:
            return None  # something we cannot say back safely
    words = sorted(set(keep), key=lambda t: t.i)
    if len(words) < 2 or any(t.is_quote for t in words):
        return None
    text = render(words_of(words), lower_start=True)
    return f"Could you {text}?" if text else None


def _done(fact: str) -> bool:
    """"I paid you back the £25", "I already put the bins out": the speaker's own past act, not a
    sarcastic promise ("I'll just sit here") or a habit ("I do the spreadsheet")."""
    found = re.match(r"^I (?:already |just |actually |did )?(\w+)\b", fact)
    if not found:
        return False
    word = found.group(1).lower()
    if word.endswith("eed"):  # "I need", "I feed": present, not done
        return False
    return word.endswith("ed") or word != base_of(word) and past(base_of(word)) == word or word in ("put", "set", "read")


def own_told(msg) -> list:
    """"I paid you back the £25, check your app": the speaker's own facts, then the order asked
    ("Mate, I paid you back the £25. Could you check your app?"). Nothing without both."""
    own = [f for f in facts_of(msg) if _done(f) and stands_alone(f) and not re.search(r"[.!?]\s*\w", f)]  # one sentence
    orders = [t for t in msg.doc if _order(t) and any(c.dep_ == "dobj" and c.lower_ not in _BODY for c in t.children)]
    ask = next((a for a in map(_asked, orders) if a), None)
    if not own or ask is None:  # "I told you I'd be home by six" with a wish to talk is the message said back
        return []
    return [Candidate(compose(msg, [*own[:2], ask]), I_STATEMENT, fallback=True)]


def _steady(text: str) -> str:
    """The event without its emphasis ("every single day" → "every day")."""
    text = re.sub(r"\bevery single\b", "every", text, flags=re.I)
    return re.sub(r"\s+(?:literally|clearly|seriously)\b", "", text, flags=re.I)


def _misread_verb(root) -> str | None:
    """"your washing machine bangs all night": a plural "noun" after a compound, with a time of its
    own ("all night"), is a verb the tagger misread; the whole phrase is the event."""
    if root.tag_ != "NNS" or not any(c.dep_ == "compound" for c in root.children):
        return None
    when = [c for c in root.children if c.dep_ == "npadvmod" and c.i > root.i]
    if not when or not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("night", "day", "morning", "evening",
                                                                          "weekend", "afternoon") for t in when[0].subtree):
        return None
    words = [t for t in root.subtree if t.i <= max(w.i for w in when[0].subtree) and t.dep_ not in ("cc", "conj")]
    return render(words_of(words), lower_start=True)


def thing_event(msg, feeling: str, things: str):
    """None when the things are what the complaint is about (the caller names them as before);
    else the candidates that keep the event or the order instead (an empty list: step aside)."""
    root = _chunk_root(msg, re.split(r", | and ", things)[0])
    if root is None:
        return None
    misread = _misread_verb(root)
    if misread:  # "your washing machine bangs all night": the tagger's noun "bangs" is the event's verb
        return [Candidate(compose(msg, [feeling_sentence(msg, feeling, misread, False), talk_request(msg)]),
                          I_STATEMENT, fallback=True)]
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _STATIVE or root.dep_ not in ("nsubj", "dobj", "pobj"):
        return None
    clause = _clause_of(msg, verb)
    if clause is None or clause.question:
        return None
    if _order(verb) and root.dep_ != "nsubj":
        ask = _asked(verb)
        if ask is None:
            return None
        return own_told(msg) or [Candidate(compose(msg, [f"I'm feeling {feeling}", ask]), I_STATEMENT, fallback=True)]
    if root.dep_ != "nsubj" or any(c.dep_ == "neg" for c in verb.children):
        return None
    sit = say_situation(msg, clause)
    if not sit or not re.search(rf"\b{re.escape(root.lower_)}\b", sit, re.I):
        return []  # the event could not be said back whole: no thing named alone either
    opener = feeling_sentence(msg, feeling, _steady(sit), is_past(clause))
    return [Candidate(compose(msg, [opener, talk_request(msg)]), I_STATEMENT, fallback=True)]


_PRONOUN = re.compile(r"\b(them|they|it)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def orphaned_pronoun(msg, sent: str, said: str = "") -> bool:
    """Whether `sent` (a fact kept from the message) has a pronoun whose noun the message said in a
    part the rewrite lost: "there are no names on them" after "your parking space" was cut. `said`
    is the rewrite before `sent`: a noun told there is still there to point at."""
    if not _PRONOUN.search(sent) or re.match(r"^(?:\w+, )?(?:I|I'm|I've|Could|Can|Would|Will)\b", sent):
        return False
    low = msg.text.lower()
    start = low.find(sent.rstrip(".!?").lower()[:25])
    if start <= 0:
        return False  # not carried over from the message, or nothing before it to have lost
    for tok in msg.doc:
        if tok.idx < start or tok.lower_ not in ("them", "they", "it") or tok.idx > start + len(sent):
            continue
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "expl") and tok.head.lemma_ == "be":
            continue  # "it's late", "it was fine": no noun behind it
        plural = tok.lower_ != "it"  # "them" may stand for a kind ("your parking space … no names on them")
        governors = {tok.head.i, tok.head.head.i}  # "names on them": the pronoun's own phrase, not what it stands for
        nouns = [t for t in msg.doc[:tok.i] if t.i not in governors and (
            t.pos_ == "NOUN" and (plural or t.tag_ == "NN") or not plural and t.tag_ == "VBG" and t.dep_ == "csubj")]
        if not nouns:
            continue  # "they" for people nobody named: nothing was lost
        before = (said + " " + low[start:tok.idx]).lower()  # (the whole rewrite: a request may name it after)
        if not any(re.search(rf"\b{re.escape(t.lower_)}", before) for t in nouns):  # "search" in "I searched"
            return True
    return False


def without_orphans(msg, text: str) -> str | None:
    """`text` without kept sentences whose pronoun lost its noun; None when only the feeling and
    the request would be left (a rewrite that says nothing the sender said)."""
    parts = _SENTENCES.split(text)
    kept = [p for k, p in enumerate(parts) if not orphaned_pronoun(msg, p, " ".join(parts[:k] + parts[k + 1:]))]
    if len(kept) == len(parts):
        return text
    if len(kept) <= 2 and all(re.match(r"^(?:\w+, )?(?:I'm|I've|I|Could|Can|Would)\b", p) for p in kept):
        return None
    return " ".join(kept)


def drop_orphans(msg, pool: list) -> list:
    """`pool` with each rewrite's orphaned sentences left out (see `without_orphans`)."""
    kept = []
    for candidate in pool:
        text = without_orphans(msg, candidate.text)
        if text is not None:
            candidate.text = text
            kept.append(candidate)
    return kept


def things_fallback(msg, feeling: str, things: str, ask: str) -> list:
    """blame._about_topic's things reading: the event or order when a verb says what happened,
    else the things named with `ask` ("Could you take care of them?")."""
    instead = thing_event(msg, feeling, things)
    if instead is not None:
        return instead
    return [Candidate(compose(msg, [f"I'm feeling {feeling} about {things}", ask]), I_STATEMENT, fallback=True)]
