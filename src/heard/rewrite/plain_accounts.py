"""Owns the plain accounts: a message told in its own clauses, jabs left out, where the other
readings lost what it says. Two of them:

- The complaint (`plain_account`). The readings elsewhere rebuild a message around one act ("When you
  borrowed my camping stove…, I felt…"). On messages nobody here wrote they often keep that one clause
  and lose the detail that carries the point: "…and soot all over it", "…and your colleague has hung
  up on me twice", "Your leylandii are blocking all the light to our greenhouse" (flagged alone for
  its "your", so never kept). Readers of unseen messages named that the most common defect (21 of 60
  in held-out set 7). This one keeps every plain clause in order, as the clause reader says it
  (`reading.say_situation`: no intensifiers, absolutes or address), and leaves out what jabs:
  contempt, traits and names, sarcasm, questions, a generalisation, a guess at the listener's mind,
  a motive; a verbless "and soot all over it" rides on the clause before it. Then one feeling and one
  ask (another candidate's closing request, when one has it). A message that defends or denies, or
  whose act (a "you" clause the classifier flags alone) it would have to leave out, gets none.
- The speaker's side of a denial (`plain_defence`). "I never said "all immigrants", read my comment
  again…" got "I can see why it sounded like I said "all immigrants", and I'm sorry": an apology for
  what the sender denies, which readers called a changed meaning. This one keeps the denial and the
  facts behind it, drops the dig or order ("scroll up before you have a go"), and opens with one
  acknowledgement. Only for a denial of an act (not "not my fault", "I didn't know", a lapse owned
  with "ok so I didn't…"), which the issue's guidance answers by taking responsibility.

The engine (`engine._plain_accounts`) offers the complaint only where no other candidate keeps half of
the message's content words, and only when it keeps half and clearly more; the side only where every
other candidate concedes the denial, and then first and instead of them. The classifier re-checks
both like every other candidate.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, Candidate
from .feelings import named_feeling, situation_feeling
from .fitting_asks import fitting_feeling
from .insults import NAMES, hurls_insult
from .lexicon import SARCASM, TRAIT_NOUNS, TRAITS
from .memo import per_message
from .own_requests import sentences_of
from .remarks import JUDGING, remark_only
from .reading import FELT_WITH, NO_APOLOGY, NO_SITUATION, compose, is_full_clause, is_past, say_situation, \
    speakers_dropped_i, talk_request, told_act
from .subjects import with_subject
from .surface import is_emoji, sentence
from .wronged import chased

# Clauses that tell what happened; "contempt", "attack", "filler", "pressure" and the rest only jab.
_TOLD = {"fact", "accusation", "fault"}  # the speaker's own side ("own") is a defence reading's
# A generalisation is a verdict on the person, not an occasion: "you never…", "every suggestion gets a sigh".
_GENERAL = {"never", "always", "constantly", "forever", "every", "everything", "nothing", "nobody", "everyone",
            "everybody", "anyone", "anybody", "ever", "whenever", "plenty", "lots", "loads", "most", "many", "zero"}
_JAB_WORDS = set(TRAITS) | set(TRAIT_NOUNS) | SARCASM | NAMES | JUDGING  # praise in a complaint is sarcasm: "Amazing work on the bins"
# What only a misread leaves: a guess at the listener's mind, a bare "you", a reason pinned on them.
_UNSAYABLE = re.compile(
    r"^(?:it seems|it seemed|you$|guess\b|thanks\b|(?:just )?admit\b)|\b(?:because of you|thanks to you|your fault|"
    r"the one who|some of us|on you|out of my way|your (?:problem|job|responsibility)|"
    r"responsib\w+|with respect|let's not|act(?:s|ing)? like|like a|on your mind|of all people|the nerve|"
    r"the cheek|not the \w+$|memory|wouldn't kill|if you (?:read|look|check)\w*|before you)\b", re.I)
# A motive pinned on the listener; a defence may still deny its own ("I didn't leave you out on purpose").
_MOTIVE = re.compile(r"\b(?:on purpose|deliberate(?:ly)?)\b"
                     # "I can only assume you don't want to be paid": a guess at the listener's mind, a dig
                     r"|\bI (?:can|could) only (?:assume|imagine|guess|conclude|presume)\b", re.I)
# A clause the cut left hanging: "I covered your shifts all summer and now".
_DANGLING = {"and", "but", "so", "or", "because", "when", "while", "if"}
# A message that defends or plays the martyr anywhere is read by the defence readings, not told plainly.
_DEFENDING = {"own", "excuse", "denial", "counter", "victim", "minimising", "alibi", "protest", "refusal"}
_MODALS = {"can", "could", "ca", "need", "have", "must", "should", "would", "will", "wo"}
# Not an act the speaker denies but a lapse they admit: "I didn't know she was your sister", "I never
# found the right moment", "I didn't get the chance". Taking responsibility answers those (defence.py).
_NOT_ACTS = {"know", "find", "get", "have", "mean", "want", "think", "see", "realise", "realize", "remember",
             "need", "do", "be", "manage", "notice", "hear", "understand", "check"}
# "Dear Dr Rao, I did not plagiarise": a denial the parse may not hang on the speaker.
_NEGATED = re.compile(r"(?:^|, )(?:I|we) (?:did not|didn't|never|wasn't|was not|haven't|have not|"
                      r"weren't|were not)\b(?! (?:need|have to|got to)\b)", re.I)
# "When you and Jake spent the holiday fund…" hangs on a main clause: never a sentence of its own.
_SUBORDINATE = re.compile(r"^(?:when|whenever|while|if|because|since|although|though|unless|until)\b", re.I)
_MIN_WORDS = 4  # "you had one job" is a jab; an account says who did what to what


def plain_account(msg, asks=()) -> list[Candidate]:
    """The message's own account of what happened, with a feeling and an ask; [] when it has none.
    `asks`: the closing requests of the other candidates, which were fitted to the message."""
    if not msg.blaming or msg.defensive or holds_ground(msg) or any(c.role in _DEFENDING or _NEGATED.search(c.text)
                                                                    for c in msg.clauses):
        return []  # a denial or the speaker's proof is a defence: plain_defence tells that side
    told, kept = [], []  # sentences of the account; the clauses kept (for tense)
    previous = None
    for k, clause in enumerate(msg.clauses):
        said = _said(msg, clause)
        if said and len(said.split()) >= _MIN_WORDS and is_full_clause(clause):
            if told and previous == k - 1 and clause.connector in ("and", "but", "so"):
                told[-1] += f" {clause.connector} {said}"
            else:
                told.append(said)
            kept.append(clause)
            previous = k
        elif said and told and previous == k - 1 and clause.connector == "and" and not is_full_clause(clause) \
                and not clause.you_subject:
            told[-1] += f" and {said}"  # "…with the canister empty and soot all over it"
            previous = k
        elif clause.role == "accusation" and not clause.question:
            return []  # the listener's act itself left out ("you shared that fake notice"): the account lost its point
    if not any(len(s.split()) >= 6 for s in told) or all(_speaker(c) and not chased(c) for c in kept):
        return []  # "Twenty years I gave this company": the speaker's side alone is no account of what happened
        # (but "I've now asked three times for the invoice" tells what the listener hasn't done, wronged.py)
    account = " ".join(told)
    feeling = msg.feeling()  # the situation's own feeling over one read off the jabs ("couldn't care less": hurt)
    feeling = named_feeling(msg.text) or situation_feeling(account) or fitting_feeling(account, feeling) \
        or ("frustrated" if feeling in ("hurt", "upset") else feeling)  # the hurt a jab voiced is not the account's
    if any(chased(c) for c in kept):
        feeling = "frustrated"  # asked three times and still waiting
    if all(is_past(c) for c in kept):
        felt = f"That left me feeling {feeling}."
    elif feeling in FELT_WITH:
        felt = f"It leaves me feeling {feeling}."
    else:
        felt = f"I've been feeling {feeling} about it."
    lines = [sentence(s) for s in told] + [felt, asks[0] if asks else talk_request(msg)]
    return [Candidate(compose(msg, lines), I_STATEMENT)]


def _denies(clause) -> bool:
    """"i didn't steal your parking space": the speaker's denial of an act, which the defence readings
    answer; not "I can't find it" or "I don't need to explain" (a complaint, a refusal)."""
    head = clause.head
    return _speaker(clause) and any(c.dep_ == "neg" for c in head.children) \
        and not any(c.lower_ in _MODALS for c in head.children) and head.lemma_.lower() not in _MODALS | _NOT_ACTS


def _to_speaker(clause) -> bool:
    """"finance only sent me the Q3 numbers at 4pm": what others did to the speaker is the speaker's side too."""
    return any(t.lower_ in ("me", "my") and t.dep_ in ("dobj", "dative", "pobj", "poss") for t in clause.tokens)


def _dated(clause) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in clause.tokens)


def _speaker(clause) -> bool:
    subject = clause.subject
    return subject is not None and subject.lower_ in ("i", "we", "me")


def _said(msg, clause) -> str | None:
    """The clause as the account says it, or None when it jabs, asks, generalises or reads a mind."""
    rolled = clause.role == "contempt" and not clause.you_subject and any(is_emoji(t.text) for t in clause.tokens)
    if clause.role not in _TOLD and not rolled or clause.question or clause.literal is not None or hurls_insult(clause) \
            or remark_only(clause):
        return None  # an eye-roll after a plain fact ("…breaking my plants 🙄") is cut by chat_marks.py
    if clause.you_subject and clause.scores.get("blaming") and not _dated(clause) and not told_act(clause):
        return None  # "you act like money grows on trees": the classifier reads the clause alone as blame;
        # an act pinned to a day is the event itself ("You promised the invoice by Monday"), flagged or not,
        # and so is one told in the past ("you left the back door unlocked"): the retrained model reads a
        # calm account of what the listener did as blame, as the label guide says it is
    if re.match(r"^\W*(?:maybe |perhaps )?if\b", clause.text, re.I):
        return None  # "Maybe if some parents bothered…": a condition, and a dig, never a sentence of its own
    if not is_full_clause(clause) and clause.connector != "and":
        return None  # a fragment rides only on the clause before it: "leave the carton" alone would be an order
    words = {t.lower_ for t in clause.tokens}
    if words & _GENERAL or words & _JAB_WORDS:
        return None
    if clause.you_subject and clause.head.lemma_.lower() in NO_SITUATION:
        return None  # "you moan about…" reads the listener, it tells nothing
    said = (say_situation(msg, clause) or "").strip(" ,;:-")
    if not said or _SUBORDINATE.match(said) or _UNSAYABLE.search(said) or _UNSAYABLE.search(clause.text) \
            or _MOTIVE.search(clause.text) or said.split()[-1].lower() in _DANGLING:
        return None
    if clause.subject is None:  # "Promised you'd drive Grandma…" is the listener's; "Drove 40 minutes for…" the speaker's
        return speakers_dropped_i(clause, said) or with_subject(said)
    return said


# A request, not an amends: "Next time, could you…?" asks; "Next time I'll…" promises (and concedes).
_REQUEST = re.compile(r"^(?:could|can|would|will) (?:you|someone|we)\b.*\?$|^(?:please|(?:next time|from now on),? "
                      r"(?:could|can|would|please)\b)", re.I)


def closing_asks(candidates) -> list[str]:
    """The closing requests of `candidates` ("Could someone help me, please?"), best-placed first."""
    found = []
    for candidate in candidates:
        last = (sentences_of(candidate.text) or [""])[-1]
        if not candidate.fallback and _REQUEST.search(last) and last not in found:
            found.append(last)
    return found


# Clauses a defence tells its side with: what the speaker did or didn't do, and the facts behind it.
_SIDE = {"fact", "denial", "excuse", "own", "alibi"}
_GREETING = re.compile(r"^(?:dear|hi|hey|hello|morning)\b\s*", re.I)
_BEHIND = ("because", "cos", "cause", "since", "as")
_ALWAYS = {"always", "constantly", "forever", "everything", "everyone", "everybody"}  # the speaker's own verdicts
# The defence itself, not its facts: "not my fault", "I don't see how I'm to blame", "that's just how I text".
_DEFIANT = re.compile(r"\b(?:my fault|not mine|to blame|on me|problem|explain|just how|just the|only the|don't see how|"
                      r"nothing I|no point|making (?:an )?effort)\b", re.I)
# How a defence opens, not what it says: "To be clear, the figures I sent were correct at the time".
_PREFACE = re.compile(r"^(?:sorry,? but|to be clear|for the record|just so you know|for your information|fyi|as i said|"
                      r"however|as stated|like i said|with respect|honestly|tbh|look|listen|"
                      r"(?:ah |oh )?here(?=,))\b[,:]?\s*", re.I)
# ("Ah here, I only said…": the Irish "come on", left behind as "Here," once "Ah" is dropped)
_MINIMISED = re.compile(r"\b(I|we) (?:only|just|literally|simply|merely) (?=\w)", re.I)
# "I didn't leave you out on purpose" → "I didn't mean to leave you out": the intent denied, the act not.
_UNMEANT = re.compile(r"^(I|we) (?:didn't|did not|never) (\w+(?: \w+){0,8}?) (?:on purpose|deliberately)$", re.I)


def plain_defence(msg, asks=(), anyway: bool = False) -> list[Candidate]:
    """A defence told as the speaker's side: what they did or didn't do and the facts behind it, after
    one acknowledgement, and never the counter, the dig or the order ("scroll up before you have a go",
    "read my comment again"). "I wasn't skiving, I had a physio appointment that I told you about at
    Tuesday training" used to become "I'm sorry it felt like I was skiving": an apology for what the
    sender denies, with the appointment gone. [] when the message counter-attacks (counters.py) or
    tells nothing of the speaker's own."""
    if not (anyway or holds_ground(msg)) or any(c.role in ("counter", "victim") for c in msg.clauses):
        return []
    told, kept, previous = [], [], None
    for k, clause in enumerate(msg.clauses):
        said = _side(msg, clause) if not _pleads(clause, anyway) else None
        if not said:
            continue
        if told and previous == k - 1 and _DENIED_TAIL.search(told[-1]):
            continue  # "…at 4pm yesterday, not | because I sat on them": the reason the speaker denies, not told
        if told and previous == k - 1 and (clause.connector in _BEHIND or clause.connector == "and"
                                           and not is_full_clause(clause)):
            told[-1] += f" {clause.connector} {said}"  # "…is high because the handbook told us to…"
        elif is_full_clause(clause):
            told.append(said)
        else:
            continue
        kept.append(clause)
        previous = k
    told = [_DENIED_TAIL.sub("", s) for s in told]
    if not any(_speaker(c) or _to_speaker(c) for c in kept) or sum(len(s.split()) for s in told) < 5:
        return []
    denies = any(_denies(c) or c.role == "denial" for c in kept)
    own = next((c for c in msg.clauses if c.role == "validation"), None)  # "I get why you're hurt, but…"
    own = re.sub(r"[\s,;:-]+$", "", _GREETING.sub("", say_situation(msg, own) or own.text)) if own is not None else ""
    # Readers of held-out sets 28 and 29 graded "I can see how it looked, and I'd like to explain… Can we work out
    # together what happens next?" a stock frame (and odd in a thread); these say the same, plainly, and invite
    # the listener's side, which the re-check passes beside a denial (a closing like "Is there something I've
    # missed?" reads to it as a dare).
    opener = sentence(own) if len(own.split()) >= 3 else msg.pick(
        ["I can see why it looked that way.", "I can see how it looked."] if denies else
        ["I can see why this bothered you."] if anyway else  # nothing says the listener asked anything
        ["I understand why you're asking.", "I can see why this bothered you."], "side")
    lines = [opener, *(sentence(s) for s in told), asks[0] if asks else "I'd like to hear how you see it."]
    return [Candidate(compose(msg, lines), ACKNOWLEDGE, leads=True)]


# Told without a denial to stand on, these still plead or push back: "I can't be everywhere at once", "I
# didn't think £40 was a big deal", "that's not an insult", "what do u expect", "I do this for free, remember".
_PLEA = re.compile(r"\b(?:ca(?:n't|nnot|n not)|big deal|not an? \w+$|(?:is|was) wrong|what (?:do|did) (?:you|u) expect|"
                   r"remember$|(?:don't|do not) see (?:why|how)|blamed?|support from|in this (?:family|house)|"
                   r"I (?:told|warned) (?:you|u)|handled it|(?:don't|do not) know (?:why|what more)|what more (?:do )?(?:you|u) want|"
                   r"end of the world|hardly|out of my hands|beyond my control|my (?:headache|lookout|concern)|"
                   r"^(?:I (?:can see|understand|get|know) (?:why|how)|which|sure)\b)\b", re.I)  # "I told you…" is a
# retort (film_defences); "I can see why that hurt" is already the opener; "which is literally a stat" a tail


# Pushing back, with or without a denial: "I can't open my mouth in this house", "Shouting at me won't change
# it", "I don't need a lecture about the car loan", "That's called feedback", "I'm the only one who volunteered…" (a
# martyr's claim), "I'm not being dramatic" (the charge denied, no fact); and a refusal to apologise
# (reading.NO_APOLOGY: "I'm not going to apologise for missing your gig").
_PUSHBACK = re.compile(r"\b(?:(?:can't|cannot) open my mouth|in this (?:family|house)|won't change (?:it|anything)|"
                       r"(?:don't|do not) need (?:a |your |any |another )?(?:lecture|lesson|telling|reminding|reminder)|"
                       r"(?:that's|that is|it's|it is) not the same(?: thing)?$|"
                       r"that's called|(?:the )?only one who|"
                       r"(?:I'm|I am|im) not (?:being|bein) (?:dramatic|difficult|funny|awkward|unreasonable))\b", re.I)


def _pleads(clause, anyway: bool = True) -> bool:
    """`clause` pleads or pushes back rather than tells; or, `anyway` (no denial to stand on), it
    generalises ("someone always…"), sits in a question or argues a contrast ("…, not that I was bored")."""
    if _PUSHBACK.search(clause.text.strip(" .!?,")) or NO_APOLOGY.search(clause.text):
        return True
    if not anyway:
        return False
    words = {t.lower_ for t in clause.tokens}
    asked = clause.tokens[-1].sent.text.rstrip().endswith("?")  # "Oh I'm a "bot" now because I disagree with you?"
    return bool(_PLEA.search(clause.text.strip(" .!?,")) or words & (_GENERAL | {"someone", "somebody"})) or asked \
        or clause.text.lower().startswith("not ")


def _side(msg, clause) -> str | None:
    """The clause as the speaker's side says it, or None when it argues with the listener."""
    if clause.role not in _SIDE or clause.question or clause.literal is not None or clause.you_subject:
        return None
    if clause.head.tag_ == "VB" and clause.subject is None or _ORDER.match(clause.text):
        return None  # "scroll up before you have a go", "Don't be looking at me": an order
    words = {t.lower_ for t in clause.tokens}
    if words & _JAB_WORDS or words & (_ALWAYS if _speaker(clause) else _GENERAL):
        return None  # "nobody else took it seriously" generalises; "I never said anything bad about her" denies
    said = _GREETING.sub("", (say_situation(msg, clause) or "").strip(" ,;:-"))
    said = _PREFACE.sub("", said)
    said = _MINIMISED.sub(r"\1 ", said)  # "I only borrowed them once" tells the act; "only" defends it
    if _speaker(clause):
        said = re.sub(r",? already\b", "", said)  # "I've sent two plumbers already": the act, without the reproach
    said = _UNMEANT.sub(lambda m: f"{m.group(1)} didn't mean to {m.group(2)}", said)  # no motive word left to judge
    checked = _NOT_THE_ONE.sub("I didn't", said)  # "I wasn't the one who replied-all": the speaker's denial, no dig
    if not said or len(said.split()) < 3 or _UNSAYABLE.search(checked) or _UNSAYABLE.search(_NOT_THE_ONE.sub(
            "I didn't", clause.text)) or _DEFIANT.search(clause.text) or said.split()[-1].lower() in _DANGLING \
            or _LEADING.match(said):
        return None
    return said


# The speaker's own "not the one who…" denies an act; the listener's "you're the one who…" is the dig _UNSAYABLE
# keeps out.
_NOT_THE_ONE = re.compile(r"\b(?:I (?:wasn't|was not|am not|'m not)|it (?:wasn't|was not) me,?) the one who\b", re.I)
_ORDER = re.compile(r"^\W*(?:(?:so|and|just|now)\s+)?(?:don'?t|do not|stop|quit)\b", re.I)
# "…because finance only sent me the numbers at 4pm, not [because I sat on them]": a contrast the parse cut after its
# "not"; and "it's the oven that's dodgy, not me": the tail denies
_DENIED_TAIL = re.compile(r",?\s+not(?: me| mine| my fault)?$", re.I)

# "When I offered you the course in January, [you told me…]": a clause that leads into another, alone a fragment
_LEADING = re.compile(r"^(?:if|when|whenever|while|after|before|once|although|though|until|unless)\b", re.I)


# A sulk, not a side: "fine, I'll just never cook again then", "apparently I can't do anything right".
_SULK = re.compile(r"^\W*(?:(?:it'?s |its )?fine|whatever|ok(?:ay)? then)\b|\bapparently\b", re.I)


def sulks(msg) -> bool:
    """The defence is a sulk: told plainly, it would still be one."""
    return bool(_SULK.search(msg.text))


# An apology or admission for the act: what a rewrite of a denial must not say.
_CONCEDES = re.compile(r"\bI'm sorry (?:I|about|for)\b(?! (?:went quiet|how|the way|any))|\bI'm sorry[.!]|"
                       r"\bI should(?:'ve| have)\b|\b(?:that's|that is) on me\b|\bmy (?:fault|mistake|bad)\b", re.I)


def denial_conceded(msg, text: str) -> bool:
    """`text` apologises for or admits what the message's speaker denies or shows they did ("I didn't
    forget your mum's birthday" → "I'm sorry about mum birthday")."""
    return holds_ground(msg) and bool(_CONCEDES.search(text))


# The speaker insists they did it: "I DID pack her inhaler", "i literally said in this chat at 6:14 that…".
_PROOF = re.compile(r"^\W*(?:\w+, )?(?:i|we) (?:did (?!not\b|n't)(?!(?:know|mean|think|want|get|my|the|a|an|"
                    r"your|it|that|this|what|all|everything|nothing|so|too|as|loads|lots)\b)\w+|"
                    r"literally (?:said|told|sent|texted|messaged|paid|booked) |did (?:my|our) (?:share|part|bit|half)\b)", re.I)
# The act denied, in words when the parse did not hang it on the speaker ("Dear Dr Rao, I did not plagiarise").
_DENIED_ACT = re.compile(r"(?:^|, )(?:I|we) (?:did not|didn't|never|wasn't|was not|weren't|were not) "
                         r"(?!(?:" + "|".join(sorted(_NOT_ACTS)) + r"|been|going|trying|able|in|up|sure|aware|"
                         r"thought|expected|expect|knew|realised|realized|meant|wanted|noticed|understood|saw|"
                         r"remembered|imagined|dreamed|dreamt|"
                         r"feeling|well|ready|home|around|free|allowed|told|asked|invited|given|sent)\b)\w+", re.I)


@per_message  # asked for by both accounts, and of every candidate in engine._plain_accounts and _choose
def holds_ground(msg) -> bool:
    """The speaker denies the act itself, or insists they did it: a rewrite keeps that side and never
    apologises for it (a lapse admitted, "not my fault" or "I said I'd do it" are answered by owning it)."""
    if _ADMITS.search(msg.text):
        return False
    return denied_outright(msg) or any(
        (_denies(c) or c.role == "denial" or _DENIED_ACT.search(c.text) or _speaker(c) and _PROOF.search(c.text))
        and not _DEFIANT.search(c.text) for c in msg.clauses)  # "not my fault…" is owned (the example)


def denied_outright(msg) -> bool:
    """The act denied by how others take it or by the thing's state before the speaker came to it (`_NOT_ME`): an
    apology for it is never shown, not even as the only answer (engine._choose)."""
    return bool(_NOT_ME.search(msg.text))


# The act denied by saying how others take it, or by the thing's state before the speaker came to it: "everyone's
# acting like i was the one who knocked over the fish tank", "it was making that noise before I touched it".
_NOT_ME = re.compile(r"\b(?:acting|treating me|carrying on|making (?:it )?out|talking)\s+(?:like|as if|as though)\s+"
                     r"(?:i|I)\s+(?:was|am|'m|were)\s+the one who\b|"
                     r"\b(?:was|were)\s+(?:already\s+)?[\w\s]{1,30}?\s+(?:before|long before|way before)\s+(?:i|I)\s+"
                     r"(?:even\s+)?(?:touched|used|opened|moved|got to|came near|went near)\b", re.I)


# "ok so I didn't take the bins out, but…", "I didn't walk the dog, I'll do it now", "I didn't call
# you back, I'm sorry": the lapse admitted.
_ADMITS = re.compile(r"^\W*(?:ok(?:ay)?|fine|yes|yeah|yep|right|alright|look|i know|i admit|true)\b[\s,.!]*"
                     r"(?:so |then )?(?:i|we) (?:didn't|did not|never|haven't|wasn't)\b"
                     r"|\b(?:I'll|I will|I'm going to) (?:do|sort|fix|get)"
                     r"|\bI (?:just )?didn't (?:\w+ ){1,6}(?:either|yet)\b|\bI just (?:didn't|never)\b"
                     r"|\b(?:I'm|I am|so|really) sorry\b|(?:^|[,.] )sorry\b", re.I)  # an apology of its own owns it

