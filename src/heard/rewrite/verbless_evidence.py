"""Evidence said without a verb of its own, beside a sneer or a verdict on the listener.

Two shapes the clause readers pass on as if they were sentences:

- a gerund with the listener left out: "Must be nice, strolling in at eleven while the rest of us
  have been here since seven" (the old reading said "Strolling in at eleven while…." as a sentence);
  the listener is put back as its subject: "It's hard for me when you're strolling in at eleven…".
- a bare noun phrase: "you're a deadbeat. two months of missed support", "I can't believe I married
  someone this inconsiderate. Wet towel on my side of the bed. Again." (the old reading fell back to a
  feeling with nothing kept); the thing is named: "I've been feeling upset about the wet towel on my
  side of the bed."

The sneer or verdict beside it is left out. Only a message made of that one piece of evidence and
short remarks around it is read here: a longer clause beside it may be evidence of its own, which
the sentence readers keep better.
"""

from __future__ import annotations

import re

from .message import Message

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# a remark around the evidence longer than this may be evidence of its own
_SHORT = 9
# "Must be nice, sleeping in till noon": envy said as a sneer, the gerund after it is what the listener
# does. Only after these is a gerund read here: after praise ("genius idea, lending my car…") the
# sarcasm readers keep the act in the past, which is better.
_ENVY = re.compile(r"\b(?:must be nice|(?:it's |that's )?nice work if you can get it|alright for some|"
                   r"all right for some|lucky (?:you|some)|living the dream|(?:it )?must be lovely)\b", re.I)
# said of the listener, not a thing ("your problem"); evidence.py's list says more of these
_NOT_THINGS = {"problem", "problems", "issue", "issues", "fault", "business", "deal", "attitude", "excuse", "excuses"}
# feelings that read well "about" a thing
_ABOUT = {"frustrated", "upset", "hurt", "worried", "let down", "embarrassed", "disappointed"}
# "must be nice, having a mum who calls", "being able to…": envy of the listener's lot, not an act of theirs
_HAVING = {"have", "be", "own", "get", "know", "own"}
# Sarcastic praise or thanks as the "thing": "Gold medal for ignoring me", "thanks for the TED talk"
_PRAISE = {"thanks", "thank", "congrats", "congratulations", "medal", "award", "prize", "bravo", "genius",
           "hero", "legend", "job", "idea", "move", "plan", "work", "effort", "cheers", "applause", "round", "love"}


def _words(clause) -> list:
    return [t for t in clause.tokens if not t.is_punct and not t.is_space and t.pos_ not in ("SYM", "X")]


def _gerund(clause) -> str | None:
    """"strolling in at eleven while …": the clause opens with a subjectless -ing verb."""
    words = _words(clause)
    if len(words) < 3 or words[0].tag_ != "VBG" or words[0].text.isupper() and len(words[0].text) > 1:
        return None
    lead = words[0]
    if lead.lemma_.lower() in _HAVING:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in lead.children) or clause.question:
        return None
    if any(t.lower_ in ("i", "me", "my", "we", "us") and t.i < lead.i for t in clause.tokens):
        return None
    text = clause.tokens[0].doc[lead.i:words[-1].i + 1].text
    return text[:1].lower() + text[1:]


def _in_relative(tok) -> bool:
    """Inside a relative clause ("the floor I mopped"), which describes the thing, not a verb of its own."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _noun_phrase(clause) -> str | None:
    """"Wet towel on my side of the bed.": a thing named with no verb at all (nor a question)."""
    words = _words(clause)
    main = [t for t in words if not _in_relative(t)]  # "…the floor I mopped this morning" tells of the thing
    if len(words) < 3 or clause.question or any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in main):
        return None
    if any(t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") for t in main):
        return None  # an order ("grow up") or a bare verb, not a thing
    root = next((t for t in words if t.head.i == t.i or t.head.i not in {w.i for w in words}), None)
    if root is None or root.pos_ != "NOUN" or any(t.lower_ in _PRAISE for t in words):
        return None  # a name alone ("Yes, Mr. Whitfield") is no thing, praise is sarcasm's
    if any(t.pos_ == "INTJ" or t.is_quote and t.tag_ != "POS" or t.tag_ in ("WDT", "WP") or t.lower_ == "that" and t.dep_ != "det"
           for t in clause.tokens) or root.tag_ == "NNS" and root.i == len(root.doc) - 1:
        return None  # quoted words, "love that my post…", "the hallway reeks" (a verb read as a plural)
    if any(t.lower_ in ("you", "u", "ya") for t in words):
        return None  # "you and your leaf blower": read by the "you and your X" readers
    if any(t.lower_ in _NOT_THINGS for t in words):
        return None  # "your mug, your crumbs, your problem": the verdict is in the list
    # "two months of missed support and a new jet ski on your instagram": a conjunct placed "on your X"
    # only locates the evidence (evidence.fitting_things says the same): the conjunct is left out
    for conj in [t for t in words if t.dep_ == "conj" and t.head.i == root.i]:
        if any(t.dep_ == "pobj" and any(c.lower_ in ("your", "ur") for c in t.children) for t in conj.subtree):
            cut = min(t.i for t in conj.subtree)
            words = [t for t in words if t.i < cut and not (t.i == cut - 1 and t.dep_ == "cc")]
            words = [t for t in words if t.dep_ != "cc" or t.i < cut - 1]
    text = clause.tokens[0].doc[words[0].i:words[-1].i + 1].text.rstrip(" ,")
    first = words[0]
    if first.pos_ == "PROPN":
        return text
    text = text[:1].lower() + text[1:]
    located = root.tag_ == "NNS" and any(c.dep_ == "prep" for c in root.children)  # "the pizza boxes under the sofa"
    if first.pos_ in ("NOUN", "ADJ") and (root.tag_ == "NN" or located) and not any(t.dep_ in ("det", "poss") for t in root.children):
        text = "the " + text  # "Wet towel on my side…" names one towel: "the wet towel…"
    return text


def _acts(clause) -> bool:
    """A clause telling of an act ("you never clean up after Pepper") or a state ("You're late", "You're
    drunk"), not only a verdict on the person ("you're a deadbeat", "you're such a slob", "so lazy")."""
    if any(t.pos_ == "VERB" and t.lemma_ not in ("be", "believe", "marry") for t in clause.tokens):
        return True
    if any(t.lower_ in ("what", "why", "how", "who", "where", "when") for t in clause.tokens[:1]):
        return True  # "what did she say": a question even without its mark
    if not any(t.lower_ in ("you", "u", "ya") and t.dep_ == "nsubj" for t in clause.tokens):
        return False  # "Must be nice", "Unreal.": a sneer at the moment, nothing of the listener's said
    said = [t for t in clause.tokens if t.dep_ == "acomp"]
    return any(not any(c.lower_ in ("so", "such", "too", "really") for c in t.children) for t in said)


def _envy_then_gerund(clause) -> list[str] | None:
    """"alright for some, knocking off at three while…": the envy and its gerund in one clause."""
    found = _ENVY.match(clause.text.strip())
    rest = clause.text.strip()[found.end():] if found else ""
    if not found or not rest.startswith(","):
        return None
    lead = next((t for t in clause.tokens if t.idx >= clause.tokens[0].idx + found.end() and t.is_alpha), None)
    rest = rest.strip(" ,").rstrip(" .!")
    if lead is None or lead.tag_ != "VBG" or lead.lemma_.lower() in _HAVING or len(rest.split()) < 3 or re.search(r"\b(?:I|me|my)\b", rest.split(" while ")[0]):
        return None
    return [f"It's hard for me when you're {rest[:1].lower() + rest[1:]}.", "Can we talk about it?"]


def verbless_lines(msg: Message) -> list[str] | None:
    """The lines for a message whose only evidence is a verbless clause, or None."""
    if not msg.blaming:
        return None
    content = [c for c in msg.clauses if _words(c)]
    if len(content) == 1:  # "alright for some, knocking off at three…" parsed as one clause
        return _envy_then_gerund(content[0])
    found = [(c, _gerund(c), _noun_phrase(c)) for c in content]
    found = [(c, g, n) for c, g, n in found if g or n]
    if len(found) != 1:
        return None
    clause, gerund, thing = found[0]
    if len((gerund or thing or "").split()) < 3:
        return None  # too little left to name
    others = [c for c in content if c is not clause]
    if not others or any(len(_words(c)) > _SHORT or c.question or _acts(c) for c in others):
        return None  # nothing to leave out, or another clause that may be the complaint itself
    if any(len(_words(c)) > 1 and not any(t.pos_ in ("AUX", "VERB") for t in c.tokens) for c in others):
        return None  # "your mug, your crumbs, your problem": a list going on, read whole elsewhere
    if gerund and not any(_ENVY.search(c.text) for c in others):
        return None
    if gerund:
        return [f"It's hard for me when you're {gerund}.", "Can we talk about it?"]
    feeling = msg.feeling()
    if feeling not in _ABOUT:  # "feeling alone about the pizza boxes" reads oddly
        feeling = "upset"
    return [f"I've been feeling {feeling} about {thing}.", "Can we talk about it?"]
