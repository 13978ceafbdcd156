"""Martyr stances and sarcastic apologies, read whole, and the speaker's own feeling said plainly.

- the martyr with a task and a tally: "Fine, I'll just pay for everything then, like I always do" →
  "I often end up paying for most things, and I'm feeling stretched. Can we find a fairer split?";
- effort withdrawn: "Fine, I'll just never offer to plan anything again since apparently my itinerary was so
  terrible" → "I put a lot into my itinerary, and it stings that it didn't work for you. Could you tell me what
  you'd change?" (read as a tallied task it became "I often end up nevering offer to plan…");
- effort met with complaints: "I did everything for this wedding and all I get is complaints about the
  seating plan" → "I put a lot into this wedding, and it stings to hear complaints about the seating plan.";
- the self-label: "Fine, I'm the worst boyfriend in the world, happy now?", "I guess I'm just the bad guy
  for asking people to pay their subs on time", "Sure, blame the guy who's been doing all the school runs"
  → the sting of feeling blamed, with the concrete thing kept;
- the sarcastic apology: "Sorry I have a job and can't FaceTime at 2am your time", "excuse me for having
  a life outside of this relationship", "forgive me for not remembering whose turn it was",
  "Sorry I'm not perfect like Marcus apparently was" → the real apology, need or hurt under it;
- effort held up as a shield: "I paid for the tickets AND the train, so don't tell me I'm not making an
  effort", "At least I showed up to the fundraiser, half of you didn't even buy a ticket".

Read clause by clause these kept the jab ("Sorry I have a job.", "Like I do.") or answered with "I can
see this really upset you", when the one hurt is the sender. Every reading here keeps the event or
object the message names and says the sender's feeling and a request; nothing sarcastic is kept.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, I_STATEMENT, RESPONSIBILITY, Candidate
from .defended_acts import defended_lines  # blame shifted, denial with a jab, "that's how I talk" (defended_acts.py)
from .inflect import gerund

_LEAD = r"^\W*(?:(?:well|oh|ok|okay|fine|right|yeah|yep|sure|great|whatever|alright|wow|lol)\b[\s,.!]*)*"
_TAIL = (r"(?:[\s,.!]*(?:then|again|as\s+usual|as\s+always|like\s+always|like\s+I\s+always\s+do|as\s+I\s+always\s+do|"
         r"(?:don't|dont)\s+worry\s+about\s+it|it's\s+fine|whatever|happy\s+now|are\s+you\s+happy\s+now|"
         r"satisfied|lol|apparently|obviously|clearly|"
         r"(?:is\s+)?that(?:'s|\s+is)?\s+what\s+you\s+want(?:ed)?\s+(?:to\s+hear|me\s+to\s+say)(?:\s*,?\s*(?:is(?:n't|\s+it)|right)(?:\s+it)?)?))*[\s.!?]*$")
_TALLY = re.compile(r"\b(?:like|as)\s+(?:I\s+)?always(?:\s+do)?\b|\bas\s+usual\b|\bagain\b", re.I)

# -- the martyr with a task --------------------------------------------------------------------------------
_WILL_DO = re.compile(_LEAD + r"I'll\s+(?:just\s+|go\s+and\s+|have\s+to\s+)*(?P<verb>[a-z]+)\s+(?P<rest>[^,.!?]*?)"
                      r"(?:\s+(?:myself|on\s+my\s+own|by\s+myself))?(?P<when>\s+(?:tonight|today|tomorrow|then|now|again))*"
                      + _TAIL, re.I)
_PAYING = {"pay", "cover", "buy", "fund", "fork", "foot"}
# "everything" said in the tally is the absolute: "most things" is what the speaker can stand behind.
_ALL = ((re.compile(r"\beverything\b", re.I), "most things"), (re.compile(r"\ball\s+of\s+it\b", re.I), "most of it"),
        (re.compile(r"\ball\s+(?=the\s|my\s|our\s)", re.I), ""), (re.compile(r"\beveryone\b", re.I), "everyone"))

# -- effort met with complaints ------------------------------------------------------------------------------
_EFFORT = re.compile(_LEAD + r"I\s+(?P<did>did|do|organised|organized|planned|arranged|sorted|cooked|cleaned|paid\s+for)\s+"
                     r"(?P<what>[^,.!?]+?)[\s,]+and\s+all\s+I\s+(?:get|got|hear|heard|ever\s+get)\s+(?:is|was|are|were)\s+"
                     r"(?P<back>(?:complaints?|moaning|grief|criticism|comments|stick|abuse|whining)"
                     r"(?:\s+(?:about|over|re)\s+(?P<topic>[^,.!?]+?))?)" + _TAIL, re.I)

# -- effort withdrawn: "Fine, I'll just never offer to plan anything again since apparently my itinerary was so
# terrible" is the sting of effort that didn't land, said as a threat to stop trying ---------------------------
_WITHDRAWN = re.compile(_LEAD + r"I'll\s+(?:just\s+)?(?:never|not)\s+(?P<verb>[a-z]+)\s+(?P<rest>[^,.!?]*?)\s+(?:ever\s+)?again"
                        r"(?:[\s,]+(?:since|because|as|seeing\s+as|if)\s+(?:apparently\s+|clearly\s+|obviously\s+)?"
                        r"(?P<mine>my\s+[^,.!?]+?)\s+(?:was|is|were|are)\s+(?:apparently\s+|clearly\s+|obviously\s+)?"
                        r"(?:so\s+|that\s+|such\s+an?\s+)?[a-z]+(?:\s+[a-z]+)?)?(?:[\s,]+then)?[\s.!?]*$", re.I)
_NOT_EFFORT = {"trust", "believe", "forgive", "speak", "talk", "lend", "let", "forget", "tell", "ask", "see", "be"}

# -- the self-label ------------------------------------------------------------------------------------------
_WORST = re.compile(_LEAD + r"(?:I\s+guess\s+|so\s+)?I'm\s+(?:just\s+)?the\s+(?:worst|most\s+terrible|most\s+awful|most\s+useless)\s+"
                    r"(?:boyfriend|girlfriend|husband|wife|partner|mum|mom|dad|father|mother|friend|person|brother|sister|"
                    r"son|daughter|teammate|colleague|human)(?:\s+(?:in\s+the\s+(?:world|universe)|on\s+the\s+planet|ever|alive))?" + _TAIL, re.I)
_BAD_GUY = re.compile(_LEAD + r"(?:I\s+guess\s+|so\s+|clearly\s+|apparently\s+)*I'm\s+(?:just\s+|always\s+)?the\s+"
                      r"(?:bad\s+guy|villain|bad\s+one|enemy|problem)(?:\s+(?:here|again|now))?"
                      r"(?:\s+for\s+(?P<for>[a-z][^.!?]*?))?" + _TAIL, re.I)
_BLAME_WHO = re.compile(_LEAD + r"(?:go\s+on\s*,?\s*)?blame\s+the\s+(?:guy|one|person|woman|girl|man|bloke|idiot|mug|only\s+one)\s+"
                        r"who(?:'s|\s+has|\s+is)?\s+(?P<been>been\s+)?(?:actually\s+)?(?P<act>[^.!?]+?)" + _TAIL, re.I)

# -- the sarcastic apology -----------------------------------------------------------------------------------
_SORRY = r"^\W*(?:(?:well|oh|so)\W+)*(?:(?:I'm\s+)?(?:so\s+)?sorry|excuse\s+me|forgive\s+me|pardon\s+me|my\s+bad)\s+"
_HAVE = re.compile(_SORRY + r"(?:for\s+(?:actually\s+)?having|that\s+I\s+(?:actually\s+)?have|I\s+(?:actually\s+)?have)\s+"
                   r"(?:a|an)\s+(?P<what>life|job|social\s+life|family|career|work|own\s+life|kids?)"
                   r"(?P<where>\s+outside\s+(?:of\s+)?[^,.!?]+?)?"
                   r"(?:[\s,.;]+(?:and\s+|so\s+)?(?:I\s+)?(?:can't|cannot|can\s+not|couldn't)\s+(?P<cant>[^.!?]+?))?" + _TAIL, re.I)
_FORGOT = re.compile(r"^(?:(?P<excuse>[^,.!?]+)[,.;]\s*)?(?:(?:well|oh|so)\W+)*(?:(?:I'm\s+)?(?:so\s+)?sorry|excuse\s+me|forgive\s+me|"
                     r"pardon\s+me)\s+for\s+(?P<how>not\s+remembering|forgetting|not\s+knowing)\s+(?P<what>[^.!?]+?)" + _TAIL, re.I)
_COMPARED = re.compile("(?i:" + _SORRY + r"(?:that\s+)?I'm\s+not\s+(?:as\s+\w+\s+as\s+|(?:perfect|good\s+enough|amazing|great)\s+like\s+|"
                       r"more\s+like\s+|like\s+))(?P<who>[A-Z][a-z]+|your\s+(?:ex|mum|mom|dad|sister|brother|friend)\b)"
                       r"(?i:(?:\s+(?:apparently\s+|clearly\s+|obviously\s+)?(?:was|is|were))?" + _TAIL + ")")

# -- effort held up as a shield ------------------------------------------------------------------------------
_DONT_TELL = re.compile(r"^\W*(?P<fact>I\s+[^.!?]+?)[\s,]+so\s+(?:don't|dont|do\s+not)\s+(?:you\s+)?(?:dare\s+)?(?:tell|say\s+to)\s+"
                        r"me\s+(?:that\s+)?I'm\s+not\s+(?P<x>[^.!?]+?)[\s.!?]*$", re.I)
_AT_LEAST = re.compile(r"^\W*(?:well\W+)?at\s+least\s+I\s+(?:actually\s+|still\s+|even\s+)?(?P<act>[a-z][^,.;!?]+?)"
                       r"(?:[,;.]\s*(?P<rest>[^.!?]*))?[\s.!?]*$", re.I)
_SHOW = re.compile(r"^(?:show(?:ed)?\s+up|turn(?:ed)?\s+up|came|come|go|went|bother(?:ed)?\s+to|help(?:ed)?|"
                   r"pa(?:y|id)|do|did|try|tried|ask(?:ed)?|call(?:ed)?|ring|rang|text(?:ed)?|clean(?:ed)?|cook(?:ed)?|"
                   r"make|made|put|look(?:ed)?|listen(?:ed)?|remember(?:ed)?|work(?:ed)?|pick(?:ed)?|drive|drove|"
                   r"apologi[sz]ed?|own(?:ed)?|admit(?:ted)?|tell|told)\b", re.I)


def _text(msg) -> str:
    """The message's words on one line, quotes straightened, emoji and shouting ("AND") dropped."""
    text = msg.text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s'£$%,.!?;:-]+", " ", text)
    text = re.sub(r"\b(AND|ONE|ALL|EVERY)\b", lambda m: m.group(1).lower(), text)
    return re.sub(r"\s+", " ", text).strip()


def _unabsolute(text: str) -> str:
    for pattern, repl in _ALL:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()


def _martyr_task(text: str) -> list[str] | None:
    m = _WILL_DO.match(text)
    if re.search(r"\b(?:by\s+myself|on\s+my\s+own|alone)\b", text, re.I):
        return None  # "I'll just eat dinner by myself again": left alone, not a task done for others (guilt.py's)
    if not m or not (_TALLY.search(text) or re.match(r"^\W*(?:fine|whatever|ok|okay)\b", text, re.I)):
        return None  # "I'll pay for it" alone is a plain offer
    verb, rest = m.group("verb").lower(), _unabsolute(m.group("rest"))
    if not rest or verb in {"be", "have", "just", "sort", "deal", "manage", "see", "leave", "go", "stay"}:
        return None  # "fine, I'll wait then", "I'll sort it out myself": own_hurt.py's; "I'll see you there"
    if verb in {"never", "not", "stop", "quit"}:
        return None  # "Fine, I'll just never offer to plan anything again": effort withdrawn, not a task tallied
    act = f"{gerund(verb)} {rest}".strip()
    if re.search(r"\b(?:myself|on\s+my\s+own|by\s+myself)\b", text, re.I) and "myself" not in act:
        act += " myself"
    ask = "Can we find a fairer split?" if verb in _PAYING else "Can we share it more fairly?"
    return [f"I often end up {act}, and I'm feeling stretched", ask]


def _effort(text: str) -> list[str] | None:
    m = _EFFORT.match(text)
    if not m:
        return None
    what = m.group("what")
    lead = re.match(r"(?:everything|it\s+all|all\s+of\s+it|so\s+much|loads)\s+(?:for|on)\s+(?P<x>.+)$", what, re.I)
    did = f"I put a lot into {lead.group('x')}" if lead else f"I {m.group('did').lower()} {_unabsolute(what)}"
    back = m.group("back").lower()  # "moaning", "grief": the sneer at the complaint said plainly
    back = re.sub(r"^(?:moaning|whining|grief|stick|abuse)\b", "complaints", back)
    topic = m.group("topic")
    ask = f"Can we go through {topic} together?" if topic else "Can we talk about it?"
    return [f"{did}, and it stings to hear {back}", ask]


def _withdrawn(text: str) -> list[str] | None:
    m = _WITHDRAWN.match(text)
    if not m or m.group("verb").lower() in _NOT_EFFORT:
        return None  # "I'll never trust you again": a verdict on the listener, not effort withdrawn
    if m.group("mine"):
        return [f"I put a lot into {m.group('mine')}, and it stings that it didn't work for you",
                "Could you tell me what you'd change?"]
    act = f"{gerund(m.group('verb').lower())} {m.group('rest')}".strip()
    return [f"I put a lot into {act}, and it stings that it didn't go down well", "Can we talk about it?"]


def _label(text: str) -> list[str] | None:
    if _WORST.match(text):
        return ["I feel like I keep letting you down, and that hurts", "Can we talk about what you need from me?"]
    m = _BAD_GUY.match(text)
    if m:
        why = f" for {_unabsolute(m.group('for'))}" if m.group("for") else " here"
        return [f"It stings to feel like the bad guy{why}", "Can we talk about it?"]
    m = _BLAME_WHO.match(text)
    if m:
        act = _unabsolute(m.group("act"))
        said = f"I've been {act}" if m.group("been") else f"I {act}"
        return [f"{said}, and it stings to feel blamed", "Can we talk about what's going wrong?"]
    return None


def _sarcastic_apology(text: str) -> tuple[list[str], str] | None:
    m = _HAVE.match(text)
    if m:
        what = m.group("what").lower()
        if m.group("cant"):
            cant = re.sub(r"\bevery\s+time\b", "whenever", m.group("cant").strip())
            because = " because of work" if what in {"job", "work", "career"} else ""
            return ([f"I'm sorry I can't {cant}{because}", "Can we find something that works for both of us?"], RESPONSIBILITY)
        where = (m.group("where") or "").strip()
        own = "my work" if what in {"job", "work", "career"} else f"my own {what.replace('own ', '')}"
        return ([f"I need some time for {own}{' ' + where if where else ''} too, and I don't want you to feel pushed aside",
                 "Can we talk about how to balance it?"], I_STATEMENT)
    m = _FORGOT.match(text)
    if m and not re.search(r"\b(?:you|your)\b", m.group("what"), re.I):
        how = {"not remembering": "didn't remember", "forgetting": "forgot", "not knowing": "didn't know"}[m.group("how").lower()]
        return ([f"I'm sorry I {how} {m.group('what')}", "Can we find a way to keep track of it?"], RESPONSIBILITY)
    m = _COMPARED.match(text)
    if m:
        return ([f"It stings to feel compared to {m.group('who')}", "Can we talk about what you need from me?"], I_STATEMENT)
    return None


# -- the listener's worry turned back ---------------------------------------------------------------------
# "I was at the gym, not cheating on you, calm down": the "not X" throws the worry back; the place is the answer.
_WAS_AT = re.compile(r"^\W*I\s+was\s+(?P<where>(?:at|with|in|on|out\s+with)\s+[^,.!?]+?)[,.;]?\s+not\s+[^,.!?]+?"
                     r"(?:[\s,.!]+(?:calm\s+down|relax|chill(?:\s+out)?|jeez|god|ffs|lol|honestly))*[\s.!?]*$", re.I)
# "Stop being so needy, I've texted you five times today": the label and the tally both answer the need.
_NEEDY = re.compile(r"^\W*(?:(?:stop|quit)\s+being\s+(?:so\s+)?|you(?:'re|\s+are)\s+(?:being\s+)?(?:so\s+)?)"
                    r"(?P<label>needy|clingy|paranoid|jealous|insecure|possessive)\b", re.I)
# "I only said what everyone else was thinking about the prenup": the others' backing dropped, the remark owned.
_EVERYONE_THOUGHT = re.compile(r"(?:^|[,.;]\s*)I\s+(?:only|just)\s+said\s+what\s+(?:everyone|everybody|we\s+all|all\s+of\s+us)"
                               r"(?:\s+else)?\s+(?:was|were)\s+thinking(?:\s+about\s+(?P<what>[^,.!?]+?))?[\s.!?]*$", re.I)
# "Everyone else's kids forget their PE kit sometimes too": the lapse sized down by others'; heard instead.
_OTHERS_TOO = re.compile(r"^\W*(?:everyone|everybody|lots\s+of\s+(?:people|kids)|loads\s+of\s+(?:people|kids)|other\s+\w+|plenty\s+of\s+\w+)"
                         r"(?:\s+else)?(?:'s\s+\w+)?\s+(?:manage\s+to\s+|also\s+)?(?P<verb>forget|lose|miss|leave|break)s?\s+"
                         r"(?P<thing>(?:their|the|his|her)\s+[^,.!?]+?)(?:\s+(?:sometimes|now\s+and\s+then))?(?:\s+too)?\s*(?:[,.!?]|$)", re.I)
# "…so forgive me if I don't take notes from a silver player": the advice refused with a put-down.
_NO_NOTES = re.compile(r"^\W*(?P<fact>I[^,.!?]+?),?\s+so\s+(?:forgive|excuse|pardon)\s+me\s+if\s+I\s+(?:don't|do\s+not|won't)\s+"
                       r"(?:take|listen\s+to|want)\s+(?P<what>notes|advice|tips|feedback|lectures?|criticism|pointers)\s+from\s+", re.I)

# What the speaker offers to do about a lapse others share: concrete, with the thing kept
_OWN_FIX = {"forget": "I'll set a reminder so it doesn't happen again", "miss": "I'll set a reminder so it doesn't happen again",
            "lose": "I'll keep {them} somewhere safe", "leave": "I'll double-check I've got {them}"}


def _put_into(fact: str) -> str:
    """"I've been carrying this team in ranked all season" → "ranked this season": what the effort went
    into, and when, kept ("this" when nothing is named)."""
    where = re.search(r"\bin\s+(?P<in>(?!the\b|my\b)[a-z]+)\b", fact, re.I) or re.search(r"\b(?P<in>this\s+[a-z]+)\b", fact, re.I)
    span = re.search(r"\ball\s+(?P<span>season|year|quarter|month|week|term|summer|day)\b", fact, re.I)
    said = where.group("in") if where else "this"
    return f"{said} this {span.group('span').lower()}" if span and said != "this" else said


def _turned_back(text: str) -> list[str] | None:
    m = _WAS_AT.match(text)
    if m:
        return [f"I was {m.group('where')}, and I can hear you were worried", "Can we talk about what's on your mind?"]
    m = _NEEDY.match(text)
    if m:
        if m.group("label").lower() in {"needy", "clingy"}:
            return ["I can tell you'd like more from me right now", "Can we talk about what would help you feel close?"]
        where = re.search(r"\bI\s+was\s+(?:just\s+|only\s+)?(?P<where>(?:at|with|in|on)\s+[^,.!?]+)", text[m.end():], re.I)
        if where:  # "you're being paranoid, I was just at work": the answer kept, the label left
            return [f"I was {where.group('where')}, and I can tell something's worrying you", "Can we talk about it?"]
        return ["I can tell something's worrying you", "Can we talk about it?"]
    m = _EVERYONE_THOUGHT.search(text)
    if m:
        what = f" about {m.group('what')}" if m.group("what") else ""
        return [f"I said what I thought{what}, and I can see it hurt you", "I'm sorry", "Can we talk about it?"]
    m = _OTHERS_TOO.match(text)
    if m:
        thing = re.sub(r"^(?:their|his|her)\b", "the", m.group("thing"))
        return [f"I hear you about {thing}", _OWN_FIX.get(m.group("verb").lower(), "Can we work out together what would help?")
                .format(them="them" if re.split(r"\s+(?:on|in|at|from|to|for)\s+", thing)[0].endswith("s") else "it")]
        # the thing just named ("the umbrella on the bus": "it"), not said twice
    m = _NO_NOTES.match(text)
    if m:
        what = m.group("what").lower()
        return [f"I've put a lot into {_put_into(m.group('fact'))}, and the {what} stung a bit",
                "I'm listening, though. What would you change?"]
    return None


def _shield(text: str) -> list[str] | None:
    m = _DONT_TELL.match(text)
    if m:
        return [m.group("fact"), f"It hurts to hear that I'm not {m.group('x')}", "Can we talk about what you need from me?"]
    m = _AT_LEAST.match(text)
    if m and _SHOW.match(m.group("act")) and not re.search(r"\b(?:you|your)\b", m.group("act"), re.I):
        return ["I hear what you're saying", f"I {m.group('act')}, and I'd like that to count too"]
    return None


def martyr_stances(msg) -> list[Candidate]:
    """The candidate for a message that is, whole, a martyr stance or sarcastic apology; [] otherwise."""
    from .reading import compose  # reading.py reads messages, which read the strategies' modules: imported late

    text = _text(msg)
    if not text or len(text.split()) > 28:
        return []
    sorry = _sarcastic_apology(text)
    if sorry:
        return [Candidate(compose(msg, sorry[0]), sorry[1])]
    for reading in (_martyr_task, _withdrawn, _effort, _label, _shield, _turned_back):
        lines = reading(text)
        if lines:
            return [Candidate(compose(msg, lines), I_STATEMENT)]
    lines = defended_lines(msg, text)
    if lines:
        kind = ACKNOWLEDGE if lines[0].startswith("I can") else RESPONSIBILITY if "sorry" in lines[0] else I_STATEMENT
        return [Candidate(compose(msg, lines), kind)]
    return []


def with_martyr_stances(msg, chosen: tuple) -> tuple:
    """Only this module's answer when the message is, whole, one of its stances (strategies.py): it goes
    last, as a denial's or an account's reading would keep the jab ("I everythinged for this wedding")."""
    found = martyr_stances(msg)
    return (lambda m: found,) if found else chosen
