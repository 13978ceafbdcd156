"""Messages that are only an attack or a shrug: say the feeling behind them, not the verdict.

"why are you like this", "idiot", "Grow up.", "not my problem": there is no event, object or
request to keep, so the other strategies have nothing to work with. Inventing one ("I feel hurt
when you forget the milk") would put words in the sender's mouth. What the guidance does allow is
an honest "I" statement about the moment itself — the feeling the message vents, and a way back
into the conversation — and, for a shrug, owning the defensiveness. These are fallbacks: shown
only when no rewrite built from the message's own content passes the re-check.

A message needs evidence of hostility of its own (a cue, a flagged clause, a known insult) before
it gets one: a neutral message that the model happens to score high is not turned into "I'm angry".
The one exception is `pointed_feeling`, the engine's very last resort: a milder line, for a remark
the model flags both whole and clause by clause, under the narrow conditions its docstring gives.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, FEELING_ONLY, I_STATEMENT, RESPONSIBILITY, Candidate
from .clauses import YOU
from .lexicon import FEELINGS, FELT_PARTICIPLES, TRAITS
from . import inflect
from .belittling import SHAME_FOR, belittles
from .discussion import about_views
from .insults import insulted
from .judgment_words import handed_down, personal_verdict
from .unowned_lapses import unowned_lapse  # others' lapse: no accuser to acknowledge
from .message import Message
from .view_gate import personal_event

# Names hurled at a person that the trait table (which maps a trait to the need under it) leaves out.
INSULTS = frozenset("""idiot idiots moron morons imbecile fool fools clown clowns loser losers nerd
dork jerk muppet numpty prat twat dick dickhead prick asshole arsehole bitch bastard tool troll
trolls snowflake karen boomer dumbass dumb stupid dense thick pathetic clueless ignorant ignorance
stupidity hypocrite hypocrites joke psycho weirdo creep freak nonsense rubbish garbage trash drivel
bollocks""".split())
_HOME_DENIAL = re.compile(r"\bI(?:'m| am) not the one who\b|\bI (?:didn't|did not|never) (?:touch|take|eat|lose|break|move)", re.I)
_SWEARING = frozenset("""fuck fucking fucked fk fkn ffs wtf shit bullshit bs crap damn goddamn
bloody hell""".split())
# "What is wrong with you", "why are you like this": the speaker can't make sense of the other.
_BEWILDERED = re.compile(r"\b(?:wrong with (?:you|u)|why (?:are|r) (?:you|u) like this|(?:you|u)(?:'re| are) (?:like this|unbelievable|"
                         r"impossible|unreal)|what(?:'s| is) your problem|are (?:you|u) (?:serious|kidding|"
                         r"for real|joking)|(?:you|u) can'?t be serious)\b", re.I)
# The same fight again: "here we go again", "typical", "as usual".
_AGAIN = re.compile(r"\b(?:again|typical|as usual|same old|here we go|every single time|classic|"
                    r"all the same|of course (?:you|u) (?:did|do|would))\b", re.I)
# Talk about views, facts and knowledge: the message is a disagreement, not a hurt.
_VIEWS = frozenset("""read reading article post comment comments thread point points argument argue
arguing logic fact facts source sources evidence proof science data study research believe belief
think thinking opinion opinions idea ideas claim claims clue know knowledge understand talking
wrong nonsense propaganda troll chamber boomer vote voted voter party government politics media
news educate educated google""".split())
_PRESSING_TAG = re.compile(r",?\s*(?:and\s+)?(?:you|u|ya)\s+know(?:\s+(?:it|that))?(?:,\s*[a-z]+)?\W*$", re.I)
_HOUSEHOLD_IF = re.compile(r"\bif (?:you|u) (?:ever|actually|even) (?:did|do|used|use|helped|help|cooked|cook|cleaned|clean|"
                           r"washed|wash|tidied|picked|looked after|went|came|lifted|bothered)\b", re.I)
_MAKES_ME = re.compile(r"\b(?:you|u) make me (?:sick|angry|mad|furious|crazy|want to scream)|"
                       r"can'?t (?:even )?(?:look at|stand|deal with) (?:you|u)\b", re.I)
# Brush-offs that carry no insult word: "get over yourself", "nice try", "keep telling yourself that".
_DISMISSIVE = re.compile(r"(?:^|[.!?]\s+|,\s*)(?:(?:oh|ok|okay|lol|well|yeah|sure|just)[,.!]?\s+)*"
                         r"(?:get over (?:yourself|it)|grow up|nice try|keep telling yourself|touch grass|"
                         r"cry me a river|imagine (?:being|thinking)|go back to (?:your|ur)|whatever you say|"
                         r"bless your heart|cope|seethe|sure,? jan|get a (?:clue|life|grip)|do (?:some|your) "
                         r"research|spoken like|says the (?:one|guy|person|man|woman))\b", re.I)
# Shrugs and deflections that need no cue: "not my problem", "Don't start.", "I can't win with you".
_SHRUG = re.compile(r"\b(?:not my (?:problem|fault|job)|don'?t start|can'?t win with (?:you|u)|leave me alone|"
                    r"not this again|(?:so )?(?:now )?it'?s (?:all )?my fault|don'?t blame me|i didn'?t do anything|"
                    r"get off my back|back off|whatever(?!\s+(?:you|u)\b)|(?:that'?s )?rich coming from (?:you|u)|"
                    r"(?:you'?re|ur|you are) (?:hardly |really |the last )?(?:one|person) to talk|look who'?s talking|"
                    r"pot,? kettle|sorry (?:that )?i (?:exist|breathe)|sorry for (?:existing|breathing|living)|"
                    r"i can'?t do anything right)\b", re.I)
# Insults by comparison: "you've got the manners of a goat", "you sound like a broken record".
_COMPARED = re.compile(r"\b(?:you(?:'ve| have) (?:got )?the (?:\w+ ){1,2}of an? \w+|"
                       r"(?:you|u) (?:look|sound|act|talk|drive|dress) like an? \w+)", re.I)
# Snipes that are a whole sentence: "Typical.", "thanks for nothing", "you people are all the same".
_SNIPE = re.compile(r"\bthanks for nothing\b|\bhere we go again\b|\b(?:alert|call) the (?:press|papers|news)\b|"
                    r"\b(?:want|deserve|get) a (?:medal|cookie|gold star|trophy)\b|\bmark (?:it in )?the calendar\b|\b(?:you|u) (?:people|lot|guys|lads|men|women) "
                    r"are all (?:the same|alike)\b|(?:^|[.!?]\s*)(?:just |how |so )?(?:typical|classic|unbelievable|"
                    r"pathetic|ridiculous)\W*(?:$|[.!?])", re.I)
# Shaming and fault pinned on the listener: "You should be ashamed of yourself", "It's your fault we're in this mess".
_SHAME = re.compile(r"\b(?:ashamed of (?:yourself|urself)|shame on (?:you|u)|(?:you|u) should be (?:embarrassed|ashamed)|"
                    r"have (?:you|u) no shame|(?:you|u)(?:'re| are) (?:a|an|such a|such an) (?:disgrace|embarrassment))\b", re.I)
_FAULT = re.compile(r"\b(?:it'?s|it is|this is|that'?s|that is) (?:all |entirely |completely )?(?:your|ur) fault\b"
                    r"(?:,?\s*(?:that\s+)?(?P<x>[^.!?;,]+))?", re.I)
# Affection said with a rude word: "you idiot, I love you", "you're ridiculous 😂 love it".
WARM = re.compile(r"\b(?:love (?:you|u|ya|it|this|that)|luv (?:you|u|ya)|ily|miss (?:you|u))\b|❤|😘|🥰|😍|💕", re.I)
_HOSTILE_CUES = {"contempt", "character_attack", "counter_attack", "accusing_question",
                 "fault_attribution", "absolute_accusation", "denial", "minimising", "victim_stance"}
_DEFENSIVE_CUES = {"denial", "minimising", "counter_attack", "victim_stance", "excuse"}


def say_the_feeling(msg: Message) -> list[Candidate]:
    """Fallback "I" statements for a message that is hostile and names nothing to keep; the name it
    was said to stays ("Calm down, Mum." → "Mum, I can hear that you're upset with me…")."""
    from .reading import with_address  # reading.py imports the strategies' modules: imported late
    found = []
    for c in _feeling_lines(msg):
        text = with_address(msg, c.text)
        found.append(Candidate(text[:1].upper() + text[1:], c.strategy, c.fallback))  # "ok mum, …" → "Mum, …"
    return found


def _feeling_lines(msg: Message) -> list[Candidate]:
    if not hostile(msg):
        # A defence with no hostility ("I was home all night", "I had work, Mum") that the model reads
        # as defensive on its own: acknowledge and listen, the first move of the guidance.
        return [Candidate(text, strategy, fallback=FEELING_ONLY) for text, strategy in _owned_defensiveness(msg)
                if strategy == ACKNOWLEDGE] if _defending(msg) and not unowned_lapse(msg) else []  # unowned_lapses.py
    found = [Candidate(text, I_STATEMENT) for text in _fault_line(msg) + _shamed_act(msg)]  # each keeps its act
    shrugs = _shrugs(msg)
    # An insult flagged only as defensive is still an insult; a shrug or a counter-attack ("that's
    # rich coming from you") is defensive whatever the flag, so it is owned; and a defence that is
    # neither ("I didn't say anything wrong, you took it the wrong way") is owned, not vented.
    attacks = msg.blaming or _insulting(msg) or _felt(msg)  # "Don't patronise me": the speaker's feeling, said as such
    if attacks:
        found += [Candidate(text, I_STATEMENT, fallback=FEELING_ONLY) for text in _blaming_feeling(msg)]
    if shrugs or msg.defensive and not attacks:
        found += [Candidate(text, strategy, fallback=FEELING_ONLY) for text, strategy in _owned_defensiveness(msg)]
    return found


# Good news said to someone ("oh wow, you're a grandma now!! congratulations"): a false flag, not a remark.
CHEER = re.compile(r"\b(?:congrat\w*|thanks?|thank you|proud of (?:you|u)|happy for (?:you|u)|so happy|well done|"
                    r"amazing|awesome|yay|wo+hoo+)\b|[🎉🥳😊🙂😀😃😄]", re.I)


# Reassurance, not a defence: "no rush on the rent money, i'm not worried".
EASY = re.compile(r"\b(?:no (?:rush|worries|problem|pressure|hurry)|not worried|don'?t worry|all good)\b", re.I)


# The mild lines: said of a remark that names nothing to keep (here, and floor.py's last resort for any flagged
# message nothing else answered).
MILD_BLAME = ("I'm feeling upset about this, and I'd like us to talk it through calmly. Can we?",
              "Something about this is bothering me, and I'd rather talk about it than snap. Can we talk it through?")
MILD_VIEW = "I see this differently. Can you tell me what makes you see it that way?"
MILD_DEFENCE = ("I can hear this matters to you, and I want to understand how you see it. Can you tell me more?",
                "I'd like to hear what upset you before I say anything else. Can you tell me?")


def pointed_feeling(msg: Message) -> list[Candidate]:
    """The last resort (engine._pool asks only when no strategy found anything, under either label):
    a remark at the listener that names nothing to keep and carries no insult ("You're a grown woman
    now, Ellen.", "Did you really expect me to drop everything for you?") but that the model flags
    as blaming, whole and clause by clause: the feeling under it, said mildly. Weaker evidence than
    `_hostile`, so no "I'm angry". A turn flagged defensive the same way gets the acknowledgement."""
    from .reading import with_address  # reading.py imports the strategies' modules: imported late
    lines = [(line, I_STATEMENT) for line in _pointed_lines(msg)] or [(line, ACKNOWLEDGE) for line in _pointed_defence(msg)]
    found = []
    for line, strategy in lines:
        text = with_address(msg, line)
        found.append(Candidate(text[:1].upper() + text[1:], strategy, fallback=FEELING_ONLY))
    return found


def _pointed_defence(msg: Message) -> list[str]:
    """"It wasn't like that, Maggie.", "I was only gone an hour.": flagged defensive, whole and in a
    clause of the speaker's own (or "it"/"that" standing for what happened), and read by nothing else.
    Not the hurt speaker ("I guess my opinion doesn't count"): theirs is a feeling, not a defence."""
    if "defensive" not in msg.flagged or WARM.search(msg.text) or CHEER.search(msg.text) \
            or EASY.search(msg.text) or _speaker_hurt(msg) or sum(t.is_alpha for t in msg.doc) < 3 \
            or unowned_lapse(msg):  # others' lapse complained of: nobody to acknowledge (unowned_lapses.py)
        return []
    own = any(c.scores.get("defensive") and not c.question and any(  # "really, it's already December??" asks
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("i", "it", "that", "this", "we") for t in c.tokens)
        for c in msg.clauses)
    return [msg.pick(MILD_DEFENCE, "pointed defence")] if own else []


def _pointed_lines(msg: Message) -> list[str]:
    if "blaming" not in msg.flagged or _about_someone_else(msg, _words(msg)) or WARM.search(msg.text) \
            or CHEER.search(msg.text) \
            or handed_down(msg.text):  # "You're fired, Pete": a decision, not a grievance (judgment_words.py)
        return []
    if any(t.lower_ in ("i", "i'm", "im", "i'd", "i'll", "i've") and t.dep_ in ("nsubj", "nsubjpass") for t in msg.doc):
        return []  # "I missed you, Annie", "I'd like you to call": the speaker's own words already; "I know where you live"
    # said of the listener: "you" (or "your X") the subject of a verb, in a clause the model flags alone;
    # "you too!" says nothing of them, and four words are the least a remark about someone takes
    aimed = any(c.scores.get("blaming") and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and (t.lower_ in YOU or any(
            d.lower_ in ("your", "ur") for d in t.children)) for t in c.tokens) for c in msg.clauses)
    if not aimed or sum(t.is_alpha for t in msg.doc) < 4:
        return []
    if about_views(msg):
        return [MILD_VIEW]
    return [msg.pick(MILD_BLAME, "pointed")]


def hostile(msg: Message) -> bool:
    """Hostility aimed at the listener, on the message's own evidence: an insult or swearing, a
    hostile cue, or a known brush-off. Ironic words alone ("typical", "congrats") are not enough,
    and neither is the model's score: a false flag must not become "I'm angry"."""
    words = _words(msg)
    if _about_someone_else(msg, words) or WARM.search(msg.text) and not re.search(r"\b(?:but|though)\b", msg.text, re.I):
        return False
    if belittles(msg) or _SHAME.search(msg.text) or _FAULT.search(msg.text):
        return True
    if {t.lower_ for t in msg.doc} & (INSULTS | _SWEARING | set(TRAITS)) or _felt(msg) or insulted(msg):
        return True
    # A cue is a word pattern ("grow up" in "you had to grow up fast"): it counts only where the
    # model, reading that clause alone, flags it too.
    if any((c.cues & _HOSTILE_CUES or c.role in ("attack", "contempt")) and c.scores.get("blaming")
           or c.cues & _DEFENSIVE_CUES and c.scores.get("defensive") for c in msg.clauses):
        return True
    if any(pattern.search(msg.text) for pattern in (_BEWILDERED, _MAKES_ME, _DISMISSIVE, _SHRUG, _COMPARED, _SNIPE)):
        return True
    # In an argument about views the model's flag on a clause is enough: the fallback there only
    # says "I see this differently", which a false flag can't make untrue.
    return (about_views(msg) or _impersonal_jab(msg)) and any(c.scores.get("blaming") for c in msg.clauses)


def _impersonal_jab(msg: Message) -> bool:
    """A remark at the listener that touches nothing of the speaker's own life (no "I", "me", "my", "we")
    and is no insult: in a thread, a disagreement ("You clearly don't understand how the Senate works"),
    so the reply is the views line, which a false flag can't make untrue."""
    words = _words(msg)
    # long enough to argue something: "that's rich coming from you" is a retort, not a position
    return bool(words & YOU) and not words & _FIRST_PERSON and sum(t.is_alpha for t in msg.doc) >= 8 \
        and not _insulting(msg) and not personal_verdict(msg.text) \
        and not WARM.search(msg.text) and not msg.defensive and not _DISMISSIVE.search(msg.text) \
        and not any(c.role in _NOT_A_VIEW for c in msg.clauses)


# An order, a defence, or sarcasm read as filler ("nice of you to show up to your own standup") is no view.
_NOT_A_VIEW = {"pressure", "counter", "minimising", "denial", "excuse", "filler", "victim"}


def _personal_attack(msg: Message) -> bool:
    return any(c.cues & _HOSTILE_CUES or c.role in ("attack", "contempt") for c in msg.clauses)


def _defending(msg: Message) -> bool:
    """A clause of the speaker's own (a denial, an excuse, "I…") that the model flags defensive by itself.
    Not the hurt speaker ("I guess my opinion doesn't count", "I'm just disappointed"): theirs is a
    feeling to say, not a defence to own."""
    return msg.defensive and not msg.blaming and not _speaker_hurt(msg) and any(
        c.scores.get("defensive") and (c.role in ("denial", "excuse", "minimising")
                                      or any(t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass") for t in c.tokens))
        for c in msg.clauses)


def _speaker_hurt(msg: Message) -> bool:
    return any(c.role == "victim" or "victim_stance" in c.cues or _mine_discounted(c) for c in msg.clauses) \
        or bool({t.lemma_.lower() for t in msg.doc} & (set(FEELINGS) | _OWN_FEELINGS))


_FIRST_PERSON = {"i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "us", "our",
                 "ours", "ourselves"}
_OWN_FEELINGS = {"disappointed", "sad", "upset", "mad", "angry", "gutted", "devastated", "feeling", "feel"}


def _mine_discounted(clause) -> bool:
    """"my opinion doesn't count", "my feelings don't matter": the speaker's own, said not to count."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "my" for c in t.children)
               and any(c.dep_ == "neg" for c in t.head.children) for t in clause.tokens)


def _insulting(msg: Message) -> bool:
    """An insult, swearing or a known jab in the message itself, whatever the model flagged."""
    if {t.lower_ for t in msg.doc} & (INSULTS | _SWEARING | set(TRAITS)) or insulted(msg):
        return True
    return any(p.search(msg.text) for p in (_BEWILDERED, _MAKES_ME, _DISMISSIVE, _COMPARED, _SNIPE, _SHAME, _FAULT)) \
        or belittles(msg)


def _about_someone_else(msg: Message, words: set) -> bool:
    """"Jake never pays anyone back": a complaint about a third person, not a fight with the listener."""
    if words & (YOU | {"your", "ur", "yours", "yourself"}):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ == "PROPN" or t.lower_ in ("he", "she", "they"))
               for t in msg.doc)


def _shrugs(msg: Message) -> bool:
    """Every clause denies, minimises or hits back: "not my problem", "Don't start."."""
    content = [c for c in msg.clauses if c.role != "filler"]
    return bool(content) and all(c.cues & _DEFENSIVE_CUES or c.role in ("denial", "minimising", "counter", "victim")
                                 or _SHRUG.search(c.text) for c in content)


def _words(msg: Message) -> set:
    return {t.lower_ for t in msg.doc} | {t.lemma_.lower() for t in msg.doc}


def _blaming_feeling(msg: Message) -> list[str]:
    """One or two "I" statements, chosen by what the message vents; the first fits best."""
    text, words = msg.text, _words(msg)
    stung = _felt(msg)
    if stung:
        return [f"I feel {stung} right now. Can we slow down and talk about this calmly?",
                f"I'm feeling {stung}, and I'd like us to talk about this without it turning into a fight."]
    if _shouting(text) or words & _SWEARING or _MAKES_ME.search(text):
        return [msg.pick(["I'm really angry right now, and I don't want to say something I'll regret. "
                          "Can we take a break and come back to this when we've both calmed down?",
                          "I'm too angry to talk about this well right now. Can we take a break "
                          "and talk when we're both calmer?"], "angry")]
    if _BEWILDERED.search(text):
        return [msg.pick(["I'm upset, and I don't understand what's going on with you right now. "
                          "Can you help me understand?",
                          "I'm confused and hurt by what's happening between us. Can you help me "
                          "understand what's going on for you?"], "bewildered")]
    if _AGAIN.search(text) and not about_views(msg):  # a stranger in a thread shares no history
        return ["I'm frustrated that we keep ending up here. Can we try talking about this differently?"]
    # "you'd know if you ever did the shopping": a chore, not a view; "you sound like your mother": personal
    chore = _HOUSEHOLD_IF.search(text) or personal_verdict(text)
    # "I'm not the one who ate your yoghurt… if you don't believe me": a denial at home, no view to debate
    chore = chore or _HOME_DENIAL.search(text) and not about_views(msg)
    chore = chore or personal_event(msg) and not about_views(msg)  # 2am noise, a date, a pan: no view to debate (view_gate.py)
    if _PRESSING_TAG.search(text):  # "You're a joke, you know that?": the tag presses the insult, it's no talk of knowledge
        words = words - {"know"}
    if not chore and (about_views(msg) or words & _VIEWS or _impersonal_jab(msg) and not _personal_attack(msg) or _DISMISSIVE.search(text) and not re.search(r"\b(?:grow up|get over)", text, re.I)):
        return [msg.pick(["I see this very differently. Can you tell me what makes you see it that way?",
                          "I don't agree with you here. Can you walk me through how you got there?"], "views")]
    if _SHAME.search(text) or _FAULT.search(text):
        return ["I'm really upset about what happened, and I'd like us to talk about it."]
    return [msg.pick(["I'm really frustrated right now, and I'd rather tell you that than take it out "
                      "on you. Can we talk about what happened?",
                      "I'm upset with how this is going between us, and I'd like to sort it out. "
                      "Can we talk it through?"], "frustrated")]


def _shamed_act(msg: Message) -> list[str]:
    """"Shame on you for forgetting my birthday" → "I'm really upset that you forgot my birthday…": the act
    kept, the shaming gone (belittling.py says the same of an act in public, "using a tragedy…")."""
    found = SHAME_FOR.search(msg.text) if not belittles(msg) else None  # in public: belittling.py's reply
    verb = next((t for t in msg.doc if found and t.idx == found.start("v")), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    rest = found.group("x").strip(" ,")
    return [f"I'm really upset that you {inflect.past(verb.lemma_.lower())}{' ' + rest if rest else ''}, and I'd like us "
            f"to talk about it."]


def _fault_line(msg: Message) -> list[str]:
    """"It's your fault we're in this mess" → "I'm really upset about this mess, and I'd like us to sort
    it out together.": the situation kept, the fault left out (a shared problem, not a verdict)."""
    found = _FAULT.search(msg.text)
    said = (found.group("x") or "").strip(" ,") if found else ""
    if not said or not re.match(r"(?:we|we're|we've|our|us|I|I'm|I've|my)\b", said, re.I) or YOU & set(said.lower().split()):
        return []
    state = re.match(r"we(?:'re| are) (?:now |still )?in (?P<t>(?:this|that|such a|a|the) [\w ]+)$", said, re.I)
    feeling = f"I'm really upset about {state.group('t')}" if state else f"I'm really upset that {said}"
    return [f"{feeling}, and I'd like us to sort it out together."]


def _owned_defensiveness(msg: Message) -> list[tuple[str, str]]:
    return [("I notice I'm getting defensive, and I don't want to. Can you tell me again what's "
             "bothering you? I'm listening.", RESPONSIBILITY),
            (msg.pick(["I can hear that you're upset with me. I want to understand, so can you tell "
                       "me what happened from your side?",
                       "I can tell this matters to you. I'd like to hear what upset you before I "
                       "say anything else."], "hear"), ACKNOWLEDGE)]


def _felt(msg: Message) -> str | None:
    """"stop attacking me", "you're judging me" → "attacked", "judged": the speaker's own feeling."""
    for tok in msg.doc:
        if tok.lemma_.lower() in FELT_PARTICIPLES and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ == "me" for c in tok.children):
            if any(c.lower_ in YOU for c in tok.children if c.dep_ == "nsubj") or tok.head.lemma_ == "stop" \
                    or tok.dep_ == "ROOT" and tok.tag_ == "VBG" \
                    or tok.tag_ == "VB" and tok.lemma_.lower() != "leave" and any(c.dep_ == "neg" for c in tok.children) \
                    and not any(c.dep_ == "nsubj" for c in tok.children):  # "Don't patronise me" ("Don't leave me here": no)
                return inflect.participle(tok.lemma_.lower())  # "guilt-trip" → "guilt-tripped"
    return None




def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return "!!" in text or (len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.7)
