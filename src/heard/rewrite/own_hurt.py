"""The speaker's own hurt said sideways, in a whole short message, and the plain "I" statement for it.

- discounted: "I guess my opinion doesn't count then", "I suppose my feelings don't matter in this
  house", "obviously my plans don't matter", "I guess I don't matter to you", "clearly I'm not important"
  → the speaker's own need: "I'd like my opinion to count here too. Can we talk it through?";
- waiting: "guess I'll just wait here forever", "don't rush, I've only been waiting an hour" → "I've
  been waiting a while, and I'm getting frustrated. When do you think you'll be ready?";
- a half-apology taken back ("sorry it hurt, wasn't my intention tho", "sorry if that upset you, just
  saying what I think") → the apology whole, the intent said as such, and a wish to understand;
- envy of being included or of a rest: "must be nice to be asked", "must be nice to have a night off" →
  "I'd really like to be asked too" ("must be nice to A and never have to B", the listener's act, is deadpan.py's);
- reduced to a service: "guess I'm just the taxi driver around here" → taken for granted, said as such;
- overlooked: "don't mind me, I only live here", "I guess I'm not invited then", "it's fine, I'm used to
  it", "forget I said anything", "Sorry I even asked.", "fine, whatever you want";
- the martyr with a task ("fine, I'll sort it out myself") and the brave face with no one leaving
  ("don't worry about me, I'll manage"), where guilt.py's "spend some time together" names a want the
  message doesn't have.

victimhood.py reads "nobody cares / nobody asks" and guilt.py the guilt trip aimed at the listener; this
module reads only a message that is, whole, one of the lines above (strategies.py then uses no other
reading: an apology or "I can see this upset you" would answer the wrong person). Nothing sarcastic,
martyred or self-pitying is kept, and nothing the message doesn't name is added.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, RESPONSIBILITY, Candidate

# Openers and tails that carry only the sigh: "well", "fine", "ok", "then", "I guess", "as usual".
_LEAD = r"^(?:(?:well|oh|ok|okay|fine|right|yeah|sure|so|lol|ah|wow|hmm+|no|alright)\b[\s,.!]*)*"
_TAIL = (r"(?:[\s,.!]*(?:then|i\s+guess|i\s+suppose|as\s+usual|as\s+always|like\s+always|again|anyway|anyways|lol|"
         r"apparently|clearly|obviously|huh|eh|by\s+now|now|for\s+once|tho|though|either))*[\s.!?]*$")
_SIGH = r"(?:(?:I\s+)?(?:guess|suppose|see)\s+|clearly\s+|obviously\s+|apparently\s+|so\s+|and\s+|but\s+)*"

# -- discounted ---------------------------------------------------------------------------------------
_MINE = re.compile(_LEAD + _SIGH + r"(?P<what>my\s+(?:\w+\s+)?\w+|what\s+I\s+(?:think|want|feel|need|say))\s+"
                   r"(?:doesn't|don't|does\s+not|do\s+not|doesnt|dont)\s+(?:even\s+)?(?:really\s+)?(?P<verb>count|matter)"
                   r"(?P<where>\s+(?:in\s+this\s+(?:house|family|home|team|relationship)|here|to\s+you|this\s+year|"
                   r"anymore|any\s+more))*" + _TAIL, re.I)
_ME = re.compile(_LEAD + _SIGH + r"(?:I\s+(?:don't|do\s+not|dont)\s+(?:even\s+)?matter|I'm\s+not\s+(?:very\s+|that\s+)?important)"
                 r"(?:\s+to\s+you)?(?:\s+enough\s+to\s+(?P<want>\w+)(?P<prt>\s+(?:back|up|over|in))?)?" + _TAIL, re.I)
# Things said to count that are a say in something: asked for "too", beside the others'.
_VIEWS = {"opinion", "opinions", "view", "views", "feelings", "say", "vote", "voice", "input", "thoughts", "wishes"}

# -- waiting --------------------------------------------------------------------------------------------
_WAIT = re.compile(_LEAD + _SIGH + r"(?:I'll\s+(?:just\s+)?(?:keep\s+)?(?:wait(?:ing)?|sit\s+here\s+and\s+wait)"
                   r"(?:\s+here)?(?:\s+(?:forever|all\s+(?:day|night)|then))*"
                   r"|(?:(?:don't|dont)\s+rush[\s,.!]+|take\s+your\s+time[\s,.!]+)?I've\s+only\s+been\s+waiting"
                   r"(?P<long>\s+(?:for\s+)?(?:an?|one|two|three|half|\d+|twenty|thirty|forty|fifty|ten|fifteen)"
                   r"\s+[\w ]*?(?:minutes?|mins?|hours?|hrs?|days?|weeks?))?)" + _TAIL, re.I)

# -- a half-apology taken back ------------------------------------------------------------------------------
_SORRY = re.compile(r"^\W*(?:(?:I'm|I\s+am|im)\s+)?(?:so\s+|really\s+)?sorry\s+(?:if\s+|that\s+)?"
                    r"(?P<what>(?:it|that|this|what\s+I\s+said)\s+(?:hurt|upset)(?:\s+you)?|I\s+(?:hurt|upset)\s+you"
                    r"|I\s+was\s+late|I'm\s+late)"
                    r"[\s,.;]+(?:but\s+)?(?P<back>.+?)" + r"[\s,.!]*(?:tho|though|just\s+saying)?[\s.!]*$", re.I)
_MEANT = re.compile(r"^(?:it\s+|that\s+)?(?:wasn't|was\s+not|wasnt|isn't)\s+my\s+intention$|"
                    r"^I\s+(?:didn't|did\s+not|didnt)\s+mean\s+(?:it|to|to\s+hurt\s+you|anything\s+by\s+it)$|"
                    r"^(?:it's|that's|that\s+was|it\s+was)\s+not\s+what\s+I\s+meant$|^(?:I\s+)?(?:wasn't|was\s+not|wasnt)\s+trying\s+to"
                    r"(?:\s+hurt\s+you|\s+upset\s+you)?$", re.I)
_SAYING = re.compile(r"^(?:I\s+was\s+|I'm\s+)?just\s+(?P<how>saying|being\s+honest|telling\s+you)(?:\s+(?P<what>what\s+I\s+(?:think|"
                     r"thought|feel|felt|saw)|the\s+truth|how\s+I\s+(?:see|saw|feel|felt)\s+it))?$", re.I)
_EXCUSE = re.compile(r"^(?:just\s+saying\s+|I'm\s+just\s+saying\s+)(?P<fact>the\s+\w+(?:\s+\w+)?\s+(?:was|were|is)\s+[\w ]+)$",
                     re.I)

# -- envy of being included -----------------------------------------------------------------------------------
_NICE = re.compile(_LEAD + r"(?:it\s+)?must\s+be\s+nice\s+to\s+(?P<x>be\s+(?:asked|invited|included|consulted|told|listened\s+to|"
                   r"heard|thanked|noticed)|(?:get|have)\s+a\s+say(?:\s+in\s+(?:things|anything|it|this))?"
                   # rest envied: "must be nice to have a night off", "…to get a lie-in" (a break the speaker needs too)
                   r"|(?P<rest>(?:get|have)\s+(?:a|an)\s+(?:(?:day|night|evening|morning|weekend|afternoon)\s+off|lie-in|lie\s+in|"
                   r"break|rest|nap))(?:\s+(?:today|tonight|this\s+weekend))?)" + _TAIL, re.I)
# Reduced to a service: "guess I'm just the taxi driver around here", "I'm only the maid in this house".
_ROLE = re.compile(_LEAD + _SIGH + r"I'm\s+(?:just|only)\s+(?:the|your)\s+(?P<role>(?:\w+\s+)?(?:driver|maid|cook|cleaner|chauffeur|"
                   r"babysitter|nanny|servant|secretary|cash\s+machine|atm|bank|taxi|butler|skivvy|slave|help))"
                   r"(?P<where>\s+(?:around\s+here|round\s+here|here|in\s+this\s+(?:house|family|place)))?" + _TAIL, re.I)

# -- overlooked ---------------------------------------------------------------------------------------------------
_ONLY_LIVE = re.compile(_LEAD + r"(?:(?:don't|dont|never)\s+mind\s+me[\s,.!]+)?I\s+(?:only|just)\s+live\s+here(?:\s+too)?" + _TAIL, re.I)
_MIND_ME = re.compile(_LEAD + r"(?:don't|dont|never)\s+mind\s+me[\s,.!]+I'm\s+(?:only|just)\s+(?:your|the)\s+\w+" + _TAIL, re.I)
_NOT_INVITED = re.compile(_LEAD + _SIGH + r"I'm\s+not\s+(?:even\s+)?(?P<how>invited|included|wanted|welcome|needed)"
                          r"(?:\s+(?:here|anymore|either))?" + _TAIL, re.I)
_USED_TO = re.compile(_LEAD + r"(?:it's\s+fine[\s,.!]+|whatever[\s,.!]+|doesn't\s+matter[\s,.!]+)*I'm\s+used\s+to\s+it" + _TAIL, re.I)
_FORGET = re.compile(_LEAD + r"(?:(?:forget|never\s+mind|nvm)(?:\s+I\s+said\s+anything|\s+it)?[\s,.!]*)+"
                     r"(?P<unheard>(?:it's\s+not\s+like|not\s+like)\s+(?:anyone|anybody|you)\s+(?:ever\s+)?listens?(?:\s+to\s+me)?)?"
                     + _TAIL, re.I)
_ASKED = re.compile(_LEAD + r"sorry\s+I\s+(?:even\s+)?(?P<did>asked|said\s+anything|spoke|bothered|brought\s+it\s+up)" + _TAIL, re.I)
_GIVE_IN = re.compile(_LEAD + r"(?:whatever\s+you\s+(?P<what>want|say|think)|have\s+it\s+your\s+way|"
                      r"do\s+what(?:ever)?\s+you\s+want)" + _TAIL, re.I)

# -- the martyr with a task, the brave face ---------------------------------------------------------------------
_MYSELF = re.compile(_LEAD + r"(?:never\s+mind[\s,.!]+)?I'll\s+(?:just\s+)?(?:sort\s+it(?:\s+out)?|do\s+it|figure\s+it\s+out|"
                     r"handle\s+it|deal\s+with\s+it|take\s+care\s+of\s+it)\s+(?:myself|by\s+myself|on\s+my\s+own)" + _TAIL, re.I)
_BRAVE = re.compile(_LEAD + r"(?:(?:don't|dont)\s+worry\s+about\s+me[\s,.!]+)?I'll\s+(?:just\s+)?(?:manage|cope|be\s+fine|"
                    r"be\s+ok(?:ay)?|survive|get\s+by)(?:\s+on\s+my\s+own|\s+by\s+myself|\s+alone)?" + _TAIL, re.I)
_BRAVE_ALONE = re.compile(_LEAD + r"(?:don't|dont)\s+worry\s+about\s+me" + _TAIL, re.I)
_GOING = re.compile(_LEAD + r"(?:go\s+ahead|go\s+on|you\s+go)[\s,.!]+I'll\s+(?:just\s+)?(?:be\s+fine|be\s+ok(?:ay)?|manage)"
                    + _TAIL, re.I)

_TALK = "Can we talk about it?"
# Affection or a joke said with it ("whatever you want, love you", "I'll just wait here forever lol 😂"): no hurt to say.
_FOND = re.compile(r"\b(?:love\s+(?:you|u|ya)|luv\s+(?:you|u|ya)|ily|haha\w*|hehe\w*|lol|lmao|jk|xx+)\b|[❤♥😘🥰😍💕😂🤣😊🙂😄]", re.I)
# Said plainly, "I'll wait here", "I'll be fine", "I'm not invited" are arrangements or facts; a sigh
# ("just", "then", "I guess", "forever", "as usual", "on my own") is what makes them the hurt.
_SIGHED = re.compile(r"\b(?:just|then|guess|suppose|clearly|obviously|apparently|forever|all\s+(?:day|night)|as\s+usual|"
                     r"like\s+always|as\s+always|again|anymore|fine|never\s+mind|keep\s+waiting|only\s+been|"
                     r"(?:don't|dont)\s+worry\s+about\s+me|on\s+my\s+own|by\s+myself|alone)\b", re.I)


def _text(msg) -> str:
    """The message's words, one line, curly quotes straightened, no emoji."""
    text = msg.text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s'’,.!?;:-]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _discounted(text: str) -> list[str] | None:
    found = _MINE.match(text)
    if found:
        what = re.sub(r"\s+", " ", found.group("what")).lower()
        if re.search(r"\b(?:you|your|ur)\b", what):
            return None
        verb = found.group("verb").lower()
        where = re.sub(r"\s+", " ", found.group("where") or "").strip().lower()
        where = "" if where in ("anymore", "any more") else where
        if what.startswith("what i"):  # "what I want doesn't matter": a say, asked for
            return [f"I'd like you to hear {what} too" + (f" {where}" if where and where != "to you" else ""),
                    "Can we talk it through?"]
        too = " too" if what.split()[-1] in _VIEWS else ""
        place = f" {where}" if where else " here" if too else ""  # a say is had somewhere: "count here too"
        return [f"I'd like {what} to {verb}{place}{too}", "Can we talk it through?" if too else _TALK]
    found = _ME.match(text)
    if found:
        lines = ["I'm feeling hurt right now, and I need to know I matter to you"]
        if found.group("want"):  # "…enough to call back": what would show it, asked for
            lines.append(f"It would mean a lot to me if you'd {found.group('want').lower()} me"
                         f"{(' ' + found.group('prt').strip().lower()) if found.group('prt') else ''}")
        return lines + ["Can we talk?"]
    return None


def _waiting(text: str) -> list[str] | None:
    found = _WAIT.match(text)
    if not found or not _SIGHED.search(text):
        return None
    long = re.sub(r"\s+", " ", found.group("long") or "").strip()
    waited = f"I've been waiting {long}" if long else "I've been waiting a while"
    return [f"{waited}, and I'm getting frustrated", "When do you think you'll be ready?"]


def _half_apology(text: str) -> list[str] | None:
    found = _SORRY.match(text)
    if not found:
        return None
    what = re.sub(r"\s+", " ", found.group("what"))
    back = re.sub(r"[\s,.!]*(?:tho|though|just\s+saying)?[\s.!]*$", "", found.group("back"), flags=re.I).strip()
    late = re.search(r"\blate$", what, re.I)
    if not late and not re.search(r"\byou$", what, re.I):
        what += " you"  # "sorry it hurt" → "I'm sorry it hurt you"
    sorry = f"I'm sorry {what[0].lower() + what[1:] if not what.startswith('I ') else what}"
    if _MEANT.match(back) and not late:
        return [sorry, "That wasn't what I meant, and I'd like to understand how it came across"]
    said = _SAYING.match(back)
    if said and not late:
        if not said.group("what") and "honest" in said.group("how").lower():
            return [sorry, "I meant to be honest with you, and I'd like to understand how it came across"]
        meant = said.group("what") or "how I see it"
        return [sorry, f"I meant to say {meant.lower().replace('what i', 'what I').replace('how i', 'how I')}, "
                       "and I'd like to understand how it came across"]
    fact = _EXCUSE.match(back)
    if fact and late:  # "sorry I was late, just saying the traffic was awful": the fact stays, as a fact
        told = fact.group("fact")
        return [sorry, f"{told[0].upper() + told[1:]}, and I can see how it affected you"]
    return None


def _included(text: str) -> list[str] | None:
    found = _NICE.match(text)
    if found:
        x = re.sub(r"\s+", " ", found.group("x")).lower()
        x = re.sub(r"^get a say", "have a say", x)
        if found.group("rest"):
            return [f"I'd really like to {x} too", "Can we work something out?"]
        return [f"I'd really like to {x} too", _TALK]
    found = _ROLE.match(text)
    if found:
        role = re.sub(r"\s+", " ", found.group("role")).lower()
        where = re.sub(r"\s+", " ", found.group("where") or "").strip().lower()
        return [f"I'm feeling taken for granted{' ' + where if where else ''}, and I'd like to be more than the {role}", _TALK]
    return None


def _overlooked(text: str) -> list[str] | None:
    if _ONLY_LIVE.match(text):
        return ["I live here too, and I'm feeling a bit overlooked", "I'd like to be part of this. Can we talk about it?"]
    if _MIND_ME.match(text):
        return ["I'm feeling a bit overlooked right now", "I'd like to be part of this. Can we talk about it?"]
    found = _NOT_INVITED.match(text)
    if found and _SIGHED.search(text):
        how = found.group("how").lower()
        if how == "needed":
            return ["I'd really like to feel needed", _TALK]
        if how in ("wanted", "welcome"):
            return [f"I'm feeling un{how} right now, and it hurts", _TALK]
        return [f"I'd really like to be {how}", _TALK]
    if _USED_TO.match(text):
        return ["This has happened before, and it still hurts", _TALK]
    found = _FORGET.match(text)
    if found and (found.group("unheard") or re.search(r"\b(?:forget|never\s+mind|nvm)\b", text, re.I)) \
            and re.search(r"\bsaid\s+anything\b|\blistens?\b", text, re.I):
        return ["I'd really like to be heard on this", _TALK]
    found = _ASKED.match(text)
    if found:
        did = found.group("did").lower()
        when = {"asked": "asked", "bothered": "tried", "spoke": "spoke up"}.get(did, "said something" if "said" in did else
                                                                                "brought it up")
        return [f"I felt a bit brushed off when I {when}", _TALK]
    found = _GIVE_IN.match(text)
    if found:
        if (found.group("what") or "").lower() in ("say", "think"):
            return ["I see this differently, and I'd rather say so than just go along with it", "Can we talk it through?"]
        return ["I'm not happy with this, and I don't want to just go along with it",
                "Can we find something that works for both of us?"]
    return None


def _brave_face(text: str) -> list[str] | None:
    if not _SIGHED.search(text) and not _GOING.match(text):
        return None  # "I'll sort it out myself" can be a plain offer
    if _MYSELF.match(text):
        return ["I could really use some help with this", "Could we share it?"]
    if _GOING.match(text):
        return ["I'm feeling a bit left out right now", "Can we talk about it before you go?"]
    if _BRAVE.match(text) or _BRAVE_ALONE.match(text):
        return ["Honestly, I'm finding this hard, and I could use some support", _TALK]
    return None


def own_hurt(msg) -> list[Candidate]:
    """The candidates for a message that is, whole, the speaker's hurt said sideways; [] otherwise."""
    from .reading import compose  # reading.py reads messages, which read the strategies' modules: imported late

    text = _text(msg)
    if not text or len(text.split()) > 16 or _FOND.search(msg.text):
        return []
    apology = _half_apology(text)
    if apology:
        return [Candidate(compose(msg, apology), RESPONSIBILITY)]
    for reading in (_discounted, _waiting, _included, _overlooked, _brave_face):
        lines = reading(text)
        if lines:
            return [Candidate(compose(msg, lines), I_STATEMENT)]
    return []
