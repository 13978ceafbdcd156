"""Lines of a defence aimed at the listener rather than said about the speaker's own part.

- a challenge: "I'd love to see you try", "go ahead, try me", "I dare you";
- a dismissal: "I'm done wasting my time on you", "nobody wants to hear it", "spare me";
- speaking for everyone: "I'm just saying what everyone's thinking", "everybody agrees with me";
- a reminder that defends: "I told you I'd be home by six", "I warned you", "I told you so".

They read as plain statements (a speaker, a verb, an object), so the strategies kept them as facts
inside an acknowledgement or an apology ("I hear how upset you are. I'd love to see you try."),
where they keep the defence. None is a fact a rewrite should keep; a reminder of the speaker's own
plan ("I told you I'd be home by six") can be owned as a lapse in saying it instead
("I should have made it clearer that I'd be home by six"), and one of a promise as the promise not
kept yet ("I said I'd fix the fence when I have time" → "I'm sorry I haven't fixed the fence yet").
"""

from __future__ import annotations

import re

from .inflect import participle
from .surface import render, tidy, words_of

_CHALLENGE = re.compile(
    r"\bI'?d\s+(?:love|like|pay|give\s+anything)\s+to\s+see\s+(?:you|u)\s+(?:even\s+|just\s+)?(?:try|do|make|manage|pull|handle|"
    r"last|run|cope|survive|find|get|pay|explain|stop|fix|prove|say\s+that|beat)\b|\bI\s+(?:double\s+)?dare\s+(?:you|u)\b"
    r"|\btry\s+me\b|\bbring\s+it\s+on\b|\bjust\s+(?:you\s+)?try\s+(?:it|me)\b|\byou\s+wouldn'?t\s+dare\b"
    r"|^\W*(?:well\W+|fine\W+)?go\s+(?:on|ahead)\W*(?:then\W*)?$|\bsee\s+(?:how\s+far|where)\s+that\s+gets\s+you\b"
    r"|\bsee\s+how\s+long\s+(?:it|that|you)\s+lasts?\b|\bgood\s+luck\s+with\s+that\b", re.I)
_DISMISSAL = re.compile(
    r"\b(?:I'?m|I\s+am)\s+(?:so\s+|just\s+)?(?:done|finished|through)\s+(?:with\s+(?:you|u|this|it|all\s+this)\b|wasting|talking|"
    r"listening|arguing)|\bwast(?:e|ed|ing)\s+(?:my|any\s+more|more)\s+(?:\w+\s+)?(?:time|breath|energy)\b"
    r"|\bnot\s+worth\s+(?:my|the)\s+(?:time|breath|energy)\b|\b(?:nobody|no\s+one|noone)\s+(?:wants|needs|asked|cares)\s+"
    r"(?:to\s+hear|to\s+listen|(?:for\s+)?(?:your|ur)\b|(?:you|u)\b|what\s+(?:you|u)\s+think)"
    r"|\bI\s+(?:don'?t|do\s+not|couldn'?t|could\s+not)\s+care\s+(?:less|what\s+(?:you|u)\s+think)\b"
    r"|^\W*(?:oh\W+|please\W+)*(?:spare\s+me|save\s+it)\b|\bspare\s+me\s+the\s+\w+|\bI'?ve\s+heard\s+enough\b|\bwe'?re\s+done\s+here\b"
    r"|\bthis\s+conversation\s+is\s+over\b|\bend\s+of\s+(?:story|discussion|conversation)\b"
    r"|\bI\s+(?:don'?t|do\s+not)\s+have\s+time\s+for\s+(?:this|you|it)\b|\bbelieve\s+what(?:ever)?\s+(?:you|u)\s+want\b"
    r"|\bthink\s+what(?:ever)?\s+(?:you|u)\s+(?:want|like)\b|^\W*say\s+what(?:ever)?\s+(?:you|u)\s+(?:want|like)(?:\s+about\s+me)?\W*$", re.I)
_EVERYONE = re.compile(
    r"\bwhat\s+(?:every(?:one|body)|we\s+all|all\s+of\s+us)(?:'s|\s+is|\s+else\s+is|\s+are)?\s+(?:thinking|saying|thinks|says)\b"
    r"|\b(?:every(?:one|body)|anyone|anybody)\s+(?:else\s+)?(?:agrees|thinks\s+so|would\s+say\s+the\s+same)\b"
    r"|^\W*(?:I'?m\s+)?just\s+say(?:ing|in'?)\W*$|\bask\s+any(?:one|body)\b", re.I)
# "I told you so"; "like I said" only as a clause of its own (its fact may follow: "like I said, I was at Mum's").
_TOLD_SO = re.compile(r"\bI\s+told\s+(?:you|u)\s+so\b|^\W*(?:like|as)\s+I\s+(?:said|told\s+(?:you|u))\W*$", re.I)
# Telling verbs whose past, said to the listener, reminds them of something said before.
_TELLING = {"tell", "warn", "remind", "say", "mention", "explain", "text", "message", "email"}  # "I DID text you I'd be late"
# When the promise was for ("later", "tomorrow", "when I have time"): not kept in "I haven't … yet".
_LATER = {"later", "soon", "tomorrow", "tonight", "today", "eventually", "then", "after", "before"}
_WILL = {"would", "'d", "will", "'ll", "wo"}
_ADMITTING = {"know", "realise", "realize", "admit", "remember", "guess", "suppose"}


def retort(clause) -> str | None:
    """Which kind of retort the clause is, or None: "challenge", "dismissal", "everyone", "told_so"."""
    text = clause.text
    for kind, pattern in (("challenge", _CHALLENGE), ("dismissal", _DISMISSAL), ("everyone", _EVERYONE),
                          ("told_so", _TOLD_SO)):
        if pattern.search(text):
            return kind
    return None


def _telling_verb(clause):
    """The speaker's past "told / warned / said" verb in the clause, not negated ("I never told you"
    admits), nor an apology reported ("I said I was sorry": shields.py)."""
    inside = {t.i for t in clause.tokens}
    for tok in clause.tokens:
        if tok.lower_ != "i" or tok.dep_ != "nsubj" or tok.head.i not in inside:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _TELLING or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue
        if any(t.lemma_.lower() in _ADMITTING and t.i < verb.i and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in t.children)
               for t in clause.tokens):
            continue  # "I know I said I'd call": the promise admitted, not held up
        perfect = any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
        did = any(c.lemma_ == "do" and c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)  # "I DID text you"
        if verb.tag_ != "VBD" and not perfect and not did:
            continue
        if any(t.lower_ in ("sorry", "apologise", "apologize") for t in verb.subtree):
            continue
        return verb
    return None


def reminder(clause) -> bool:
    """"I told you I'd be home by six", "I warned you about him", "I said it was fine", "I've told you
    a hundred times": the speaker's earlier words held up against the complaint. "I said some awful
    things" owns words; a told, said or warned thing needs a listener or a reported clause."""
    if _TOLD_SO.search(clause.text):
        return True
    verb = _telling_verb(clause)
    if verb is None:
        return False
    said = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    to_you = any(c.lower_ in ("you", "u") and c.dep_ in ("dobj", "dative", "iobj") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ("you", "u") for g in c.children) for c in verb.children)
    return said or to_you and verb.lemma_.lower() in ("tell", "warn", "remind")


def made_clear(clause) -> str | None:
    """A reminder of the speaker's own plan or state, owned as a lapse in saying it: "I told you I'd
    be home by six" → "I should have made it clearer that I'd be home by six". A reminder of what the
    listener was told to do ("I told you to call") is theirs to answer for: no line."""
    verb = _telling_verb(clause)
    if verb is None:
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None or not any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("i", "we") for s in said.children):
        return None
    inside = {t.i for t in clause.tokens}
    if any(t.tag_ == "WP" or t.lower_ in ("how", "why") for t in said.subtree if t.i in inside):
        return None  # "what more am I meant to do": a plea, not a promise to own
    if said.lemma_ != "be" and any(c.dep_ == "aux" and c.lower_ in _WILL for c in said.children):
        # "I said I'd fix the fence when I have time": a promise not kept yet, owned as one (not "unclear")
        when = {t.i for c in said.children if c.dep_ in ("advcl", "npadvmod") or c.lower_ in _LATER for t in c.subtree}
        rest = [t for t in said.subtree if t.i > said.i and t.i in inside and not t.is_punct and t.i not in when]
        return tidy(f"I'm sorry I haven't {participle(said.lemma_.lower())} {render(words_of(rest))} yet")
    words = [t for t in said.subtree if t.i in inside and t.dep_ != "mark" and not t.is_punct]
    text = render(words_of(words), lower_start=False).strip()
    if len(text.split()) < 3:
        return None
    return f"I should have made it clearer that {text}, and I'm sorry"


_KNOWING = {"know", "realise", "realize", "understand", "see"}


def knew_mine(clause) -> bool:
    """"You knew I'd be upset", "you know how much this means to me": the speaker's own state held
    up as something the listener knew, a reproach (the cue model may read it as acknowledgement)."""
    for verb in (t for t in clause.tokens if t.lemma_.lower() in _KNOWING):
        if not any(c.dep_ == "nsubj" and c.lower_ in ("you", "u") for c in verb.children):
            continue
        said = [t for c in verb.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree]
        if any(t.lower_ in ("i", "me", "my", "myself") for t in said):
            return True
    return False
