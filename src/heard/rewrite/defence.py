"""The strategies for defensive messages: take responsibility, and acknowledge first."""

from __future__ import annotations

import re

from .conditions import forced_cost
from .candidate import ACKNOWLEDGE, RESPONSIBILITY, Candidate
from .complaint_topic import brushed_topic, fitting, lapse_topic, speakers_own
from .deflection import brushed_off, dismisses, upset_about
from .downplays import martyr, sizes_down
from .retorts import knew_mine, made_clear, reminder
from .lapses import forgot_clauses, kept_word, owned_lapses
from .justifies import brushes_off, justifies
from .lexicon import AMENDS, INTERJECTIONS, TRANSPORT
from .message import PEOPLE, Message
from .amends import amends_for, late_sense, others_lateness
from .accounts import named_fixes, on_the_way, retort  # "it'll be fixed Monday": news beside the brush-off, kept
from .supported_denials import unknown_thing_off  # "I didn't know the gun was loaded" (supported_denials.py)
from .owning import (negated, owned_joke, speaker_verbs, apologies, perceived_action, reflected_view, said_back,
                     their_feeling)
from .phrases import DISOWNS, SHRUG, WRONGDOING
from .reading import compose as _compose, denies, facts_of, request_for, talk_request, targets_of
from .shields import NOT_ENOUGH, apology_shield, shielded
from .situations import cleaned
from .sneers import without_sneers
from .spoken import CUE as SPOKEN, answered, speaker_hurting
from .surface import capitalise, render, words_of
from .sympathy import acknowledges; from .arguing import argues  # a line that argues with the complaint
from .unsent import how_much, seen_instead; from .brushed_things import named_thing  # the brushed-aside words answered, not apologised for (unsent.py)
from .wronged import nothing_to_own; from .denied_points import guessed_cause  # a guessed cause kept as "I think…"
from .corrections import SORRY_ALONE, brush_words, correction, defends, disowned, doubts, misread, sees_hurt, unhedged

LATE_AMENDS = next(line for words, line in AMENDS if "late" in words)  # the lateness line, found by its cue


def take_responsibility(msg: Message) -> list[Candidate]:
    if not msg.defensive or nothing_to_own(msg) or speaker_hurting(msg) or answered(msg):
        return []  # "Who took my lunch??"; "Nobody cares", "I had my reasons": spoken.py answers those
    owned = owned_lapses(msg)
    if not owned and (disowned(msg) or misread(msg)):
        return []  # "the moderators did", "I wasn't the one who…": no apology for the act denied (corrections.py)
    denying = _denying(msg)  # what follows a denial is its support: not kept inside the apology
    context = [] if denying else _unbrushed(msg, _context(msg))
    thing = _denied_thing(msg) if denying else None
    topic = msg.topic(roles=("denial", "minimising", "excuse")) or thing or upset_about(msg)
    topic = fitting(msg, topic)  # not "I'm sorry about Sam", nor "about my best friend's wedding"
    if topic and _only_supposed(msg.text, topic):
        topic = thing or upset_about(msg)  # "it's not like I spent the rent": the rent is what did not happen
    if not owned and not context and not topic and not shielded(msg):
        return []
    if owned:
        opener, more = _one_apology(owned[0], owned[1:2])
    elif context and context[0].startswith("I'm sorry "):  # "I'm sorry the dog got out" says it already
        opener, more, context = context[0], [], context[1:]
        owned = [opener]
    else:
        opener, more = msg.pick([f"I'm sorry about {topic}" if topic else "I'm sorry this has been so hard",
                                 "I hear you, and I'm sorry for how this went",  # not "a hassle": a relapse is none
                                 "I'm sorry, and I can see this affected you"], "own"), []
        if thing:  # "I didn't break your mug": sorry about the mug, without owning the act
            opener = f"I'm sorry about {thing}"
    amends = amends_for(msg, skip=_no_amends)
    if shielded(msg) and not owned:  # "I said I was sorry": the apology didn't land; own that
        opener, amends = f"I'm sorry. {NOT_ENOUGH}", "What can I do to make it right?"
    waited = not owned and amends == LATE_AMENDS and _kept_waiting(msg)
    if waited:  # "stuck on the M25": own the wait
        opener = "I'm sorry I kept you waiting"
    if not (owned or thing or topic or waited or NOT_ENOUGH in opener or _excused(msg, context)):
        return []  # "I was home all night", "we were talking": no lapse to apologise for, nor its impact
    impact = None if "affected you" in opener or "landed" in opener or NOT_ENOUGH in opener else msg.pick(
        ["I can see how that affected you", "I know it made things harder for you",
         "I can see why that upset you"], "impact")
    found = []
    if owned or (topic and not context) or NOT_ENOUGH in opener:
        found.append(Candidate(compose(msg, [opener, *more, impact, amends]), RESPONSIBILITY))
    if context:
        found.append(Candidate(compose(msg, [opener, *more, *context, impact, amends]), RESPONSIBILITY))
    return found


# The apology tacked onto a line that owns something else ("I wanted to help, and I'm sorry it didn't
# go the way you hoped", "I should have checked, and I'm sorry").
_TACKED_SORRY = re.compile(r",? and I'm sorry\b.*$")


def _only_supposed(text: str, topic: str) -> bool:
    """`topic` is named only inside "it's not like…"/"as if…", the thing the speaker says did not happen
    (not "it's not like I'm the only one who forgot…": that one did happen, to others too)."""
    noun = re.escape(topic.split()[-1])
    inside = re.findall(rf"\b(?:not like|as if)\b(?! (?:I'?m|I am|I was|we'?re|we were) the only\b)[^.!?,;]*\b{noun}\b",
                        text, re.I)
    return bool(inside) and len(re.findall(rf"\b{noun}\b", text, re.I)) == len(inside)


def _one_apology(opener: str, more: list) -> tuple[str, list]:
    """Two owned lapses that both apologise say sorry once: the act named ("I'm sorry I skipped the
    review step") first, the good intent after it without its own apology; a line the opener already
    says ("I should have checked for myself") is not said twice."""
    if not more or "sorry" not in more[0]:
        return opener, more
    bare = _TACKED_SORRY.sub("", opener)
    if bare.lower() == _TACKED_SORRY.sub("", more[0]).lower():
        return opener, []
    if bare != opener and more[0].startswith("I'm sorry "):
        return more[0], [bare]
    return opener, more


# A bare apology of the message's own: kept, since it names nothing for `owned_lapses` to own.
_PLAIN_SORRY = SORRY_ALONE  # a bare apology: one definition (corrections.py)


def _no_amends(clause) -> bool:
    """Clauses whose words don't say what amends fit: an apology held up as a shield, and a promise
    reminded of ("I said I'd fix the fence": its "said" is no careless word to be careful about)."""
    return apology_shield(clause) or reminder(clause) and (made_clear(clause) or "").startswith("I'm sorry I haven't")


def _shrug(text: str) -> bool:
    """A shrug at the complaint ("whatever", "it happens"); "whatever I did, I did it for us" opens a
    justification with "whatever", "whatever happens now is on you" puts the blame on the listener, and
    "what was I supposed to do" pleads that there was no choice: none of them brushes anything off."""
    text = re.sub(r"\bwhatever(?= (?:I|you|we|he|she|they|it|happens|happened|comes)\b)", "", text, flags=re.I)
    return bool(SHRUG.search(re.sub(r"\bwhat (?:else )?(?:was|am) I supposed to\b", "", text, flags=re.I)))


def _brushing(clause) -> bool:
    """The clause brushes the complaint off ("it's not a big deal", "it was like 5 min", "relax");
    "nothing I could do" shrugs off the speaker's part, not the other's feelings, and spoken.py reads
    the lines it has a role for."""
    return (clause.role == "minimising" or _shrug(clause.text) or dismisses(clause.text) or sizes_down(clause.text)
            or brushes_off(clause.text)) \
        and not DISOWNS.search(clause.text) and not any(cue.startswith(SPOKEN) for cue in clause.cues) \
        and not martyr(clause.text)  # "whatever, I'm always the bad guy": the speaker's hurt


def _excused(msg: Message, context) -> bool:
    """An excuse names a lapse ("I was busy", "my phone died" said as one): the apology has something
    to be about. A plain fact ("I was home all night") or a justification does not."""
    return any(c.role == "excuse" for c in msg.clauses) or any(
        line.startswith(("I should have", "I'm sorry")) or "could really use your help" in line for line in context) \
        or any(late_sense(t) in ("person", "thing") for c in msg.clauses if c.role == "fact" for t in c.tokens)  # "the report was late"


# Words that say someone was left waiting (the lateness amends also fire on "road", "plane", "stuck").
_WAITING = {"late", "wait", "waiting", "traffic", "delay", "delayed", "m25", "motorway", "jam"}


def _kept_waiting(msg: Message) -> bool:
    """"stuck in traffic", "I was late": someone waited. "I stayed late at the office" / "worked late"
    says how long the speaker was out, not that anyone was kept waiting for them; "the report being late" is
    the report's lateness, not the speaker's."""
    return any((t.lower_ in _WAITING or t.lemma_.lower() in _WAITING)
               and not (t.lower_ == "late" and t.head.lemma_ in ("stay", "work", "sit")) and not others_lateness(t)
               for t in msg.doc)


# The acknowledgement that names nothing, for a defence with no topic (damaged_things.py swaps it for the thing).
GENERIC_ACKNOWLEDGEMENTS = ("I can see this really upset you", "I hear how upset you are", "It makes sense that you're upset")


def acknowledge_first(msg: Message) -> list[Candidate]:
    validations = [render(cleaned(c, msg.address_tokens, strict=False)).rstrip(".!?,; ")
                   for c in msg.clauses if (acknowledges(c) or sees_hurt(c.text)) and not _mocking(c)
                   and not doubts(c.text)]  # sympathy.py; "I know the comment hurt", not doubt (corrections.py)
    validations = [v for k, v in enumerate(validations) if v.lower() not in {w.lower() for w in validations[:k]}]  # once
    reflected = next((r for r in (reflected_view(c) for c in msg.clauses) if r), None)
    if speaker_hurting(msg) or answered(msg):  # "Nobody ever thinks about what I'm going through" (spoken.py)
        return []
    if any(forced_cost(c) for c in msg.clauses):  # "I wouldn't have had to wait two hours if you'd texted": the
        return []  # speaker's cost of the listener's lapse, a complaint ("I" statement), not a defence to soften
    if not (msg.defensive and not nothing_to_own(msg) or validations or reflected or their_feeling(msg)):
        return []
    # "I didn't tell you because…" owns an omission and explains it: no "I'm sorry it felt like I told you"
    perceived = next((p for k, p in enumerate(perceived_action(c) for c in msg.clauses)
                      if p and not _explained(msg.clauses, k)), None)
    topic = unknown_thing_off(msg, lapse_topic(msg) or upset_about(msg))  # nor "the gun" not known loaded
    if topic and topic.split()[-1].lower() in PEOPLE:
        topic = None  # "upset your mum": "I can see why your mum upset you" would turn it round
    minimised = any(_brushing(c) for c in msg.clauses)
    sized_down = _brushed_thing(msg) if minimised else None  # "the scratch on the Corolla"
    sorry = [a for a in owned_lapses(msg) if "sorry" in a][:1] or [  # "I said awful things and I'm sorry";
        "I'm sorry" for k, c in enumerate(msg.clauses) if _PLAIN_SORRY.match(c.text)  # "sorry but…" takes it back
        and not (k + 1 < len(msg.clauses) and re.match(r"\W*(?:but|though|however)\b", msg.clauses[k + 1].text, re.I))][:1]
    puzzled = any(WRONGDOING.search(c.text) for c in msg.clauses)
    feeling_seen = their_feeling(msg)
    # "I didn't X, I just Y": the denial as what they saw, and the account (corrections.py)
    corrected = correction(msg, bool(validations or feeling_seen), bool(sorry) or "sorry" in " ".join(validations).lower()) \
        if validations or feeling_seen or not perceived and (minimised or not reflected) else []
    openers = []
    if validations:
        opener = validations[0] + (f", and {validations[1]}" if len(validations) > 1 else "")
    elif feeling_seen:
        opener = f"{feeling_seen}, and that makes sense"
    elif shielded(msg) and not (sized_down and not sorry):
        opener = NOT_ENOUGH  # but "it was ONE scratch on the Corolla and I already said sorry" names the scratch
    elif corrected and corrected[0][0].startswith("I can see why it"):
        opener = corrected[0][0]  # "I wasn't being sarcastic, that's just how I write"
    elif minimised and sorry:  # "Things happen" beside "I forgot the cake": one apology, for the cake
        opener = msg.pick(["I can see this really matters to you", "I can see how much this matters to you"], "min")
    elif minimised:
        topic = sized_down
        said = brush_words(said_back(msg))  # not "I'm sorry I said it was one drink" (corrections.py)
        brushed = msg.pick([f"I can see {how_much(topic or '')} to you, and I don't want to brush it off" if topic else
                            "I can see this matters to you, and I don't want to brush it off",  # not "I'm sorry I
                            f"I can see this really matters to you, and I don't want to brush off {topic}" if topic else
                            "I can see this really matters to you, and I don't want to brush it off"], "min")  # said" (unsent.py)
        if said:  # the words brushed aside, answered in the present ("I can see it's a big deal to you")
            openers.append(brushed)
            opener = seen_instead(said)
        else:
            opener = brushed
    elif reflected:
        opener = msg.pick([f"It sounds like you feel {reflected}, and I want to understand why",
                           f"I hear that you feel {reflected}, and I'd like to understand how you see it"], "refl")
    elif perceived:
        text, was = perceived
        opener = (f"I'm sorry it felt like {text}. That's not how I want to come across" if was else
                  f"I'm sorry it feels like {text}. That's not what I want")
    elif topic:
        opener = msg.pick([f"I can see why {topic} upset you", f"It makes sense that you're upset about {topic}",
                           f"I hear you, and I get why you're upset about {topic}"], "ack")
    else:
        opener = msg.pick(GENERIC_ACKNOWLEDGEMENTS, "ack")
    if msg.blaming and not msg.defensive:
        asked = next((r for r in (request_for(msg, c) for c in targets_of(msg)) if r), None)
        closing = asked or talk_request(msg, topic)
    elif puzzled:
        closing = "I don't fully see what went wrong yet, and I'd like to. Can you tell me how it affected you?"
    elif shielded(msg):
        closing = "What would help?"
    else:
        closing = msg.pick(["Can we talk it through?", "What would help?",
                            "I'm happy to go through it together."], "offer")
    linked = bool(validations) and any(c.connector == "but" for c in msg.clauses)
    found = []
    # After a denial ("I didn't break it", "it's not my fault"), the facts that follow are its support
    # ("it was already cracked", "she started it"): said back, they keep the defence.
    context = [f for f in ([] if _denying(msg) else _unbrushed(msg, _context(msg)))
               if f.lower() not in " ".join(validations).lower()]  # "I know that stung": an acknowledgement now
    first = opener
    for opener, facts in [(opener, []), (opener, context),
                          *((other, []) for other in openers)]:
        if not (validations or perceived or reflected or topic or sorry or facts or minimised or puzzled or corrected
                or feeling_seen or shielded(msg)):
            continue
        told = _told(corrected[0], opener) if corrected and (validations or feeling_seen or opener == corrected[0][0]
                                                             or not corrected[0][0].startswith("I can see why it")) else []
        if told:
            lines = [opener, *told, *(s for s in sorry if s.lower() not in opener.lower())]
        elif linked and facts:
            lead = opener
            if validations and opener.startswith(validations[0]) and ", and " in opener:
                # "Thank you for raising this. I understand you're worried, and the lease says…": one "and"
                before, after = opener.rsplit(", and ", 1)
                lead = f"{before}. {capitalise(after)}"
            lines = [f"{lead}, and {facts[0]}", *sorry, *facts[1:]]
        else:
            lines = [opener, *sorry, *facts]
        found.append(Candidate(compose(msg, [*lines, closing]), ACKNOWLEDGE))
    for told in (_told(lines, first) for lines in corrected[1:] if validations or feeling_seen or first == lines[0]
                 or not lines[0].startswith("I can see why it")):
        found.append(Candidate(compose(msg, [first, *told, closing]), ACKNOWLEDGE))  # the plainer readings
    if corrected and not first.startswith("I can see why it"):  # and the reading without them, if all read defensive
        found.append(Candidate(compose(msg, [first, *sorry, *(context or []), closing]), ACKNOWLEDGE, fallback=True))
    return found


def _brushed_thing(msg: Message) -> str | None:
    """What the brush-off sizes down, when it names it ("the scratch on the Corolla"); "loads of
    people fail", "a minor issue": the words that make it small name no topic."""
    topic = named_thing(msg, brushed_topic(msg, lambda c: _brushing(c) and not brushes_off(c.text)))
    if speakers_own(topic):
        return None  # "how my mum does bedtime": not "I'm sorry I brushed off my mum"
    if brushed_off(msg.text, topic):
        return None  # "making such a fuss": the brush-off, not what the listener cares about
    if topic and re.search(r"\bjoke\b", topic) and any(owned_joke(c) for c in msg.clauses):
        return None  # the joke is owned on its own line ("my joke landed badly"), not brushed off
    return topic


def _told(lines: list, opener: str) -> list:
    return lines[1:] if lines and lines[0] == opener else lines


def _unbrushed(msg: Message, facts: list[str]) -> list[str]:
    """Beside a brush-off ("it's not worth fighting about"), a fact about the thing ("it was 20
    bucks", "the customer got their refund") is its support: only the speaker's own lines stay."""
    if not any(_brushing(c) for c in msg.clauses):
        return facts
    return named_fixes(msg, [guessed_cause(f) or f for f in facts if re.match(r"(?:I\b|I'|my\b|we\b|we'|our\b)", f, re.I) or on_the_way(f)
                             or guessed_cause(f) or _HELD_UP.search(f)])


# "The M6 was shut at junction 10, I texted you at 3. And it was one late night…": what held the speaker up is
# their account of the lateness, not support for the brush-off beside it.
_HELD_UP = re.compile(rf"\b(?:{TRANSPORT})s?\b"
                      r"[^.!?]{0,30}?\b(?:was|were|got|had been) (?:shut|closed|cancelled|canceled|delayed|blocked|gridlocked|"
                      r"diverted|suspended)\b", re.I)


# A defence's facts about the listener ("it's not like you're perfect either", "you said six")
# are counter-claims: said back inside an apology or an acknowledgement, they keep the defence.
_LISTENER = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b", re.I)


def _context(msg: Message) -> list[str]:
    """The facts an apology or acknowledgement may carry: the speaker's own side, without the
    reminders that hold earlier words up against the complaint ("I told you I'd be home by six")."""
    told = [c for c in msg.clauses if reminder(c)] + forgot_clauses(msg)  # "it slipped my mind": said already
    told += [msg.clauses[k + 1] for k, c in enumerate(msg.clauses) if reminder(c) and kept_word(msg.clauses, k)]
    if told:
        msg = Message(msg.text, msg.doc, [c for c in msg.clauses if c not in told], msg.address,
                      msg.address_tokens, msg.labels)
    # "everybody has off nights", "nobody got hurt": argued back, not told (justifies.py)
    return [unhedged(f) for f in _own_side(facts_of(msg, roles=("fact", "own", "excuse"), flagged=True))
            if not justifies(f) and not _ELLIPTIC.match(f) and not defends(f) and not retort(f) and not argues(f)]  # "within our rights" (corrections.py)


# "I would be too", "me too": the feeling they echo was the listener's, left behind in the message;
# "That said": the turn to the defence, cut from both sides
_ELLIPTIC = re.compile(r"^\W*(?:(?:I|we) (?:would|'d|was|were|am|do|did|'m) (?:be |have been )?(?:too|as well)"
                       r"|so (?:would|was|did) (?:I|we)|me too"
                       r"|that said|having said that|still|anyway|however)\W*$", re.I)  # a connective left alone


def _own_side(facts: list[str]) -> list[str]:
    """The facts, less those about the listener; the speaker's own lines keep their "you" ("I should
    have let you know I was swamped")."""
    return [f for f in facts if (re.match(r"(?:I\b|I'|my\b|we\b|our\b)", f, re.I) or not _LISTENER.search(f)
                                 or _SUMMED_UP.match(f) and not _LISTENER.search(_SUMMED_UP.sub("", f)))
            and not _THEIR_PART.search(f)]


# "The $280 taken off your bond is for carpet cleaning…": what the speaker charged, and why; the listener only owns
# the thing it came off, so the fact is the speaker's account, not a point about the listener.
_SUMMED_UP = re.compile(r"^(?:the )?[$£€₦₹R]\s?\d[\d,.]*k? (?:taken |deducted |kept |held )?(?:off|from|out of) your \w+", re.I)


# "I was perfectly polite until you accused me of lying": the listener's act held up as the cause.
_THEIR_PART = re.compile(r"\b(?:when|until|till|because|since|after|cause|cos|bc)\s+(?:you|u)\b", re.I)


def _explained(clauses, k: int) -> bool:  # "…because…", or owned: "I didn't call you back, I'm sorry"
    if SORRY_ALONE.match(clauses[k].text.rsplit(",", 1)[-1]):
        return True  # "I didn't text you, sorry"
    return k + 1 < len(clauses) and (clauses[k + 1].connector in ("because", "cause", "cos", "coz", "bc")
                                     or bool(SORRY_ALONE.match(clauses[k + 1].text)))


def _denied_thing(msg: Message) -> str | None:
    """The thing a denied act was done to: "I didn't break your stupid mug" → "your stupid mug"."""
    for clause in msg.clauses:
        for verb in speaker_verbs(clause):
            thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                          and any(d.dep_ in ("det", "poss") for d in c.children)), None) or next(
                (c for c in verb.subtree if c.pos_ == "NOUN" and c.i > verb.i and any(  # a misparse ("lol")
                    d.dep_ == "poss" and d.lower_ in ("your", "ur") for d in c.children)), None)
            if negated(verb) and _past(verb) and thing is not None \
                    and not any(t.lower_ in ("my", "our", "mine") for t in thing.subtree) \
                    and not any(t.lower_ in _NOBODYS for t in thing.subtree):  # "anyone's comments": whose?
                words = [t for left in thing.lefts if left.dep_ in _NOUN_PARTS for t in left.subtree]  # "your mum's"
                return render(words_of([t for t in [*words, thing] if t.lower_ not in INTERJECTIONS]))  # "your charger lol"
    return None


_NOUN_PARTS = {"det", "poss", "amod", "compound", "nummod"}
_NOBODYS = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody"}


def _denying(msg: Message) -> bool:
    """The message denies the speaker's act ("I didn't break it", "I never touched it"): what follows
    is its support ("it was already cracked"). "It's not my fault the shipment was late" owns the
    lapse, and the facts that explain it may stay."""
    return any(negated(v) and _past(v) and v.lemma_.lower() not in ("mean", "intend")  # "I didn't mean to scratch it":
               for c in msg.clauses for v in speaker_verbs(c))  # the act owned, its reasons free to stay


def _past(verb) -> bool:
    """A finished act, not a passive or a plan: "didn't break", "never touched"."""
    return (verb.tag_ == "VBD" or any(a.lower_ == "did" for a in verb.children)
            or verb.tag_ == "VBG" and verb.lemma_ != "think" and any(a.lower_ in ("was", "were") for a in verb.children)) \
        and not any(a.dep_ == "auxpass" for a in verb.children)  # "I wasn't drinking that much"


_BLAME_WORDS = {"fault", "blame", "responsibility"}


def defence_lemmas(msg: Message, support: bool = True) -> set:
    """Lemmas a rewrite need not keep: the support a denial leans on ("it was already cracked",
    "Dave sent me the numbers late"), the word "fault" of "not my fault", an apology used as a
    shield. The engine leaves them out when it measures how much of the message a rewrite keeps;
    with `support=False` the support counts, for the check that some candidate tells the speaker's side."""
    if not msg.defensive:
        return set()
    found = set()
    for clause in msg.clauses:
        words = {t.lemma_.lower() for t in clause.tokens}
        if apology_shield(clause):
            found |= words
        elif clause.role == "denial" or reflected_view(clause) or perceived_action(clause) or denies(clause):
            found |= words & _BLAME_WORDS
            found |= {v.lemma_.lower() for v in speaker_verbs(clause) if negated(v)}  # "didn't break": the denial
        elif _denying(msg) and clause.role in (("fact", "excuse", "counter") if support else ("excuse", "counter")) \
                and not apologies(_only(msg, clause)):
            found |= words
    return found


def _only(msg: Message, clause) -> Message:
    return Message(msg.text, msg.doc, [clause], msg.address, msg.address_tokens, msg.labels)


def compose(msg: Message, lines) -> str:
    """The lines as one message, without an insult pinned to the listener's thing ("your stupid
    mug" → "your mug") and without "I can see" twice (the second says "I know")."""
    text = without_sneers(_compose(msg, lines))
    # "I was only trying to keep to schedule though": the contrast it answered is gone, so is "though"
    text = re.sub(r"\s+(?:though|tho)\b(?=\s*(?:[,.!?]|$))", "", text, flags=re.I)
    first = text.find("I can see")
    if first >= 0:
        head, rest = text[:first + 9], text[first + 9:]
        text = head + re.sub(r"(^|[.!?] )I can see ", r"\1I know ", rest)
    return text


def _mocking(clause) -> bool:
    """Sympathy as sarcasm ("Oh, poor you. Must be so hard being you"), or the speaker's own feeling
    held up as something the listener knew ("You knew I'd be upset"): neither validates the listener."""
    text = clause.text.lower()
    if knew_mine(clause):
        return True
    # "I'm sorry you feel that way" regrets the feeling, not the act: a non-apology, not validation
    return "poor you" in text or "being you" in text or bool(re.search(r"\bsorry (?:if |that )?you (?:feel|felt|think|thought|see)\b", text)) or "contempt" in clause.cues or bool(
        clause.scores.get("blaming"))

