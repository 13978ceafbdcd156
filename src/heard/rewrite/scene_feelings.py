"""Owns the feeling a few everyday scenes call for, where topic words in the tally point elsewhere.

feelings.adjust asks `scene_feeling(text)` after its own situation readings; a feeling the speaker
names outweighs it. The scenes (each a reading the topic words get wrong):

- Ditched, abandoned, left stranded somewhere ("ditching me at the bar at midnight", "left me alone
  at the club"): being let down by a friend hurts; "midnight" and "bar" (drink) alone read "worried".
- A neighbour's pet, children or builders doing damage again ("your dog dug under our fence", "your
  kids kicked their ball into our garden"): a repeated hassle, "frustrated", not "hurt". A pet or
  child in danger stays "worried" (fitting_asks runs first).
- Lectured, preached at, talked down to ("turn every chat about money into a lecture"): frustration;
  "money" alone reads "worried".
- Volunteered or signed up without being asked ("volunteered me for the on-call"): the speaker was
  put on the spot, not left out of a plan: read as "frustrated", and said "put on the spot" in the
  rewrite (with_scene_details), as heard has no such feeling of its own.
- A team-mate playing badly in a game ("who taught you to play support", "stop feeding"): "support"
  and "sit" are no taking sides; frustration.
"""

from __future__ import annotations

import re

from .fitting_asks import fitting_feeling

_ABANDONED = re.compile(
    r"\b(?:ditch(?:ed|es|ing)?|abandon(?:ed|s|ing)?|strand(?:ed|s|ing)?|dump(?:ed|ing)?|desert(?:ed|ing)?)"
    r" (?:me|us)\b(?! (?:for|because)\b)"
    r"|\b(?:left|leave|leaving|leaves) (?:me|us) (?:alone|on my own|on our own|by myself|stranded|standing)\b"
    r"(?=[^.!?]{0,30}\b(?:at|in|outside)\b)"
    r"|\bbail(?:ed|s|ing)? on (?:me|us)\b|\bst(?:oo|an)d(?:s|ing)? (?:me|us) up\b", re.I)
_NEIGHBOUR_DAMAGE = re.compile(
    r"\byour (?:dog|dogs|cat|cats|puppy|pets?|kids|children|son|daughter|boys|builders|tree|hedge|chickens|rabbits?)\b"
    r"[^.!?]{0,40}?\b(?:dug|dig|digs|digging|kick(?:ed|s|ing)?|trampl\w*|poo(?:ed|s|ing|ped|ping)?|foul\w*|"
    r"smash\w*|scratch\w*|chew\w*|climb\w*|knock\w* (?:over|down)|broke|break\w*|wee(?:d|s|ing)?|pee(?:d|s|ing)?|"
    r"overhang\w*|block\w*|throw\w*|threw|ruin\w*|wreck\w*|damag\w*)\b"
    r"[^.!?]{0,50}?\b(?:fence|garden|yard|lawn|flower ?beds?|beds|plants|veg\w*|car|drive(?:way)?|wall|gate|"
    r"shed|bins?|roses|grass|path|porch|windows?)\b", re.I)
_LECTURED = re.compile(r"\blectur\w*|\bpreach\w*|\bsermon\w*|\btalk(?:s|ed|ing)? down to\b|\bpatroni[sz]\w*"
                       r"|\bcondescend\w*|\bmansplain\w*", re.I)
_VOLUNTEERED = re.compile(
    r"\b(?:volunteer(?:ed|s|ing)?|nominat(?:ed|es|ing)) (?:me|us)\b|\bsign(?:ed|s|ing)? (?:me|us) up\b"
    r"|\bput (?:me|us|my name|our names) down (?:for|to)\b|\brop(?:ed|es|ing) (?:me|us) in\b"
    r"|\boffer(?:ed|s|ing)? (?:me|us) up\b|\bcommitt(?:ed|ing) (?:me|us) to\b", re.I)
_GAME = re.compile(
    r"\b(?:play(?:s|ed|ing)?|main(?:s|ing)?|maining) (?:support|tank|healer|jungle|mid|top|adc|carry|sniper|"
    r"goalie|keeper|defen[cs]e)\b|\bfeed(?:s|ing)?\b(?! (?:the|my|our|your|him|her|them|it|us|me)\b)|\bthrow(?:s|ing)? "
    r"(?:the|every|our) (?:game|match|round)s?\b|\b(?:noob|n00b|bot|potato|trash) (?:teammate|player|support|"
    r"healer|tank)\b|\b(?:respawn|ranked|elo|mmr|k/d|aggro)\b", re.I)


def scene_feeling(text: str) -> str | None:
    """The feeling one of the scenes above calls for, else None."""
    if fitting_feeling(text) == "worried":  # a pet or child nearly hurt or lost: fear wins
        return None
    if _ABANDONED.search(text):
        return "hurt"
    if _NEIGHBOUR_DAMAGE.search(text):
        return "frustrated"
    if _VOLUNTEERED.search(text):
        return "frustrated"
    if _LECTURED.search(text):
        return "frustrated"
    if _GAME.search(text):
        return "frustrated"
    return None


# Details a rewrite drops: the occasion an act was for, how long the silence lasted.
# "grandma's 80th", "mum's 60th", "dad's retirement party", "my birthday", "our anniversary".
_OCCASION = re.compile(
    r"\b((?:my|our|your|his|her|their|[A-Za-z]+'s) (?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|anniversary|retirement"
    r"|wedding|graduation|christening|leaving do|hen do|stag do|baby shower|engagement)"
    r"(?: (?:party|do|dinner|meal|present|gift|collection))?)\b", re.I)
_NOT_GIVEN = re.compile(r"\b(?:you |u )(?:didn't|did not|couldn't|could not|wouldn't|would not|won't|never)"
                        r" (?:even )?[a-z][^.!?,;]*", re.I)
_SILENCE = re.compile(r"\b(?:went|gone|go|goes|going) (?:silent|quiet|dark|awol|mia|missing)\b|\bignor(?:ed|ing) (?:me|us)\b"
                      r"|\bdisappear(?:ed|s)?\b|\bvanish(?:ed|es)?\b|\bghost(?:ed|ing) (?:me|us)\b|\bradio silence\b"
                      r"|\bheard nothing\b|\bnot (?:a )?(?:word|peep|reply|text)\b", re.I)
_DURATION = re.compile(r"\bfor (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|a couple of|"
                       r"nearly|almost|over|like) )*(?:whole )?(?:hours?|days?|weeks?|months?|weekend|evening|night)\b"
                       r"|\ball (?:day|night|weekend|week|evening)\b", re.I)


def _missing(phrase: str, text: str) -> bool:
    """Whether the rewrite lacks the phrase's key word ("80th", "birthday", "days")."""
    key = phrase.split()[-1] if not re.search(r"\d", phrase) else re.search(r"\d+\w*", phrase).group(0)
    return key.lower() not in text.lower()


def with_scene_details(msg, text: str) -> str:
    """`text` with the occasion or the length of a silence it dropped put back: "I felt hurt when you
    didn't chip in £20 for grandma's 80th"; "I felt let down when I didn't hear from you for three days".
    Only where the rewrite has the slot the detail belongs to; otherwise `text` unchanged."""
    if not text:
        return text
    source = msg.text
    occasion = _OCCASION.search(source)
    if occasion and _missing(occasion.group(1), text):
        phrase = occasion.group(1)
        phrase = phrase[0].lower() + phrase[1:] if not re.match(r"[A-Z][a-z]+'s", phrase) or \
            re.match(r"(?:Grand)?(?:ma|pa|mum|mom|dad|nan|gran)\w*'s", phrase) else phrase
        given = _NOT_GIVEN.search(text)
        if given and _NOT_GIVEN.search(source):  # the act not done for it: "didn't chip in £20 for grandma's 80th"
            text = text[:given.end()] + f" for {phrase}" + text[given.end():]
        elif re.search(r"\b(?:my|our)\b", phrase, re.I) and "spend some time together" in text:
            text = text.replace("spend some time together", f"spend some time together on {phrase}", 1)
        if occasion and re.search(r"\bselfish\b", source, re.I) and not re.match(r"(?:my|our)\b", phrase, re.I):
            # the act let someone else down (grandma): the speaker's own needs are not the point
            text = re.sub(r"\s*I'd like (?:my needs|what I need) to count too\.", "", text)
            if not text.rstrip().endswith("?"):
                text = text.rstrip() + " Can we talk about it?"
    if _VOLUNTEERED.search(source):  # signed up unasked: "put on the spot" says it better than "frustrated"
        text = re.sub(r"\b(?:I (?:felt|was|was really) frustrated|It was frustrating for me) when\b",
                      "I felt put on the spot when", text, count=1)
        text = re.sub(r", I felt frustrated\.", ", I felt put on the spot.", text, count=1)
    duration = _DURATION.search(source)
    if duration and _SILENCE.search(source) and _missing(duration.group(0), text):
        text = text.replace("when it didn't happen", f"when I didn't hear from you {duration.group(0).lower()}", 1)
    return text
