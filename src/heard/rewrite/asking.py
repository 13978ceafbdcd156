"""Says the listener's act once: a request that refers back to it, and no "don't … without" double negative.

A rewrite names the act in its "when …" sentence and then asks for it. Built from the same clause,
the two copy each other: "I get frustrated when you don't respect the schedule. Could you respect
the schedule?" reads as a form letter. A person refers back ("Could you stick to it from now on?"),
so the request keeps the verb and turns the things already named into pronouns.
"""

from __future__ import annotations

import re

from . import inflect
from .phrase_repairs import keeps_singular
from .forgotten import forgotten_act, forgotten_phrase
from .left_undone import undone_phrase
from .message import PERSON_NOUNS
from .situations import is_negative, verb_phrase
from .surface import render, words_of

_SHE = {"mum", "mom", "mother", "wife", "girlfriend", "sister", "daughter", "aunt", "gran", "grandma",
        "nan", "nana", "niece"}
_HE = {"dad", "father", "husband", "boyfriend", "brother", "son", "uncle", "grandad", "grandpa", "nephew"}
# Verbs that read as whole without their object ("answer without linking it"; not "make without …").
_STANDS_ALONE = {"answer", "reply", "respond", "cook", "eat", "drink", "drive", "leave", "read", "write", "clean",
                 "park", "pay", "play", "work", "shop", "talk", "text", "post", "speak", "go", "come", "sleep",
                 "shower", "call", "travel", "type", "comment", "help", "sit", "get up", "walk", "dress"}
_PARTICLES = {"up", "away", "out", "back", "off", "down", "on", "in", "over"}
_NEGATIONS = {"don't": inflect.base_of, "doesn't": inflect.third_person, "didn't": inflect.past}


def plain_negation(clause, text: str, past: bool = False) -> str:
    """"you don't answer a question without linking X" → "you answer questions and link X".

    A negated act "without" another is a double negative that says the listener always does the
    second one: said plainly, it is both acts, in the tense the negation had (`past`: as one occasion).
    """
    if clause is None or clause.literal is not None or not text:
        return text
    text = _kept_negation(clause, text)
    head = _main_verb(clause)
    without = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "without"), None)
    gerund = next((c for c in without.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
        if without is not None else None
    if gerund is None:
        return text
    found = re.search(rf"\b(don't|doesn't|didn't|can't|couldn't) ({re.escape(_base(head))}) (.*?)\bwithout "
                      rf"{re.escape(gerund.text)}\b", text, re.I)
    if not found:
        return text
    tense = _NEGATIONS.get(found.group(1).lower(), inflect.base_of if "can" in found.group(1).lower()
                           else inflect.past)
    tense = inflect.past if past else tense  # one occasion ("this time…") is told in the past
    middle = _generic_plural(clause, found.group(3)) if tense is not inflect.past else found.group(3)
    both = f"{tense(found.group(2))} {middle}and {tense(_base(gerund))}"
    return text[:found.start()] + both + text[found.end():]


def _kept_negation(clause, text: str) -> str:
    """"you've never done X" told in the simple past must stay "you didn't do X", not "you did X"."""
    head = clause.head
    if clause.question or not any(c.lower_ == "never" for c in head.children) \
            or re.search(r"\b(?:not|never|no|nothing)\b|n't\b", text, re.I):
        return text
    base = inflect.base_of(head.lemma_.lower())
    return re.sub(rf"\b(you|u) {re.escape(inflect.past(base))}\b", rf"\1 didn't {base}", text, count=1, flags=re.I)


# Under a negation these mean "not even one" ("never lift a finger", "never say a word"): no plural.
_MINIMISERS = {"finger", "word", "thing", "penny", "dime", "cent", "clue", "peep", "sound", "minute", "second",
               "moment", "bit", "shred", "ounce"}


def generic_objects(clause, text: str) -> str:
    """"you don't close a cabinet door" → "you don't close cabinet doors": under a negated habit,
    "a X" means any X, and a plural says so (and lets a request call them "them")."""
    if clause is None or not text or clause.literal is None and one_occasion(clause):
        return text  # "I never received a reply", "the courier didn't leave a card": one occasion in the past, not a
        # habit ("…receive replies", "…leave cards")
    negative = is_negative(clause) if clause.literal is None else \
        not clause.literal.past and re.search(r"\b(?:don't|doesn't|can't)\b", text)
    return _generic_plural(clause, _not_much(clause, text)) if negative else text


def one_occasion(clause) -> bool:
    """The clause tells one past occasion ("you didn't leave a note", "I never received a reply"), not a habit."""
    head = clause.head
    return head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "didn't") for c in head.children)


def _not_much(clause, text: str) -> str:
    """"you never do anything for me" / "you've never done a single thing for me" → "you don't do
    much for me": the sweeping "not one thing" is the absolute, said without it."""
    if clause.literal is not None or not any(t.lower_ == "never" for t in clause.tokens):
        return text
    for tok in clause.tokens:
        if any(c.dep_ in ("relcl", "acl", "amod") and c.i > tok.i for c in tok.children):
            continue  # "anything I say": "much I say" would not be English
        if tok.lower_ == "anything" and tok.dep_ == "dobj":  # not "on time for anything"
            return re.sub(r"\banything\b", "much", text, count=1)
        if tok.lower_ == "thing" and tok.dep_ == "dobj" and [c.lower_ for c in tok.children if c.i < tok.i] \
                in (["a", "single"], ["a"], ["one"], ["one", "single"]):
            return re.sub(r"\b(?:a|one) (?:single )?thing\b", "much", text, count=1)
    return text


def _generic_plural(clause, text: str) -> str:
    for obj in _objects(clause):
        det = next((c for c in obj.children if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an") or obj.tag_ != "NN":
            continue
        if obj.lower_ in _MINIMISERS or any(c.lower_ == "single" for c in obj.children) or keeps_singular(obj):
            continue  # "lift a finger", "a single dish", "give it a chance": one is the point (phrase_repairs.py)
        said = render(words_of([t for t in obj.subtree]))
        before = render(words_of([t for t in obj.subtree if t.i < obj.i and t.i != det.i]))
        after = render(words_of([t for t in obj.subtree if t.i > obj.i]))  # "a life outside this office"
        plural = f"{before} {inflect.plural(obj.lower_)} {after}".strip()
        text = re.sub(rf"\b{re.escape(said)}\b", plural, text, count=1, flags=re.I)
    return text



def untold_ask(who: str, past: bool) -> str:
    """The ask for news kept back ("you never told me the time changed"); it refers back already."""
    return f"Next time, could you let {who} know?" if past else f"Could you keep {who} in the loop?"


_UNTOLD_ASK = re.compile(r"^(?:Next time, could you let (?:me|us) know|Could you keep (?:me|us) in the loop)\?$")


def request_after(msg, request: str | None, said: str, clauses, past: bool = False) -> str | None:
    """`request`, or, when it repeats what `said` already names, one that refers back to it.

    `clauses` are the ones the request may have come from (requests are built deterministically,
    so the source is found by asking each again). `past` (the act was told as one occasion) looks
    ahead with "next time"; a habit with "from now on".
    """
    from .reading import request_for, talk_request  # reading imports this module

    if request and re.search(r"\b(?:a|one) single\b|\b(?:with|about) (?:anything|everything)\b", request):
        return talk_request(msg)  # "could you do a single thing for me?" keeps the absolute and the sneer
    if not request or not said or _UNTOLD_ASK.match(request):
        return request
    why = re.match(r"^(Can you help me understand) why (.+)\?$", request)
    if why and _echoes(why.group(2), said):  # "I was hurt when you lied to me. Can you help me understand why?"
        return f"{why.group(1)} why?"
    source = next((c for c in clauses if c is not None and (c.literal is not None or is_negative(c)
                                                            or forgotten_phrase(c, msg.address_tokens))
                   and request_for(msg, c) == request), None)
    if source is None:
        return request
    undone = ""
    forgotten = forgotten_phrase(source, msg.address_tokens) if source.literal is None else ""
    if forgotten.startswith("remember to ") and _echoes(forgotten[len("remember to "):], said):
        # the act is named already: "Next time, could you remember to feed her?" refers back to it
        done = without_past_time(forgotten[len("remember to "):])
        short = _referring(source, done, said)
        if short is None or short == done:
            return "Next time, could you try to remember?" if past else "Could you try to remember from now on?"
        return f"Next time, could you remember to {short}?" if past else f"Could you remember to {short} from now on?"
    if source.literal is not None:
        asked = re.match(r"^Could you (.+)\?$", request)
        phrase = asked.group(1) if asked else ""
    else:
        undone = undone_phrase(source)  # "…and never giving it back": already says "it" (left_undone.py)
        phrase = (undone or forgotten or verb_phrase(source, drop=msg.address_tokens)).rstrip(".!?,; ")
    if not phrase or not _echoes(phrase, said):
        return request
    short = phrase if undone else _referring(source, phrase, said)
    if short is None:
        keeping = _keeping_in_touch(source)  # "you never reply…": said already, so asked short (not "Can we talk…?")
        if keeping:
            return f"Next time, could you {keeping}?" if past and "now and then" not in keeping else f"Could you {keeping}?"
        return talk_request(msg)
    if short == phrase and not undone:  # "clearer instructions": the object is the point of the ask
        return request
    if past:
        return f"Next time, could you {without_past_time(short)}?"
    return msg.pick([f"Could you {short} from now on?", f"From now on, would you be willing to {short}?",
                     f"It would mean a lot if you could {short} from now on."], "ask-back")


# Keeping in touch left undone ("you never reply", "you didn't call me after work", "you never once asked how my day
# was"): once the "when…" sentence has said it, the ask is the small act itself, not a wish to talk.
_IN_TOUCH = {"reply": "send a quick reply when you can", "respond": "send a quick reply when you can",
             "answer": "answer when you can", "text": "send me a quick text", "message": "send me a quick message",
             "call": "give me a quick call", "ring": "give me a ring", "phone": "give me a ring",
             "ask": "check in with me now and then"}


def _keeping_in_touch(clause) -> str:
    head = _main_verb(clause)
    verb = inflect.base_of(head.lemma_.lower() or head.lower_)
    if verb == "ask" and not any(c.dep_ == "ccomp" and any(w.lower_ in ("how", "what", "whether", "if") for w in c.subtree)
                                 for c in head.children):
        return ""  # "you never asked me first": asking before acting, not asking after someone
    someone = next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.lower_ not in ("me", "us", "back")), None)
    if someone is not None and verb != "ask":
        return ""  # "you never ring your mum", "you still haven't rung him": not a call to the speaker
    if verb in ("call", "ring", "phone") and any(c.lower_ == "back" for c in head.children):
        return "call me back" if is_negative(clause) else ""  # "you never ring me back when you say you will"
    return _IN_TOUCH.get(verb, "") if is_negative(clause) else ""


# When the act happened ("…feed the cat this morning"): asked for next time, it goes with the past.
_PAST_TIME = re.compile(r"\s+(?:this (?:morning|afternoon|evening)|yesterday(?: (?:morning|afternoon|evening))?|"
                        r"last (?:night|week|weekend|month|time|\w+day)|earlier(?: today| on)?|on \w+day)(?: too| again)?$"
                        r"|\s+(?:while|when|whilst) (?:I|we|he|she|they) (?:was|were)\b[^?]*$", re.I)


def without_past_time(phrase: str) -> str:
    return _PAST_TIME.sub("", phrase) or phrase


def _echoes(phrase: str, said: str) -> bool:
    """Most of the request's words are in the sentence before it already."""
    mine = _stems(phrase)
    return bool(mine) and len(mine & _stems(said)) >= max(1, 0.75 * len(mine))


def _stems(text: str) -> set[str]:
    return {inflect.base_of(w)[:4] for w in re.findall(r"[a-z][a-z']*", text.lower()) if len(w) > 2
            and w not in ("the", "your", "you", "and", "don't", "didn't", "doesn't", "with", "for", "without")}


_PLACES = {"at", "around", "in", "near", "inside", "outside", "across", "round", "from"}  # "pick me up from it"


def _referring(clause, phrase: str, said: str = "") -> str | None:
    """The verb phrase with the things it names as pronouns ("respect it", "pick up after it"); a
    generic object beside "without" goes ("answer without linking it"). None if nothing could."""
    head = _main_verb(clause)
    has_without = any(c.dep_ == "prep" and c.lower_ == "without" for c in head.children)
    out, changed = _without_named(head, phrase, said), False
    if any(o.dep_ == "dobj" and o.tag_ != "PRP" and not _referable(o) for o in _objects(clause)):
        return None  # "pay me back the £50 from it": the thing asked for can't be "it", so nothing is
    for obj in _objects(clause):
        if obj.lower_ in _MINIMISERS and any(c.lower_ in ("a", "single") for c in obj.children):
            return None  # "say a word to my parents": "say them" would not be English
        if obj.tag_ == "PRP" or not _referable(obj) or obj.dep_ == "pobj" and obj.head.lower_ in _PLACES:
            continue  # "do your share at the allotment" → never "at it": a place stays named or unsaid
        generic = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
        if any(c.dep_ == "amod" and c.tag_ in ("JJR", "JJS") for c in obj.children) or keeps_singular(obj):
            changed = True  # "clearer instructions", "give me a hug", "say no": the object is the ask, so it stays
            continue
        if has_without and not generic:  # the ask is the "without" part: the rest reads fine
            changed = True
            continue
        said = render(words_of(list(obj.subtree)))
        pattern = re.compile(rf"\b{re.escape(said)}\b", re.I)
        if not pattern.search(out):
            continue
        if generic and has_without and obj.dep_ == "dobj" and head.lemma_.lower() not in _STANDS_ALONE:
            changed = True  # "make a coffee without …": "make without …" would not be English
            continue
        if generic and has_without and obj.dep_ == "dobj":
            out = pattern.sub("", out, count=1)
        else:  # "you didn't leave a note" → "could you leave one?": a note, not the notes of a habit
            pronoun = "one" if generic and clause.literal is None and one_occasion(clause) else _pronoun(obj, generic)
            out = pattern.sub(pronoun, out, count=1)
            out = _before_particle(head, obj, out, pronoun)
        changed = True
        break  # one pronoun is a reference; "put it back on it" is a riddle
    out = re.sub(r"\s+", " ", out).strip()
    return out if changed and out else None


def _without_named(head, phrase: str, said: str) -> str:
    """"answer without linking your own youtube channel", after a sentence that named the channel
    already → "answer without linking it": the point of the ask is kept, its object referred to."""
    without = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "without"), None)
    gerund = next((c for c in without.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
        if without is not None else None
    obj = next((c for c in gerund.children if c.dep_ == "dobj" and c.tag_ != "PRP"), None) if gerund is not None else None
    kept = [c for c in head.children if c.dep_ == "dobj" and head.lemma_.lower() not in _STANDS_ALONE
            and any(d.lower_ in ("a", "an") for d in c.children)]  # "make a coffee without leaving it": which?
    if obj is None or kept or not any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in obj.children):
        return phrase  # "every pan", "a mess": not one thing "it" can point back to
    named = render(words_of(list(obj.subtree)))
    if len(named.split()) < 2 or named.lower() not in said.lower():
        return phrase
    return re.sub(rf"\b{re.escape(named)}\b", _pronoun(obj, False), phrase, count=1, flags=re.I)


def _referable(obj) -> bool:
    """Whether "it"/"them" can point back to `obj`: not a number ("at 5"), not a bare noun in a set
    phrase ("on time", "from swimming", "at home"), not a person's name whose pronoun we can't know."""
    if obj.like_num or obj.pos_ == "NUM" or obj.ent_type_ in ("PERSON", "TIME", "DATE", "CARDINAL"):
        return False
    if obj.pos_ == "PROPN" and obj.lower_ not in _SHE | _HE:
        return False
    bare = not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in obj.children)
    return not (bare and obj.dep_ == "pobj" and obj.tag_ in ("NN", "VBG"))


def _before_particle(head, obj, out: str, pronoun: str) -> str:
    """"pick up them" → "pick them up": a pronoun object goes before the verb's particle."""
    prt = next((c for c in head.children if c.i < obj.i and (c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in _PARTICLES)), None)
    if prt is None or obj.dep_ != "dobj":
        return out
    return re.sub(rf"\b{re.escape(prt.text)} {pronoun}\b", f"{pronoun} {prt.text}", out, count=1, flags=re.I)


def _pronoun(obj, generic: bool) -> str:
    word = obj.lower_
    if word in _SHE:
        return "her"
    if word in _HE:
        return "him"
    if generic or obj.tag_ in ("NNS", "NNPS") or word in PERSON_NOUNS or obj.pos_ == "PROPN":
        return "them"
    return "it"


def _objects(clause):
    """The main verb's object and the objects of its own prepositions ("pick up [after your dog]")."""
    head = _main_verb(clause)
    found = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    found += [p for c in head.children if c.dep_ == "prep" and c.lower_ != "without"
              for p in c.children if p.dep_ == "pobj"]
    return found


def _main_verb(clause):
    """The verb that carries the act: "have to X", "keep Xing", "incapable of Xing" lead to X."""
    head = clause.head
    forgot = forgotten_act(clause)  # "forgot to X" (forgotten.py)
    if forgot is not None:
        return forgot
    for c in head.children:
        if c.dep_ == "xcomp" and head.lemma_ in ("have", "get", "need", "keep"):
            return c
    if head.lemma_ == "be":
        for c in head.children:
            if c.dep_ == "acomp":
                pcomp = next((p for prep in c.children if prep.dep_ == "prep"
                              for p in prep.children if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)
                if pcomp is not None:
                    return pcomp
    return head


def _base(tok) -> str:
    return inflect.base_of(tok.lemma_.lower() or tok.lower_)
