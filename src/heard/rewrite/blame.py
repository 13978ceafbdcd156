"""The strategies for blaming messages: "I" statement, drop the absolutes, behaviour not character,
question to request."""

from __future__ import annotations

import re

from .accusing import Accused
from .acts import spoiled_occasion
from .asides import NAMES_OCCASION
from .asking import plain_negation, request_after
from .deflection import dismisses
from .candidate import BEHAVIOUR, DROP_ABSOLUTES, I_STATEMENT, REQUEST, Candidate
from .clauses import trait_name
from .disagreement import disagreement
from .evidence import fitting_things, fitting_topic
from .favours import favour_lines
from .granted import granted
from .left_out import left_out
from .reported import passed_on
from .lexicon import TRAITS
from .message import Message
from .moments import in_past, moment_feeling, setup_of, still_going, told_once
from .subjects import facts_of, say_situation, sincere, stands_alone  # reading's, repaired
from .opinions import own_view
from .owning import victim_feeling
from .phrases import BARE, HEAR_ME_OUT, STONEWALL, unframe
from .pressure import pressure_lines
from .reading import (FELT_WITH, MIND_VERBS, acted, NO_SITUATION, compose, experience, feeling_sentence, happening,
                      is_full_clause, is_negative, is_past, request_for, talk_request, targets_of, when_clause, when_first)
from .situations import cleaned, specific, verb_phrase
from .states import STATES, feels_like, voiced_feeling
from .surface import is_emoji, render, sentence, words_of


def i_statement(msg: Message) -> list[Candidate]:
    found = [Candidate(compose(msg, lines), strategy) for lines, strategy in pressure_lines(msg)]  # pressure.py
    found += _time_out(msg) + _defensive_i_statement(msg) + _left_out(msg)
    if favour_lines(msg):  # "I was doing you a favour by…, but you'd rather moan" (favours.py)
        return found + [Candidate(compose(msg, favour_lines(msg)), I_STATEMENT)]
    if not msg.blaming:
        return found
    targets = [c for c in targets_of(msg) if not granted(c)]  # not "I know you're grieving" (granted.py)
    if not targets and any(c.role == "validation" for c in msg.clauses) and not any(
            c.role in ("attack", "contempt", "accusation", "question", "fault") for c in msg.clauses):
        return found  # "Thank you for raising this, I understand…, but the lease says…": nobody blamed, no hurt to voice
    view = own_view(msg)
    if view:  # "The fence is fine": the speaker's view and a question, with no feeling made up
        found.append(Candidate(compose(msg, view), I_STATEMENT))
        if not targets:
            return found
    found.extend(_spoiled(msg))
    opposed = disagreement(msg)
    if opposed:  # mockery of advice or a claim: the speaker's own view of it and a real question
        found.extend(Candidate(compose(msg, lines), I_STATEMENT, fallback) for lines, fallback in opposed)
        if not any(fallback for _, fallback in opposed) and not any(c.literal is not None for c in targets):
            return found  # "I feel upset when you're a guy who…" would only repeat the sneer
    # "You promised." is too thin to follow "when": a fuller clause about the same act leads
    leads = [c for c in targets if c.literal is not None or not BARE.match(say_situation(msg, c))] or targets
    for primary in (leads[:2] if leads else [None]):
        found.extend(_i_statement_about(msg, targets, primary))
    return found


_IS_A = re.compile(r"^(?:it|this|that|she|he|they)(?:'s| is| are|'re) (?:a|an|the|my|our|your|his|her) ", re.I)


def _spoiled(msg: Message) -> list[Candidate]:
    """"you ruined the whole weekend" → "I felt … about how the weekend went": the occasion, not the verdict."""
    for clause in msg.having("attack", "accusation", "fault", "contempt"):
        spoiled = spoiled_occasion(clause)
        if spoiled:
            occasion, past = spoiled
            line = f"I felt {msg.feeling()} about how {occasion} went" if past else \
                f"I feel {msg.feeling()} about how {occasion} is going"
            return [Candidate(compose(msg, [line, *facts_of(msg), talk_request(msg)]), I_STATEMENT)]
    return []


def _time_out(msg: Message) -> list[Candidate]:
    """Shutting the talk down ("whatever, I'm done talking", "shut up") → saying so and asking for a break;
    "shut up and listen" asks to be heard instead."""
    if HEAR_ME_OUT.search(msg.text):
        return [Candidate(compose(msg, ["I really need you to hear me out on this",
                                        "Could you listen for a minute before you answer?"]), I_STATEMENT)]
    if not any(STONEWALL.search(c.text) for c in msg.clauses):
        return []
    need = msg.pick(["I'm feeling overwhelmed, and I need a short break from talking about this",
                     "I'm getting too worked up to talk about this well right now"], "pause")
    ask = msg.pick(["Can we come back to it in a little while?",
                    "Could we take a few minutes and then talk it through?"], "back")
    return [Candidate(compose(msg, [need, ask]), I_STATEMENT)]


def _left_out(msg: Message) -> list[Candidate]:
    """"Why was I not told that…?" → what the speaker missed, the feeling, a request (left_out.py)."""
    told = passed_on(msg) if msg.blaming else None  # "my son says you shouted at him" (reported.py)
    if told:
        return [Candidate(compose(msg, told), I_STATEMENT)]
    lines = left_out(msg)
    if not lines:
        return []
    facts = [f for f in facts_of(msg) if f.startswith(("I ", "I'"))]  # "I had to find out from another parent"
    return [Candidate(compose(msg, [lines[0], *facts[:1], lines[1]]), I_STATEMENT)]


def _defensive_i_statement(msg: Message) -> list[Candidate]:
    """A martyr's line ("I'm always the bad guy") said as the hurt under it ("I'm feeling like…")."""
    hurt = victim_feeling(msg) if msg.defensive else None
    if not hurt:
        return []
    context = facts_of(msg, roles=("fact", "own", "excuse"), flagged=True)
    closing = msg.pick(["Can we talk about what you need from me?", "I'd like us to talk about it.",
                        "Could we figure out together what would help?"], "victim")
    found = [Candidate(compose(msg, [hurt, closing]), I_STATEMENT)]
    if context:
        found.append(Candidate(compose(msg, [hurt, *context, closing]), I_STATEMENT))
    return found


def _i_statement_about(msg: Message, targets, primary):
    feeling = msg.feeling()
    voiced = voiced_feeling(primary)
    if voiced and not msg.feeling_named():  # "how could you do this to me?" voices hurt (accusing.py)
        feeling = voiced
    request, used = None, set()
    if primary is not None:
        frame = experience(primary) if primary.literal is None else None
        asked = request_for(msg, primary)
        if primary.literal is not None and primary.literal.statement:
            opener = sentence(primary.literal.statement)
        elif frame and frame[3]:
            opener = sentence(frame[0])
            request = frame[2]
        else:
            sit = when_first(msg, primary, frame[0] if frame else told_once(primary, say_situation(msg, primary)))
            moment = shared_moment(msg, primary, sit, feeling)
            if moment:
                opener, setup = moment
                used.add(setup)
            else:
                # "it seems like you didn't love me" is an impression now: "I feel", not "I felt … when it seems"
                opener = sentence(still_going(feeling, sit, FELT_WITH) or feeling_sentence(
                    msg, feeling, sit, is_past(primary) and not sit.startswith("it seems ")))
            request = frame[2] if frame else None
        if asked and (request is None or len(asked.split()) > len(request.split()) + 2
                      or (primary.literal is None and when_clause(msg, primary))):
            request = asked
    elif happening(msg):
        event = happening(msg)
        sit = say_situation(msg, event)
        if " when " in sit:  # "Lauren only calls when she needs something": no second "when"
            opener = sentence(f"I {'felt' if is_past(event) else 'feel'} {feeling} that {sit}")
        else:
            opener = feeling_sentence(msg, feeling, sit, is_past(event))
        used.add(sit)
    else:
        topic = fitting_topic(msg, msg.topic(), told=True)  # not "the rest" of "the rest of us" (evidence.py)
        facts = facts_of(msg)
        if not any(not f.startswith(("I ", "I'")) for f in facts):
            need = next((f for f in facts if re.match(r"^I (?:still )?need\b", f)), None)
            if need:  # "per my last email, I need the numbers by 3pm": the need itself, kept whole
                return [Candidate(compose(msg, [need, "Could you let me know if that works for you?"]), I_STATEMENT)]
            from .thing_fallbacks import own_told  # "I paid you back the £25, check your app": kept (thing_fallbacks.py)
            return own_told(msg) + _about_topic(msg, feeling, facts)
        told = next((f for f in facts if topic and stands_alone(f) and (topic.lower() in f.lower() or _IS_A.match(f) and re.sub(
            r"^the ", "", topic.lower()) in f.lower())), None)
        if told:  # the fact names the topic already: say it once, with the feeling after it
            opener = f"{told}, and I've been feeling {feeling}"
            used.add(told)
        else:
            opener = msg.pick([f"I'm feeling {feeling} about {topic}" if topic else f"I've been feeling {feeling}",
                               f"I've been feeling {feeling} about {topic}" if topic else f"I'm feeling {feeling}"],
                              "alone")
    asked = [r for r in (request_for(msg, c) for c in targets) if r]
    said = [say_situation(msg, c) for c in targets if c is not primary and c.literal is None
            and not is_negative(c) and not c.question and not BARE.match(say_situation(msg, c))]
    questions = [q for q in (_question_request(msg, c) for c in msg.clauses if c.question and c is not primary)
                 if q]
    request = request or (asked[0] if asked else None) or (questions[0] if questions else None) \
        or _trait_need(msg) or talk_request(msg)
    request = request_after(msg, request, " ".join([opener, *said]), [primary, *targets],
                            past=primary is not None and is_past(primary))
    facts = [f for f in facts_of(msg) if f not in used and sincere(f)]
    full = Candidate(compose(msg, [opener, *said, *facts, request]), I_STATEMENT)
    if not (said or facts) or primary is None:
        return [full]
    # Without the rest of the message too: shown only if the fuller one still reads as blame.
    return [full, Candidate(compose(msg, [opener, request]), I_STATEMENT)]


def shared_moment(msg: Message, primary, sit: str, feeling: str):
    """"When I told you X and you sent Y, I felt Z": the speaker's act right before the listener's
    reply, told first and in the past. (opener, the fact it used) or None."""
    if primary is None or primary.literal is not None:
        return None
    facts = facts_of(msg)
    setup = next((c for c in msg.clauses if c is not primary and c.role in ("fact", "own")
                  and setup_of(c, primary) and say_situation(msg, c) in facts), None)
    if setup is None:
        return None
    said = say_situation(msg, setup)
    feeling = moment_feeling(setup, feeling)  # opened up, then the reply: hurt (moments.py)
    felt = "felt" if feeling in FELT_WITH else msg.pick(["felt", "was"], "was")
    return sentence(f"When {in_past(setup, said)} and {in_past(primary, sit)}, I {felt} {feeling}"), said


def _about_topic(msg: Message, feeling: str, facts: list[str]) -> list[Candidate]:
    """Last resort (shown only if nothing else passes): the feeling about the thing ("the rent"), and a wish to talk.
    `facts`: the message's facts, all the speaker's own (the caller's test)."""
    topic = fitting_topic(msg, msg.plain_topic())  # not "the walls" of "I've talked to walls" (evidence.py)
    things = None if topic else fitting_things(msg, msg.their_things())
    if things:  # "it's your mess. your pan, your burnt eggs": ask for help with the things named
        from .thing_fallbacks import things_fallback  # "your dog barks at 6am": the event, not "the dog" (thing_fallbacks.py)
        return things_fallback(msg, feeling, *things)  # ("you and your leaf blower at 7am": the time, talked about)
    if not topic:
        return []
    if msg.feeling_named():
        opener = msg.pick([f"I'd like to talk about {topic}. I'm feeling {feeling}",
                           f"I'm feeling {feeling}, and I'd like to talk about {topic}"], "topic")
    else:  # nothing in the message says how the speaker feels: don't make a feeling up
        opener = msg.pick([f"I'd like to talk about {topic}", f"Can we talk about {topic}? It's been on my mind"],
                          "topic")
    closing = msg.pick(["Could we figure this out together?",
                        "Can we find a way that works for both of us?"], "topic-ask")
    # the speaker's own facts (all `facts` are), counted ones kept beside the topic ("…I'm £612 out of pocket")
    counted = [sentence(f) for f in facts if re.search(r"\d", f)][:2]
    return [Candidate(compose(msg, [opener, *counted, closing]), I_STATEMENT, fallback=True)]


def _trait_need(msg: Message) -> str | None:
    for clause in msg.having("attack"):
        trait = trait_name(clause)
        if trait is not None:
            return _need(msg, trait)
    return None


def _need(msg: Message, trait: str) -> str:
    """The need under an insult, about the message's own task when it names one."""
    from .phrase_repairs import need_with_topic  # no "count on you with X", no help with their own things
    topic = _attack_topic(msg) or msg.topic(roles=("fact", "accusation", "question", "own", "fault"))
    return need_with_topic(TRAITS[trait][0], topic, msg)


def _attack_topic(msg: Message) -> str | None:
    """"you're so irresponsible with money" → "money"."""
    for clause in msg.having("attack"):
        for tok in clause.tokens:
            if tok.lower_ in TRAITS:
                obj = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "about", "at")
                            for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None:
                    return render(words_of(list(obj.subtree)))
    return None


_ABSOLUTE_WORDS = {"always", "never", "constantly", "again", "every", "ever", "forever"}
# Words that make the act itself a sweeping claim ("you never finish anything"): told as "this
# time you didn't finish anything" they still are one, so the occasion has to come from elsewhere.
_SWEEPING = {"anything", "everything", "nothing", "every", "all", "any", "single"}


def drop_absolutes(msg: Message) -> list[Candidate]:
    if not msg.blaming:
        return []
    absolute = [c for c in targets_of(msg) if c.literal is None and (
        "absolute_accusation" in c.cues or any(t.lower_ in _ABSOLUTE_WORDS for t in c.tokens))]
    if not absolute:
        return []
    primary = acted(absolute[0])  # "you always make me mad when you X": the occasion is X
    if primary.head.lemma_.lower() in STATES:  # "you never loved me": no "this time" (states.py)
        return feels_like(msg, primary)
    occasion = plain_negation(primary, unframe(specific(primary, drop=msg.address_tokens)), past=True)
    if not occasion or re.search(r"\b(?:unless|until|except when)\b", occasion, re.I):
        return []  # "you never ring unless you want something": a habit with its condition, no one occasion
    occasion = told_once(primary, occasion, always=True)  # "this time you didn't say", not "haven't said" (moments.py)
    feeling = msg.feeling()
    felt = "felt" if feeling in FELT_WITH else msg.pick(["felt", "was"], "was")
    facts = facts_of(msg)
    sweeping = {w.lower for w in cleaned(primary, msg.address_tokens)} & _SWEEPING
    if sweeping:
        told = concrete_occasion(msg, facts)
        if told is None:
            return []  # nothing in the message says when: no occasion is made up
        if sweeping <= {"every"}:  # "you turn every family dinner into…", and the message says which
            the_one = re.sub(r"\bthis\b", "the", occasion, count=1)  # specific() said "this" for "every"
            lines = [f"When {the_one}, I {felt} {feeling}"]
        else:  # "you never finish anything": the half-done tiles are the occasion itself
            facts = [f for f in facts if f != told]
            lines = [f"{told}, and I've been feeling {feeling}" if re.search(r"\b(?:has|have|'s|'ve) been\b", told)
                     else f"When {told}, I {felt} {feeling}"]
        request = talk_request(msg, msg.topic())
        return [Candidate(compose(msg, [*lines, *facts, request]), DROP_ABSOLUTES)]
    when = msg.time_phrase()
    named = bool(when) and when.lower() in occasion.lower()
    if named:
        lines = [msg.pick([f"{occasion}, and I {felt} {feeling}", f"When {occasion}, I {felt} {feeling}"], "abs")]
    else:
        # "the last time", not "this time": one past occasion, said as people say it
        lines = [msg.pick([f"The last time {occasion}, I {felt} {feeling}",
                           f"Last time {occasion}, I {felt} {feeling}"], "abs")]
    request = request_for(msg, primary) or next(
        (r for r in (request_for(msg, c) for c in absolute[1:]) if r), None) or talk_request(msg, msg.topic())
    request = request_after(msg, request, lines[0], absolute, past=True)
    return [Candidate(compose(msg, [*lines, *facts, request]), DROP_ABSOLUTES)]


def concrete_occasion(msg: Message, facts) -> str | None:
    """A fact the message tells as one occasion (in the past, or a state since a time): "the
    bathroom tiles have been half done since March", "Nana was in tears"."""
    for clause in msg.clauses:
        if clause.role != "fact" or clause.question or clause.you_subject or not is_full_clause(clause):
            continue
        text = say_situation(msg, clause)
        # A fact the classifier flags on its own is still the occasion; the re-check judges the result.
        if text and (is_past(clause) or re.search(r"\b(?:since|for)\b", text)):
            return text
    return None


def behaviour_not_character(msg: Message) -> list[Candidate]:
    attacks = [c for c in msg.having("attack") if trait_name(c) is not None]
    if not attacks:
        return []
    trait = trait_name(attacks[0])
    feeling = TRAITS[trait][1]
    targets = targets_of(msg)
    said = [say_situation(msg, c) for c in targets if not is_negative(c) and not c.question]
    asked = [r for r in (request_for(msg, c) for c in targets) if r]
    lead = feeling_sentence(msg, feeling, said[0], is_past(targets[0])) if said else None
    first = next((c for c in targets if not is_negative(c) and not c.question), None)
    moment = shared_moment(msg, first, said[0], feeling) if said else None
    facts = facts_of(msg)
    if moment:
        lead, setup = moment
        facts = [f for f in facts if f != setup]
    need = _need(msg, trait)
    closings = ["Can we talk about it?", "Could we work on this together?", "Could we figure it out together?"]
    if "together" in need:  # "…calmly together. Could we figure it out together?" says it twice
        closings = [c for c in closings if "together" not in c]
    closing = asked[0] if asked else msg.pick(closings, "beh")
    if lead is None and facts and NAMES_OCCASION.match(facts[0]):  # "It's a baby shower, and I'd like…"
        facts, need = facts[1:], f"{facts[0]}, and {need}"
    return [Candidate(compose(msg, [lead, *facts, *said[1:], need, closing]), BEHAVIOUR)]


def question_to_request(msg: Message) -> list[Candidate]:
    if not msg.blaming:
        return []
    asks = [a for a in (_question_request(msg, c) for c in msg.clauses
                        if (c.question or "accusing_question" in c.cues)  # "how hard is it to X" with no "?"
                        and c.role in ("question", "accusation", "fault")
                        and not dismisses(c.text)) if a]  # "why are you making this into a whole thing": a brush-off
    if not asks:
        return []
    return [Candidate(compose(msg, [asks[0], *facts_of(msg), *asks[1:2]]), REQUEST)]


def _question_request(msg: Message, clause) -> str | None:
    if clause.literal is not None and clause.literal.request:  # read plainly already (rhetoric.py)
        return clause.literal.request
    if isinstance(clause.literal, Accused):  # "who do you think you are?": nothing to ask for (accusing.py)
        return None
    lowers = [t.lower_ for t in clause.tokens]
    if "how" in lowers and "many" in lowers and "times" in lowers:
        ask = next((t for t in clause.tokens if t.lemma_ in ("tell", "ask", "remind")), None)
        comp = next((c for c in ask.children if c.dep_ in ("xcomp", "ccomp")), None) if ask is not None else None
        if comp is not None:
            phrase = re.sub(r"^to\s+", "", render(words_of(list(comp.subtree)))).rstrip("?!. ")
            return f"Could you {phrase}?" if phrase else None
        return None
    hard = re.search(r"\b(?:how (?:hard|difficult) (?:is|was|can) it(?: be)?|(?:is|was) it (?:really |seriously |honestly |"
                     r"actually )*(?:that|so|this) (?:hard|difficult|complicated))\b(?: for (?:you|u))?(?: to)? (.+)$",
                     clause.text, re.I)
    if hard:
        phrase = unframe(re.sub(r"[?!.]+$", "", " ".join(w for w in hard.group(1).split() if not is_emoji(w))))
        return f"Could you {phrase}?" if phrase else None
    # "how could you…" / "why would you…" ask about an act done (accusing.py): never "could you…?"
    polite = re.match(r"^(?:(?!(?:why|how|what|who|where|when)\b)\w+,? )*?(?:can|could|would|will) (?:you|u) "
                      r"(?:please )?(.+)$", unframe(clause.text), re.I)
    if polite and not is_negative(clause):
        phrase = unframe(re.sub(r"[?!.]+$", "", polite.group(1)))
        if phrase and phrase.split()[0] not in ("be", "even", "not", "like", "rather", "prefer", "want", "care"):  # not an offer
            return f"Could you {phrase}?"
    if clause.head.lemma_.lower() in NO_SITUATION - {"care", "know"}:
        return None
    if is_negative(clause):
        return request_for(msg, clause)
    if not is_full_clause(clause):
        return None  # "you know that?": a tag
    statement = say_situation(msg, clause)
    if not statement or statement.lower() == clause.text.lower().rstrip("?! "):
        return None
    if clause.head.lemma_ in ("care", "know", "realise", "realize", "notice", "understand", "see"):
        return sentence(statement) + " " + talk_request(msg, None)
    if "why" not in lowers:
        return None
    if is_past(clause) or "would" in lowers:  # (not "why it seems like you…": the question asks why you did)
        return f"Can you help me understand why {re.sub(r'^it seems like ', '', statement)}?"
    if not clause.you_subject or clause.head.lemma_.lower() in MIND_VERBS:
        return None  # "why is the deploy broken?": nobody to ask; "could you try not to want…?": nobody can
    phrase = verb_phrase(clause, drop=msg.address_tokens)
    gerund = verb_phrase(clause, "gerund", drop=msg.address_tokens)
    options = [f"Could you try not to {phrase}?"] if phrase else []
    options += [f"Could we talk about {gerund}?"] if gerund and not gerund.startswith("being ") else []  # no "we" being rude
    return msg.pick(options, "q") if options else None
