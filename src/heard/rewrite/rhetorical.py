"""Rhetorical questions read for what they ask, and the second jab they trail:

- "do you ever listen to me, or is it all just noise to you?": the part after "or" is a second,
  sneering question ("or is it…", "or should I…", "or do you…"), not part of the act; only the first
  alternative is the act to ask for.
- "can't you for once in your life just say thank you?" asks for the act ("it would mean a lot to
  hear a thank you"); the parser often loses the verb under "for once in your life", so the words
  are read in order.
- "do you have any idea how embarrassing you were at the dinner?" calls the listener a verdict; it
  tells how the speaker felt ("I felt embarrassed at the dinner").
- "you always take her side, you've done it since we were kids": "done it" repeats the act before
  it; its time joins that act, and the "it" is never told alone.
- "It is your job to notice when a child is being bullied. You failed him.": the duty is what the
  speaker needs to rely on, asked for beside the complaint, not kept as a reproach.
- "stop acting like you know what it's like": an impression ordered away, said as the impression.
- "you're the reason I stopped telling people about my depression": the speaker's own retreat, told
  with the hurt behind it, never as "I felt hurt when I stopped…".
- "How hard is it to lock a back door?" asks for the door at home: "could you lock the back door?".
- "Do you understand how a rota works?" doubts the listener's wits; the rota is gone through together.
- "you've never lost anyone in your charmed little life": a sneer at the listener's luck, dropped.
"""

from __future__ import annotations

import re

from .literal import Literal
from .surface import render, words_of

# A question word after "or" opens a second question ("or is it…", "or should I…", "or what").
_INVERTED = {"is", "are", "am", "was", "were", "do", "does", "did", "should", "shall", "could", "can", "would",
             "will", "must", "have", "has", "what", "maybe", "perhaps"}
_SUBJECTS = {"i", "you", "u", "it", "that", "this", "we", "he", "she", "they", "there"}


def first_alternative(tokens) -> list:
    """The tokens before an "or" that opens a second question ("…, or is it all background noise to
    you?", "…, or should I draw you a picture?") or the jab set against the first ("…or just let them
    run wild?"); all of them when there is none."""
    toks = list(tokens)
    for k, tok in enumerate(toks):
        if tok.lower_ != "or" or k < 2:
            continue
        nxt = [t.lower_ for t in toks[k + 1:] if not t.is_punct][:2]
        if nxt and (nxt == ["what"] or nxt[0] in _INVERTED and len(nxt) > 1 and nxt[1] in _SUBJECTS
                    or nxt[0] in ("just", "simply")):  # "…actually watch them or just let them run wild?": the jab
            end = k - 1 if toks[k - 1].is_punct else k
            return toks[:end]
    return toks


# -- "can't you for once in your life just say thank you?" ------------------------------------
# What "say …" can quote: words the speaker wants to hear, asked for as that ("it would mean a lot…").
_SAYINGS = ("thank you", "thanks", "sorry", "well done", "please", "i love you", "good morning", "good night",
            "goodnight", "congratulations", "congrats", "hello", "hi", "goodbye", "bye", "i'm sorry", "you're sorry")


# "can't you see / tell / be nicer / stop…": perceiving, knowing and being are not acts to ask for, and
# "stop" is an order read elsewhere (orders.py).
_MINDED = {"see", "hear", "tell", "understand", "notice", "realise", "realize", "feel", "imagine", "think", "believe",
           "want", "like", "love", "care", "know", "have", "need", "mean", "remember", "be", "stop", "quit", "get"}


def cant_you(tokens) -> Literal | None:
    """"can't you (for once / ever / just) X?" asks for X, which isn't happening: "you don't X",
    asked for ("could you X?"); a quoted saying ("say thank you") is asked for as words the
    speaker would like to hear. Seeing, knowing and being can't be asked for ("can't you see…")."""
    from .rhetoric import lead_skipped, act_phrase, without_once, word_i_say  # rhetoric.py calls this reader

    words = lead_skipped(first_alternative(tokens))
    if len(words) < 4 or words[0].lower_ not in ("ca", "can", "could") or words[0].tag_ != "MD" \
            or words[1].lower_ not in ("n't", "nt") or words[2].lower_ not in ("you", "u", "ya"):
        return None
    skipped = {t.i for t in words[3:]} - {t.i for t in without_once(words[3:])}
    verb = next((t for t in words[3:] if t.i not in skipped), None)
    if verb is None or verb.tag_ != "VB" or verb.lemma_.lower() in _MINDED:
        return None  # "can't you see…", "can't you be nicer" (a trait), "can't you stop…" (orders.py)
    after = without_once([t for t in words if t.i > verb.i])
    phrase = word_i_say(act_phrase(verb, after)).rstrip(" ?!.")
    if not phrase or phrase == verb.lower_ or re.search(r"\b(?:without|instead of)\b", phrase):
        return None  # "…reply without sending a voice note": "you don't reply without…" says the opposite
    head, _, said = phrase.partition(" ")
    if head.lower() == "say" and said.lower().strip("\"'“”") in _SAYINGS:
        words_said = said.strip("\"'“”")
        heard = "a thank you" if words_said.lower() in ("thank you", "thanks") else f"you say {words_said}"
        return Literal(f"you don't {phrase}", past=False, request=f"It would mean a lot to hear {heard}.")
    return Literal(f"you don't {phrase}", past=False, request=f"Could you {phrase}?")


# -- "do you have any idea how embarrassing you were at the dinner?" ---------------------------
# Adjectives that name what the listener made the speaker feel: said as the speaker's feeling.
_FELT = {"embarrassing": "embarrassed", "humiliating": "humiliated", "mortifying": "mortified",
         "annoying": "annoyed", "frustrating": "frustrated", "upsetting": "upset", "infuriating": "furious",
         "disappointing": "disappointed", "hurtful": "hurt", "exhausting": "exhausted", "draining": "drained",
         "stressful": "stressed", "scary": "scared", "terrifying": "scared", "worrying": "worried",
         "insulting": "insulted", "belittling": "belittled", "patronising": "patronised", "patronizing": "patronized",
         "condescending": "talked down to", "degrading": "degraded", "confusing": "confused"}


def felt_instead(degree, verb, rest) -> Literal | None:
    """"how embarrassing you were at the rehearsal dinner" calls the listener embarrassing (a verdict);
    what it tells is how the speaker felt: "I felt embarrassed at the rehearsal dinner"."""
    felt = _FELT.get(degree.lower_)
    subject = next((t for t in rest if t.dep_ == "nsubj" and t.head.i == verb.i), None)
    if felt is None or verb.lemma_ != "be" or subject is None or subject.lower_ not in ("you", "u"):
        return None
    after = [t for t in rest if t.i > verb.i and not t.is_punct and t.i != degree.i]
    where = render(words_of(after), lower_start=True).strip()
    past = verb.tag_ == "VBD"
    said = f"I {'felt' if past else 'feel'} {felt}{' ' + where if where else ''}"
    acted = "you acted the way you did" if past else "you act the way you do"
    return Literal(f"{acted}{' ' + where if where else ''}", past=past, statement=said)


# -- "You don't get to cry about this. Not after what you did." -------------------------------
# The listener's own reaction, refused: the speaker's hurt is the complaint, never the crying.
_REACTIONS = re.compile(r"^(?:cry|complain|moan|whinge|whine|sulk|grumble|play\s+the\s+victim|act\s+(?:hurt|upset|"
                        r"like\s+the\s+victim)|get\s+(?:upset|angry|mad|annoyed|offended))\b", re.I)
_AFTER_WHAT = re.compile(r"\bafter\s+(?:what\s+you(?:'ve|\s+have)?\s+(?:did|done)|everything\s+you(?:'ve|\s+have)?\s+"
                         r"(?:did|done))\b", re.I)


def reaction_refused(act: str, text: str) -> list[str] | None:
    """"you don't get to cry about this (not after what you did)" refuses the listener's reaction;
    said as "it hurts when you cry" it would complain about the crying. The speaker's own hurt is
    what it tells: "I'm still hurt by what you did"."""
    if not _REACTIONS.match(act.strip()):
        return None
    cause = "what you did" if _AFTER_WHAT.search(text) else "what happened"
    return [f"I'm still really hurt by {cause}, and it's hard for me to hear how upset you are right now",
            "Can we talk about it when we're both ready?"]


# -- "you always take Emma's side, you've done it since we were kids" -------------------------
_BACK = {"it", "that", "this"}
_SPAN_WORDS = {"since", "for"}


def mark_repeated(clauses) -> None:
    """"you always take Emma's side, you've done it since we were kids": the second clause names no
    act of its own ("done it"), so told alone it loses what "it" was. Its time joins the act before
    it ("…when you take Emma's side, and it's gone on since we were kids"); a bare "you do it
    again" is dropped as the repeat it is."""
    from .address import find_address
    from .situations import situation

    for k in range(1, len(clauses)):
        clause, before = clauses[k], clauses[k - 1]
        head = clause.head
        if head.lemma_ != "do" or not clause.you_subject or not before.you_subject or before.literal is not None \
                or before.role not in ("accusation", "fault") or clause.literal is not None:
            continue
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if len(objects) != 1 or objects[0].lower_ not in _BACK:
            continue
        span = next((c for c in head.children if c.i > objects[0].i and (c.dep_ == "prep" and c.lower_ in _SPAN_WORDS
                     or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))), None)
        if span is not None:
            said = situation(before, drop=frozenset(find_address(head.doc)[1])).rstrip(".!?;:, ")
            when = render(words_of(list(span.subtree)), lower_start=True)
            if not said or not when:
                continue
            before.literal = Literal(f"{said}, and it's gone on {when}", past=False)  # ("it's been…" reads as a state)
        clause.role, clause.literal = "filler", None


# -- "It is your job to notice when a child is being bullied. You failed him." ------------------
_DUTY = re.compile(r"^\W*(?:but\s+|and\s+|look\W+)?(?:it\s+is|it's|it\s+was|that's|that\s+is)\s+(?:literally\s+|quite\s+"
                   r"literally\s+|actually\s+)?(?:your|ur)\s+(?:whole\s+|entire\s+|one\s+|only\s+)?(?:job|responsibility|role"
                   r"|duty)\s+to\s+(?P<act>[^.!?;]+)", re.I)


def mark_duty(clauses) -> None:
    """"It is your job to notice when a child is being bullied. You failed him.": the duty, kept as a
    fact, would keep the reproach; what it asks is to be able to rely on the listener, so it becomes
    the request of the complaint beside it ("I need to be able to count on you to notice…")."""
    from .address import find_address
    from .reading import is_past  # reading imports the sarcasm readers, this module among them
    from .situations import situation

    for k, clause in enumerate(clauses):
        found = _DUTY.match(clause.text)
        if found is None or clause.literal is not None or clause.question:
            continue
        act = re.sub(r"\s+", " ", found.group("act")).strip().rstrip(",")
        other = next((c for c in clauses[k + 1:] + clauses[:k][::-1] if c.you_subject and c.literal is None
                      and c.role in ("accusation", "fault") and not c.question), None)
        if other is None or not act:
            continue
        said = situation(other, drop=frozenset(find_address(other.head.doc)[1])).rstrip(".!?;:, ")
        if not said:
            continue
        past = is_past(other)
        other.literal = Literal(said, past=past, request=f"I need to be able to count on you to {act}.")
        clause.role = "filler"


# -- "stop acting like you know what it's like" -----------------------------------------------
_ACTING_LIKE = re.compile(r"^\W*(?:(?:oh|just|please|so|and|but)\W+)*(?:stop|quit)\s+(?P<how>acting|behaving|pretending|"
                          r"talking)\s+(?:like|as\s+if|as\s+though|that)?\s*(?P<s>(?:you|u|i|we|he|she|they|it|this|that|"
                          r"everyone|everybody|nobody|no\s+one)\b[^.!?;,]+)", re.I)


def acting_like(tokens) -> Literal | None:
    """"stop acting like you know what it's like" orders away an impression, not an act: the parser
    loses the "like" clause, leaving "you act like". Said as the impression it is: "it seems like
    you think you know what it's like"; "stop pretending you care" → "it seems like you're pretending…"."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    found = _ACTING_LIKE.match(text)
    if found is None:
        return None
    said = re.sub(r"\bu\b", "you", re.sub(r"\s+", " ", found.group("s")).strip())
    if len(said.split()) < 2:
        return None
    how = found.group("how").lower()
    seems = f"you're pretending {said}" if how == "pretending" else f"you think {said}"
    return Literal(f"it seems like {seems}", past=False, request="Can we talk about it?")


# -- "…, you've never lost anyone in your charmed little life" ---------------------------------
_LIFE = re.compile(r"\b(?:in|during)\s+(?:your|ur)\s+(?:whole\s+|entire\s+)?(?:(?:charmed|sheltered|cushy|perfect|privileged|"
                   r"easy|comfy|comfortable|pampered|precious|little|spoiled|spoilt)\s+)*life\b", re.I)


def mark_sheltered(clauses) -> None:
    """"you've never lost anyone in your charmed little life" sneers at the listener's luck: nothing
    done to the speaker, and told plainly ("when you didn't lose anyone") it reads as a wish, asked
    for ("could you work a day in your life?") as a sneer. It is dropped; the rest of the message stays."""
    for clause in clauses:
        if clause.you_subject and not clause.question and _LIFE.search(clause.text) and clause.literal is None \
                and any(t.lower_ == "never" for t in clause.tokens):
            clause.role = "filler"


# -- "you're the reason I stopped telling people about my depression" -------------------------
_REASON = re.compile(r"\b(?:you|u)(?:'re|\s+are|r|\s+were)\s+(?:the\s+)?(?:only\s+|whole\s+|main\s+|real\s+)?reason\b", re.I)


def mark_own_retreat(clauses) -> None:
    """"you're the reason I stopped telling people about my depression": what follows is the speaker's
    own doing, so "I felt hurt when I stopped telling people…" blames the speaker's choice. Said as the
    hurt and what it led to: "I've been feeling hurt, and it's part of why I stopped telling people…"."""
    for clause in clauses:
        said = clause.literal.situation if clause.literal is not None else ""
        if said.startswith(("I ", "I'")) and not clause.literal.statement and _REASON.search(clause.text):
            clause.literal.statement = f"I've been feeling hurt, and it's part of why {said}"


# -- "How hard is it to lock a back door?" ----------------------------------------------------
_HOW_HARD = re.compile(r"^\W*(?:(?:seriously|honestly|like|so|oh)\W+)*how\s+(?:hard|difficult)\s+(?:is|was|can)\s+it\s+"
                       r"(?:for\s+(?:you|u)\s+)?to\s+(?P<act>[^.!?;]+)", re.I)
# Things of the home there is one of: "a back door" in "how hard is it to lock a back door" is the
# one at home, asked for as "the back door" (not "send a text": there is no one text).
_FIXTURES = {"door", "gate", "window", "dishwasher", "bin", "bins", "fridge", "freezer", "oven", "hob", "tap", "toilet",
             "seat", "light", "lights", "heating", "kettle", "washer", "machine", "car", "garage", "shed", "alarm",
             "boiler", "thermostat", "cupboard", "drawer", "lid", "loo", "sink", "bath", "shower", "hoover", "iron"}


def mark_how_hard(clauses) -> None:
    """"How hard is it to lock a back door?": the request names the door at home ("could you lock
    the back door?"). The clause keeps no situation of its own: what wasn't done is not said."""
    from .phrases import unframe

    for clause in clauses:
        found = _HOW_HARD.match(clause.text)
        if found is None or clause.literal is not None:
            continue
        act = unframe(found.group("act"))
        fixed = re.sub(r"\b(?:a|an)\s+((?:\w+\s+){0,2}?(?:" + "|".join(sorted(_FIXTURES)) + r"))\b", r"the \1", act,
                       count=1, flags=re.I)
        if fixed != act:
            clause.literal = Literal("", past=False, request=f"Could you {fixed}?")


# -- "Do you understand how a rota works, or should I draw you a picture?" ---------------------
_HOW_IT_WORKS = re.compile(r"^\W*(?:do|don't)\s+(?:you|u)\s+(?:even\s+|actually\s+|really\s+)*(?:understand|know|get|grasp)\s+"
                           r"how\s+(?:a|an|the|our|your|ur|this|that)\s+(?P<thing>(?:\w+\s+){0,2}?\w+)\s+(?:works|work|is\s+done|"
                           r"goes)\b", re.I)


def mark_how_it_works(clauses) -> None:
    """"do you understand how a rota works?" doubts the listener's wits ("it seems like you don't
    understand how a rota works" keeps the doubt); what it wants is the thing done as agreed, so it
    is asked for together ("could we go through how the rota works together?")."""
    for clause in clauses:
        found = _HOW_IT_WORKS.match(clause.text)
        if found is not None and clause.literal is None:
            thing = re.sub(r"\s+", " ", found.group("thing")).strip()
            clause.literal = Literal("", past=False, request=f"Could we go through how the {thing} works together?")


def mark_second_jab(clauses) -> None:
    """"do you ever listen to me, or do you just nod and wait for me to stop talking?": the clause
    cut at "or" is the second, sneering alternative (first_alternative, for one clause); read alone it
    became "when do you nod". It is dropped, with the verb-only pieces that carry it on."""
    for k in range(1, len(clauses)):
        before, clause = clauses[k - 1], clauses[k]
        if not before.question and not before.text.rstrip().endswith("?") and before.role != "question":
            continue
        words = [t.lower_ for t in clause.tokens if not t.is_punct]
        if words[:1] == ["or"]:
            words = words[1:]
        elif clause.connector != "or":
            continue
        if not (words == ["what"] or len(words) > 1 and words[0] in _INVERTED and words[1] in _SUBJECTS):
            continue
        clause.role, clause.literal = "filler", None
        for after in clauses[k + 1:]:
            if after.tokens and after.tokens[0].lower_ == "and" and after.subject is None:
                after.role, after.literal = "filler", None  # "… and wait for me to stop talking?"
            else:
                break


def mark_rhetorical(clauses) -> None:
    """The message-level readings of this module, in order (called from message.py)."""
    mark_second_jab(clauses)
    mark_repeated(clauses)
    mark_duty(clauses)
    mark_sheltered(clauses)
    mark_own_retreat(clauses)
    mark_how_hard(clauses)
    mark_how_it_works(clauses)
