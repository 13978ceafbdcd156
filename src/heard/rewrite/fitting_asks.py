"""Feelings and asks that fit the situation the message tells.

- `fitting_feeling(text)`: the feeling a situation calls for where topic words mislead (feelings.py
  calls it after its own situation reading): a pet or a person nearly hurt or lost ("the dog was
  halfway down Elm St", "the pan nearly caught fire") is "worried"; noise through a wall or at night
  keeps the speaker awake: "frustrated"; something still outstanding ("you still haven't returned my
  drill", "never gave back my jacket") is "frustrated", not "worried" or "let down"; a small chore left
  undone ("put the milk back", "hang up your towel") is "frustrated", not "overwhelmed", unless the
  speaker says the load is all theirs.
- `fitting_asks(msg, text)`: the ask worded for the situation. An outstanding item is asked for now
  ("Could you return it soon?"), never "next time"; stiff frames ("From now on, would you be willing
  to X?") become what a person says ("Could you X from now on?"); a phrase said twice in one
  suggestion ("I should have checked for myself… Next time I'll check for myself…") keeps its first;
  an act done "without asking me" or "without telling me" closes with the ask to be asked or told
  first ("Could you check with me first next time?") instead of a generic wish to talk. In a complaint's
  rewrite, more acts it names have their own ask in place of the generic one: something of the
  speaker's told or shown to others ("Could you check with me before you share something like that?";
  not where what was told was a lie, nor beside a debt), a wait ("…let me know if you're running late?"),
  a no-show ("…let me know if you can't make it?"), money owed to the speaker ("Could you send it over when
  you get a chance?"), things of the speaker's still at the listener's ("Could you bring them back…?"), and
  things of the speaker's eaten, used up or taken ("Next time, could you ask me first?"; sold or thrown out:
  "Could you check with me before you get rid of my things?"), something left open, unlocked, on or
  empty ("Next time, could you make sure it's locked?", "…fill it up when it's low?"), plans called off
  ("…let me know as early as you can if plans change?"; again and again: "Could we find a time you know you
  can make?"), something booked or ordered wrong ("Next time, could you double-check before you book?"), a
  promise to be somewhere or fetch someone by a time, broken ("Next time, if something comes up, could you let
  me know in time?"), being corrected or laughed at in front of others ("Next time, could you bring it up
  with me in private?"), being talked over ("Could you let me finish what I'm saying?"), credit taken
  ("Could you make sure my part in it is mentioned too?"), and being left to face it alone ("Next time, could
  you back me up?"; a child or a dog: "…step in?").
  "You told Jess what I said about her dress" is something of the speaker's shared.
  Readers grade "Can we talk about it?" after a named act as the form letter it is.
"""

from __future__ import annotations

import re

# Something of the speaker's still not returned, paid, sent or fixed: asked for now, not "next time".
_OUTSTANDING = re.compile(
    r"\bstill (?:haven'?t|hasn'?t|have not|has not|not|never|didn'?t|did not) (?:\w+ )?(?:returned|return|paid|pay|repaid|sent|"
    r"send|fixed|fix|mended|given|give|brought|bring|handed|posted|transferred|signed|booked|collected|picked up|finished|"
    r"moved|cleared|sorted|replied|answered|called \w+ back|rung \w+ back)\b"
    r"|\b(?:never|didn'?t|did not|haven'?t|hasn'?t) (?:\w+ )?(?:gave|give|given|paid|pay|brought|bring|handed|hand|"
    r"sent|send|returned|return)\b(?: \w+){0,4}? back\b"
    r"|\b(?:haven'?t|hasn'?t|have not|has not)\b(?: \w+){1,6}? yet\b", re.I)
# A pet or person nearly lost or hurt: fear for them, not irritation.
_BEINGS = r"(?:dog|puppy|cat|kitten|pet|baby|toddler|kids?|child|children|son|daughter|(?-i:[A-Z][a-z]+))"
_NEAR_HARM = re.compile(
    rf"\b{_BEINGS}\b[^.!?]{{0,30}}\b(?:was|were|got|had got|ran|wandered|escaped|went|slipped)\b[^.!?]{{0,25}}"
    r"\b(?:halfway down|down the (?:road|street)|onto the (?:road|street)|into the (?:road|street)|out onto|"
    r"out of the (?:gate|garden|yard|house)|loose|missing|lost|off down)\b"
    r"|\b(?:nearly|almost) (?:caught fire|burn(?:ed|t)|set (?:\w+ ){1,2}on fire|fell|fallen|drowned|choked|got hit|got run over|hit)\b"
    r"|\bcould(?:'ve| have) (?:been )?(?:caught fire|burn(?:ed|t) down)\b", re.I)
# Noise through a wall or ceiling, or at night: kept awake, frustrated.
_NOISE = re.compile(r"\b(?:bass|thump\w*|bang\w*|stomp\w*|blast\w*|hoover\w* at)\b[^.!?]{0,40}"
                    r"\b(?:ceiling|wall|floor|since \d|at \d|till \d|until \d|all night|midnight|\d ?(?:am|pm))\b"
                    r"|\b(?:can'?t|couldn'?t) (?:get to )?sleep\b|\bkept (?:me|us) (?:up|awake)\b", re.I)
# A small household act left undone: one chore, a hassle.
# (the dishes, laundry and bins are the shared load, where "overwhelmed" can stand)
_CHORE = re.compile(r"\b(?:milk|fridge|towel|towels|bowl|mug|lid|toilet seat|shoes|socks|crumbs|wrappers?)\b", re.I)
# The speaker says the load is all theirs ("I do everything", "all on me"): overwhelmed stands.
_ALL_MINE = re.compile(r"\bI(?:'m| am)? (?:do|did|doing|end up doing) (?:all|everything|most)\b|\ball (?:on )?me\b"
                       r"|\bthe only one\b|\b(?:lift|lifts|lifted) a finger\b|\bpull\w* (?:your|their|his|her) weight\b",
                       re.I)


# Topic-word readings these situations correct; "left out", "embarrassed", "unheard" are said outright.
_MISREAD = {"worried", "overwhelmed", "let down", "disconnected", "hurt", "upset", "frustrated"}


def fitting_feeling(text: str, current: str | None = None) -> str | None:
    """The feeling the situation calls for where topic words point elsewhere (`current`: the reading
    so far), else None. A pet or person in danger always wins."""
    if _NEAR_HARM.search(text):
        return "worried"
    if current is not None and current not in _MISREAD:
        return None
    if _NOISE.search(text):
        return "frustrated"
    if _OUTSTANDING.search(text):
        return "frustrated"
    if _CHORE.search(text) and not _ALL_MINE.search(text):
        return "frustrated"
    return None


def outstanding(text: str) -> bool:
    """Something of the speaker's the listener still hasn't returned, paid, sent or fixed."""
    return bool(_OUTSTANDING.search(text))


_NEXT_TIME_ASK = re.compile(r"\bNext time, could you ([^?.!]+)\?")
# "send them from the wedding": the pronoun already names the thing, the leftover phrase dangles
_DANGLING = re.compile(r"^(.*?\b(?:it|them)) (?:from|of|for|at|in|on|with)\b.*$")
_STIFF = re.compile(r"\bFrom now on, would you be willing to ([^?.!]+)\?")
_WILLING = re.compile(r"\bWould you be willing to ([^?.!]+)\?")
# Words that carry no point of their own: a phrase made only of these may repeat.
_FUNCTION = set("""i i'm i've i'll i'd you you're your it it's the a an and or but to of for in on at with
about this that these those we me my us our be is was are were am been can could would will should have has
had do did not so really just what how when if there here see sorry feel felt want like let know
talk together more some any""".split())


# "how was I supposed to know the recycling goes out on Tuesday now??": what the speaker didn't know
_HOW_KNOW = re.compile(r"\bhow (?:was|were|am|would|could|should|do|did|is) (?:i|I) (?:ever )?(?:supposed to |meant to |to )?"
                       r"know(?: that)? ([^?!.,;]+)", re.I)
_CHECKED = re.compile(r"\bI should have checked for myself(, and I'm sorry)?")


def _unknown(text: str) -> str | None:
    """What the speaker says they couldn't have known, when it names something ("the bins go out on
    Thursday now"), not a bare "that" or "it"."""
    found = _HOW_KNOW.search(text)
    if not found:
        return None
    said = re.sub(r"\s+(?:anyway|lol|tho|though|ffs)$", "", found.group(1).strip(), flags=re.I)
    words = said.split()
    if len(words) < 3 or words[0].lower() in ("it", "that", "this", "anything", "everything"):
        return None
    return said


def fitting_asks(msg, text: str) -> str:
    """`text` with its ask and amends fitted to the situation in `msg` (see the module docstring)."""
    if not text:
        return text
    if outstanding(msg.text):
        def _now(found):
            phrase = _DANGLING.sub(r"\1", found.group(1).strip())
            return f"Could you {phrase} soon?"
        text = _NEXT_TIME_ASK.sub(_now, text)
    unknown = _unknown(msg.text)
    if unknown:  # "I should have checked for myself" drops the recycling and Tuesday: say what wasn't known
        text = _CHECKED.sub(lambda m: f"I'm sorry I missed that {unknown}. I should have checked" if m.group(1)
                            else f"I missed that {unknown}, and I should have checked", text, count=1)
        if re.search(r"\bI should have checked\b", text):  # the regret already says it: no second promise to check
            text = re.sub(r"\s*Next time I'll check for myself[^.!?]*[.!?]", "", text)
    text = _STIFF.sub(_plain_from_now_on, text)
    text = _WILLING.sub(lambda m: f"Could you {m.group(1).strip()}?", text)
    return _said_once(_asked_first(text, complaint=msg.blaming and not msg.defensive))


# An act done "without asking me" or "without telling me": what the speaker wants is to be asked or told
# first, which a generic wish to talk ("Could we sort this out together?") leaves unsaid.
_WITHOUT_ASKING = re.compile(r"\byou\b[^.?!]*\bwithout (?:even |first )?(?:asking(?: (?P<asked>me|us|anyone|anybody))?|"
                             r"(?:checking with|consulting|talking to) (?P<checked>me|us|anyone|anybody))\b", re.I)
_WITHOUT_TELLING = re.compile(r"\byou\b[^.?!]*\bwithout (?:even |first )?(?:telling|warning) (?:me|us)\b"
                              r"|\byou\b[^.?!]*\bwithout (?:even )?letting (?:me|us) know\b", re.I)


# What the rewrite says the listener did, and the ask that follows from it (a complaint's rewrite only): something of
# the speaker's told or shown to others ("you told the whole table I failed my driving test", "you posted the pics
# from Kelechi's party"); a wait ("I stood outside arrivals till 9:40", "you were 40 minutes late"); a no-show.
_SHARED = re.compile(r"\byou (?:told|showed) (?!me\b|us\b)[^.?!]{1,60}?\b(?:about (?:my|me|our)\b|that I\b|I'd\b|I had\b|I was\b)"
                     r"|\byou (?:posted|shared|put up|uploaded|forwarded|screenshotted) (?:the|that|those|these|my|our|\w+ of (?:me|us))\b"
                     r"[^.?!]*\b(?:pics?|photos?|pictures?|videos?|screenshots?|messages?|texts?)\b"
                     r"|\byou (?:told|repeated|passed on|showed) [^.?!]{0,40}?\bwhat I (?:said|told you|wrote|sent)\b", re.I)
# What was told was untrue ("you told the coach I was skipping practice when I was at my nan's funeral"): the
# hurt is the lie, not the sharing.
_UNTRUE = re.compile(r"\bwhen I was\b|\b(?:lie|lied|lying|not true|wasn't true|isn't true|made (?:it|that) up)\b", re.I)
_KEPT_WAITING = re.compile(r"\bI (?:waited|stood|sat|was waiting|was left waiting|was stuck)\b[^.?!]*\b(?:till|until|for (?:over |nearly |almost )?"
                           r"(?:an hour|\d+|two|three|forty|twenty|thirty|45|half an hour))\b"
                           r"|\byou(?:'re| are| were)? (?:\w+ )?(?:\d+|an?|two|three|forty|twenty|thirty|half an) (?:hours?|minutes?|mins) late\b"
                           r"|\bwhen you (?:weren't|were not|still weren't) (?:home|back|here|there) by\b",
                           re.I)
# A wait for a shop's or a company's service ("25 minutes for two flat whites while your staff stood chatting"):
# no one was running late to meet the speaker.
_SERVED = re.compile(r"\b(?:your|the) (?:staff|team|engineer|courier|driver|shop|store|caf[eé]|restaurant|company|"
                     r"support|helpline|agents?|waiters?|servers?)\b|\bon hold\b|\border(?:ed)?\b", re.I)
_NO_SHOW = re.compile(r"\byou (?:didn't|did not|never) (?:show|show up|turn up|come|make it)\b(?! (?:to|for) (?:me|us)\b| home\b)", re.I)
# Money the listener was to send and didn't ("you forgot to send the Venmo for the tickets", "you still haven't paid
# me back for the cabin"): asked for, not talked about.
# (Only money owed to the speaker: "you didn't pay the gas bill" or "send the slides to the client" asks for no transfer.)
_UNSENT_MONEY = re.compile(r"\byou (?:forgot to|didn't|did not|never|haven't|have not|still haven't|still have not) "
                           r"(?:\w+ )?(?:send|sent|pay|paid|transfer|transferred|venmo)(?: \w+){0,2}? "
                           r"(?:me|back|your (?:half|share|bit|part|cut)|the (?:venmo|money|cash|transfer))\b"
                           r"|\b(?:owe|owed) me\b"
                           r"|\byou (?:said|promised|swore) you'?d (?:venmo|send|pay|transfer|e-?transfer|revolut)\b(?: \w+){0,3}? "
                           r"(?:me|back|the (?:money|cash))\b", re.I)
# Things of the speaker's still at the listener's ("my drill, my tent, my cricket bat, all vanished into your flat",
# "you've had my jacket since March"): asked back.
_KEPT_THINGS = re.compile(r"\bmy (?P<thing>[^.?!]{1,60}?) (?:all )?(?:vanished|disappeared|went) (?:into|to|off to) your\b"
                          r"|\byou(?:'ve| have)? (?:still )?(?:had|got|kept) my (?P<kept>[^.?!]{1,40}?) (?:since|for)\b", re.I)


# Something of the speaker's eaten, used up, taken, sold or thrown out ("you ate my leftovers", "you finished my oat
# milk", "you sold my bike"): the ask is to be asked first. Not where it came back damaged or is still at the
# listener's (the asks above and returned_damaged.py), nor a diary or phone read (the privacy line says it).
_TAKEN_MINE = re.compile(r"\b(?:you|u)(?:'ve| have)? (?:just |literally |actually |then |already )?"
                         r"(?:ate|eaten|finished|drank|drunk|used up|took|taken|wore|worn|"
                         r"(?P<gone>threw out|thrown out|binned|chucked out|sold)) "
                         r"(?:all of |the last of |half of )?my\b", re.I)
_HARMED = re.compile(r"\b(?:back|returned|broken|broke|stain\w*|burn\w*|lost|damaged|ruined|cracked)\b", re.I)


# Something left in a state it shouldn't be ("you left the gate open", "you leave the hob on", "you left the car on
# empty"): the ask is for the state it should be left in.
_LEFT_STATE = re.compile(r"\byou (?P<verb>left|leave) (?P<thing>(?:the|your|my|our) (?:[\w'-]+ ){0,2}?(?P<head>[\w'-]+)) "
                         r"(?:door |wide )?(?P<state>open|unlocked|running|on empty|with no (?:petrol|fuel|gas)|"
                         r"on(?=\s*(?:[.,!?]|$|\s+(?:and|all|overnight|last|this|again|when|while|after|before|for)\b)))",
                         re.I)
_LEFT_AS = {"open": "shut", "unlocked": "locked", "running": "off", "on": "off"}


def _left_state_ask(found: re.Match) -> str | None:
    state, head = found.group("state").lower(), found.group("head").lower()
    if state.startswith(("on empty", "with no")):  # a habit is in "when it's low" already
        return "Next time, could you fill it up when it's low?" if found.group("verb").lower() == "left" \
            else "Could you fill it up when it's low?"
    many = head.endswith("s") and not head.endswith(("ss", "us", "is", "gas"))  # "the lights", not "the gas"
    ask = f"make sure {'they' if many else 'it'}'{'re' if many else 's'} {_LEFT_AS[state]}"
    return f"Next time, could you {ask}?" if found.group("verb").lower() == "left" else f"Could you {ask} from now on?"


# Plans called off on the speaker ("you cancelled on me last minute", "you bailed on my birthday dinner"): the ask is
# for notice, since the plan itself is gone.
_CANCELLED = re.compile(r"\byou (?:(?P<verb>cancelled|canceled|cancel|pulled out)\b(?! (?:it|that|the (?:taxi|cab|order|"
                        r"booking|subscription|card|direct debit|payment|delivery))\b)"
                        r"|(?P<bailed>bailed|bail)\b(?=[^.?!]*\b(?:last minute|before|dinner|birthday|party|plans|drinks|date|"
                        r"trip|gig|wedding|match|game)\b))", re.I)  # "bailed on me at the station": left there, not a plan
# Called off again and again ("four times", "three years in a row"): notice is not the point; a plan that holds is.
_OFTEN = re.compile(r"\b(?:\w+ times|twice|in a row|every time|again and again)\b", re.I)


def _cancelled_ask(found: re.Match) -> str:
    if _OFTEN.search(found.string):
        return "Could we find a time you know you can make?"
    if (found.group("verb") or found.group("bailed")).lower() in ("cancel", "bail"):  # "when you cancel on me": a habit
        return "Could you let me know as early as you can if plans change?"
    return "Next time, could you let me know as early as you can if plans change?"


# Something booked, sent or bought wrong ("you booked the wrong dates for the hotel"): checked before next time.
_WRONG_ONE = re.compile(r"\byou (?P<verb>booked|ordered|bought|sent|posted|picked up|brought|printed|paid) (?:the|a) wrong\b", re.I)


def _wrong_one_ask(found: re.Match) -> str:
    verb = found.group("verb").lower()
    base = {"booked": "book", "ordered": "order", "bought": "buy", "sent": "send", "posted": "post",
            "picked up": "pick it up", "brought": "bring it", "printed": "print", "paid": "pay"}[verb]
    return f"Next time, could you double-check before you {base}?"


# A promise to be somewhere or fetch someone by a time, broken ("you said you'd pick Mia up at 3:15", "you promised
# you'd be home by 7"): the ask is for word in time when it can't be kept.
_TIMED_PROMISE = re.compile(r"\byou (?:said|promised|swore|told me) you'?d (?:pick|get|grab|collect|fetch|be (?:home|back|there|at|here)|"
                            r"come|meet)\b", re.I)


# Picked on in front of others ("you corrected my numbers in front of the whole team", "you announce my weight in
# front of Meena aunty", "you laughed at me in front of everyone"): the ask is to say it in private.
_IN_FRONT = re.compile(r"\byou (?P<verb>corrected|correct|contradicted|contradict|criticised|criticise|criticized|criticize|"
                       r"commented on|comment on|announced|announce|called me|call me|told me off|tell me off|"
                       r"laughed at|laugh at|made fun of|make fun of|mocked|mock)\b"
                       r"[^.?!]*\bin front of\b", re.I)


def _in_front_ask(found: re.Match) -> str:
    verb = found.group("verb").lower()
    joke = verb.startswith(("laugh", "made fun", "make fun", "mock"))
    ask = "keep jokes like that for when it's just us" if joke else "bring it up with me in private"
    past = verb.split()[0].endswith("ed") or verb.split()[0] in ("made", "told")
    return f"Next time, could you {ask}?" if past else f"Could you {ask}?"


# Cut off or talked over ("you keep interrupting me in meetings", "you talked over me the whole standup"): the ask is
# to be let finish.
_TALKED_OVER = re.compile(r"\byou (?:keep |always )?(?P<verb>interrupt(?:ed|ing)?|talk(?:ed)? over|cut me off|spoke over|speak over)"
                          r"(?P<who> (?:me|everyone|everybody|us|(?:the |our |my )(?:new )?\w+|(?-i:[A-Z][a-z]+)))?"
                          r"|\bI (?P<felt>feel|felt) interrupted\b|\bI (?P<could>couldn't) finish what I was saying\b", re.I)


def _talked_over_ask(found: re.Match) -> str:
    who = (found.group("who") or "").strip()
    others = who.lower() in ("everyone", "everybody", "us")
    ask = "give everyone a chance to finish" if others else "let me finish what I'm saying" \
        if who.lower() in ("", "me") else f"let {who} finish"  # "you talked over the new intern"
    verb = (found.group("verb") or found.group("felt") or found.group("could") or "").lower().split()[0]
    past = verb.endswith("ed") or verb in ("spoke", "felt", "couldn't")
    return f"Next time, could you {ask}?" if past else f"Could you {ask}?"


# Credit taken ("you take credit for my work in front of the manager"): the ask is for the speaker's part named.
_CREDIT = re.compile(r"\byou (?:took|take|taking) (?:the |all the )?credit for (?P<whose>my|our)\b", re.I)
# Left to face it alone ("your mother rearranged my kitchen and you just let her", "your kid bit mine and you just
# stood there"): the ask is to be backed up, or for the listener to step in.
_STOOD_BY = re.compile(r"\byou (?:just )?(?:stood there(?! on)|sat there(?! on)|let (?:her|him|them)\s*[.,!?]|didn't say a word|"
                       r"didn't back me up|didn't stick up for me|didn't stand up for me)", re.I)
_CHILD = re.compile(r"\b(?:kids?|child|children|son|daughter|toddler|boy|girl|dog)\b", re.I)


def _stood_by_ask(found: re.Match) -> str:
    return "Next time, could you step in?" if _CHILD.search(found.string) else "Next time, could you back me up?"


def _taken_mine_ask(found: re.Match) -> str | None:
    if _HARMED.search(found.string):
        return None  # "you took my charger and now it's broken": the damage is the complaint
    if found.group("gone"):  # sold or thrown out: there is no "next time" for the same thing
        return "Could you check with me before you get rid of my things?"
    return "Next time, could you ask me first?"


def _kept_things_ask(found: re.Match) -> str | None:
    if re.search(r"\b(?:came|come|comes|brought it|given it|gave it) back\b|\breturned\b", found.string, re.I):
        return None  # "you've had my drill since Easter and now it's come back with a snapped chuck": it's back
    things = found.group("thing") or found.group("kept") or ""
    many = re.search(r",| and |s\b$", things.strip())
    return f"Could you bring {'them' if many else 'it'} back when you get a chance?"


_SITUATION_ASKS = ((_SHARED, "Could you check with me before you share something like that?"),
                   (_KEPT_WAITING, "Next time, could you let me know if you're running late?"),
                   (_NO_SHOW, "Next time, could you let me know if you can't make it?"),
                   (_UNSENT_MONEY, "Could you send it over when you get a chance?"),
                   (_KEPT_THINGS, _kept_things_ask),
                   (_TAKEN_MINE, _taken_mine_ask),
                   (_LEFT_STATE, _left_state_ask),
                   (_CANCELLED, _cancelled_ask),
                   (_TALKED_OVER, _talked_over_ask),
                   (_CREDIT, lambda found: f"Could you make sure {found.group('whose').lower()} part in it is mentioned too?"),
                   (_STOOD_BY, _stood_by_ask),
                   (_IN_FRONT, _in_front_ask),
                   (_TIMED_PROMISE, "Next time, if something comes up, could you let me know in time?"),
                   (_WRONG_ONE, _wrong_one_ask))


def _situation_ask(before: str) -> str | None:
    """The ask of the first act in `_SITUATION_ASKS` that `before` names and that has one."""
    for pattern, ask in _SITUATION_ASKS:
        found = pattern.search(before)
        if found is None or pattern is _SHARED and (_UNTRUE.search(before) or outstanding(before)) \
                or pattern is _KEPT_WAITING and _SERVED.search(before):
            continue
        said = ask(found) if callable(ask) else ask
        if said:
            return said
    return None


def _asked_first(text: str, complaint: bool = False) -> str:
    """"…when you booked the holiday without asking me. Can we talk about it?" → "…Could you check with me
    first next time?"; only a generic closing is replaced, and only where no sentence asks anything yet.
    In a complaint's rewrite, a few other acts it names have their own ask (`_SITUATION_ASKS`)."""
    from .closings import GENERIC, TALK  # imported here: closings → feelings → this module

    last = re.search(r"(?:^|(?<=[.!?] ))([^.!?]+[.!?])\s*$", text)
    if not last or last.group(1) not in GENERIC + tuple(TALK) or "Could you" in text or "Would you" in text:
        return text
    before = text[:last.start(1)]
    asked = _WITHOUT_ASKING.search(before)
    if asked:
        who = (asked.group("asked") or asked.group("checked") or "").lower()
        # "signed off the supplier change without asking anyone": not only the speaker
        ask = f"Could you check with {'everyone' if who in ('anyone', 'anybody') else 'me'} first next time?"
    elif _WITHOUT_TELLING.search(before):
        ask = "Could you let me know first next time?"
    else:
        ask = _situation_ask(before) if complaint else None
        if ask is None:
            return text
    return before + ask


def _plain_from_now_on(m: re.Match) -> str:
    """"Could you put it back from now on?"; a longer ask with a clause of its own ("rebuild it after you
    break it") takes the time first, or "from now on" seems to tell when the breaking happens."""
    ask = m.group(1).strip()
    if len(ask.split()) > 7 or re.search(r"\b(?:after|before|when|if|while|until|in front of)\b", ask, re.I):
        return f"From now on, could you {ask}?"
    return f"Could you {ask} from now on?"


_OWN_LINE = re.compile(r"(?:Next time |From now on )?I(?:'ll| will| should| shouldn't| won't| need to)\b")


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def _said_once(text: str) -> str:
    """Drops a later sentence that repeats a three-word phrase (with a word of substance) said earlier."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 3:
        return text
    seen, kept = set(), []
    for sentence in sentences:
        words = [_stem(w) for w in re.findall(r"[a-z][a-z']*", sentence.lower())]
        grams = {tuple(words[k:k + 3]) for k in range(len(words) - 2)
                 if any(w not in _FUNCTION and len(w) > 3 for w in words[k:k + 3])}
        # only the speaker's own regret or promise said again goes; an ask may restate what it is about
        if kept and grams & seen and _OWN_LINE.match(sentence) and not sentence.endswith("?"):
            continue
        seen |= grams
        kept.append(sentence)
    return " ".join(kept)
