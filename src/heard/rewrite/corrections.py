"""Denials that come with the speaker's own account, read for the defensive strategies (defence.py).

"I didn't say anything bad about Hannah, I just said she was quiet", "I wasn't trying to fix you, I
was just making conversation", "I know the comment hurt, but I honestly wasn't talking about you":
the parse often hangs the denial under the account, so owning.perceived_action misses it, and the
message got a form letter ("I'd like to hear what upset you…") or an acknowledgement that dropped
what the speaker meant to say. Here, read from the clause text:

- `correction(msg)`: the denial as what the listener saw ("I can see why it felt like I was trying
  to fix you, and I'm sorry", "…sounded like I said St Mary's should close…"), or, when someone
  else is named or the hurt was acknowledged, the fact said flatly ("I didn't tell your sister"),
  then the speaker's own account on its own line without "just"/"only" ("I was making conversation").
- `disowned(msg)`: the speaker says the act was someone else's ("the moderators did", "it was
  Mum", "I wasn't the one who left the gate open", "ask the kids"): an apology "about the gate"
  with amends would own what the speaker denies. `misread(msg)`: a denial of words or meaning.
- `brush_words`, `defends`/`defends_only`, `doubts`, `sees_hurt`: smaller readings the defensive
  strategies use (see each).
"""

from __future__ import annotations

import re

from .inflect import base_of, gerund, past
from .deflection import HANDLED  # "I didn't take your charger": a fact disputed, not a manner seen
from .justifies import justifies

# Openers that carry no content: "honestly", "technically", "look,", "ok so", "but".
_FILLER = re.compile(r"^\W*(?:(?:honestly|technically|look|well|ok|okay|so|yeah|yes|no|i mean|tbh|literally|actually"
                     r"|but|and|though|still|that said|in my defen[cs]e|i swear)\b\W*)*", re.I)
_NOT = r"(?:didn't|did not|didnt|did n't)"
_WASNT = r"(?:wasn't|was not|wasnt|was n't)"
_ADV = r"(?:honestly |really |genuinely |actually |just |truly )?"
_SAID = re.compile(r"^I " + _ADV + r"(?:" + _NOT + r" say|never said|" + _WASNT + r" saying)\s+(?P<x>.+)$", re.I)
_DOING = re.compile(r"^I " + _ADV + _WASNT + r" (?:even |really |actually |ever )?(?P<v>[a-z]+ing)\b(?P<x>.*)$", re.I)
_DID = re.compile(r"^I " + _ADV + _NOT + r" (?:even |really |actually )?(?P<v>[a-z]+)\b(?P<x>.*)$", re.I)
_ONE = re.compile(r"^(?:I(?:'m| am) not|I " + _WASNT + r"|it " + _WASNT + r" me|it(?:'s| is) not me)\s+"
                  r"(?:the (?:one|person) )?(?:who|that) (?P<v>[a-z]+)\b(?P<x>.*)$", re.I)
# Verbs whose denial says what the speaker knew, meant or got, not an act the listener saw
# (owning.py reads "I didn't mean it like that", "I didn't know"); "do" is "I didn't do anything".
_NOT_SEEN = {"know", "realise", "realize", "mean", "think", "want", "have", "do", "get", "see", "notice", "hear",
             "care", "need", "ask", "expect", "say", "try", "like", "go", "come", "make", "get", "be", "mind"}
# "I didn't insult anyone": no one act to say the listener saw.
_ANYONE = re.compile(r"\b(?:anyone|anybody|anything|nothing|nobody|everyone|everything)\b", re.I)
_LISTENER = re.compile(r"\b(?:you|your|yours|you're|you'd|you've|u|ur)\b", re.I)
# "just", "only": the words that shrink the account into a defence.
_SHRINK = re.compile(r"\b(?:just|only|literally|genuinely|honestly|simply|merely|really|even)\s+", re.I)
# An account that argues back, holds earlier words up, or swears to it.
_ARGUES = re.compile(r"\b(?:not like|it's not|isn't|told (?:you|u)|warned|reminded|I swear|check|obviously"
                     r"|any (?:sensible|normal|reasonable)|anyone would|what else|supposed to|meant to)\b", re.I)
_ACCOUNT = re.compile(r"^I(?:'m|'ve|'d)?\s", re.I)


def _bare(text: str) -> str:
    return _FILLER.sub("", text).strip(" ,.;:!?").strip()


def _seen(text: str, clause, others: bool, validated: bool) -> tuple[str, list[str]] | None:
    """What the listener saw, from one denial clause, as ("felt"|"sounded"|"flat", wordings). A
    plain "I didn't X" (flat) only when the message names who did (`others`): alone, "I'm not the
    one who cancelled dinner twice" is a counter-attack, said back."""
    said = _SAID.match(text)
    if said:
        if re.match(r"(?:anything|anyone)\b(?!.*\babout\b)|(?:I'd|I would|I'll|I will|I was going)\b", said.group("x"), re.I):
            return None  # "I didn't say anything wrong": no topic; "I never said I'd stay": made_clear owns it
        x = re.sub(r"\banything\b", "something", re.sub(r"\banyone\b", "someone", said.group("x"), flags=re.I),
                   flags=re.I)
        if len(x.split()) < 2 or re.match(r"(?:that|this|it|so)\W*$", x, re.I):
            return None  # "I didn't say that": what was heard is not in the message
        if re.match(r"(?:you|you're|youre|ur|u)\b", x, re.I):
            return None  # "I never said you were a bad mum": the label is not said back
        return "sounded", [f"I was saying {x}" if re.search(r"saying", said.group(0)[:said.start("x")], re.I) else f"I said {x}"]
    one = _ONE.match(text)
    if one:
        verb = _lemma(one.group("v"), clause)
        if _ANYONE.search(one.group("x")) or verb in ("be", "have") or not others and (clause.role == "counter" or not validated):
            return None
        return "flat", [f"I didn't {verb}{one.group('x')}"]
    doing = _DOING.match(text)
    if doing:
        if _ANYONE.search(doing.group("x")) or doing.group("v").lower() in ("going", "gonna") and \
                re.match(r"\s+to\b", doing.group("x")):
            return None  # "I was NOT going to miss the wedding": a choice stood by, not an act denied
        said = [f"I was {doing.group('v')}{doing.group('x')}"]
        trying = re.match(r"\s+to (\w+)\b(.*)$", doing.group("x"))
        if doing.group("v").lower() == "trying" and trying:  # "trying to lecture you", or "lecturing you"
            said.append(f"I was {gerund(trying.group(1).lower())}{trying.group(2)}")
        return "felt", said
    did = _DID.match(text)
    if did and re.search(r"\b(?:because|cause|cos|coz|bc|since)\b", text, re.I):
        return None  # "I didn't call because I thought you'd be asleep": an omission explained, owned elsewhere
    if did and others and did.group("v").lower() in HANDLED and not re.search(r"\b(?:ur|u)\b", did.group("x")):
        return "flat", [f"I didn't {did.group('v').lower()}{re.split(r',', did.group('x'))[0]}"]  # "Sam had them last"
    if did and did.group("v").lower() not in _NOT_SEEN | HANDLED and not _ANYONE.search(did.group("x")):
        return "felt", [f"I {past(did.group('v').lower())}{did.group('x')}"]
    return None


def _lemma(word: str, clause) -> str:
    """"voted" → "vote", from the parse when it has the word; "told" → "tell" from the irregular table."""
    tok = next((t for t in clause.tokens if t.lower_ == word.lower()), None)
    return tok.lemma_.lower() if tok is not None and tok.pos_ in ("VERB", "AUX") else base_of(word.lower())


def _account(text: str) -> str | None:
    """The speaker's own line after a denial, kept plain: "I was just making conversation" → "I was
    making conversation". Not a line about the listener, an argument, or another denial."""
    if not _ACCOUNT.match(text) or _LISTENER.search(text) or _ARGUES.search(text) or justifies(text):
        return None
    if re.search(r"\b(?:not|never|didnt|wasnt|dont|cant)\b|n't\b", text, re.I):
        return None  # "I don't even have that access": a second denial
    plain = _SHRINK.sub("", text)
    plain = re.sub(r"\b(?:like|tho|though|lol|haha)\b\s*", "", plain, flags=re.I).strip(" ,")
    return plain if len(plain.split()) >= 4 else None  # "I tried": the defence, bare


# The speaker denies something of their own ("I wasn't mocking anyone", "it wasn't me"): only then is
# a line after an acknowledgement the account that answers it, not a second telling of the excuse.
_DENIES = re.compile(r"\b(?:I|I'm|it)\s+(?:\w+\s+)?(?:didn't|did not|didnt|wasn't|was not|wasnt|never|'m not|am not|not)\b"
                     r"|\bI'm not\b", re.I)


# A bare apology, the one definition (defence.py reads it too): "sorry", "I'm so sorry", "and I'm truly sorry".
SORRY_ALONE = re.compile(r"^\W*(?:and\s+|so\s+)?(?:I'?m\s+|I\s+am\s+)?(?:(?:so|really|truly|very)\s+)*sorry\W*$", re.I)


def correction(msg, validated: bool = False, apologised: bool = False) -> list[list[str]]:
    """Lines for an acknowledgement, best first: the denial as what the listener saw, then the
    account, and the denial alone (the engine's re-check keeps those that no longer read as a
    defence). After an acknowledgement of the message's own (`validated`), the account alone may
    stand; after an apology of its own (`apologised`), the seen line says sorry no second time."""
    seen, account = None, None
    for k, clause in enumerate(msg.clauses):
        text = _bare(clause.text)
        if seen is None:
            found = _seen(text, clause, _names_another(msg.text), validated)
            after = msg.clauses[k + 1] if k + 1 < len(msg.clauses) else None
            owned = SORRY_ALONE.match(clause.text.rsplit(",", 1)[-1]) or after is not None and (
                after.connector in ("because", "cause", "cos", "coz", "bc", "since") or SORRY_ALONE.match(after.text))
            if found and found[0] == "felt" and owned:
                found = None  # "I didn't call because…", "…, I'm sorry": the omission is owned (defence._explained)
            if found:
                seen = found
                continue
        if (seen or validated) and account is None and k > 0 and clause.role != "validation":
            account = _account(text)
    if not seen and not (validated and account and _DENIES.search(msg.text)):
        return []
    sorry = "" if apologised else ", and I'm sorry"
    # "I can see why it felt like…, and I'm sorry": what they took in acknowledged first, then the account
    firsts = [[]] if not seen else [[words if seen[0] == "flat" else f"I can see why it {seen[0]} like {words}{sorry}"]
                                    for words in seen[1]]
    found = [[*first, account] for first in firsts] if account else []
    return found + [first for first in firsts if first]


# Denials of words or meaning ("I didn't say anything about your brother", "I didn't mean your
# cooking", "I wasn't laughing at you"): nothing was done that an apology "about your brother" fits.
_MISREAD = re.compile(r"\bI (?:honestly |really |actually |just )?(?:" + _NOT + r"|never) (?:even )?(?:say|said|mean|meant)\b"
                      r"|\bI (?:honestly |really |actually |just )?(?:" + _WASNT +
                      r"|'m not|am not) (?:even )?(?:talking|laughing|saying|being|trying|having a go|getting at|mocking)\b",
                      re.I)


def misread(msg) -> bool:
    """The message denies a meaning the listener took, not an act that had an impact."""
    return bool(_MISREAD.search(msg.text))


# Someone else did it ("the moderators did", "it was Mum", "someone else must have"), or the speaker
# was not the one, or never received the thing.
_OTHERS = re.compile(r",\s+(?:the\s+)?(?!(?:I|me|my|what|who|why|how|you|u|we|they|it|that|this)\b)[a-z]+\s+"
                     r"(?:did(?=\s*(?:[,.!?]|$))|must have|had (?:it|them)\b)"
                     r"|\bit (?:was|'s) (?:my |our |his |her |your |the )?(?:mum|mom|dad|sister|brother|boss|automod|moderators?|cleaner|him|her|them)\b"
                     r"|\bask (?:the |my |your )?(?!you\b|me\b)\w+|\b(?:someone|somebody) else\b|\bnot me\b|\b(?:wasn't|was not|wasnt|isn't|is not) me\b|\bthe (?:one|person) (?:who|that)\b"
                     r"|\bI had (?:the|it) \w+ (?:shut|closed|locked)\b"
                     r"|\bnot (?:from |on |by )?(?:my|our) (?:side|end|part|team|doing)\b|\bnot (?:from |on |by )?(?:us|ours)\b"  # "the delay is not from my side"
                     r"|\bI(?:'m| am) not (?:the|your) (?!one\b|person\b)[a-z]+\b(?!\s+(?:who|that)\b)", re.I)  # "I'm not the landlord"


def disowned(msg) -> bool:
    """The message puts the act on someone else ("the moderators did", "I wasn't the one who…")."""
    return bool(_OTHERS.search(msg.text))


def _names_another(text: str) -> bool:
    """Someone else is named as the doer: "the one who" alone names no one."""
    return bool(_OTHERS.search(re.sub(r"\bthe (?:one|person) (?:who|that)\b", "", text, flags=re.I)))


# Words that size the complaint down or wave it away: said back, they name the brush-off itself
# ("I'm sorry I said it was no big deal"). Without them the words describe the thing ("it was one
# drink with an old friend"), and "I'm sorry I said…" would apologise for a plain fact.
_BRUSH = re.compile(r"\b(?:big deal|worth|serious|matter|matters|end of the world|fuss|drama|dramatic|overreact\w*|"
                    r"biggie|a thing|whatever|fine|nothing|over it|calm down|relax|chill|sensitive|blow\w* \w+ out|"
                    r"proportion|minor|tiny|small|hardly|barely|no one cares|nobody cares)\b", re.I)


def brush_words(said: str | None) -> str | None:
    """The minimising words to say back, only when they are the brush-off rather than a fact."""
    return said if said and (_BRUSH.search(said) or re.match(r"it was (?:only |just )?one \w+$", said, re.I)) else None


# A defence of the speaker's own right or a shrug at the cost ("we were within our rights to trim
# it", "a bit of dust is just part of it", "technically the hedge is ours"): no complaint of the
# speaker's, whatever the nearer label says when the model flags neither.
_DEFENDS = re.compile(r"\bwithin (?:our|my) rights\b|\b(?:we|I)(?:'ve| have| had)? (?:every|perfect|full|a|the) right to\b"
                      r"|\b(?:we|I)(?:'re| are|'m| am| was| were) (?:perfectly |totally )?entitled to\b"
                      r"|\b(?:we|I)(?:'re| are|'m| am| was| were) (?:perfectly |totally )?allowed to\b"
                      r"|\b(?:just|simply|all|is|are|'s) part of (?:it|life|the deal|the job|living|the process)\b"
                      r"|\bto be expected\b|\bcomes with the territory\b|^\W*technically\b", re.I)
_ACCUSES = re.compile(r"\byou(?:'re| are)? (?:always|never)\b|\byour fault\b|\bbecause of you\b", re.I)


def defends_only(msg) -> bool:
    """The message defends the speaker's side and accuses no one."""
    return bool(_DEFENDS.search(msg.text)) and not _ACCUSES.search(msg.text)


def defends(fact: str) -> bool:
    """A line that claims the right or shrugs at the cost: the defence, not a fact to keep."""
    return bool(_DEFENDS.search(unhedged(fact)))


def unhedged(fact: str) -> str:
    """"Technically the hedge is on our boundary" → "the hedge is on our boundary": the hedge word
    is what makes the fact a defence."""
    return re.sub(r"^\W*technically,?\s+", "", fact, flags=re.I)


def says_defence(msg, text: str) -> bool:
    """A rewrite of a message that only defends the speaker's side which still says the defence
    ("I'm feeling frustrated. …a bit of noise is part of it")."""
    return defends_only(msg) and any(defends(line) for line in re.split(r"(?<=[.!?])\s+", text))


# "I find this hard to believe": doubt of the complaint, not an acknowledgement of it.
_DOUBT = re.compile(r"\bhard to (?:believe|swallow)\b|\bI (?:seriously |really )?doubt (?:that|it|this|very)\b", re.I)


def doubts(text: str) -> bool:
    return bool(_DOUBT.search(text))


# "I know the comment hurt", "I can see my joke stung": the hurt acknowledged, in words sympathy.py
# leaves to the facts.
_SEES_HURT = re.compile(r"^\W*(?:and |but )?I (?:know|can see|get|understand|realise|realize) (?:that )?"
                        r"(?:the|my|what I|it|this|that)\b[\w' ]{0,30}?\b(?:hurt|stung|upset you|landed badly)\W*$", re.I)


# "that would annoy me too", "I'd be upset too": the feeling granted as one anyone would have.
_SHARED = re.compile(r"^\W*(?:yeah|yes|honestly|ok|okay)?\W*(?:that|it) would (?:annoy|upset|bother|frustrate|hurt|anger) me too\W*$"
                     r"|^\W*(?:yeah|yes|honestly|ok|okay)?\W*I(?:'d| would) (?:be|feel) (?:annoyed|upset|angry|hurt|frustrated|mad) too\W*$",
                     re.I)


def sees_hurt(text: str) -> bool:
    return bool(_SEES_HURT.match(text) or _SHARED.match(text))
