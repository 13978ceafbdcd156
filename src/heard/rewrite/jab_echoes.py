"""Owns the jabs a finished rewrite copies word for word from the message into its "I" statement.

The I-statement frame keeps the situation as the message said it, and with it whatever sarcasm,
absolute or exasperation rode along: "…took so long to show up, only 40 mins late", "…shipped the
hotfix, really top-tier teamwork", "…left the milk out, just saying", "I told you a hundred times",
"when you made me look like an idiot", "Could you try not to be like this?", "every family dinner".
Read by the person receiving it, the copied jab is still the news. This pass runs after
judgment_words.without_judgment (strategies._tidied) and, only where the message itself said the jab:

- cuts a sarcastic tail (a mocking count of lateness, mock praise, "just saying") from its sentence;
- drops a sentence that is only exasperation ("I told you a hundred times.") or a character ask
  ("Could you try not to be like this?");
- says a loaded verb plainly ("swan in" → "turn up") and an absolute as the plain habit ("every
  family dinner" → "family dinners", "everything I cook" → "what I cook");
- turns "I felt embarrassed when you made me look like an idiot in front of X" into "I felt
  embarrassed by what happened in front of X": the feeling and the scene, without the verdict;
- turns a correction said with a jab ("the bins go out THURSDAY not whenever you feel like it"),
  which the feeling frame inverts ("I feel hurt when the bins go out Thursday"), into the fact and a
  shared ask;
- gives a lost pet or person "worried", not "frustrated".
"""

from __future__ import annotations

import re

from .inflect import plural

# Sarcastic tails, as the message says them and as the candidate keeps them (after a comma, so a plain
# "I was only 5 minutes late" or "I had a really great time" is never cut).
_LATE = (r"(?:only|just) (?:an?|\d+|one|two|three|four|five|ten|twenty|thirty|forty|fifty|a few|half an?) ?"
         r"(?:mins?|minutes?|hours?|hrs?|days?|weeks?)(?: late| later| after[^,.!?]*)")
_PRAISE = (r"(?:really|truly|real|absolutely|simply) (?:top-tier|top-notch|stellar|world-class|first-class|five-star|"
           r"outstanding|amazing|brilliant|excellent|fantastic|great|solid|stunning|genius)(?: [\w-]+){1,2}?")
_TAILS = tuple((re.compile(said, re.I), re.compile(kept, re.I)) for said, kept in (
    (r", ?" + _LATE, r", ?" + _LATE + r"(?=[\s,.!?]|$)"),
    (r", ?" + _PRAISE + r"(?=[\s,.!?]|$)", r", ?" + _PRAISE + r"(?=[\s,.!?]|$)"),
    (r"\bjust saying\b", r",? (?:just )?saying(?=\s*[,.!?]|\s*$)"),
))
# Exasperation said on its own: "I told you a hundred times!!"
_EXASPERATION = re.compile(r"\bI(?:'ve| have)? (?:told|asked|reminded) (?:you|u) (?:this )?(?:a hundred|a million|a thousand|"
                           r"hundreds of|thousands of|so many|countless|\d+|loads of|a dozen|fifty|twenty) times\b", re.I)
# A request to be a different person: "Could you try not to be like this?"
_CHARACTER_ASK = re.compile(r"^\s*(?:(?:could|can|would|will) you|please)(?: please)?(?: (?:just )?try)?(?: not to| to stop)? "
                            r"be(?:ing)? (?:like (?:this|that)|this way|that way|so \w+)\??\s*$", re.I)
_LIKE_THIS = re.compile(r"\bwhy (?:are|r) (?:you|u) (?:like this|like that|this way|so \w+)\b", re.I)
# Loaded verbs of arriving with a plain form.
_ARRIVE = tuple((re.compile(p, re.I), r) for p, r in (
    # "only": the complaint is that they come just then, not that they come at all
    (r"\b(?:just |only )?(?:swan|waltz|sail)(?:s|es)? in\b", "only turn up"),
    (r"\b(?:just |only )?(?:swanned|waltzed|sailed) in\b", "only turned up"),
    (r"\b(?:just |only )?(?:swanning|waltzing|sailing) in\b", "only turning up"),
))
# "when you made me look like an idiot": the verdict as the situation.
_MADE_ME = r"you made me (?:look|feel|seem) (?:like )?(?:such |a complete |a total )?(?:an idiot|a fool|an? \w*idiot|stupid|dumb|silly|a clown)"
_MADE_ME_SAID = re.compile(r"\b" + _MADE_ME + r"\b", re.I)
_FEEL_WHEN_MADE = re.compile(r"\b(?P<feel>I (?:felt|feel|was|got)(?: so| really)? \w+) when " + _MADE_ME + r"\b", re.I)
_WHEN_MADE_FEEL = re.compile(r"(?P<pre>^\s*(?:[A-Z][a-z]+, )?)when " + _MADE_ME +
                             r"(?P<where>[^,.!?]*), I (?:felt|feel|was|get|got)(?: really| so)? [\w ]+?(?P<end>[.!?])", re.I)
# Absolutes the message said, kept in the situation.
_EVERY_THING = re.compile(r"\beverything (?=(?:I|we) (?:\w+)\b)", re.I)
_TIME_NOUNS = {"time", "day", "week", "month", "year", "morning", "night", "evening", "weekend", "single", "other",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "now", "second", "minute",
               "hour", "one", "bit"}
_EVERY_NOUN = re.compile(r"\bevery (?P<mod>[a-z]+ )?(?P<noun>(?!(?:about|into|at|in|on|with|to|for|of|and|or|that|this|these|those|last|next|I|we|you|a|an|the|my|your|his|her|their|our)\b)[a-z]+)\b(?! (?:time|day|week|night|morning|this|last|so far)\b)", re.I)
# A correction said with a jab: "the bins go out THURSDAY not whenever you feel like it".
_CORRECTION = re.compile(r"(?:^|[,.;:!?]\s*)(?P<fact>[^,.;:!?]+?),? not whenever (?:you|u)\b", re.I)
_LOST = re.compile(r"\b(?:now|and) (?:\w+'s|\w+ is|she's|he's|it's|they're|she is|he is) (?:gone|missing|lost|run off|"
                   r"nowhere to be found)\b|\b(?:ran|run|got) (?:off|away|out)\b", re.I)


_NOT_HABITS = {"single", "last", "other", "few", "piece", "bit", "one", "little", "kind", "sort", "type", "part", "right",
               "chance", "reason", "opportunity", "bloody", "damn", "freaking", "flipping", "fricking", "goddamn",
               "possible", "darn"}


def _listeners_every(message: str, said: str) -> bool:
    """Whether the message says "every X" of what the listener does ("you turn every road trip into…"),
    not of the world ("prices went up in every city"): a "you" earlier in its clause."""
    for found in re.finditer(r"\b" + re.escape(said) + r"\b", message, re.I):
        if re.search(r"\b(?:you|u)\b[^,.!?;:]*$", message[:found.start()], re.I):
            return True
    return False


def _every(sentence: str, message: str) -> str:
    """"turn every family dinner into…" → "turn family dinners into…"; time phrases ("every week") stay."""
    def swap(m):
        mod, noun = (m["mod"] or ""), m["noun"]
        if not _listeners_every(message, m.group(0)) \
                or re.match(r"\s+(?:is|are|was|were|has|had|does|did|gets|got|of)\b", sentence[m.end():]):
            return m.group(0)  # only the listener's habit: "prices went up in every city" is a view, "every X is" a claim
        head, word = mod.strip().lower(), noun.lower()
        if head == "single" and word.rstrip("s") not in _TIME_NOUNS and word not in _NOT_HABITS \
                and not word.endswith("ing") and re.match(r"\s*(?:$|[,.!?;:]|(?:on|in|at|of|to|for|from|with|about|I|we|you|"
                                                         r"that|this|he|she|they|all|this|last|since)\b)", sentence[m.end():]):
            return f"the {plural(noun)}"  # "you've missed every single foul on our number 7" → "the fouls on…"
        if word.rstrip("s") in _TIME_NOUNS or head in _TIME_NOUNS or head in _NOT_HABITS \
                or word in _NOT_HABITS or not mod and word == "thing" \
                or re.fullmatch(r"\d+|two|three|four|five|ten|twenty|thirty|few|couple", head):
            return m.group(0)  # "every week", "every ten minutes", "every piece of", "every right to be annoyed"
        if not mod and noun[0].isupper():  # "every Diwali", "every Christmas": one feast, not "Diwalis"
            return noun if re.search(r"\b(?:at|on|in|for|during|over)\s+$", sentence[:m.start()], re.I) else f"at {noun}"
        the = "the " if re.match(r"\s+(?:I|we|you)\s+\w+", sentence[m.end():]) else ""  # "the messages I sent"
        return f"{the}{mod}{plural(noun)}"
    sentence = _EVERY_NOUN.sub(swap, sentence)
    return re.sub(r"(\b(?:you|u)\b[^,.!?;:]*?)\beverything (?=(?:I|we) \w+\b)", r"\1what ", sentence, flags=re.I)


def _fact_with_ask(message: str) -> str:
    """"…, the bins go out THURSDAY not whenever you feel like it" → "The bins go out on Thursday. Could we stick
    to that?": the correction kept as the fact it states, the jab gone, and one shared ask."""
    found = _CORRECTION.search(message)
    if not found:
        return ""
    fact = found["fact"].strip()
    fact = re.sub(r"^(?:seriously|honestly|look|ok(?:ay)?|literally|like|and|so|but)\s+", "", fact, flags=re.I)
    if len(fact.split()) < 3 or re.search(r"\b(?:you|u|your)\b", fact, re.I):
        return ""  # "you do it not whenever…" is about the listener's act: no fact to keep
    days = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|" \
           r"august|september|october|november|december"
    fact = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group(0).capitalize() if re.fullmatch(days, m.group(0), re.I)
                  else m.group(0).lower(), fact)
    return fact[0].upper() + fact[1:] + ". Could we stick to that?"


_LATE_SAID = re.compile(r", ?(?:only|just) (?P<span>(?:an?|\d+|one|two|three|four|five|ten|twenty|thirty|forty|fifty|a few|"
                        r"half an?) ?(?:mins?|minutes?|hours?|hrs?|days?|weeks?)) (?P<how>late|later)\b", re.I)
_WHEN_ACT = re.compile(r"\bwhen you (?:finally )?(?P<verb>[a-z]+ed|came|got|showed|turned|rang|wrote|went)\b", re.I)


def _base(verb: str) -> str:
    """"picked" → "pick", "replied" → "reply", "arrived" → "arrive": the plain verb of a past form."""
    from . import inflect
    irregular = inflect.base_of(verb)
    if irregular != verb:
        return irregular
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    stem = verb[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "stopped" → "stop"
    return verb[:-1] if re.search(r"(?:[vcgzu]|[^aeiou][aeiou]s)$", stem) else stem


def _with_lateness(body: str, message: str) -> str:
    """"…when you picked me up" after cutting ", only an hour late": the lateness was the complaint, so it
    is said plainly: "when you were an hour late picking me up", "when you took two days to text back"."""
    from . import inflect
    said = _LATE_SAID.search(message)
    if not said or re.search(r"\b(?:late|later|long|wait(?:ed|ing)?)\b", body, re.I):
        return body
    found = _WHEN_ACT.search(body)
    if not found:
        return body
    verb = _base(found["verb"].lower())
    span = said["span"]
    said_as = f"were {span} late {inflect.gerund(verb)}" if said["how"].lower() == "late" else f"took {span} to {verb}"
    return body[:found.start()] + "when you " + said_as + body[found.end():]


# "…made me look like an idiot in front of the whole team by correcting my numbers in standup instead of just
# messaging me": the "by" names what was done, which is the act to say ("when you corrected my numbers…").
_BY_DOING = re.compile(r"\bby what happened(?P<where> (?:in front of|at|in) [^,.!?]*?) by (?P<verb>[a-z]+ing)\b"
                       r"(?P<rest>[^,.!?]*?)(?P<instead> instead of [^,.!?]*)?(?=[,.!?]|$)", re.I)


def _done_by(m: re.Match) -> str:
    from .inflect import base_of_gerund, past
    return f"when you {past(base_of_gerund(m['verb'].lower()))}{m['rest']}{m['where']}{m['instead'] or ''}"


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^.!?]+[.!?]*\s*", text) if s.strip()]


def without_jab_echoes(message: str, text: str) -> str:
    """`text` without the jabs it copied from `message` (see the docstring); "" when nothing fit is left."""
    if not text:
        return text
    if re.search(r"\bnot whenever (?:you|u)\b", message, re.I) and re.search(r"\bwhenever (?:you|u)\b", text, re.I):
        return _fact_with_ask(message)  # the feeling frame inverts a correction: say the fact instead
    kept, asked_character = [], False
    for sentence in _sentences(text):
        end_space = sentence[len(sentence.rstrip()):]
        body = sentence.rstrip()
        if _EXASPERATION.search(body) and _EXASPERATION.search(message):
            continue  # "I told you a hundred times.": only the exasperation
        if _CHARACTER_ASK.match(body) and _LIKE_THIS.search(message):
            asked_character = True
            continue  # "Could you try not to be like this?": a person, not an act, asked to change
        for said, kept_as in _TAILS:
            if said.search(message):
                body = kept_as.sub("", body)
        body = _with_lateness(body, message)
        for pattern, plain in _ARRIVE:
            if pattern.search(message):
                body = pattern.sub(plain, body)
        if re.search(r"\bevery(?:thing)?\b", message, re.I):
            body = _every(body, message)
        if _MADE_ME_SAID.search(message):
            body = _WHEN_MADE_FEEL.sub(lambda m: f"{m['pre']}I felt embarrassed by what happened{m['where']}{m['end']}", body)
            body = _FEEL_WHEN_MADE.sub(lambda m: f"{m['feel']} by what happened", body)
            body = _BY_DOING.sub(_done_by, body)
            if _MADE_ME_SAID.search(body):
                return ""  # the verdict still carries the sentence: no rewrite beats this one
        # "When I talk about work and I'm talking and it doesn't seem…": one clause said twice
        body = re.sub(r"(\bwhen I (?:talk|speak|tell you)\b[^,.!?]*?) and I'm (?:talking|speaking|telling you)\b", r"\1",
                      body, flags=re.I)
        if _LOST.search(message):
            body = re.sub(r"\bfrustrating\b", "worrying", body)
            body = re.sub(r"\b(?:frustrated|annoyed|let down)\b", "worried", body)
        if body[:1].islower() and not kept:
            body = body[0].upper() + body[1:]
        kept.append(body + (end_space or " "))
    out = "".join(kept).strip()
    out = re.sub(r"\s+([,.!?])", r"\1", out)
    if asked_character and out and "?" not in out:
        out += " Can we talk about it?"  # the character ask gone, the message still asks for something
    return out if re.search(r"[A-Za-z]", out) else ""
