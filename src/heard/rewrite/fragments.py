"""Reads sarcasm the sentence readers miss: verbless fragments, doubted promises, ironic praise of an act,
and "tell me you didn't…" dares, each said plainly as a Literal."""

from __future__ import annotations

from . import inflect
from .lexicon import TRAITS, ABSOLUTES, INTENSIFIERS, INTERJECTIONS
from .literal import Literal
from .surface import Word, is_emoji, render, words_of
from .vocatives import vocative

# States someone is in on one occasion ("late", "on your phone"): what a verbless fragment
# complains about. Traits ("lazy") are verdicts on the person and stay with the trait strategies.
_STATES = {"late", "drunk", "wasted", "hammered", "hungover", "high", "stoned", "asleep", "absent",
           "awol", "rude", "sorry", "home", "quiet", "silent", "distant", "offline", "early"}
_DEVICES = {"phone", "laptop", "computer", "xbox", "playstation", "ps5", "ipad", "tablet", "console",
            "screen", "switch"}
_QUANTITY = {"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
             "weeks", "half", "an", "a", "whole", "full", "couple", "few", "of"}
# What a state fragment can be asked for, when there is a plain ask; the rest get a talk request.
_STATE_REQUESTS = {"late": "Could you let me know when you're running late?",
                   "sorry": "It would mean a lot to hear that you're sorry."}
_NEGATED_STATES = {"sorry": "didn't say sorry"}
_FIRST_PERSON = {"i", "i'm", "im", "we", "we're", "me", "us"}
_STOPS = {",", ";", ":", ".", "!", "?", "…", "...", "—", "–", "-", "and", "but", "or", "like", "as",
          "new"}


def fragment_literal(clause, blaming: bool = True) -> Literal | None:
    tokens = [t for t in clause.tokens if not is_emoji(t.text)]
    if not tokens:
        return None
    readers = (_doubted_promise, _ironic_act, _ironic_advice, _tell_me_you)
    for reader in (readers + (_state_fragment,) if blaming else readers):
        found = reader(tokens)
        if found is not None and found.situation.strip():
            return found
    return None


# -- "wow, two hours late", "typical you, late and not even sorry" -------------------------------
def _state_fragment(tokens) -> Literal | None:
    """A fragment with no verb whose predicate is a state the listener was in: "you were …"."""
    if any(t.pos_ in ("VERB", "AUX") for t in tokens) or any(t.lower_ in _FIRST_PERSON for t in tokens):
        return None
    pieces, first = [], None  # first: the request the first state named asks for
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        device = _device_at(tokens, k)
        if tok.lower_ not in _STATES and device is None:
            k += 1
            continue
        negated = any(t.lower_ in ("not", "n't", "never", "no") for t in _before(tokens, k, 3))
        if tok.lower_ == "sorry" and not negated:
            return None  # "late, sorry": the speaker apologising, not a complaint
        if _named_before(tokens, k):
            return None  # "the train, two hours late": someone else's state
        start = _quantity_start(tokens, k)
        end = k + (3 if device else 1)
        tail = _tail(tokens, end)
        if not tail and tok.lower_ in TRAITS and all(t.pos_ in ("ADV", "ADJ", "PUNCT") for t in tokens):
            return None  # ", so rude": a verdict on the person, not a state they were in
        words = words_of(tokens[start:end]) + words_of(tail)
        if negated:
            phrase = _NEGATED_STATES.get(tok.lower_) or "weren't " + render(words, lower_start=True)
        else:
            phrase = render(words, lower_start=True)
        pieces.append((negated, phrase))
        if first is None:
            first = (f"Could we put our {inflect.plural(device)} away when we're together?" if device
                     else _STATE_REQUESTS.get(tok.lower_))
        k = end + len(tail)
    if not pieces:
        return None
    said = []
    for n, (negated, phrase) in enumerate(pieces):
        # "you were late and rude": one "were" for a run of states, each negation on its own
        said.append(phrase if negated or (n and not pieces[n - 1][0]) else "were " + phrase)
    situation = "you " + " and ".join(said)
    return Literal(situation, past=True, request=first)


def _before(tokens, k, n):
    return [t for t in tokens[max(0, k - n):k] if t.lower_ not in INTENSIFIERS]


def _device_at(tokens, k):
    """"on your phone" starting at k → the device word."""
    if k + 2 < len(tokens) and tokens[k].lower_ == "on" and tokens[k + 1].lower_ in ("your", "ur") \
            and tokens[k + 2].lower_ in _DEVICES:
        return tokens[k + 2].lower_
    return None


def _named_before(tokens, k) -> bool:
    """A noun or name before the state, other than "typical you" and a quantity, is its subject."""
    for t in tokens[:k]:
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _QUANTITY and t.lower_ not in (
                "typical", "classic", "wow", "lol") and not t.like_num and not is_emoji(t.text) \
                and t.dep_ != "pobj" and t.head.pos_ != "ADP":  # "at dinner, on your phone" names a place
            return True
    return False


def _quantity_start(tokens, k) -> int:
    """"two hours late", "half an hour late": the amount goes with the state."""
    start = k
    while start > 0 and (tokens[start - 1].like_num or tokens[start - 1].lower_ in _QUANTITY):
        start -= 1
    return start if start < k and tokens[k - 1].lower_ not in ("a", "an", "of") else k


def _tail(tokens, end) -> list:
    """What follows the state up to the next comma or "and": "at my sister's wedding"."""
    tail = []
    for t in tokens[end:]:
        if t.lower_ in _STOPS or t.is_punct and t.text not in ("'", "’") or t.lower_ in _STATES:
            break
        if t.lower_ in ABSOLUTES or t.lower_ in INTENSIFIERS:
            continue
        tail.append(t)
    return tail if tail and tail[0].pos_ in ("ADP", "DET", "NOUN", "PRON", "NUM", "ADJ") else []


# -- "oh sure, you'll pay me back" --------------------------------------------------------------
_DOUBT = (("oh", "sure"), ("yeah", "right"), ("yeah", "sure"), ("sure",), ("right",), ("of", "course"),
          ("suuure",), ("riiight",), ("yeah", "yeah"))
_WILL = {"will", "'ll", "wo", "shall"}


def _doubted_promise(tokens) -> Literal | None:
    """A promise repeated in doubt: the speaker wants to be able to count on it."""
    lowers = [t.lower_ for t in tokens if not t.is_punct]
    if not any(tuple(lowers[:len(d)]) == d for d in _DOUBT):
        return None
    verb = None
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" and c.lower_ in ("you", "u")
                                                       for c in tok.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children):
            verb = tok
        elif tok.lemma_ == "go" and tok.tag_ == "VBG":  # "you're gonna fix the car"
            verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
        if verb is not None:
            break
    if verb is None:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp")
    words = [t for t in verb.subtree if t.i >= verb.i and not t.is_punct and not is_emoji(t.text)
             and t.lower_ not in INTENSIFIERS and t.lower_ not in ABSOLUTES and t.dep_ != "neg"
             and t.lower_ not in ("totally", "definitely", "absolutely")]
    words = words_of(words)
    words[0] = Word(inflect.base_of(verb.lemma_.lower()) if verb.lemma_ != "be" else "be", words[0].ws, verb)
    act = render(words, lower_start=False)
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    request = ("Could we talk about what would help this time?" if negated or verb.lemma_ == "be" or timed
               else "Could we agree on when that will happen?")
    promise, said = (f"you won't {act}", f"you wouldn't {act}") if negated else (f"you'll {act}", f"you'd {act}")
    return Literal(f"you said {said}", past=True, request=request,
                   statement=f"When you say {promise}, I want to be able to count on it")


# -- "great timing bringing that up at dinner", "nice job forgetting my birthday" ---------------
_PRAISE = {"nice", "great", "good", "perfect", "brilliant", "excellent", "amazing", "fantastic",
           "wonderful", "lovely", "stellar", "impeccable", "fabulous", "superb", "awesome", "solid"}
_PRAISED = {"timing", "job", "work", "move", "effort", "call", "thinking", "going", "one", "stuff"}


def _ironic_act(tokens) -> Literal | None:
    """Praise of an act the message complains about: the act, said plainly in the past."""
    for k, tok in enumerate(tokens[:-2]):
        verb = None
        if tok.lower_ in _PRAISE and tokens[k + 1].lower_ in _PRAISED:
            verb = next((t for t in tokens[k + 2:k + 4] if t.tag_ == "VBG"), None)
        elif tok.lower_ == "way" and tokens[k + 1].lower_ == "to" and all(
                t.is_punct or t.lower_ in INTERJECTIONS for t in tokens[:k]):  # "way to go", not "a way to"
            nxt = tokens[k + 2:k + 4]
            verb = next((t for t in nxt if t.tag_ in ("VB", "VBG") and t.lower_ != "go"), None)
        if verb is None:
            continue
        after = [t for t in verb.subtree if t.i > verb.i and not t.is_punct and not is_emoji(t.text)
                 and t.lower_ not in INTENSIFIERS and t.lower_ not in ABSOLUTES and not vocative(t)]
        past = inflect.past(inflect.base_of(verb.lemma_.lower()))
        return Literal("you " + render([Word(past)] + words_of(after), lower_start=False), past=True)
    return None


def _quoted(tok) -> bool:
    """Inside quotation marks: someone else's words, reported ("he said "tell me you didn't know"")."""
    before = tok.doc[:tok.i].text
    return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1


_THANKS = {"thanks", "thank", "cheers", "ty"}
_ADVICE = {"advice", "tip", "tips", "suggestion", "reminder", "lecture", "input", "wisdom"}


def _ironic_advice(tokens) -> Literal | None:
    """"thanks for the advice to "just relax"" → "you told me to relax": the words the listener
    offered, which the speaker heard as brushing them off."""
    lowers = [t.lower_ for t in tokens]
    if not _THANKS & set(lowers):
        return None
    for k, tok in enumerate(tokens[:-2]):
        if tok.lower_ not in _ADVICE or lowers[k + 1] != "to":
            continue
        words, quoted = [], False
        for t in tok.doc[tok.i + 2:tokens[-1].i + 1]:  # the doc's tokens: an emoji ends the advice
            if t.text in ('"', "“", "”", "'", "‘", "’"):
                if words and quoted:
                    break  # the closing quote: what follows is the speaker's comment on it
                quoted = True
                continue
            if t.is_punct or t.lower_ in ("lol", "lmao") or is_emoji(t.text):
                break
            if t.lower_ not in INTENSIFIERS:
                words.append(t)
        if not words:
            return None
        said = words_of(words)
        for word, nxt in zip(said, words[1:]):
            if nxt.i != word.tok.i + 1:  # a skipped quote or "just" took its space with it
                word.ws = word.ws or " "
        cut = 1 if said[0].lower == "not" else 2 if [w.lower for w in said[:2]] == ["do", "n't"] else 0
        negated = bool(cut)  # "to "don't worry"" → "not to worry"
        told = render(said[cut:], lower_start=True)
        return Literal(f"you told me {'not ' if negated else ''}to {told}", past=True)
    return None


# -- "look me in the eye and tell me you didn't know" -------------------------------------------
_NEG_AUX_BASE = {"ca": "can", "wo": "will", "sha": "shall"}


def _tell_me_you(tokens) -> Literal | None:
    """A dare to deny something ("tell me you didn't know"): the speaker needs to know whether."""
    for tok in tokens:
        if tok.lemma_ != "tell" or tok.tag_ != "VB" or not any(c.lower_ in ("me", "us") for c in tok.children) \
                or _quoted(tok):
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and any(
            x.dep_ == "nsubj" and x.lower_ in ("you", "u") for x in c.children)), None)
        if comp is None or any(t.lower_ in ("how", "why", "what") for t in comp.subtree):
            continue
        neg = {c.i for c in comp.children if c.dep_ == "neg"}
        do = next((c for c in comp.children if c.dep_ == "aux" and c.lemma_ == "do"), None)
        out = []
        for t in comp.subtree:
            if t.i in neg and out:  # "were|n't" → "were ": the space the negation carried
                out[-1].ws = out[-1].ws or t.whitespace_
            if t.is_punct and t.text not in ("'", "’") or t.i in neg or (t.dep_ == "mark" and t.head.i == comp.i) \
                    or t.lower_ in INTENSIFIERS:
                continue
            if do is not None and neg and t.i == do.i:
                continue
            if do is not None and neg and t.i == comp.i:
                base = inflect.base_of(comp.lemma_.lower())
                out.append(Word(inflect.past(base) if do.tag_ == "VBD" else base, t.whitespace_, t))
                continue
            if t.i in {c.i for c in comp.children if c.dep_ == "aux"} and neg and t.lower_ in _NEG_AUX_BASE:
                out.append(Word(_NEG_AUX_BASE[t.lower_], " ", t))
                continue
            if t.lower_ == "n't":
                continue
            out.append(Word(t.text if t.lower_ != "u" else "you", t.whitespace_, t))
        text = render(out, lower_start=True)
        return Literal(text, past=comp.tag_ == "VBD" or do is not None and do.tag_ == "VBD",
                       statement=f"I need to know whether {text}")
    return None
