"""Deadpan sarcasm said as what it means, or dropped when its plain meaning can't be told safely.

The readers here run after the other sarcasm readers (sarcasm.py, irony.py, mock_praise.py) and
correct what those read literally:
- "must be nice to have the bass thumping till 2am and never have to get up for work" → the act and
  the speaker's own duty: "…when you have the bass thumping till 2am, because I have to get up for work".
- "a whole text back in under a week, I'm honoured" → "it took almost a week to get a text back".
- "mum's favourite can do no wrong" → "it feels like mum plays favourites".
- "the trash really appreciates you walking past it fourteen times" → "you walked past the trash…".
- "you "totally" paid your subs" (quoted or shouted "totally") → "you didn't pay your subs".
- "oh I'm SO sorry my breakup is inconveniencing your Friday night", "did my crying interrupt your
  match?" → it feels like the speaker's pain is getting in the way of the listener's plans.
- "sorry for having a job i guess" → "it feels like my job is a problem for you".
- "take all the credit…, it's not like I was up until 2am doing it" → the speaker did it, unseen.
- "take ur time, we're only starving" → "we're starving, and it's hard to keep waiting".
- "yeah because you're SO busy. watching tiktok. all day." → the mocked claim dropped, the act kept.
- "we're inviting the entire group except me" → left out, said as such.
A reading sets the clause's literal (often a whole statement with the fitting feeling and a request,
so no feeling is guessed from the mocking words) or makes the clause filler.
"""

from __future__ import annotations

import re

from . import inflect
from .literal import Literal
from .surface import Word, is_emoji, render, words_of

_OPEN = r"^\W*(?:(?:oh|wow|well|yeah|ok|okay|ah|right|lol|cool|sure)\W+)*"
_ROLLS = {"🙄", "🙃", "😒", "🤡", "💅", "😑"}


def _ws(tokens) -> list:
    return [t for t in tokens if not t.is_punct and not is_emoji(t.text) and t.text.strip()]


def _say(tokens) -> str:
    return render(words_of([t for t in tokens if not t.is_punct and not is_emoji(t.text)]), lower_start=True)


# -- "must be nice to A and never have to B" ----------------------------------------------------
_NICE_NEVER = re.compile(_OPEN + r"must be nice (?:to |being )?(?P<act>.+?),? (?:(?:and|while|but) (?:never|not|without) "
                         r"(?:have|having|needing|need) to (?P<duty>[^.!?]+?)|while (?P<mine>(?:i|i'm|im) [^.!?]+?))\W*$",
                         re.I)
_CIRCUMSTANCE = re.compile(r"^(?:have|having|got) (?:a|an|no|so much|all that|all the|such a|such|your|rich|money)\b", re.I)


def _nice_never(clause, clauses, text, labels):
    found = _NICE_NEVER.match(clause.text)
    if not found:
        return None
    if _CIRCUMSTANCE.match(found.group("act")):
        return "filler"  # "must be nice to have a job and never…": envied, not an act; "when you have a job" blames
    act = re.sub(r"\b(?:always|constantly|literally|just)\s+", "", found.group("act"))
    first, _, rest = act.partition(" ")
    if first.lower().endswith("ing"):  # "must be nice sleeping in till noon"
        act = f"{inflect.base_of(first.lower())} {rest}".strip()
    if found.group("mine"):  # "…while I'm stuck here with the kids": the speaker's side, said as it is
        mine = re.sub(r"^(?:i'm|im)\b", "I'm", re.sub(r"^i\b", "I", found.group("mine"), flags=re.I), flags=re.I)
        return Literal(f"you {act}", past=False, statement=f"It's hard for me when you {act} while {mine}")
    duty = re.sub(r"\b(?:yourself|urself)\b", "myself", found.group("duty"))  # "explain yourself": the speaker must
    duty = re.sub(r"\b(?:your|ur)\b", "my", duty)
    return Literal(f"you {act}", past=False, statement=f"It's hard for me when you {act}, because I have to {duty}")


# -- "a whole text back in under a week, I'm honoured" ------------------------------------------
_HONOURED = re.compile(r"\b(?:i'm|i am|i feel|im) (?:so |truly |deeply |very )?(?:honou?red|flattered|blessed|special|"
                       r"touched|spoiled|spoilt)\b|\bwhat an honou?r\b|\bhow (?:generous|kind)\b", re.I)
_WAITED = re.compile(r"\b(?:a|an) (?:whole|entire|actual|real|full) (?P<thing>[a-z]+(?: [a-z]+)?(?: back)?) (?:in|within) "
                     r"(?:just |only )?(?:under|less than) (?P<time>(?:a|an|one|two|three|four|five|six|\d+) "
                     r"(?:minutes?|hours?|days?|weeks?|months?|years?))\b", re.I)


def _honoured(clause, clauses, text, labels):
    if not _HONOURED.search(clause.text):
        return None
    found = _WAITED.search(clause.text)
    told = next((c for c in clauses if c is not clause and c.role != "filler" and _WAITED.search(c.text)), None)
    if not found and told is not None:  # "wow. a whole text back in under a week. I'm honoured": the wait told apart
        told.role, told.literal = "accusation", _waited(_WAITED.search(told.text))
        told.cues = told.cues - {"praise"}
        return "filler"
    if not found:  # "I'm honoured" said plainly would thank; what it mocks is not told. Unmarked, it may be meant
        marked = re.match(_OPEN, clause.text).end() or any(r in text for r in _ROLLS) or "blaming" in labels
        return "filler" if marked else None
    return _waited(found)


def _waited(found):
    thing = found.group("thing").lower()
    article = "an" if thing[0] in "aeiou" else "a"
    return Literal(f"it took almost {found.group('time')} to get {article} {thing}", past=True,
                   statement=f"I felt hurt that it took almost {found.group('time')} to get {article} {thing}")


# -- "mum's favourite can do no wrong" ----------------------------------------------------------
_FAVOURED = re.compile(r"\b(?:favourite|favorite|fave|golden (?:child|boy|girl)|princess|prince|angel|pet)\b", re.I)
_NO_WRONG = re.compile(r"\b(?:in (?P<eyes>(?:(?:the|my|our|your) )?\w+)'s eyes,? )?(?:(?P<who>(?:(?:the|my|our|your) )?\w+)'s )?(?:\w+ )?[\w ]*?can do no wrong\b", re.I)


def _no_wrong(clause, clauses, text, labels):
    found = _NO_WRONG.search(clause.text)
    if not found:
        return None
    parent = found.group("eyes") or found.group("who")
    if not parent or parent.lower() in ("it", "that", "he", "she", "one"):
        if _FAVOURED.search(clause.text):  # "the golden child can do no wrong": favouritism, no parent named
            return Literal("it feels like there are favourites", past=False,
                           statement="It hurts when it feels like there are favourites")
        # "oh of course, you can do no wrong": a jab with no situation in it; "…in my eyes" is meant
        return "filler" if re.match(_OPEN + r"(?:of course\W+)", clause.text) else None
    return Literal(f"it feels like {parent} plays favourites", past=False,
                   statement=f"It hurts when it feels like {parent} plays favourites")


# -- "the trash really appreciates you walking past it" -----------------------------------------
_THANKING = {"appreciate", "love", "thank", "enjoy", "adore"}
_ANIMATE = {"i", "we", "you", "he", "she", "they", "everyone", "everybody", "team", "kids", "children", "family",
            "boss", "client", "clients", "customer", "customers", "people", "group", "class", "staff", "neighbours",
            "neighbors", "mum", "mom", "dad", "mother", "father", "baby", "son", "daughter", "parents", "friends"}
_BACK = {"it": "it", "them": "them"}
# Neglect, not care: "the plants love you watering them" is meant; "…you walking past it" mocks.
_NEGLECT = {"ignore", "walk", "step", "leave", "forget", "neglect", "pass", "skip", "abandon", "stare", "look"}


def _thing_thanks(clause, clauses, text, labels):
    """A thing thanking the listener for neglecting it: the neglect, said as the listener's act."""
    for tok in clause.tokens:
        if tok.lemma_.lower() not in _THANKING or tok.dep_ != "ROOT":
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.lower_ in _ANIMATE:
            return None
        act = next((t for t in tok.subtree if t.tag_ == "VBG" and t.i > tok.i), None)
        if act is None or not any(t.lower_ in ("you", "u") for t in clause.tokens if tok.i < t.i < act.i):
            return None
        back = [t for t in act.subtree if t.lower_ in _BACK and t.i > act.i]
        negated = any(c.dep_ == "neg" for c in act.children) or (act.i > 0 and act.doc[act.i - 1].lower_ == "not")
        if not back or not (negated or act.lemma_.lower() in _NEGLECT):
            return None  # without "it"/"them" the thing is not what was neglected: maybe meant
        named = _say([t for t in subject.subtree if t.dep_ not in ("amod",)])
        words = []
        for t in act.subtree:
            if t.i <= act.i or t.is_punct or is_emoji(t.text):
                continue
            words.append(Word(named if t.i == back[0].i else t.text, t.whitespace_, None if t.i == back[0].i else t))
        verb = f"didn't {inflect.base_of(act.lemma_.lower())}" if negated else inflect.past(act.lemma_.lower())
        return Literal(f"you {verb} " + render(words, lower_start=True), past=True)
    return None


# -- "you "totally" paid your subs" -------------------------------------------------------------
_SURELY = {"totally", "definitely", "absolutely", "certainly", "totes", "sooo", "so"}


def _doubted(clause, clauses, text, labels):
    """A past act vouched for in scare quotes or capitals: the speaker means it wasn't done."""
    for tok in clause.tokens:
        if tok.lower_ not in _SURELY or tok.dep_ != "advmod" or tok.head.tag_ != "VBD":
            continue
        doc = tok.doc
        quoted = 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in ('"', "“", "'", "‘") and \
            doc[tok.i + 1].text in ('"', "”", "'", "’")
        shouted = re.search(r"(?<![A-Za-z])" + re.escape(tok.text.upper()) + r"(?![A-Za-z])", text) is not None \
            and tok.lower_ != "so" and (re.match(_OPEN, text).end() > 0 or any(r in text for r in _ROLLS))
        # "you TOTALLY nailed it!" is praise; "yeah you TOTALLY cleaned your room" is not
        verb = tok.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not (quoted or shouted) or subject is None or subject.lower_ not in ("you", "u"):
            continue
        rest = _say([t for t in verb.subtree if t.i > verb.i])
        done = f"{inflect.participle(inflect.base_of(verb.lemma_.lower()))} {rest}".strip()
        return Literal(f"it doesn't look like you've {done}", past=False,
                       statement=f"I'm frustrated, because it doesn't look like you've {done}",
                       request="Could you take care of it soon?")  # still to do: not "…from now on", not "next time"
    return None


# -- "oh I'm SO sorry my breakup is inconveniencing your Friday night" ----------------------------
_DISTRESS = {"crying", "breakup", "break-up", "divorce", "grief", "illness", "pain", "panic", "anxiety", "depression",
             "surgery", "miscarriage", "funeral", "migraine", "injury", "diagnosis", "feelings", "tears", "sadness",
             "meltdown", "emergency", "accident", "sickness", "bereavement", "loss", "trauma", "mental", "sobbing"}


def _in_the_way(clause, clauses, text, labels):
    """"sorry my X is V-ing your Y" / "did my X V your Y?" with X the speaker's distress or the apology
    shouted: the speaker feels their pain treated as a nuisance."""
    lowers = [t.lower_ for t in clause.tokens]
    if "sorry" not in lowers and not clause.question:
        return None
    for tok in clause.tokens:
        if tok.pos_ != "VERB" or tok.lemma_ == "be":
            continue
        mine = next((c for c in tok.children if c.dep_ == "nsubj" and any(x.lower_ == "my" for x in c.children)), None)
        theirs = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod", "attr") and any(
            x.lower_ in ("your", "ur") for x in c.children)), None)  # "spoiling your weekend" parses either way
        if mine is None or theirs is None:
            continue
        mocking = clause.question or re.match(_OPEN, clause.text).end() or re.search(r"\bSO+ sorry\b", text) \
            or any(r in text for r in _ROLLS)
        if not (mocking and any(t.lower_ in _DISTRESS for t in mine.subtree)):
            return None  # "sorry, did my alarm wake your brother?", "so sorry my crying woke the baby": meant
        past = tok.tag_ == "VBD" or any(c.lower_ == "did" for c in tok.children)
        x = _say([t for t in mine.subtree])
        y = _say([t for t in theirs.subtree])
        felt = ("felt", "seemed", "was") if past else ("feel", "seems", "is")
        return Literal(f"it {felt[1]} like {x} {felt[2]} getting in the way of {y}", past=past,
                       statement=f"I {felt[0]} hurt when it {felt[1]} like {x} {felt[2]} getting in the way of {y}",
                       request="I could really use your support right now.")
    return None


_SORRY_HAVING = re.compile(_OPEN + r"(?:so+ )?sorry for having (?P<what>(?:a |an |)[a-z' ]+?)\s*,?\s*"
                           r"(?:i guess|ig|then|apparently|i suppose|lol|huh|smh)\W*$", re.I)


def _sorry_having(clause, clauses, text, labels):
    found = _SORRY_HAVING.match(clause.text)
    if not found:
        return None
    what = re.sub(r"^(?:a|an) ", "", found.group("what").strip().lower())
    if not what or what.split()[0] in ("go", "word", "row", "fight", "lied", "been", "said", "done"):
        return None
    be = "are" if what.endswith("s") and not what.endswith("ss") else "is"
    return Literal(f"it feels like my {what} {be} a problem for you", past=False,
                   statement=f"It hurts when it feels like my {what} {be} a problem for you",
                   request="Can we talk about what's bothering you about it?")


# -- "take all the credit for the migration, it's not like I was up until 2am doing it" -----------
_NOT_LIKE = re.compile(r"\bit'?s not like (?P<me>i|we) (?P<did>(?!don't|didn't|wasn't|haven't|can't|never)[^.!?]+?)"
                       r"(?:,? or anything)?\W*$", re.I)
_MEANT = re.compile(r"^(?:was |were )?(?:trying|tried|meant|mean|wanted|want|knew|know|planned|plan|asked|chose|"
                    r"did (?:it|that|this) on purpose|had a choice|could)\b", re.I)
_EFFORT = re.compile(r"\b(?:until|till|up all|all (?:night|day|weekend|week)|every (?:night|day|weekend|morning)|"
                     r"for (?:hours|days|weeks|months)|\d+ ?(?:am|pm|hours?)|on my own|by myself|single-handedly)\b", re.I)
_CREDIT = re.compile(_OPEN + r"(?:go ahead,? |by all means,? )?take (?:all )?the credit(?: for (?P<what>[^,.!?]+))?", re.I)


def _not_like_i(clause, clauses, text, labels):
    found = _NOT_LIKE.search(clause.text)
    if not found:
        return None
    me, did = found.group("me").capitalize(), found.group("did").strip()
    credit = next((_CREDIT.match(c.text) for c in clauses if _CREDIT.match(c.text)), None)
    said = next((t for t in clause.tokens if t.lower_ == found.group("me").lower() and t.i > clause.tokens[0].i), None)
    done = said is not None and said.i + 1 < len(said.doc) and said.doc[said.i + 1].tag_ == "VBD"
    if _MEANT.match(did) or not (credit or done and (_EFFORT.search(did) or re.search(r"\bor anything\W*$", clause.text, re.I))):
        return None  # "it's not like I meant to hurt you": a denial; "…like I have a job or anything": no effort unseen
    if credit:
        what = f" for {credit.group('what').strip()}" if credit.group("what") else ""
        return Literal(f"you took the credit{what}", past=True,
                       statement=f"It hurt when you took the credit{what}, because {me.lower() if me == 'We' else me} "
                                 f"{did}",
                       request=f"Could you make sure {'our' if me == 'We' else 'my'} part in it is mentioned too?")
    return Literal(f"{me} {did}", past=True, statement=f"{me} {did}, and it hurts when that goes unnoticed",
                   request=f"It would mean a lot to {'us' if me == 'We' else 'me'} to have that noticed.")


# -- "take ur time, we're only starving" ---------------------------------------------------------
_NO_HURRY = re.compile(_OPEN + r"(?:take (?:your|ur|yr) (?:sweet )?time|no rush|no hurry|don't rush|dont rush)\W*$", re.I)
# Only a hardship the wait causes: "take your time, I'm just finishing up here too" is meant.
_HARDSHIP = r"(?:starving|freezing|waiting|dying|soaked|hungry|cold|stuck|stranded|late|melting|exhausted|bored)"
_ONLY = re.compile(r"^\W*(?P<who>we're|we are|i'm|i am|im) (?:only|just) (?P<what>(?:sitting here |standing here |waiting "
                   r"here |out here )?" + _HARDSHIP + r"(?: [a-z]+){0,3})\W*$", re.I)


def _only_waiting(clause, clauses, text, labels):
    found = _ONLY.match(clause.text) or (_BARE.match(clause.text) if getattr(clause, "conceded", False) else None)
    k = clauses.index(clause)
    if not found:
        return None
    if not getattr(clause, "conceded", False):  # "no rush, …" was cut off the clause already (irony.py)
        if k == 0 or not _NO_HURRY.match(clauses[k - 1].text):
            return None
        clauses[k - 1].role, clauses[k - 1].literal = "filler", None
    who = found.group("who").lower()
    we = who.startswith("we")
    said = ("We're " if we else "I'm ") + found.group("what")
    return Literal(said, past=False, statement=f"{said}, and it's hard to keep waiting",
                   request=f"Could you let {'us' if we else 'me'} know how long you'll be?")


# -- "yeah because you're SO busy. watching tiktok. all day." -------------------------------------
_BARE = re.compile(r"^\W*(?P<who>we're|we are|i'm|i am|im) (?P<what>(?:sitting here |standing here |waiting here )?"
                   + _HARDSHIP + r"(?: [a-z]+){0,3})\W*$", re.I)
_SO_BUSY = re.compile(_OPEN + r"(?:because|cause|cos|bc) (?:you're|you are|ur|youre) (?:so|sooo+|such|really) \w+\W*$",
                      re.I)
_ALL_DAY = re.compile(r"^\W*(?:all|every) (?:day|night|week|weekend|morning|evening|the time)(?: long)?\W*$", re.I)


def _mocked_claim(clause, clauses, text, labels):
    opened = re.match(r"^\W*(?:yeah|oh|right|sure|ok|okay|ah)\W", clause.text, re.I)
    if not _SO_BUSY.match(clause.text) or not (opened or re.search(r"\bSO+\b", text)):
        return None  # "I love you because you're so kind": meant
    k = clauses.index(clause)
    for later in clauses[k + 1:]:
        words = _ws(later.tokens)
        if _ALL_DAY.match(later.text):
            later.role, later.literal = "filler", None
        elif words and words[0].tag_ == "VBG" and not any(t.dep_ == "nsubj" for t in words):
            later.role = "accusation"
            later.literal = Literal("you're " + _say(words), past=False)
    return "filler"


# -- "we're just inviting the entire group except me" ---------------------------------------------
_INCLUDING = {"invite", "invitation", "include", "ask", "go", "come", "tell", "get", "join", "add", "hear", "plan",
              "meet", "hang", "know", "message", "text", "call", "party", "drink", "drinks", "dinner", "chat", "group",
              "reply", "respond", "thank", "tag", "mention", "cc", "email", "ping", "greet", "hug", "share"}
_EXCEPT_ME = re.compile(r"\b(?:every(?:one|body)(?: in the \w+| at the \w+| here)?|the (?:whole|entire) \w+|all (?:of )?(?:them|the \w+|\w+)|the rest(?: of "
                        r"(?:you|them|us))?) (?:except|but|apart from|other than|bar|minus) me\b", re.I)


def _left_out(clause, clauses, text, labels):
    if not _EXCEPT_ME.search(clause.text) or clause.question or not any(
            t.lemma_.lower() in _INCLUDING for t in clause.tokens if t.pos_ in ("VERB", "AUX", "NOUN")):
        return None  # "everyone except me forgot the deadline": not left out of anything
    words = _ws(clause.tokens)
    while words and words[0].lower_ in ("so", "and", "oh", "cool", "great", "wow", "ok", "okay"):
        words = words[1:]  # "(cool cool cool) so we're…": tone, not what happened
    words = [t for t in words if t.lower_ not in ("just", "literally", "basically")]
    comma = next((t.i for t in clause.tokens if t.text == "," and t.i > words[-1].i - 6 and any(
        x.lower_ == "me" and x.i < t.i for x in clause.tokens)), None) if words else None
    if comma is not None:  # "…but me went for drinks, love that for me": the mocking tail cut
        words = [t for t in words if t.i < comma]
    said = render(words_of(words), lower_start=True)
    past = any(t.tag_ == "VBD" for t in words)
    return Literal(said, past=past, statement=f"I {'felt' if past else 'feel'} left out that {said}",
                   request="Could I be included too?")


# -- congratulations on an act done late --------------------------------------------------------
_CONGRATS = re.compile(_OPEN + r"(?:congrats|congratulations|well done|kudos) on\b", re.I)
_ONLY_LATE = re.compile(r"\bonly (?=(?:a|an|\d+|\w+) \w+ late\b)", re.I)
_LATE_BY = re.compile(r"\b(?:only |just )?(?P<by>(?:a|an|\d+|one|two|three|four|five|six|ten) (?:minutes?|hours?|days?|"
                      r"weeks?|months?|years?)) late\b", re.I)


def _late_congrats(clause, clauses, text, labels):
    """"congrats on remembering our anniversary only 3 days late": the lateness hurt, no worry about it."""
    if clause.literal is None or not _CONGRATS.match(clause.text):
        return None
    said = _ONLY_LATE.sub("", clause.literal.situation)
    late = _LATE_BY.search(clause.text)
    if " late" not in said and late:  # "…back only 2 weeks late": the parse left the lateness off the act
        said = f"{said} {late.group('by')} late"
    if " late" not in said:
        return None
    return Literal(said, past=True, statement=f"I felt hurt when {said}")


_READERS = (_late_congrats, _nice_never, _honoured, _no_wrong, _thing_thanks, _doubted, _in_the_way, _sorry_having,
            _not_like_i, _only_waiting, _mocked_claim, _left_out)


def mark_deadpan(clauses, labels, text: str) -> set:
    """Clauses whose deadpan sarcasm has a plain reading get it; those without one become filler.
    Returns the labels: sarcasm read as hurt is a complaint, whatever apology or thanks it wore."""
    labels, read = set(labels), False
    for clause in list(clauses):
        if clause.role == "filler":
            continue
        for reader in _READERS:
            found = reader(clause, clauses, text, labels)
            if found is None:
                continue
            read = True
            if found == "filler":
                clause.role, clause.literal = "filler", None
            else:
                clause.role, clause.literal = "accusation", found
                clause.cues = clause.cues - {"empathy", "reflection", "acknowledgement", "active_listening",
                                             "self_responsibility", "praise", "excuse"}
            break
    if read:
        labels = (labels - {"defensive", "validating"}) | {"blaming"}
    return labels
