"""A last check on a rewrite's English: shapes no fluent writer produces, caught before anyone sees them.

The readings that build rewrites are rules over a statistical parse, so now and then one yields
"Could you leave your towels on the bed for?" or "It worries me when do you." The fix belongs in the
reading that produced it, and each one found is fixed there; this check is the net under all of
them, so that a shape we have seen break once never reaches a user again. A candidate that fails
is dropped, and the next one (or an honest "no rewrite") is shown instead.
"""

from __future__ import annotations

import re

from .parsing import rewrite_nlp
from .fluent_repairs import misread  # more shapes, seen in blaming rewrites (fluent_repairs.py)
from .slot_grammar import broken_slot  # clauses put in a slot they don't fit: "when you'd say…" (slot_grammar.py)
from .slot_fluency import broken_fill  # "with.", "when sorry you feel…", an open bracket (slot_fluency.py)
from .slot_checks import ill_formed_slot  # "When which you…", ",,", "adding a,", "not gets" (slot_checks.py)

# …unless the sentence goes on to say it was broken ("…and then didn't").
_KEPT_TO = r"(?![^.?!]*\b(?:and|but) (?:then )?(?:didn't|did not|never|weren't|wasn't|forgot)\b)"
# A word that is not a finite verb, in "when you and your leaf blower at 7am" (its verb missing).
_NOT_VERB = r"(?!(?:is|are|was|were|have|has|had|do|did|will|would|can|could|keep|go|get|got|went|came|left)\b)(?!\w+ed\b)\w+"
_BROKEN = tuple(re.compile(p, re.I) for p in (
    r"\b(?!(?:had|that|very|really|so|no|bye|ha|la|blah)\b)(\w+) \1\b",  # "the the", "you you"
    r"\b(?:the|a|an|and|or|but|for|when|if|because|my|your|their|our)\s*[.?!]",  # a sentence cut short
    r"\bcould you do\?",                                                # a request with its verb lost
    r"\b(?:didn'?t|don'?t|doesn'?t) do (?:this|that|last|next) time\b",   # "you didn't do this time"
    r"\bwhen (?:you|i|we|they|he|she) not\b",                            # "when you not mention"
    r"\bwhen (?:do|does|did|is|are|was|were) (?:you|i|we|they|he|she|it)\s*[.?!,]",  # a tag taken for a clause
    r"\b(?:is|isn't|are|aren't|was|wasn't) (?:never |not |n't )?(?:worked|been|had)\b(?! (?:by|to|for|in|at|on|with|as|out|over|up))",
    r"[.?!]\s*[.?!]",                                                    # an empty sentence
    r"\b(?:could|would|can) you be still\b",                              # "you're still not here" asked back
    r"\bseems like an? ['\"‘“]",                                          # "it seems like a 'you don't know him'"
    r"\bhad about (?:my|your|his|her|our|their|the) \w+(?: \w+)? \w+s\b",  # "I haven't had about my bedside manner complaints"
    r"^\W*$",
    r"\bwhen (?:thanks|thank you|cheers|who|whoever|whom|why|how come|whose)\b",  # "When whoever left…"
    r"\bwhen (?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time\b",  # "When third time I've reported…"
    r"\b(?:acts?|acted|acting|treats? me|treated me) like\s*[.!?,]",  # "…a client call everyone acts like."
    r"\bor what\?",  # "Could you listen when I talk or what?": the taunt kept in the ask
    r"\b(?:it|that|there)be\b",  # "but never when it's…" rendered "doesn't when itbe…"
    # a bare noun left before a verb with no subject, once its verdict was cut: "Service, won't be back."
    r"(?:^|[.!?]\s+)(?!(?:yes|no|sorry|honestly|seriously|please|ok|okay|well|so)\b)[A-Z][a-z]+,\s+"
    # (not "don't" or "never": "Tom, don't worry about it" is an order)
    r"(?:won't|will not|wouldn't|didn't|isn't|wasn't|aren't)\s+(?!(?:you|I|we|they|he|she|it|u)\b)[a-z]+",
    r"\b(?:wanted|want|meant|tried|trying|counting on you|asked you) to "
    r"(?:make|give|put|bring|send|take|show|buy|keep)\s*[,.?!]",
    # a verb whose object was cut: "I wanted to make, and I'm sorry…", "I'm counting on you to give, and…"
    r"\bwhen (?:neither|nor|so) (?:do|does|did|have|has|am|is|are|was|were) (?:you|i|we|they|he|she)\b",
    # "when neither do you": a reply's ellipsis taken for the situation
    r"\b(?:can|could|do|did|will|would|are|is|were|have|has|won't|can't|don't|didn't|aren't|isn't) (?:you|u),? I "
    r"(?:feel|felt|get|got|was|am)\b",  # a tag question kept inside the situation: "…your sunburn can you, I feel"
    r"\bwhen even (?:she|he|they|it|you|I|we)(?:'s|'re| is| are| was| were)\b",  # "when even she's the one who…"
    r"\bwhen (?:what|which) \w+ (?:you|you're|you've|you'd|u)\b",  # "I get really frustrated when what clock you're using"
    r"\b(?:about|of) being the \w+[?.!]",                                # "talk about being the broken?"
    r"\b(?:the|a|an)\s+(?:the|a|an)(?![\w&'’])",                         # "the a"
    r"\b(?:like|that|when) (?:what|why|how|where) (?:were|was|are|is|do|did|does) (?:you|i|we|they|he|she)\b",  # "it seems like what were you thinking"
    r"\b(?:could|would) you (?:\w+ )?(?:be|go) (?:to|in|at) (?:it|them|him|her)\b",  # "never been to X" → "could you be to them"
    r"\bwhen you (?:promised|swore|agreed)\b" + _KEPT_TO + r"[^.?!]*, I (?:felt|feel|was|get)\b",  # the promise isn't what hurt:
    r"\bI (?:felt|feel|was|get)(?: really)? [a-z ]+ when you (?:promised|swore|agreed)\b" + _KEPT_TO,  # breaking it did
    r"\b(?:as far as I know|from what I can tell|the way I understand it), (?:[a-z]+ed|didn't|don't|wasn't|isn't)\b",  # no subject
    r"\b(?:you|I|we|they|he|she) not (?!only\b|just\b|even\b)[a-z]+ed\b",  # "this time you not checked"
    r"\b(?:when|[Tt]his time) I [a-z]+\b[^,.?!]*(?<! and)(?<! but)(?<! then) you (?:do|did|turn|turned|get|got|make|made|always|never|just|start|started|act|acted)\b",  # "when I
    # ask you to wipe the counter you do it wrong": two clauses run together once "every time" is cut
    r'(?:^|\s)"\s',  # an opening quote with its first word cut: 'the same " talk to your parents"'
    r"(?:^|\s)'[A-Za-z][^'.?!]*[.?!]",  # a single quote the sentence ends inside: "boils down to 'I got mine."
    r"^([A-Z][a-z]+), (?:.*\s)?\1\b",  # the name addressed said twice: "Derek, I feel interrupted in standup, Derek."
    r"\bwhen (?!(?:needed|asked|required|invited|told|prompted)\b)[a-z]+ed (?:the|a|an|my|your|our|his|her|their|me|us|it)\b",  # "when missed the recital"
    r"\b(?:i|you|we|they|he|she|it|that|there)'(?:re|m|s|ve|ll|d)\s*[.?!,]",  # "when we're." : its predicate cut off
    r"\b(?:to|could|would|will|should|might|must|can) (?:you )?can\b",  # "would you be willing to can say thank you"
    r"\b(?:don'?t|doesn'?t|didn'?t) (?:could|can|would|will|should|must|might|shall)\b",  # "you never could…" → "you don't could…"
    r"\b(?:don'?t|doesn'?t|didn'?t) (?!(?:shed|wed|bed|shred|embed|bred|used)\b)[a-z]{2,}(?<!e)ed\b",  # "you don't listened"
    r"\bwhen (?:can'?t|won'?t|wouldn'?t|couldn'?t|don'?t|didn'?t|doesn'?t|isn'?t|aren'?t) (?:you|i|we|they)\b",  # "When can't you say…"
    r",\s*(?:don'?t|didn'?t|doesn'?t|isn'?t|aren'?t|wasn'?t|won'?t|haven'?t|hasn'?t) (?:you|it|they|we)\s*\.",  # a tag question left on a statement
    r"\bgoing to \w+ [^.?!]*\bsupposed to\b",  # "how a tax is going to cut … supposed to help": one verb read twice
    r"\bbefore (?:after|before|since|once)\b",  # "mattered before after the election": a time word doubled
    r"(?:^|[.?!]\s+)[Nn]ot (?:\w+ )?\w+,? (?:is|isn't|was|wasn't) it\b",  # "Not ideal is it.": a jab with its tag
    r"\bwhen (?:I|you|we|they) (?:have|'ve) now\b",  # "it hurt when I have now called four times": a count of tries, no moment
    r"\b(?:say|says|said|promise|promised|swear|swore) (?:you|I|he|she|they|we)(?: and\b|\s*[,.?!])",  # "when you say you [will] and…": its verb cut
    r"(?:^|[,.] |\b(?:when|time|that|if|because|and|since) )(?:you|we|they|he|she)(?: (?:just|always|never|really|still))? be\b(?! (?:willing|able)\b)",  # "why do you have to be so cold" cut to "you be so cold"
    r"(?:^|[.?!]\s+)You (?:the|an?) \w+(?: \w+)? (?:was|were|is|are|has|had)\b",  # a name misparsed as subject, said as "you"
    r"[.?!]\s*['\"‘’“”]\s*[.?!]",  # a quote's closing mark left alone: "…your employees. '. I'm your wife"
    r"\bwhen you and (?:your|ur) (?:" + _NOT_VERB + r" )?" + _NOT_VERB + r"(?: \w+ing\b| (?:at|on|in) (?:\d|midnight|night|"
    r"dawn|\w+day\b|a \w+day\b)| every\b|\s*[,.])",  # "when you and your drum kit at midnight": no verb (evidence.py)
    # a predicate elided ("I wasn't late, the bus from Leith was") and kept alone: "The bus from Leith was."
    r"(?:^|[.?!]\s+)(?:The|My|Our|Your|His|Her|Their) [a-z]+(?: (?!(?:is|was|are|were|what|who|how|it|that)\b)[a-z]+){0,5} "
    r"(?:was|were|is|are|did|does)\.",
    r"(?:^|[.?!]\s+)Please (?:you|you're|you've|he|she|they|it's)\b",  # "uninstall pls ur throwing" cut to "Please you're throwing"
    r"\bcould you be (?:that|this|so) \w+\?",  # "it's not even that late" asked back: "Could you be that late?"
    r"\bcould you be ashamed\b",  # "Are you not ashamed of yourself?" asked back
    r"(?:^|[.!?]\s+)\d+, and I\b",  # "0 heals the whole raid" cut to "0, and I've been feeling hurt."
    r"\bwhen each time\b",  # "it hurt when each time your staff have hung up on me" ("when every time we plan…" reads)
))
# A question kept as a statement: "Who merged without the tests, and I've been feeling…"
_QUESTION_OPENING = re.compile(r"^(?:who|whoever|why|how come|(?:[A-Z][a-z]+,? )?(?:can|could|will|would|can't|won't) "
                               r"(?:you|u|whoever|someone|somebody|anyone|anybody) (?!know\b))\b", re.I)  # "Priya can you not run it at 1am, and I've been…"


from .kept_questions import kept_question  # noqa: E402  (beside the check that uses it)


def broken_shape(text: str) -> bool:
    """Whether `text` has a word shape only a misread produces: the patterns above and the slot checks, without the
    sentence-level reading of questions kept as statements (which a plain fact can look like: "Someone got in")."""
    return any(pattern.search(text) for pattern in _BROKEN) or misread(text) or broken_slot(text) \
        or broken_fill(text) or ill_formed_slot(text)


def broken(text: str) -> bool:
    """Whether `text` has a shape that only a misread produces (see the module docstring)."""
    if broken_shape(text):
        return True
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]
    if len({s.lower() for s in sentences}) != len(sentences):  # the same sentence twice
        return True
    if any((_QUESTION_OPENING.match(s) and not s.endswith("?") or kept_question(s)) and not whoever_did(s)
           for s in sentences):
        return True  # kept_questions.py: the same after "@dev, ", and "Anyone going to…"
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def whoever_did(sentence: str) -> bool:
    """"Whoever did the night shift left her hearing aids on the windowsill.": a "whoever" clause as the subject of
    a verb of its own, a statement told plainly, not a question kept as one ("Whoever keeps eating my yoghurt, and…")."""
    if not re.match(r"^(?:@?[\w.'-]+,\s+)?whoever\b", sentence, re.I) or sentence.endswith("?"):
        return False
    doc = rewrite_nlp()(sentence)  # parsed only here: a "whoever" sentence is rare
    whoever = next((t for t in doc if t.lower_ == "whoever"), None)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return whoever is not None and root is not None and whoever.head.dep_ in ("csubj", "nsubj") \
        and whoever.head.i < root.i and root.tag_ in ("VBD", "VBZ", "VBP", "MD")

