"""Counter-complaints, tu quoque, martyr lines and minimising that the strategies carry into a rewrite.

The strategies keep these moves as facts ("Your son was the one who lost the folder, and I've been
feeling worried", "Nobody complained until you moved in", "When I spent £200 and you spent more on
candles, I was upset") or drop the sender's own point ("I'm 34." for a parent asking about money).
This module reads a message that is, whole, one of these shapes and keeps the sender's own point
(the folder, the parking, the money, the work done) while dropping the counter-attack:

- blame passed on: "your son was the one who lost the folder, so let's not pretend" → no blaming
  each other over the folder, and a way forward together;
- "nobody complained until you moved in" after the speaker's own habit: the habit kept, the dig left;
- "Yes I spent £200 on X. You spent more on Y, so." → the spending owned, the Y left out;
- martyr lines "I did everything for X on my own while the rest of you turned up. Sorry it wasn't
  perfect." → the work said with the need for help, no sarcastic apology;
- "you're one to talk about X, you've had my tent since 2019" → X heard, the sender's own grievance
  raised separately only when it names something of the sender's (my tent, £300 owed me);
- "It was just a drink with my ex, it's not a big deal. You're making this…" → not brushed off;
- "I'm 34 Dad, I don't need to explain why I moved money out of…" → the act named, the upset seen;
- "We did the best we could. You've no idea how hard it was raising three of you on one wage." →
  the hardship said as the sender's own, and the listener's side asked for.

`with_counter_residue` is called last in strategies._chosen, so a reading here takes the whole message.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY, Candidate
from .reading import compose
from .said import said_phrase

_LEAD = r"^\s*(?:well|look|ok(?:ay)?|yes|yeah|fine|alright|sure)?[,!.]?\s*"
_WHO = r"(?:your|you|my|his|her|their|our)\b[^,.!?]{0,30}?"
# "YOUR son was the one who lost the reading folder (in the first place), so let's not pretend"
_PASSED_ON = re.compile(_LEAD + r"(?P<who>" + _WHO + r"|you)\s+(?:was|were|is|are)\s+the\s+one\s+(?:who|that)\s+"
                        r"(?P<verb>[a-z]+ed|lost|broke|left|forgot|took|made|sent|told|said|put|let|spent|gave)\s+"
                        r"(?P<obj>(?:the|my|your|our|his|her|their|a|an)\s+[^,.!?]+?)"
                        r"(?:\s+(?:in\s+the\s+first\s+place|to\s+begin\s+with|first))?\s*,?\s*(?:so|and)\s+"
                        r"(?:let's\s+not|don't|do\s+not|stop)\s+" + r"(?:pretend(?:ing)?(?:\s+otherwise)?|"
                        r"act(?:ing)?\s+like\s+(?:this|it)(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:on\s+)?(?:me|my\s+fault)|"
                        r"(?:put|putting|pin|pinning|lay|laying)\s+(?:this|it|that)\s+(?:all\s+)?on\s+me|blam(?:e|ing)\s+me)"
                        r"\s*[.!?]*\s*$", re.I)
# Only the bare move is dropped: "don't pretend draining it is on me" names a chore of its own (clear_scenes.py).
_OBJ_TAIL = re.compile(r"\s+(?:in|on|at|into|onto|out\s+of|from|behind)\s+(?:the|my|your|our|a)\s+\w+$", re.I)

# "We've parked there for six years and nobody complained until you moved in."
_UNTIL_YOU = re.compile(r"^\s*(?P<own>(?:I|we)(?:'ve|\s+have)\s+[^,.!?]+?)\s*,?\s+(?:and|but)\s+(?:nobody|no\s+one|no-one|"
                        r"not\s+one\s+person)\s+(?:ever\s+)?(?:complained|said\s+a\s+word|minded|cared|had\s+a\s+problem|"
                        r"said\s+anything|batted\s+an\s+eyelid)\b[^.!?]*?\buntil\s+(?:you|the\s+new\s+\w+|your\s+\w+)\b"
                        r"[^.!?]*[.!?]*\s*$", re.I)

# "Yes I spent £200 on the bike parts. You spent more than that on candles last month, so."
_OWNED_THEN_YOU = re.compile(r"^\s*(?:yes|yeah|fine|ok(?:ay)?|alright|sure)\s*,?\s*(?P<own>I\s+(?!didn't|did\s+not|never)"
                             r"[a-z]+(?:ed|ought|ent|ew|ang|ook|ade|old|ot|aid|ave)\b[^.!?]*?)\s*[.!;]+\s*"
                             r"(?P<yours>(?:and\s+|well\s+)?you\s+[^.!?]+)[.!?]*\s*$", re.I)
# The second sentence is the listener's own spending or habit held up beside it, not a fact about this one
# ("You said you were fine with it" is an account, left to the strategies).
_TU_QUOQUE = re.compile(r"^(?:and\s+|well\s+)?you\s+(?:\w+\s+)?(?:spent|bought|ordered|had|got|paid|used|ate|drank|"
                        r"went|did|do|spend|buy|order)\b[^.!?]*\b(?:more|too|as\s+well|also|whole|every|all\s+the\s+time|"
                        r"same|last\s+\w+|so)\b", re.I)

# "I did everything for the Christmas fair on my own while the rest of you just turned up."
_MARTYR = re.compile(r"^\s*(?P<did>I\s+(?!didn't|never)[^,.!?]+?)\s+(?P<alone>on\s+my\s+own|by\s+myself|alone|single-handedly)"
                     r"\s*,?\s+while\s+(?:the\s+rest\s+of\s+you|everyone\s+else|everybody\s+else|you\s+all|all\s+of\s+you|"
                     r"you\s+lot|you\s+(?:just\s+)?(?:sat|watched|turned\s+up|showed\s+up|played|lay|relaxed|scrolled|did\s+nothing|"
                     r"stood))\b[^.!?]*[.!?]+(?P<rest>\s*(?:(?:I'm\s+)?sorry\b[^.!?]*[.!?]*\s*)?)$", re.I)

# "you're one to talk about borrowing stuff, you've had my tent since 2019"
_ONE_TO_TALK = re.compile(r"^\s*(?:well\s*,?\s*)?you're\s+(?:one|a\s+fine\s+one)\s+to\s+talk\s+about\s+(?P<topic>[^,.!?;]+?)"
                          r"\s*[,.;:!-]+\s*(?P<own>[^.!?]+?)\s*[.!?]*\s*$", re.I)
# The sender's own grievance is kept only when it is an act of the listener's ("you spent £400 on…",
# "you've had my tent since…"), not a verdict on them ("your car is full of rubbish", "you're a slob").
_OWN_GRIEVANCE = re.compile(r"^\s*you(?:'ve|\s+have|\s+still|\s+also)?\s+(?!are\b|were\b|'re\b)[a-z]+\b", re.I)

# "It was just a drink with my ex, it's not a big deal. You're making this into something it isn't."
_MINIMISED = re.compile(r"^\s*it\s+was\s+(?:just|only)\s+(?:a\s+|an\s+|one\s+)?(?P<what>[^,.!?]+?)\s*[,.;]+\s*"
                        r"(?:it's|it\s+is|it\s+was)\s+(?:not\s+a\s+big\s+deal|no\s+big\s+deal|nothing)\s*[.!,;]+\s*"
                        r"you're\s+(?:making|blowing|turning|overreacting)\b[^.!?]*[.!?]*\s*$", re.I)

# "I'm 34 Dad, I don't need to explain why I moved money out of the joint account."
_OWE_NO_ACCOUNT = re.compile(r"^\s*I'm\s+(?:\d+|an\s+adult|a\s+grown\s+(?:wo)?man|a\s+grown\s+adult|not\s+a\s+child)\b"
                             r"\s*,?\s*(?P<name>mum|mom|mam|dad|mummy|daddy|mother|father)?[^.!?]*?"
                             r"[,.;!]*\s*I\s+(?:don't|do\s+not|shouldn't)\s+(?:need|have)\s+to\s+(?:explain|justify)\s+"
                             r"(?:myself\s+)?(?:to\s+(?:you|anyone)\s+)?(?:why|how)\s+(?P<act>I\s+[^.!?]+?)\s*[.!?]*\s*$", re.I)

# "We did the best we could with what we had. You've no idea how hard it was raising three of you on one wage."
_NO_IDEA = re.compile(r"^\s*(?P<best>(?:I|we)\s+did\s+(?:the\s+best|what|all)\s+[^.!?]+?)\s*[.!;]+\s*you(?:'ve|\s+have)?\s+"
                      r"(?:no\s+idea|not\s+got\s+a\s+clue|no\s+clue)\s+how\s+(?P<how>hard|tough|difficult)\s+it\s+was\s+"
                      r"(?P<doing>[a-z]+ing\b[^.!?]*?)\s*[.!?]*\s*$", re.I)


def _the(phrase: str) -> str:
    """"a drink with my ex" → "the drink with my ex"; "lunch with a colleague" → "the lunch…"."""
    phrase = re.sub(r"^(?:a|an|one)\s+", "", phrase, flags=re.I)
    return phrase if re.match(r"(?:the|my|your|our|his|her|their)\b", phrase, re.I) else f"the {phrase}"


def counter_residue_lines(msg) -> tuple[list[str], str] | None:
    """The sender's own point without the counter-move and its strategy, or None when the message is
    not one of these shapes."""
    text = msg.text.strip()
    found = _PASSED_ON.search(text)
    if found:
        obj = _OBJ_TAIL.sub("", said_phrase(found["obj"]))
        obj = re.sub(r"^(?:my|your|our|his|her|their)\s+", "the ", obj, flags=re.I) if " " in obj else obj
        return [f"I don't want us to end up blaming each other over {obj}.", "Can we work out together what to do now?"], I_STATEMENT
    found = _UNTIL_YOU.search(text)
    if found:
        return [f"{said_phrase(found['own'])}, so this has come as a surprise to me.",
                "Can we talk about it and find something that works for both of us?"], I_STATEMENT
    found = _OWNED_THEN_YOU.search(text)
    if found and _TU_QUOQUE.search(found["yours"].strip()) and not re.search(r"\bsorry\b", text, re.I):
        return [f"You're right, {said_phrase(found['own'])}.",
                "I'd like us to sit down and agree together what works for both of us."], RESPONSIBILITY
    found = _MARTYR.search(text)
    if found:
        did = re.sub(r"\s+just\b", "", said_phrase(found["did"]))
        return [f"{did} {found['alone'].lower()}, and I'm feeling worn out.", "Next time, could we share the work out?"], I_STATEMENT
    found = _ONE_TO_TALK.search(text)
    # counters.py already hears a past act ("you spent £400 on…") or a name ("…spending, Priya."); what it
    # misses is a state ("you've had my tent since 2019", "you still owe me £300") or a verdict ("your car…")
    if found and re.match(r"you(?:'ve|\s+have|\s+still)\b|your\b", found["own"], re.I):
        topic = said_phrase(found["topic"])
        lines = [f"You're right to bring up {topic}, and I'm listening."]
        own = said_phrase(found["own"])
        if _OWN_GRIEVANCE.search(own) and not re.search(r"\b(?:always|never|every|so|such)\b", own, re.I):
            lines += [f"Separately, it's been on my mind that {own}.", "Could we talk about that too, once we've sorted this?"]
        else:
            lines.append("What would help?")
        return lines, ACKNOWLEDGE
    found = _MINIMISED.search(text)
    if found:
        return [f"I can see this really matters to you, and I don't want to brush off {_the(said_phrase(found['what']))}.",
                "Can we talk about it?"], ACKNOWLEDGE
    found = _OWE_NO_ACCOUNT.search(text)
    if found:  # the age is the defiance; the one addressed ("Dad") is kept
        # compose() puts a found address first itself; "I'm 34 Dad" is missed by it, so it is put here
        name = f"{found['name'].capitalize()}, " if found["name"] and not getattr(msg, "address", None) else ""
        return [f"{name}I can see it upset you that {said_phrase(found['act'])}.", "I'm happy to talk it through."], ACKNOWLEDGE
    found = _NO_IDEA.search(text)
    if found:
        doing = said_phrase(found["doing"])
        return [f"{said_phrase(found['best'])}.", f"{doing[0].upper()}{doing[1:]} was really {found['how'].lower()}.",
                "I'd like to hear how it was for you too."], I_STATEMENT
    return None


def with_counter_residue(msg, chosen: tuple) -> tuple:
    """Only this module's answer when the message is one of its shapes (strategies.py)."""
    found = counter_residue_lines(msg)
    if not found:
        return chosen
    lines, strategy = found
    return (lambda m: [Candidate(compose(m, lines), strategy)],)
