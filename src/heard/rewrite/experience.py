"""Tells what the listener did from the speaker's side: "you judge me" → "I feel judged"."""

from __future__ import annotations

from . import inflect
from .clauses import Clause
from .address import find_address
from .feelings import private, snubbed
from .lexicon import FELT_PARTICIPLES
from .situations import cleaned, is_negative, situation
from .surface import render, words_of

def experience(clause: Clause):
    """The situation told from the speaker's side, with persons and verbs agreeing.

    "you were late again" → ("I was waiting for you", "worried", request); "you never listen to
    me" → "I don't feel listened to"; "you judge me" → "I feel judged". None when no frame fits.
    Returns (clause_text, feeling or None, request or None, is_feeling_itself).
    """
    if not clause.you_subject:
        return None
    caused = caused_feeling(clause)
    if caused is not None:  # "you make me so mad when you leave your shoes out": the "when" part
        return (situation(caused[1]).rstrip(".!?;:, "), caused[0], None, False) if caused[1] is not None else None
    head = clause.head
    lemma = head.lemma_.lower()
    past = head.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux",) for c in head.children)
    negative = is_negative(clause)
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    to_me = any(o.lower_ in ("me", "us") for o in objects)
    rest = _rest_after(clause, objects)
    # "you made me feel like a burden" → "I felt like a burden"
    if lemma == "make":
        feel = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "feel"), None)
        if feel is not None and any(t.lower_ == "me" for t in head.subtree):
            comp = render(words_of([t for t in clause.tokens if t.i > feel.i and t.dep_ != "punct"]))
            if comp:
                return (f"I {'felt' if past else 'feel'} {comp}", None, None, True)
    if lemma in FELT_PARTICIPLES and to_me and not negative and not snubbed(clause.text):  # not "I felt left on read"
        return (f"I {'felt' if past else 'feel'} {inflect.participle(lemma)}{rest}", None, None, True)
    if lemma == "listen" and negative:
        return ("I was talking and it didn't seem like you were listening" if past else
                "I'm talking and it doesn't seem like you're listening", "unheard",
                "Can we find a way to talk that works for both of us?", False)
    # "you talked over the new intern": someone else cut off, not the speaker
    others = [t for t in head.subtree if t.dep_ in ("dobj", "pobj") and t.head.lower_ in (head.lower_, "over", "off")
              and t.lower_ not in ("me", "us", "everyone", "everybody")]
    if not others and (lemma in ("interrupt",) or (lemma in ("talk", "cut") and any(c.lower_ in ("over", "off")
                                                                                    for c in head.children))):
        return ("I couldn't finish what I was saying" if past else "I can't finish what I'm saying",
                "unheard", "Can we find a way to talk that works for both of us?", False)
    if lemma == "be" and any(c.lower_ == "late" for c in head.children):
        return ("I was left waiting for you" if past else "I'm left waiting for you", "worried",
                "Could you text me when you're running late?", False)
    contact = all(o.lower_ in ("me", "us") or o.lemma_ in ("text", "message", "call", "phone", "email")
                  for o in objects)
    if lemma in ("call", "text", "reply", "answer", "respond", "message", "ring") and negative and contact:
        return ("I didn't hear from you" if past else "I don't hear from you", "worried",
                f"Could you {lemma} me when you can?" if lemma in ("call", "text", "message", "ring") else
                "Could you send me a quick message when you can?", False)
    if lemma == "help" and negative:
        task = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj"), None)
        thing = render(words_of(list(task.subtree))) if task is not None else "things"
        if task is not None and task.lower_ in _ANY_THING:  # "with anything": no one thing to hand over
            thing = "things"
        return (f"I ended up handling {thing} on my own" if past else f"I end up handling {thing} on my own",
                "overwhelmed", "Could you give me a hand?" if thing == "things" else
                f"Could you give me a hand with {thing}?", False)
    if lemma == "care" and negative and not any(c.dep_ == "ccomp" for c in head.children):  # "…care that you never X": X
        return ("I didn't feel cared about" if past else "I don't feel cared about", "hurt",
                None, True)
    if private(clause.text) and not negative:  # "you read my texts": a privacy broken, said as such
        return (situation(clause, drop=frozenset(find_address(head.doc)[1])).rstrip(".!?;:, "), "hurt", "My privacy matters to me, and I'd like us to be able to trust each other.",
                False)
    device = _device_in_use(clause)
    if device is not None and not negative:  # "you were on your phone the whole date": the time kept as said
        ask = f"Could we put our {inflect.plural(device)} away when we're together?" if device in _CARRIED else \
            f"Could we have some time together without the {device}?"
        return (f"you were on your {device}" if past else f"you're on your {device}", "disconnected", ask, False)
    if lemma == "take" and any(o.lemma_ == "side" for o in objects) and negative:
        return (f"I didn't feel backed up{rest}" if past else f"I don't feel backed up{rest}", "alone",
                "Could you back me up next time?", True)
    return None


_ANY_THING = {"anything", "everything", "nothing", "something", "any", "all", "stuff"}


def _rest_after(clause: Clause, objects) -> str:
    """Words after the verb's object ("you judge me [for my choices]")."""
    if not objects:
        return ""
    last = max(o.i for o in objects)
    tail = [w for w in cleaned(clause) if w.tok is not None and w.tok.i > last
            and w.tok.text not in (".", "!", "?")]
    text = render(tail)
    return (" " + text) if text else ""


# Screens someone can be "on" instead of being with you.
_DEVICES = {"phone", "laptop", "computer", "xbox", "playstation", "ps5", "switch", "ipad", "tablet",
            "screen", "console", "instagram", "tiktok", "reddit"}


_CARRIED = {"phone", "laptop", "ipad", "tablet", "switch"}  # what can be put away; not "the xbox", "tiktok"


def _device_in_use(clause: Clause) -> str | None:
    """"you're (always) on your phone" → "phone": being there but not present."""
    head = clause.head
    if head.lemma_ != "be":
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"):
        device = next((p for p in prep.children if p.dep_ == "pobj" and p.lower_ in _DEVICES), None)
        if device is not None:
            return device.lower_
    return None


# Feelings "you make me …" / "you drive me …" hands to the listener, and what a rewrite calls them.
_CAUSED = {"sick": "hurt", "ill": "hurt", "sad": "hurt", "miserable": "hurt", "hate": "hurt",
           "nauseous": "hurt", "mad": "frustrated", "angry": "frustrated", "furious": "frustrated",
           "livid": "frustrated", "crazy": "frustrated", "insane": "frustrated", "nuts": "frustrated",
           "want": "frustrated", "scream": "frustrated", "nervous": "worried", "anxious": "worried",
           "upset": "upset"}


def caused_feeling(clause: Clause):
    """"you make me sick", "you drive me crazy", "you make me want to scream": the speaker's feeling
    told as the listener's doing. (feeling, the "when you …" clause that says what they did, or
    None), else None. "you made me miss the bus" is an event, not a feeling, and is no match."""
    if not clause.you_subject or clause.head.lemma_ not in ("make", "drive"):
        return None
    head = clause.head
    inside = {t.i for t in clause.tokens}
    when = next((c for c in head.children if c.dep_ == "advcl" and c.i in inside and any(
        m.lower_ in ("when", "whenever") for m in c.children)), None)
    outside = {t.i for t in when.subtree} if when is not None else set()
    if not any(t.lower_ in ("me", "us") for t in clause.tokens if t.i not in outside):
        return None
    feeling = next((_CAUSED[t.lemma_.lower()] for t in clause.tokens if t.i not in outside
                    and t.lemma_.lower() in _CAUSED and t.head.i in (head.i, *(c.i for c in head.children))), None)
    if feeling is None:
        return None
    return feeling, (Clause([t for t in when.subtree if t.lower_ not in ("when", "whenever")]) if when is not None
                     else None)
