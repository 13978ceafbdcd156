"""Short blaming turns of film and TV scenes whose jab is in the shape, not in an insult word.

Each is one sentence, often opened by "Oh,", "Well,", "Look," or a name, that the clause readings take
word for word ("I feel let down when now you remember my birthday", "when sunshine, you forgot…") or
find nothing in. `mark_scenes` reads each sentence whole with `scene_turn`, last of read_message's
readings (an earlier one takes "Nice of you to show up" for praise, "you ought to thank me" for an
obligation); `scene_only` tells the engine and strategies that such a turn is a complaint, so no
apology or "I can tell this matters to you" answers it:

- a late act mocked: "Nice of you to show up.", "Look who finally decided to come home.", "You took
  your sweet time.", "So now you remember my birthday.": the wait is what hurt; the act is kept;
- "You call that an apology?": the thing named didn't feel like what it was called;
  "You call yourself a detective?" is contempt (the feeling-only fallback, venting.py);
- standing questioned, with an act: "What gives you the right to read my letters?", "Who asked you to
  meddle?": the act done without asking; "Who put you in charge?": wanting a say; "What do you know
  about raising children?": a different view of the topic; with no act ("Who invited you?") contempt;
- "You've got some nerve showing up here.": upset at the act, the verdict on nerve dropped;
- "You should be grateful I even stayed.": what the speaker did, and feeling unappreciated;
- "You and your temper.": the thing named, said as the speaker's struggle with it;
- "You picked a fine time to leave me.": the timing is what's hard; "So now it's my job to remind
  you?": the chore the speaker doesn't want to carry alone;
- "Look at the mess you made of my kitchen.", "You made a mess of things.": upset about the mess;
- mockery with nothing to keep ("Oh, you again.", "Here comes the hero of the hour.", "Aren't you
  the big man now.", "You think you're so clever.", "Who taught you to drive?"): contempt, which
  gets venting.py's feeling-only line where the model finds the turn hostile, and nothing otherwise.

`mocking_address` keeps a mocking name ("Hey, genius, …", "Einstein, …", "Hey, you, …", "…, boy.")
out of the rewrite: it is the jab, not the person's name, so "Einstein, it was frustrating…" is never said.
"""

from __future__ import annotations

import re

from .accusing import Accused
from .short_turns import PLAYFUL

_YOU = r"(?:you|u|ya)"
# Names that mock the listener when they open a turn ("Hey, genius, …", "Listen, hotshot, …").
EPITHETS = frozenset("""genius einstein sherlock hotshot sunshine mister missy smartass smarty smartypants
wiseguy wiseass champ chief ace slick brainiac dumbo princess tough buster bigshot hero""".split())
_EPITHET = re.compile(rf"^(?:(?:{'|'.join(sorted(EPITHETS))}|smart guy|big shot|wise guy|smarty pants),? |{_YOU}, )", re.I)

# The act mocked for coming late: "nice of you to show up", "look who finally decided to come home".
_ARRIVE = r"(?P<act>(?:show(?:ed)? up|turn(?:ed)? up|join(?:ed)? us|c[oa]me (?:home|back|in|over|down|along)|call(?:ed)?" \
          r"|get back|got back|drop(?:ped)? by|grace us with (?:your|ur) presence|make it|made it|be on time|wake up|woke up)" \
          r"(?: (?:at last|today|tonight|here|finally))?)"
_NICE_OF = re.compile(rf"^(?:(?:how|so|very|real(?:ly)?) )?(?:(?:nice|good|kind|big|decent|sweet) )?of {_YOU} to (?:finally )?{_ARRIVE}$", re.I)
_LOOK_WHO = re.compile(rf"^(?:well,? )?look who(?:'s| has| is)? (?:finally )?(?:decided to |deigned to |bothered to )?{_ARRIVE}$", re.I)
_FINALLY = re.compile(rf"^(?:so )?{_YOU} (?:finally )?(?:decided|bothered|deigned) to {_ARRIVE}$", re.I)
_TOOK_TIME = re.compile(rf"^{_YOU} (?:certainly |sure |really |(?:have |'ve )?)?(?:took|take|taken) (?:your|ur) (?:sweet |own |good )*time"
                        r"(?: about it| getting here| coming home)?$", re.I)
# "(so) now you remember my birthday": the act came, but late.
_NOW_YOU = re.compile(rf"^(?:so |oh )?(?:now|only now) {_YOU} (?P<verb>remember|want to|wanna|care(?: about)?|decide to|notice|think to|"
                      rf"ask(?: about)?|call|apologi[sz]e|show up|turn up)(?P<rest>(?: [\w'-]+){{0,6}})$", re.I)
_CALL_THAT = re.compile(rf"^{_YOU} call (?P<this>this|that|these|those|it) (?P<x>(?:an? |some )?[\w' -]{{2,30}}?)$", re.I)
_CALL_SELF = re.compile(rf"^{_YOU} call (?:yourself|urself|that being|this being) ", re.I)
# "what gives you the right to X", "who asked you to X", "who said you could X"
_RIGHT = re.compile(rf"^(?:what|who) (?:the (?:hell|heck) )?(?:gives|gave|give) {_YOU} (?:the right|permission|leave) to (?P<act>[^,]+)$"
                    rf"|^who (?:the (?:hell|heck) )?(?:asked|told|invited|allowed) {_YOU} to (?P<act2>[^,]+)$"
                    rf"|^who (?:the (?:hell|heck) )?said {_YOU} could (?P<act3>[^,]+)$", re.I)
_WHO_ASKED = re.compile(rf"^(?:who (?:the (?:hell|heck) )?(?:asked|invited|wanted|needs|called) {_YOU}(?: here| in)?"
                        rf"|who (?:asked|wanted) (?:for )?(?:your|ur) (?:opinion|input|advice|two cents|help)"
                        rf"|nobody (?:asked|wants|needs|wanted) (?:for )?(?:{_YOU}|your|ur)(?: \w+)?)$", re.I)
_IN_CHARGE = re.compile(rf"^who (?:the (?:hell|heck) )?(?:put|made|appointed|elected) {_YOU} (?:in charge|the boss|boss|king|queen|"
                        r"the judge|judge|god)(?: (?:here|around here|of (?:this|me|us)))?$", re.I)
# "What would you know about hard work?"; a plain "what do you know about the new hire?" may only ask, so
# "do" needs "even"/"possibly" or a topic of living (a gerund, "love", "loyalty"…).
_KNOW_ABOUT = re.compile(rf"^what (?:(?:would|could) {_YOU} (?:even |possibly |ever )?|(?:do|does) {_YOU} (?:even |possibly |ever )"
                         rf"|(?:do|does) {_YOU} (?=know about (?:\w+ing\b|(?:love|life|hard work|loyalty|sacrifice|grief|loss|family|"
                         rf"pain|responsibility|respect|marriage|commitment|honou?r)$)))know about (?P<x>[\w' -]{{2,40}})$", re.I)
_NERVE = re.compile(rf"^(?:{_YOU}(?:'ve| have)?(?: got)?|{_YOU} have) (?:a lot of |some |got some |quite a |a )?"
                    rf"(?:nerve|gall|cheek)(?:,? (?P<act>\w+ing(?: [\w' -]+)?))?$"
                    rf"|^the (?:nerve|gall|cheek) of {_YOU}(?:,? (?P<act2>\w+ing(?: [\w' -]+)?))?$", re.I)
_GRATEFUL = re.compile(rf"^{_YOU}(?: should| ought to| oughta| better| had better|'d better| would do well to) (?:be (?:grateful|thankful|glad)|thank me)"
                       rf"(?: (?:that|for))? (?:i|I) (?:even |ever |at least )?(?P<act>.+)$", re.I)
_AND_YOUR = re.compile(rf"^{_YOU} and (?:your|ur) (?P<x>(?:[a-z][\w-]* ){{0,2}}[a-z][\w-]*)$", re.I)  # no quoted words
_MESS = re.compile(rf"^(?:(?:just )?look at )?(?:the|what a) mess {_YOU}(?:'ve| have)? made(?: of (?P<x>[\w' ]{{2,30}}))?$"
                   rf"|^{_YOU}(?:'ve| have)? (?:certainly |really |sure )?(?:made|make) a (?:(?:real|right|proper|fine|total) )?"
                   r"mess of (?P<x2>[\w' ]{2,30})$", re.I)
# Mockery with nothing to keep.
_MOCKERY = re.compile(
    rf"^(?:{_YOU} again|here (?:he|she) comes?,? (?:the|our|my|mister|miss|little) [\w' -]+"
    rf"|(?:look,? )?(?:here comes|there goes|(?:well,? )?if it isn't) (?:the|our|my|mister|miss|little) [\w' -]+"
    rf"|(?:look,? )?the [\w' -]+ returns|(?:well,? )?(?:aren't|ain't) {_YOU} (?:just )?(?:the|a|so|such a) [\w' -]+"
    rf"|{_YOU} think {_YOU}(?:'re| are) (?:so |pretty |real |really )?(?:clever|smart|funny|special|cute|tough|great|important|"
    rf"big|hot stuff|something|all that)"
    rf"|who taught {_YOU} (?:to|how to) [\w' ]+(?:,? [\w' ]+)?|{_YOU} call (?:yourself|urself) an? [\w' -]+"
    rf"|(?:so )?{_YOU} do know how to [\w' ]+|look at {_YOU},? \w+ing [\w' ]+"
    rf"|i hope {_YOU}(?:'re| are) (?:happy|satisfied|proud of yourself)(?: now)?"
    rf"|{_YOU}(?:'ve| have) (?:really |gone and |finally )?(?:done it|outdone yourself)(?: now| this time)?"
    rf"|{_YOU} (?:smell|stink|reek) (?:like|of) [\w' ]+)$", re.I)
# "So now it's my job to remind you?": the chore the speaker doesn't want to carry alone.
_MY_JOB = re.compile(r"^(?:so )?(?P<now>now )?(?:it's|it is) (?:my|me) (?:job|responsibility|problem) to (?P<act>[^,]+)$", re.I)
_WAITED = "Could you let me know next time you're running late?"
# "You picked a fine time to leave me": the timing is what's hard, the act is kept.
_FINE_TIME = re.compile(rf"^{_YOU}(?:'ve)? (?:picked|chose|choose|pick|found) (?:a|the) (?:fine|great|good|perfect|nice|lovely|hell of a|"
                        rf"wonderful|brilliant) (?:time|moment|day|night|week|place) to (?P<act>.+)$", re.I)
# A question tag that only presses the point: "…, don't you?", "…, didn't you?".
_TAG = re.compile(rf",? (?:(?:don't|didn't|aren't|weren't|haven't|won't|wouldn't|can't|isn't|do|did|are|have) {_YOU}|right|eh)$", re.I)


def _act(text: str) -> str:
    """The act as said to the listener: "your" stays, the speaker's "my" stays."""
    return re.sub(r"\s+", " ", text).strip(" ,.!?")


def scene_turn(said: str, whole: str = ""):
    """An Accused, or "contempt", for a sentence that is one of the scene turns above; None otherwise."""
    if PLAYFUL.search(whole):
        return None  # "nice of you to show up lol": teasing among friends, not a row
    said = _EPITHET.sub("", said) if _EPITHET.match(said) and len(said.split()) > 2 else said
    said = _TAG.sub("", said)
    said = said.lower() if said.isupper() else said  # "YOU CALL THAT A PLAN?"
    found = _MY_JOB.match(said)
    if found and (found.group("now") or whole.rstrip().endswith("?")):
        line = f"I'd rather it wasn't all on me to {_act(re.sub(r' now$', '', found.group('act')))}"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line, request="Can we work out a way to share it?")
    return _late(said) or _named(said) or _standing(said) or _owed(said) or \
        ("contempt" if _MOCKERY.match(said) or _CALL_SELF.match(said) or _WHO_ASKED.match(said) else None)


def _late(said: str):
    found = _NICE_OF.match(said) or _LOOK_WHO.match(said) or _FINALLY.match(said)
    if found and found.re is _NICE_OF and not re.search(r"\b(?:finally|at last)\b", said, re.I) \
            and not re.match(r"(?:show|turn|join|grace|be on time|wake|woke)", found.group("act"), re.I):
        return None  # "Good of you to come, Doctor." may be meant: only a late arrival's own words mock it
    if found:
        act = _base(found.group("act"))
        line = f"I was waiting a long time for you to {act}"
        request = "Could you call me sooner next time?" if act == "call" else _WAITED
        return Accused(line, past=True, feeling="hurt", bare=True, statement=line, request=request)
    found = _FINE_TIME.match(said)
    if found:
        line = f"I'm finding it hard that you chose now to {_act(found.group('act'))}"
        return Accused(line, past=False, feeling="hurt", bare=True, statement=line, request="Can we talk about the timing?")
    if _TOOK_TIME.match(said):
        line = "I was waiting for you for a long time"
        return Accused(line, past=True, feeling="hurt", bare=True, statement=line, request=_WAITED)
    found = _NOW_YOU.match(said)
    if found:
        verb = found.group("verb").lower().replace("wanna", "want to")
        act = _act(f"{verb}{found.group('rest')}")
        line = f"It hurt to wait so long for you to {act}"
        return Accused(line, past=True, feeling="hurt", bare=True, statement=line, request="Can we talk about it?")
    return None


# The base form of an arrival said in the past ("showed up" → "show up").
_BASE = {"showed": "show", "turned": "turn", "joined": "join", "came": "come", "called": "call", "got": "get",
         "dropped": "drop", "made": "make", "woke": "wake"}


def _base(act: str) -> str:
    words = act.split()
    words[0] = _BASE.get(words[0].lower(), words[0].lower())
    return re.sub(r" (?:at last|finally)$", "", " ".join(words))


_KIN = {"sister", "brother", "mother", "father", "mum", "mom", "dad", "family", "wife", "husband", "kids", "children",
        "parents", "son", "daughter", "partner", "girlfriend", "boyfriend"}


def _named(said: str):
    """What the turn names, kept: the thing called something, the listener's X, the mess."""
    found = _CALL_THAT.match(said)
    if found and not _CALL_SELF.match(said):
        this = "That" if found.group("this").lower() in ("that", "those", "it") else "This"
        thing = re.sub(r"^(An?|Some) ", lambda m: m.group(1).lower() + " ", found.group("x").strip())  # "A plan" of an all-caps turn
        line = f"{this} doesn't feel like {thing} to me"
        return Accused(line, past=False, feeling="disappointed", bare=True, statement=line, request="Can we talk about it?")
    found = _AND_YOUR.match(said)
    if found and found.group("x").split()[-1].lower() not in _KIN:  # "you and your sister" may just name who
        line = f"I'm struggling with your {found.group('x')} right now"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line, request="Can we talk about it?")
    found = _MESS.match(said)
    if found:
        where = (found.group("x") or found.group("x2") or "").strip()
        line = f"I'm really upset about {_mess_of(where)}"
        return Accused(line, past=True, feeling="upset", bare=True, statement=line,
                       request="Can we sort it out together?")
    return None


def _mess_of(where: str) -> str:
    """"my kitchen" → "the mess in my kitchen", "things" → "the mess things are in"."""
    if re.match(r"^(?:my|our|the|your|his|her|their|this|that) ", where, re.I):
        return f"the mess in {where}"
    if where.lower() in ("things", "everything", "it all", "all of it", "this", "that", "it"):
        return "the mess things are in"
    return "the mess"


def _standing(said: str):
    """The listener's right to act questioned: the act kept, done without asking."""
    found = _IN_CHARGE.match(said)
    if found:
        line = "I'd like to have a say in this too"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line, request="Can we decide it together?")
    found = _KNOW_ABOUT.match(said)
    if found:
        line = f"I see {found.group('x').strip()} differently"
        return Accused(line, past=False, feeling="frustrated", bare=True, statement=line,
                       request="Can you hear me out on it?")
    found = _RIGHT.match(said)
    if found:
        act = _act(found.group("act") or found.group("act2") or found.group("act3"))
        if not act or re.match(r"^(?:here|in|that|this|it|so)$", act, re.I):
            return "contempt"  # "who asked you?", "who told you that?" name no act
        line = f"It upsets me when you {act} without asking me first"
        return Accused(line, past=False, feeling="upset", bare=True, statement=line,
                       request="Could you check with me first next time?")
    found = _NERVE.match(said)
    if found:
        act = found.group("act") or found.group("act2")
        if not act:
            return "contempt"
        line = f"It upsets me that you're {_act(act)}"
        return Accused(line, past=False, feeling="upset", bare=True, statement=line, request="Can we talk about it?")
    return None


# What the speaker "puts up with" is the listener: no act of theirs to keep.
_PUTDOWN = re.compile(r"^(?:bother|put up|tolerate|stand|bear|deal|waste (?:my )?time|talk|speak|look at|care)\b", re.I)


def _owed(said: str):
    """"You should be grateful I even stayed": what the speaker did, and wanting it seen."""
    found = _GRATEFUL.match(said)
    if not found:
        return None
    act = _act(re.sub(r"\b(?:even|ever)\s+", "", found.group("act")))
    if _PUTDOWN.match(act):
        return None  # "…I even bother with you": the favour is the put-down (pressure.py)
    line = f"I {act}, and I'm feeling unappreciated"
    return Accused(line, past=True, feeling="hurt", bare=True, statement=line,
                   request="It would mean a lot to me to feel that what I do is noticed.")


# Words a turn calls the listener by at its end that talk down ("You forgot the tickets, boy.").
_TRAILING = EPITHETS | {"boy", "girl", "kid", "sonny", "buster", "missy", "lad", "lass"}
_OPENERS = ("hey", "oi", "listen", "look", "well", "oh", "okay", "ok")


def mocking_address(doc, address, address_tokens):
    """(address, tokens) with a mocking name kept out: "Hey, genius, you…", "Einstein, you…",
    "Hey, you, you…", "…, boy.": its tokens (the comma with it, and an opener before it, whose
    "listen" would read as feeling unheard) are left out of the rewrite, and no name is put back."""
    tokens = list(doc)
    dropped = set()
    k = 0
    while k < len(tokens) and (tokens[k].is_punct or tokens[k].lower_ in _OPENERS):
        k += 1
    if k + 1 < len(tokens) and tokens[k + 1].text == ",":
        word = tokens[k]
        if word.lower_ in EPITHETS or word.lower_ in ("you", "u") and k + 2 < len(tokens) and tokens[k + 2].lower_ in ("you", "u"):
            dropped |= {t.i for t in tokens[:k + 2]}
    words = [t for t in tokens if not t.is_space]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) > 3 and words[-1].lower_ in _TRAILING and words[-2].text == ",":
        dropped |= {words[-1].i, words[-2].i}
    if not dropped:
        return address, address_tokens
    if address and any(t.text == address for t in tokens if t.i in dropped):
        address = None
    return address, set(address_tokens) | dropped


# Cues of a defence: a scene jab read here is an attack on the listener, not the speaker defending.
_DEFENCE_CUES = {"counter_attack", "denial", "excuse", "victim_stance", "minimising", "justification"}


def mark_scenes(clauses) -> None:
    """Reads each sentence whole, after every other reading (a later one would take "Nice of you to
    show up" for praise or "you ought to thank me" for an obligation): the reading goes on the
    sentence's first clause, and its other clauses ("I didn't call the police") say nothing more."""
    from .film_jabs import spoken_words  # film_jabs.py reads messages' clauses: imported late

    for group in _sentences(clauses):
        sent = _tokens_of(group)
        said = spoken_words(sent)
        reading = scene_turn(said, sent[0].doc.text)
        if reading is None:
            continue
        first = group[0]
        first.cues = set(first.cues) - _DEFENCE_CUES
        if reading == "contempt":
            # "the prodigal son returns" said of the listener is no event to be upset by (reading.happening
            # takes a third-person "contempt" clause for one): only the hostility is kept
            first.role = "contempt" if re.match(rf"^(?:{_YOU}|who|nobody|i|aren't|ain't|so|look at)\b", said, re.I) else "filler"
            first.literal = None
            first.cues = first.cues | {"contempt"}
        else:
            first.role, first.literal = "accusation", reading
        for clause in group[1:]:
            clause.role, clause.literal = "filler", None


def _sentences(clauses) -> list:
    """The clauses of each sentence; a sentence the parser cut off with no closing mark ("You should be
    thankful | I took you in.") runs on into the next."""
    groups: list = []
    open_start = None  # the start of the last sentence, if it had no closing mark
    for clause in clauses:
        if not clause.tokens:
            continue
        sent = clause.tokens[0].sent
        if groups and (sent.start == groups[-1][-1].tokens[0].sent.start or open_start is not None and open_start != sent.start):
            groups[-1].append(clause)
        else:
            groups.append([clause])
        words = [t for t in sent if not t.is_space]
        open_start = sent.start if words and not words[-1].is_punct else None
    return groups


def _tokens_of(group) -> list:
    """The tokens of the sentences a group of clauses spans."""
    first, last = group[0].tokens[0].sent, group[-1].tokens[0].sent
    return list(first.doc[first.start:last.end])


def scene_only(msg) -> bool:
    """Whether the whole message is one scene jab read here: nothing in it is the speaker defending,
    so no apology or "I can tell this matters to you" answers it ("You ought to thank me I didn't call
    the police" is no denial to own)."""
    from .film_jabs import spoken_words

    groups = _sentences(msg.clauses)
    return len(groups) == 1 and scene_turn(spoken_words(_tokens_of(groups[0])), msg.text) is not None
