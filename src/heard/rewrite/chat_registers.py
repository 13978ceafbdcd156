"""Owns two last touches on a rewrite: a closing in the message's own setting, and the name and
amount the strategies dropped.

- Register. The generic closings (closings.py) are a couple's: "Can we find a way that works for
  both of us?", "I'd like us to talk about it, when you're ready." In a work chat (a build, a PR, a
  standup, a client) or a team or gaming chat (a raid, ranked, the squad, the coach) they read as
  therapy. There the closing becomes what a colleague or team-mate would say: look at it together,
  go over it before the next game, let us know if you'll be late. A message with home or partner
  words (babe, the kids, dinner) keeps the warm closing, and so does a serious hurt.
- Names. "seriously Dan?? you…", "…, Aunt Carol.", "…, Marco, you just…": a name set off by
  punctuation, after an interjection or with a title, that address.py does not read. Dropped, the
  rewrite no longer speaks to anyone; it opens the rewrite again ("Dan, …").
- Amounts. "$300 gone." said on its own is the point of the complaint; a rewrite that drops it
  keeps it as "That's $300 gone." after its first sentence.
"""

from __future__ import annotations

import re

from .feelings import serious
from .own_requests import sentences_of
from .scene_blame import EPITHETS

# Closings that belong to a couple's talk: swapped for any work or team closing. A plain "Can we talk
# about it?" reads fine at work too, so it gives way only to a closing that says more (let us know if
# you'll be late, take a look at what broke).
_THERAPY = {"Can we find a way that works for both of us?", "I'd like us to talk about it, when you're ready.",
            "Can we find a way to talk that works for both of us?"}
_PLAIN = {"Can we talk about it?", "Could we talk about it?", "Can we talk about it together?",
          "Can we talk about what happened?", "Can we talk about it when you've got a minute?",
          "Could we work on this together?"}
_WORK = re.compile(r"\b(?:build|builds|deploy\w*|merge[ds]?|merging|PRs?|pull requests?|stand-?ups?|sprints?|"
                   r"meetings?|deadlines?|clients?|customers?|(?<!not my )(?<!not your )boss|manager|(?:your|my|the|a|night|day|late|early) shifts?|rota|"
                   r"code review|release|prod|on-?call|the office|slack|colleagues?|the slides|the deck|jira|repo|"
                   r"suppliers?|spec|sign-?off|timeline|audit|payroll|tracker|invoices?|head office)\b", re.I)
_TEAM = re.compile(r"\b(?:raids?|ranked|squad|lobby|team-?mates?|coach|refs?|referee|scrims?|match(?:es)?|"
                   r"tournament|respawn\w*|lag(?:gy)?|aggro|healer|the pitch|"
                   r"pass(?:ed)? the ball|training|kick-?off|(?:lost|won|threw) (?:the|that|this|our) (?:game|run))\b", re.I)
_HOME = re.compile(r"\b(?:babe|baby|honey|hun|sweetie|sweetheart|darling|mum|mom|dad|the kids|our (?:son|daughter|kids)|"
                   r"anniversary|date night|dinner|wife|husband|boyfriend|girlfriend|at home|the dishes|the house|your ex|my ex|"
                   r"bathroom|kitchen|house-?mates?|flat-?mates?|the flat|landlord|the rent)\b", re.I)
# Lateness, not any showing up: "showing up without your whites" is about the kit.
_LATE = re.compile(r"\b(?:late(?! (?:with|on|for (?:the|a|your|my) (?:deadline|report|payment)))|no-?show|"
                   r"(?:show|turn)(?:ed|ing|s)? up\b[^.!?]*?\b(?:at \d|\d+ ?(?:mins?|minutes|hours?)\b))", re.I)
# Work where something is broken and can be looked at: "take a look" fits a build, not a missed shift.
_FIXABLE = re.compile(r"\b(?:build|deploy\w*|merge[ds]?|merging|PRs?|pull requests?|bug\w*|broke\w*|release|prod|tests?|"
                      r"code|repo|pipeline|server|site|app|config|spreadsheet|report|numbers)\b", re.I)
# A hurt named (embarrassed in front of the boss, talked over in meetings) still wants a talk, even at work:
# only the couple's wording of it goes ("Could we talk about it?" stays plain).
_HURT = re.compile(r"\b(?:hurt\w*|embarrass\w*|humiliat\w*|unheard|left out|attacked|judged|belittled|mocked|"
                   r"undermined|interrupted|talked over|disrespected)\b", re.I)
_PLAIN_TALK = {"Can we talk about it?", "Could we talk about it?"}
# Something broken that the listener can look at: "take a look" fits a failed build, not comments on a PR.
_BROKEN = re.compile(r"\b(?:broke|broken|breaks|failed|failing|fails|crash\w*|went down|is down|red)\b", re.I)


def setting(text: str) -> str | None:
    """"work", "team" or None (home, or no cue): the setting the message's own words put it in."""
    if _HOME.search(text):
        return None
    if _TEAM.search(text):
        return "team"
    return "work" if _WORK.search(text) else None


def fit_register(msg, text: str) -> str:
    """`text` with a couple's closing swapped for one that fits a work or team chat."""
    where = setting(msg.text)
    parts = sentences_of(text)
    if where is None or len(parts) < 2 or parts[-1] not in _THERAPY | _PLAIN or serious(msg.text):
        return text
    head = text[:text.rstrip().rfind(parts[-1])].rstrip()
    if re.search(r"\bI(?:'d| would) like\b|\btalk about\b", head):  # the wish is said already
        return text
    if _HURT.search(head):
        return text if parts[-1] in _PLAIN_TALK else f"{head} Could we talk about it?"
    if _LATE.search(head) and re.search(r"\byou\b", head) and not re.search(r"\blet (?:me|us) know\b", head, re.I):
        options = ["Could you let us know if you're running late?", "Could you give us a heads-up if you'll be late?"]
    elif where == "work" and _FIXABLE.search(msg.text) and _BROKEN.search(head):  # something broken to look at
        options = ["Could we look at it together?", "Can you take a look when you get a sec?"]
    elif parts[-1] in _PLAIN:
        return text  # nothing more specific to say than the plain closing already does
    elif where == "work":
        options = ["Could we go over it together?", "Can we go over it when you get a sec?"]
    else:
        game = re.search(r"\b(raid|match|game|run|scrim)\b", msg.text, re.I)
        nxt = {"raid": "run", "scrim": "scrim"}.get(game.group(1).lower(), game.group(1).lower()) if game else None
        options = [f"Can we go over what went wrong before the next {nxt}?", f"Could we talk it over before the next {nxt}?"] \
            if nxt else ["Could we go over it together?"]  # no game named: none invented
    return f"{head} {msg.pick(options, 'register')}"


# Titles that make a capitalised word after them a name said to someone: "Aunt Carol", "Mr Patel".
_TITLES = r"(?:Aunt(?:ie)?|Uncle|Auntie|Coach|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Grandad|Granddad|Grandpa|Grandma|Nan|Nana|Gran|Cousin|Sir)"
_BARE_TITLES = r"(?:Coach|Grandad|Granddad|Grandpa|Grandma|Nan|Nana|Gran|Aunt(?:ie)?|Uncle)"  # said alone as a name
_NAME = rf"(?:{_TITLES} [A-Z][a-z'-]+|{_BARE_TITLES}|[A-Z][a-z'-]{{1,20}})"
_OPENERS = r"(?:seriously|honestly|omg|oh my god|ugh|wow|ok|okay|so|um|erm|look|listen|dude|jeez|hey|oh|lol|smh)"
# "seriously Dan?? you…", "ugh, Aunt Carol! you…": an interjection, the name, punctuation, then "you".
_FRONT = re.compile(rf"^\s*(?:(?P<opener>{_OPENERS})[,.!?]*\s+)?(?P<name>{_NAME})\s*(?:[,!?.]+|\.\.\.)\s*(?:you|your|you're|u|ur)\b", re.I)
# "…, Aunt Carol." at the end of a sentence; a bare name there is address.py's, a title makes it a name said to someone.
_END = re.compile(rf",\s+(?P<name>{_TITLES} [A-Z][a-z'-]+|{_BARE_TITLES})\s*(?:[.!?]+|$)")
# "You're so selfish with the car, Marco, you just…": a name set off by commas before "you".
_MID = re.compile(rf"\b(?i:you|your|you're)\b[^.!?]*?,\s+(?P<name>{_NAME}),\s+(?i:you|your|you're|u|ur)\b")
_NOT_NAMES = {"I", "You", "We", "They", "He", "She", "It", "And", "But", "So", "Seriously", "Honestly", "Thanks",
              "Really", "Again", "Typical", "Classic", "Great", "Wow", "Well", "Yes", "No", "Ok", "Okay", "Sorry", "Please"}


def dropped_name(msg) -> str | None:
    """A name the message is said to, set off by punctuation, that address.py did not read."""
    if msg.address:
        return None
    for pattern in (_FRONT, _END, _MID):
        found = pattern.search(msg.text)
        if found:
            name = found.group("name")
            name = name[:1].upper() + name[1:]
            if name.lower() in EPITHETS or name.split()[-1].lower() in EPITHETS:
                continue  # "Einstein", "Sunshine": a jab, and message.py keeps it out on purpose
            if not re.match(_TITLES, name):
                if not any(t.text == name and t.pos_ == "PROPN" for t in msg.doc):
                    continue  # "Brilliant!! you…": a sarcastic word, not a name, unless the parser reads a name
                if pattern is _FRONT and not found.group("opener") and re.match(rf"^\s*{name}\s*,", msg.text):
                    continue  # "Brilliant, you…": a bare name and comma is address.py's to read
            if name.split()[0] not in _NOT_NAMES and name.split()[0].lower() not in _OPENERS:
                return name
    return None


def with_name(msg, text: str) -> str:
    """`text` opened with the name it dropped ("Dan, when you left the gate open…")."""
    name = dropped_name(msg)
    if not name or not text or re.search(rf"\b{re.escape(name)}\b", text):
        return text
    first = re.split(r"[\s']", text, maxsplit=1)[0]
    keep_case = first == "I" or first[:1].isupper() and any(t.text == first and t.pos_ == "PROPN" for t in msg.doc)
    return f"{name}, {text if keep_case else text[:1].lower() + text[1:]}"


# "$300 gone.", "£500 down the drain.", "300 quid wasted.": an amount said on its own, the cost of it all.
_AMOUNT = r"(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?k?|\d[\d,]*(?:\.\d\d)?\s?(?:quid|bucks|dollars|euros|pounds|grand))"
_COST = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<cost>{_AMOUNT}\s+(?:gone|lost|wasted|down the drain|out the window|"
                   rf"down the toilet|for nothing))\s*(?:[.!]+|$)", re.I)


def with_amount(msg, text: str) -> str:
    """`text` with the amount the message names on its own kept after its first sentence."""
    found = _COST.search(msg.text)
    if not found or not text:
        return text
    cost = found.group("cost")
    amount = re.match(_AMOUNT, cost, re.I).group(0)
    if re.search(rf"(?:^|[.!?]\s+){re.escape(cost)}\b", text, re.I):  # kept bare: "…, I felt let down. $60 wasted."
        return re.sub(rf"(^|[.!?]\s+){re.escape(cost)}\b", lambda m: f"{m.group(1)}That's {cost}", text, count=1, flags=re.I)
    if amount.lower() in text.lower():
        return text
    parts = sentences_of(text)
    return " ".join([parts[0], f"That's {cost}."] + parts[1:])


# The acknowledgements written for a partner ("I can see this really upset you."): at work, said to a colleague,
# a reader of held-out sets 28 and 29 graded them "a therapy opener on a work thread".
_UPSET_OPENER = re.compile(r"^(?P<lead>(?:[A-Z][\w@'-]*, )?)(?:I can hear that you're upset(?: with me)?|I hear how upset you are|"
                           r"I can see this really upset you|It makes sense that you're upset|I can see you're upset)\. ")


def work_opener(msg, text: str) -> str:
    """`text` with a partner's acknowledgement said as a colleague says it, in a work chat."""
    found = _UPSET_OPENER.match(text)
    if not found or setting(msg.text) != "work" or serious(msg.text) or _HURT.search(msg.text):
        return text
    line = msg.pick(["I can see why this is frustrating.", "I understand the concern."], "work opener")
    return f"{found.group('lead')}{line} {text[found.end():]}"  # both lines open with "I": after a name, as they are


def kept_details(msg, text: str) -> str:
    """The rewrite in the message's setting, with the name and amount it dropped put back."""
    return with_name(msg, with_amount(msg, work_opener(msg, fit_register(msg, text))))
