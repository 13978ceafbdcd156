"""Short confrontation turns of the film and TV kind, said as the speaker's feeling and need.

Each is one sentence that names little beyond a time, a name or a topic, so copied into "I feel …
when you…" it comes out garbled ("when you were last night you") or not at all:

- "Where were you last night, Frank?", "Where have you been?": the speaker didn't know where the
  listener was and was worried; asks to be told (the time is kept);
- "I trusted you.", "I believed in you, kid.": the trust is what was hurt; asks to understand;
- "How long have you known?", "When were you going to tell me about the loan?", "Were you ever
  going to tell me?", "How long were you going to keep this from me?": hurt at finding out late;
  asks to be told now (the topic is kept);
- "So that's it?" before "You're just leaving?": the opener only presses the question, so it is
  read as contempt (dropped), and "You're (just) leaving?" is hurt at the leaving, with a request
  to talk first.

`film_turn` is asked last by film_jabs.sentence_jab with the sentence's spoken words (no name called
at either end, no fillers or closing punctuation) and the whole message.
"""

from __future__ import annotations

import re

from .accusing import Accused
from .short_turns import PLAYFUL

_YOU = r"(?:you|u|ya)"
_TIME = (r"(?P<time> (?:last night|all night|all day|all weekend|this morning|today|yesterday|tonight|"
         r"last weekend|on (?:the night of )?(?:the )?[\w ]{2,30}?|at (?:two|three|four|\d+)[\w ]{0,20}?))?")
_WHERE = re.compile(rf"^where (?:the (?:hell|heck) )?(?P<q>were {_YOU}|have {_YOU} been|did {_YOU} go){_TIME}$", re.I)
# The request for each "where" question, in the listener's own tense.
_WHERE_ASK = {"were": "where you were", "have": "where you've been", "did": "where you went"}
# A word the speaker calls the listener by at the end of the turn ("I believed in you, kid").
_CALLED = re.compile(r",? (?:kid|son|sweetheart|honey|babe|man|mate|pal|buddy|partner)$", re.I)
_TRUSTED = re.compile(rf"^i (?:(?:really|actually) )?(?P<verb>trusted|believed in|counted on|relied on) {_YOU}"
                      r"(?P<with> with (?:my|our|the) [\w' ]{2,30}?)?$", re.I)
_ABOUT = r"(?P<about> about [\w' ]{2,40}?)?"
_LATE = re.compile(rf"^(?:how long (?:have|had) {_YOU} known|(?:when|were) (?:were )?{_YOU} (?:ever )?(?:going to|gonna) tell me"
                   rf"|how long (?:were|was) {_YOU} (?:going to|gonna) (?:keep|hide) (?:this|it|that) from me){_ABOUT}(?: exactly)?$",
                   re.I)
_THATS_IT = re.compile(r"^(?:so,? )?(?:that's it|that is it|is that it)$", re.I)
_LEAVING = re.compile(rf"^(?:you're|you are|ur) (?:just )?(?P<act>leaving|going|walking out(?: on (?:us|me|me and the kids))?"
                      rf"|quitting|moving out|giving up)(?: (?:just )?like that)?$", re.I)


# "Don't you walk away from me.": an order, though the parser reads "don't you…" as a question and the
# request then asks for the act ("would you be willing to walk away from me?"); a verb of knowing or
# wanting keeps it a question ("Don't you want to come.").
_DONT_YOU = re.compile(rf"^(?:don't|do not) {_YOU} (?:ever |even )?(?!dare\b)(?P<act>(?!(?:know|think|want|like|love|see|remember|"
                       rf"understand|get|care|feel|have|need|agree|mind|wish|believe|miss|worry)\b)[a-z]+\b.*)$", re.I)


# "You think I didn't see the texts?": the speaker did see them, and is hurt; not a defence to apologise for.
_SAW = re.compile(rf"^(?:so |oh )?(?:{_YOU} think|do {_YOU} think|did {_YOU} think) i (?:didn't|did not|don't|wouldn't|"
                  rf"wasn't going to) (?P<verb>see|notice|know about|know|hear about|find out about|find out)"
                  rf" (?P<x>[\w' ]{{2,40}}?)$", re.I)
_SAW_PAST = {"see": "saw", "notice": "noticed", "know about": "knew about", "know": "knew", "hear about": "heard about",
             "find out about": "found out about", "find out": "found out"}


def sees_through(text: str) -> bool:
    """"You think I didn't see the texts?": a complaint, though it has "I didn't" in it (wronged.py)."""
    said = re.sub(r"(?:,\s*[A-Z][a-z]+)?\W*$", "", text.strip())
    return bool(_SAW.match(said))


def film_turn(said: str, whole: str = "", asked: bool = False):
    """An Accused, or "contempt", for a sentence that is one of the turns above; None otherwise.
    `asked`: the sentence ends in a question mark."""
    if PLAYFUL.search(whole):
        return None  # "I trusted you lol", "where were you 😂": teasing, not a row
    found = _SAW.match(said)
    if found:
        verb = found.group("verb").lower()
        told = _SAW_PAST[verb] if re.search(r"\b(?:didn't|did not|wouldn't|wasn't)\b", said, re.I) else verb
        line = f"I {told} {found.group('x')}, and I'm really hurt"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line,
                       request="Can we talk about it honestly?")
    found = _DONT_YOU.match(said)
    if found and not asked:
        return Accused(f"you {found.group('act')}", past=False, feeling="hurt")  # "It hurts when you walk away from me"
    said = _CALLED.sub("", said)
    found = _WHERE.match(said)
    if found and (found.group("time") or re.search(r"\b(?:hell|heck)\b", said, re.I)):
        # a bare "Where were you?" may only ask (and after "where were you when Dad was dying?" it repeats it)
        time = (found.group("time") or "").rstrip()
        where = _WHERE_ASK[found.group("q").split()[0].lower()]
        # "I didn't know where you were" alone reads as an excuse to the classifier; "worried about you" leads
        line = f"I was worried about you, not knowing {where}{time}"
        return Accused(line, past=True, feeling="worried", bare=True, statement=line,
                       request=f"Can you tell me {where}?")
    found = _TRUSTED.match(said)
    if found:
        verb = found.group("verb").lower()
        line = f"I {verb} you{found.group('with') or ''}, and I feel really hurt"
        return Accused(line, past=True, feeling="hurt", bare=True, statement=line,
                       request="Can you help me understand what happened?")
    found = _LATE.match(said)
    if found:
        about = found.group("about") or ""
        if "keep" in said.lower() or "hide" in said.lower():
            line = "I feel hurt that this was kept from me"
            request = "Can we talk about it openly?"
        else:
            line = f"I feel hurt that I'm only finding out{about} now"
            request = "Can you tell me how long you've known?" if said.lower().startswith("how long") \
                else "Can we talk about it now?"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line, request=request)
    if _THATS_IT.match(said) and _LEAVING.search(_next_sentence(whole)):
        return "contempt"  # "So that's it?" only presses the question after it
    found = _LEAVING.match(said)
    if found:
        act = found.group("act").lower()
        line = f"I'm really hurt that you're {act}"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line,
                       request="Can we talk about it before you go?")
    return _honesty(said, whole)


# "Tell me the truth (for once)", "Don't lie to me", "Just be honest with me": a need for honesty.
_TRUTH = re.compile(rf"^(?:just |please )?(?:tell me the truth|be honest with me|don't (?:you )?(?:dare )?lie to me"
                    rf"|do not lie to me|stop lying)(?: for once| this time| now)?(?: about (?:it|this|that))?$", re.I)
# "Say it.", "Go on, say it.", "Just say it.", "Say what you really think.": the speaker wants it said.
_SAY_IT = re.compile(rf"^(?:(?:go on|come on),? )?(?:just )?(?:say it|spit it out|out with it)$", re.I)
_SAY_WHAT = re.compile(rf"^(?:just )?say what {_YOU} (?:really )?(?:think|mean|want to say)$", re.I)
# "Is that what you think of me?", "Is that all I am to you?": hurt at how the speaker feels seen.
_SEEN = re.compile(rf"^(?:is that|(?:so )?that's) (?:what {_YOU} (?:really )?think of me|all i am to {_YOU}|how {_YOU} see me)$", re.I)


def _honesty(said: str, whole: str):
    if _TRUTH.match(said):
        line = "I really need us to be honest with each other right now"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line, request="Can you tell me the truth?")
    if _SAY_IT.match(said):
        if any(_SAY_WHAT.match(_bare(part)) for part in _sentences(whole)):
            return "contempt"  # "Say it. Say what you really think.": the second sentence carries it
        said = "say what you think"
    if _SAY_WHAT.match(said):
        line = "I'd really like to hear what you think"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line,
                       request="Can you tell me honestly?")
    if _SEEN.match(said):
        line = "It really hurts to feel that's how you see me"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line, request="Can we talk about it?")
    return None


def _bare(part: str) -> str:
    return re.sub(r"[?!.…]+$", "", part).strip()


def _sentences(whole: str) -> list:
    return re.split(r"(?<=[?!.])\s+", whole.strip())


def _next_sentence(whole: str) -> str:
    """The sentence after "So that's it?" in the message, without closing punctuation."""
    parts = re.split(r"(?<=[?!.])\s+", whole.strip())
    for k, part in enumerate(parts[:-1]):
        if _THATS_IT.match(re.sub(r"[?!.…]+$", "", part).strip()):
            return re.sub(r"[?!.…]+$", "", parts[k + 1]).strip()
    return ""
