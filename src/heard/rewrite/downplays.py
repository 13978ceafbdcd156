"""What a defence says to make the complaint smaller or to excuse the speaker, and which an apology or
an acknowledgement must not say back after it.

"I know it's been a rough week, and the boiler isn't a huge deal" acknowledges and then takes it
back; "I understand you're worried, and the lease says tenants handle the garden" acknowledges and
keeps a plain fact. `downplays` tells the two apart by what the clause does:

- sizes the complaint down: "isn't a huge deal", "not that serious", "it was like 5 min", "it's only
  money", "a five minute outage", "nobody noticed";
- says nothing could be done: "there was no way I could have seen that coming", "couldn't have known";
- hides behind a rule or a role: "I'm simply following the contract", "to the letter", "I did what
  the ticket said", "I did my part", "I'm a volunteer, not a therapist", "the council's job, not ours",
  "it's how the system is set up";
- says it is just how the speaker is: "that's just how I talk", "dark humour is how I cope", "it
  wasn't personal", "it's not a cry for help";
- holds up the speaker's record or other priorities against the lapse: "I've been to every single
  match", "after everything else I've kept track of", "I had other priorities that day";
- casts the speaker as the martyr: "I come out looking like the bad guy".

`loose_fact` catches what is not a statement at all once cut from its sentence: "as I already said",
"when most of us are just trying to help", a quotation left open ("I'm careful'"), a bare "I spent
it" that leans on what came before.
"""

from __future__ import annotations

import re

_SIZE = (r"(?:not|n't|no)\s+(?:a\s+|that\s+|such\s+a\s+|even\s+a\s+)?(?:big|huge|major|massive)\s+deal"
         r"|\b(?:that|so|such\s+a)\s+big\s+(?:of\s+)?a?\s*deal"
         r"|(?:not|n't)\s+that\s+(?:deep|serious|bad|big|important|long|much)\b"
         r"|\b(?:it|that|this)(?:'s|\s+is|\s+was|\s+has\s+been|'s\s+been)\s+(?:only|just|like|merely|literally\s+(?:only|just))\b"
         r"(?!\s+(?:in|on|at|under|behind|inside|by|next|there|here|sitting|lying)\b)"  # "it was just in my wallet": where
         r"(?!\s+(?:like\s+)?(?:you|u)\s+to\b)"  # "it's just like you to…": a verdict on the listener (acts.py)
         r"|\b(?:it|that|this)(?:'s|\s+is|\s+was)\s+(?:a\s+|an\s+)?(?:one|two|three|four|five|ten|\d+)[\s-]*"
         r"(?:sec\w*|min\w*|hour|day|night)\b"
         r"|\b(?:nobody|no\s+one|noone)\s+(?:else\s+)?(?:even\s+)?(?:noticed|minded|cared|cares|complained)\b"
         r"|\bno\s+harm\s+done\b"
         # "it's literally a B in chemistry, not a crime", "hardly the end of the world"
         r"|\b(?:not|n't|hardly)\s+(?:exactly\s+)?(?:a\s+(?:crime|felony|disaster|tragedy|catastrophe)|the\s+end\s+of\s+the\s+world)\b"
         # "The rent's only two days late": a thing named, then its size
         r"|\b(?:the|my|our|your)\s+\w+(?:'s|\s+is|\s+was)\s+(?:only|just)\s+(?:a\s+few|a\s+couple|one|two|three|four|five|ten|\d+)\s+"
         r"(?:sec\w*|min\w*|hours?|days?|weeks?|quid|pounds?|dollars?|bucks|euros?)\b")

_HELPLESS = (r"\bno\s+way\s+(?:I|we|anyone|anybody)\s+could\b"
             r"|\b(?:couldn't|could\s+not|can't|cannot)\s+(?:possibly\s+)?(?:have\s+)?"
             r"(?:known|seen|predicted|foreseen|prevented|guessed)\b")

_RULES = (r"\bfollow(?:ing|ed|s)?\s+(?:the|my|our|company)\s+(?:\w+\s+)?(?:contract|rules?|process|procedure|policy|"
          r"lease|instructions|guidelines|law|brief|protocol|spec|handbook)\b"
          r"|\bto\s+the\s+letter\b"
          r"|\bdid\s+(?:exactly\s+|just\s+|only\s+)?what\s+(?:I\s+was|the\s+\w+|my\s+\w+|you)\s+(?:told|asked|said|says)\b"
          r"|\bdid\s+my\s+(?:part|job|bit)\b|\b(?:just|only)\s+doing\s+my\s+job\b"
          r"|\bI'?m\s+(?:just\s+|only\s+)?an?\s+\w+,?\s+not\s+an?\s+\w+"
          r"|\b(?:job|responsibility|problem|fault|call)\s*,?\s+not\s+(?:mine|ours)\b"
          r"|\bhow\s+(?:the|this|our|teh)\s+system\s+(?:is|was|works)\b")

_HOW_I_AM = (r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:just\s+)?how\s+I\s+(?:am|talk|speak|cope|joke|deal)\b"
             r"|\bis\s+how\s+I\s+(?:cope|deal|talk|joke|process)\b|\bnothing\s+personal\b"
             r"|\b(?:it|that)(?:\s+was|\s+is|'s)?(?:n't|\s+not)\s+(?:personal|meant\s+\w+|intentional|deliberate|"
             r"a\s+cry\s+for\s+help|an?\s+(?:attack|dig|relapse))\b")

# The martyr's line: "I come out looking like the bad guy", "I can never do anything right".
_MARTYR = r"\b(?:the|a)\s+bad\s+guy\b|\bthe\s+villain\b|\bcan(?:'t|not|\s+never)\s+(?:ever\s+)?do\s+anything\s+right\b"

_RECORD = (r"\bevery\s+single\b|\bafter\s+everything\b|\blike\s+every(?:one|body)\s+else\b"
           r"|\b(?:other|more\s+important|bigger)\s+(?:priorities|things\s+to\s+(?:do|deal\s+with))\b")

# "Obviously some nuance gets lost": the listener should have known better.
_CONDESCENDS = r"^\W*obviously\b"

DOWNPLAYS = re.compile("|".join((_SIZE, _HELPLESS, _RULES, _HOW_I_AM, _RECORD, _CONDESCENDS, _MARTYR)), re.I)


_SIZES_DOWN = re.compile(_SIZE, re.I)


def sizes_down(text: str) -> bool:
    """The clause makes the complaint smaller ("it was like 5 min"): the listener's concern brushed off."""
    return bool(_SIZES_DOWN.search(text))


def martyr(text: str) -> bool:
    """"I'm always the bad guy": the speaker's hurt, which brushes nothing of the listener's off."""
    return bool(re.search(_MARTYR, text, re.I))


def downplays(text: str) -> bool:
    """The clause plays the complaint down or excuses the speaker (see the module docstring)."""
    return bool(DOWNPLAYS.search(text))


# A clause that begins with one of these leans on a sentence it was cut from.
_LEANING = re.compile(r"^\W*(?:as|when|whenever|while|whereas|although|though|after|before|until|unless|since)\b",
                      re.I)


def loose_fact(text: str) -> bool:
    """Not a statement once said on its own: a subordinate clause, or a quotation left open."""
    if re.fullmatch(r"(?:I|we) \w+(?: (?:it|that|this|them|there))?", text, re.I):
        return True  # "You approved the budget, I just spent it": "I spent it" alone says nothing
    quotes = re.findall(r"(?<!\w)'|(?<![sS])'(?!\w)", text)  # not "I'm", nor "my parents' house"
    return bool(_LEANING.match(text)) or len(quotes) % 2 == 1 \
        or sum(text.count(q) for q in ('"', "“", "”")) % 2 == 1


def subordinate(clause) -> bool:
    """The clause opens with a word that hangs its own verb on another sentence ("as I ALREADY said",
    "when most of us are just trying to help"); "as I said, the meeting moved" keeps its main verb."""
    words = [t for t in clause.tokens if not t.is_punct]
    return bool(words) and bool(_LEANING.match(words[0].text)) and words[0].head.i == clause.head.i


def hypothetical(clauses, k: int) -> bool:
    """"if I cook, [it's the wrong food]": what would be said, not what happened."""
    return k > 0 and bool(re.match(r"\W*(?:and\s+|but\s+)?(?:if|unless)\b", clauses[k - 1].text, re.I)) \
        and not clauses[k - 1].text.rstrip().endswith((".", "!", "?"))


def without_dangling_not(text: str) -> str:
    """"the email said the 12th, not [because I don't care]": the "not" cut from its contrast."""
    return re.sub(r",?\s+not$", "", text)
