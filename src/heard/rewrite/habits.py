"""Owns a habit told as "every (single) time / whenever / each time <moment>, <what happens>", read
from the words rather than the parse.

every_time.py and phrase_repairs.py read this shape from the dependency tree, and the tree often
goes wrong on it: "every single time i ask for help you roll your eyes" hangs "roll" under "help",
"every time dad calls you leave the room" reads "dad calls you", and a comma ("every time we argue,
the kids hear everything") splits the moment into a clause of its own that the rewrite then loses.
The surface is steadier: the moment runs from the opener to the next subject pronoun that a verb
follows ("…dad calls | you leave…"), or to the comma. Both halves are kept as one situation, as a
person says it: "when dad calls and you leave the room", "when we argue and the kids hear everything".
The habit told last ("you freak out every time I mention my ex") is said moment first.

Also owns, for blaming messages read whole (`habit_lines`, wired in strategies.py): honesty ("you never
tell the truth about where you were"), affection missed ("you never give me a hug anymore"), a feeling
the speaker already named ("you're careless with the car and it worries me", "it really hurt that
you…": said once), and an idiom about spending ("you think money grows on trees").
"""

from __future__ import annotations

import re

from .lexicon import TRAITS
from .literal import Literal
from .surface import render, words_of

_LEAD = {"every", "each", "any"}
_SUBJECTS = {"you", "he", "she", "they", "u"}
_CUT = {"always", "just", "literally", "even", "still", "again", "immediately", "instantly"}


def mark_habits(clauses) -> None:
    """Gives a habit told with "every time…" one situation: the moment and what happens in it."""
    for clause in clauses:
        if _feeling_only(clause) and any(c is not clause and c.role != "filler" for c in clauses):
            clause.role, clause.literal = "filler", None  # "…, and it worries me": the rewrite says the feeling
    for n, clause in enumerate(clauses):
        words = [t for t in clause.tokens if not t.is_space]
        felt = _felt_that(clause)
        if felt is not None:  # "it really hurt that you didn't come": the situation, the feeling said once
            clause.literal, clause.role = felt, "accusation"
            continue
        trailing = _trailing(words)
        if trailing is not None:  # "you freak out every time I mention my ex": the moment first
            _mark(clause, *trailing)
            continue
        start = _opened(words)
        if start is None or start >= len(words) or words[start].lower_ in _SUBJECTS:
            continue  # "every time you drink, you…": one act of the listener's, read by the usual strategies
        found = _split(words, start)
        if found is not None:
            moment, act = found
            _mark(clause, moment, act)
            continue
        # the comma split the moment off: "every time we argue," + "the kids hear everything"
        moment = [t for t in words[start:] if not t.is_punct]
        if n + 1 < len(clauses) and len(moment) >= 2 and _clause_of_its_own(clauses[n + 1]):
            act = [t for t in clauses[n + 1].tokens if not t.is_punct and not t.is_space]
            _mark(clauses[n + 1], moment, act)
            clause.role, clause.literal = "filler", None


def _feeling_only(clause) -> bool:
    """"(and) it worries me", "it hurts", "that scares me so much": the feeling the rewrite names itself."""
    said = " ".join(t.lower_ for t in clause.tokens if not t.is_punct and not t.is_space)
    return bool(re.fullmatch(r"(?:(?:and|but|so|which|because) )?(?:it|that|this) (?:really |honestly |just |so |kind of |"
                             r"kinda )?(?:" + "|".join(_FELT) + r"|hurt|worry|scare|upset)(?: me)?(?: so much| a lot)?",
                             said))


def _opened(words) -> int | None:
    """The index of the moment's first word after "every (single) time"/"whenever", or None."""
    lowers = [t.lower_ for t in words]
    i = 0
    while i < len(words) and (words[i].is_punct or words[i].pos_ == "INTJ"):
        i += 1
    if i < len(words) and lowers[i] == "whenever":
        return i + 1
    if i + 1 < len(words) and lowers[i] in _LEAD:
        j = i + 1
        if lowers[j] == "single":
            j += 1
        if j < len(words) and lowers[j] in ("time", "times"):
            return j + 2 if j + 1 < len(words) and lowers[j + 1] == "that" else j + 1
    if i + 1 < len(words) and lowers[i] == "anytime":
        return i + 1
    return None


_FELT_THAT = re.compile(r"^(?:(?:and|but|so|honestly|really) )*(?:it|that) (?:really |honestly |just |so |kind of )?"
                        r"(?:hurts?|hurt|worrie[sd]|upset|upsets|scared|scares|annoy(?:s|ed)|bother(?:s|ed)|"
                        r"frustrate[sd]) (?:me )?(?:so much |a lot )?(?:that|when) (?=you\b|u\b)", re.I)


def _felt_that(clause):
    """A Literal for "it (really) hurt (me) that you X", or None."""
    match = _FELT_THAT.match(clause.text)
    first = clause.tokens[0] if clause.tokens else None
    if not match or any(t.lemma_ in ("know", "see", "get", "understand", "realise", "realize", "hear", "sorry")
                        for t in first.sent if t.i < first.i):
        return None  # "I know it hurt that you found out": the listener's hurt acknowledged, not the speaker's
    start = clause.tokens[0].idx + match.end()
    rest = [t for t in clause.tokens if t.idx >= start and not t.is_punct]
    said = render(words_of(rest))
    if len(rest) < 2 or not said:
        return None
    past = any(t.tag_ == "VBD" or t.lower_ in ("didn't", "did", "wasn't", "weren't") for t in rest)
    return Literal(situation=said, past=past)


def _trailing(words):
    """(moment, act) for "you <act> every (single) time <moment>", or None."""
    said = [t for t in words if not t.is_punct]
    lowers = [t.lower_ for t in said]
    for k in range(2, len(said) - 2):
        if lowers[k] not in _LEAD:
            continue
        j = k + 2 if lowers[k + 1] == "single" else k + 1
        if lowers[j] != "time":
            continue
        act, moment = said[:k], said[j + 1:]
        if lowers[0] not in ("you", "u") or len(moment) < 2 or moment[0].lower_ in _SUBJECTS | {"that"} \
                or any(t.text == "?" for t in words):
            return None  # "can you not slam the door every time you come in?": read by the usual strategies
        return moment, act
    return None


def _split(words, start):
    """(moment tokens, act tokens) split at a comma or at the act's own subject, or None."""
    for j in range(start + 2, len(words) - 1):
        tok = words[j]
        if tok.is_punct and tok.text in (",", ";", "-", "—"):
            moment, act = words[start:j], [t for t in words[j + 1:] if not t.is_punct]
            return (moment, act) if len(moment) >= 2 and len(act) >= 2 else None
        if tok.lower_ in _SUBJECTS and _verb_follows(words, j + 1):
            return words[start:j], [t for t in words[j:] if not t.is_punct]
    return None


def _verb_follows(words, k) -> bool:
    while k < len(words) and words[k].pos_ == "ADV":  # "you just roll your eyes", "you always leave"
        k += 1
    if k >= len(words) or words[k].lower_ in ("to", "that", "and", "or", "for"):
        return False  # "every time I ask you to help…": "you" is the moment's object
    return words[k].pos_ in ("VERB", "AUX") or words[k].tag_ in ("VBP", "VBZ", "VBD", "MD")


def _clause_of_its_own(clause) -> bool:
    subject = clause.subject
    return subject is not None and clause.head.pos_ in ("VERB", "AUX") and clause.literal is None \
        and clause.role in ("fact", "accusation", "attack", "fault")


def _mark(clause, moment, act) -> None:
    if any(t.lower_ == "feel" for t in act) and any(t.lemma_ == "make" for t in act):
        return  # "…, you make me feel stupid": every_time.py says the feeling as the speaker's own
    said = [render(words_of([t for t in part if t.lower_ not in _CUT and not t.is_punct])) for part in (moment, act)]
    if all(said):
        clause.literal, clause.role = Literal(situation=f"{said[0]} and {said[1]}", past=False), "accusation"


# --- habits told whole in one sentence: read from the message's words (openers.bare) ---

def habit_lines(msg) -> list[str] | None:
    """The lines for a whole message that is one of the habits below, or None."""
    from .openers import bare, putdown_lines  # (openers.py owns the put-down asked as a question)
    text = bare(msg) if msg.blaming else None
    if not text:
        return None
    return putdown_lines(msg) or _honesty(msg, text) or _affection(msg, text) or _named_feeling(msg, text) \
        or _spending(msg, text)


# "you never tell the truth about where you were", "you always lie about the money": a complaint
# about honesty. The clause is a verdict ("you lie"), so what is kept is what the speaker does not know.
_HONESTY = re.compile(
    r"^(?:(?:(?:you|u) (?:never|don't ever|dont ever|never ever|can't ever|can never|could never|won't ever)"
    r"|(?:do|can|will|would|could) (?:you|u) (?:ever|even|ever just)"
    r"|(?:why|how come) (?:can't|cant|won't|wont|don't|dont) (?:you|u)(?: ever| just)?)"
    r"(?: (?:could|can|will|would|do))? (?:tell (?:me |us )?the truth|be honest(?: with me)?|come clean)"
    r"|(?:you|u) (?:always|constantly|keep|are always|'re always|always have to|just) (?:lie|lying|lies)(?: to me)?)"
    r"(?: about (?P<what>.+))?$")
_UNKNOWN_WHERE = re.compile(r"^(?:where|who|when|whom)\b")


def _honesty(msg, text) -> list[str] | None:
    match = _HONESTY.match(text)
    if not match:
        return None
    what = match.group("what")
    if not what or what in ("anything", "everything", "stuff", "things", "it", "that", "this"):
        return ["When I'm not sure I'm hearing the truth from you, I feel hurt",
                "Could we be honest with each other, even when it's hard?"]
    if re.match(r"^(?:where|who|what|when|how|why|whom|whether|if)\b", what):
        # "where you were" is still unknown now: "where you've been"
        known = re.sub(r"\byou (?:were|went)\b", "you've been", what)
        feeling = "worried" if _UNKNOWN_WHERE.match(what) else "hurt"
        return [f"When I don't know {known}, I feel {feeling}", f"Could you be honest with me about {what}?"]
    return [f"When I'm not sure I'm hearing the truth about {what}, I feel hurt",
            f"Could you be honest with me about {what}?"]


# "you never give me a hug anymore", "you don't hold my hand anymore": affection missed is missed,
# and lonely, not frustrating; the request is for the affection, in the message's words.
_AFFECTION = re.compile(
    r"^(?:you|u) (?:never|don't|dont|do not|hardly ever|rarely|no longer)(?: even)? "
    r"(?:give me (?P<thing>(?:a |an |any )?(?:hugs?|kiss(?:es)?|cuddles?|compliments?|back rubs?|massages?))"
    r"|(?P<verb>hug|kiss|cuddle|hold|touch|compliment|snuggle|flirt|say|tell) (?P<rest>.+?))"
    r"(?P<anymore> anymore| any more| these days)?(?:,? (?:and )?i miss (?:it|that|them|you))?$")
_AFFECTION_REST = re.compile(r"^(?:me(?: goodbye| goodnight| back| close| anymore)?|my hand|with me|"
                             r"(?:me )?(?:that )?(?:you love me|i love you|i'm beautiful|i look (?:nice|good)|"
                             r"you're proud of me))$")


def _affection(msg, text) -> list[str] | None:
    from .inflect import gerund
    match = _AFFECTION.match(text)
    if not match:
        return None
    missed = match.group("anymore") or text.startswith(("you no longer", "u no longer"))
    thing = match.group("thing")
    if thing:  # "a hug" kept as said: one asked for, not "hugs" (phrase_repairs.py)
        thing = re.sub(r"^any ", "", thing)
        return [f"I've been missing getting {thing} from you, and feeling a bit lonely" if missed
                else "I've been feeling a bit lonely", f"Could you give me {thing}?"]
    rest = match.group("rest")
    if not _AFFECTION_REST.match(rest):
        return None
    act = f"{match.group('verb')} {rest}".replace(" i love you", " I love you").replace(" i'm", " I'm") \
        .replace(" i look", " I look")
    return [f"I've been missing you {gerund(match.group('verb'))} {act.split(' ', 1)[1]}, and feeling a bit lonely"
            if missed else "I've been feeling a bit lonely", f"Could you {act} more often?"]


# "you're careless with the car and it worries me": the feeling is already said; a rewrite says it
# once, about the thing ("the car"), not the trait, or about the act ("when you drive too fast").
_FELT = {"worries": "worried", "scares": "scared", "frightens": "scared", "terrifies": "scared",
         "annoys": "frustrated", "frustrates": "frustrated", "bothers": "frustrated", "upsets": "upset",
         "hurts": "hurt", "stresses": "stressed", "saddens": "sad", "embarrasses": "embarrassed"}
_NAMED = re.compile(r"^(?P<x>(?:you|u)\b.+?),? (?:and|which|because|cuz|&) (?:it|that|this) "
                    r"(?:really |honestly |kind of |kinda |so |just )?(?P<verb>" + "|".join(_FELT) +
                    r")(?: me)?(?: out)?(?: so much| a lot)?$")
_NOT_STATES = {"such", "an", "a", "the", "not", "never", "just", "being", "like", "always"}
_TRAIT_WITH = re.compile(r"^(?:you|u)(?:'re| are) (?:so |always |too |really |very |just |pretty |kind of )*"
                         r"(?P<trait>\w+) (?:with|about) (?P<thing>.+)$")


def _named_feeling(msg, text) -> list[str] | None:
    from .reading import feeling_sentence
    match = _NAMED.match(text)
    if not match:
        return None
    feeling, said = _FELT[match.group("verb")], match.group("x")
    with_thing = _TRAIT_WITH.match(said)
    if with_thing:  # the trait left out, its object kept
        return [f"I get {feeling} about {with_thing.group('thing')}", "Can we talk about it together?"]
    state = re.match(r"^(?:you|u)(?:'re| are) (?:always |so |too |really |constantly )*(?P<adj>[a-z]+)$", said)
    if state and state.group("adj") not in TRAITS and state.group("adj") not in _NOT_STATES:
        # "you're always late and it annoys me": the feeling the speaker named, not one guessed from "late"
        return [feeling_sentence(msg, feeling, f"you're {state.group('adj')}", False), "Can we talk about it?"]
    if re.search(r"\b(?:never|'re|are|is|'s|was|were)\b", said):
        return None  # "you never call…", "you're lazy…": a verdict or a lack, read by the usual strategies
    act = re.sub(r"\b(?:always|constantly|just|literally|still) ", "", said)
    return [feeling_sentence(msg, feeling, act, False), "Can we talk about it?"]


# "you think money grows on trees": an idiom about spending is about the spending, never a claim to
# answer ("I'm not sure money grows on trees").
_SPENDING = re.compile(r"^(?:(?:do|did) )?(?:you|u) (?:(?:must |seem to |really |honestly )?think|act like|behave like|treat money like|"
                       r"spend(?: money)? like|spend as if|act as if|live like)\b.*\b(?:money grows on trees|"
                       r"grows on trees|made of money|money is no object|a (?:bank|cash machine|walking wallet)|an atm|"
                       r"money to burn|water|there's no tomorrow|it's going out of style|a drunken sailor)$")


def _spending(msg, text) -> list[str] | None:
    if not _SPENDING.match(text):
        return None
    return ["I'm worried about how much we're spending", "Can we look at the budget together?"]
