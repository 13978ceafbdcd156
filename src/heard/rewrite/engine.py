"""Suggests rewrites for flagged messages: parse, build candidates, re-check them, keep the best."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field, replace

from .belittling import belittles
from .condescension import condescends
from .commenter_replies import replies_to_commenter  # jabs at another commenter's view (commenter_replies.py)
from .view_objects import view_object_replies  # a lie pinned on a named chart, study, policy (view_objects.py)
from .chat_marks import clean as clean_chat
from .double_apologies import one_apology
from .address import comma_after_address, greeted  # "mate you…" → "mate,you…" before parsing
from .register import cut_greeting, in_register, in_thread_register  # a letter answered as a letter
from .antecedents import restore_antecedents
from .thing_fallbacks import drop_orphans  # a kept "them"/"it" whose noun was cut (thing_fallbacks.py)
from .tense_agreement import protect, restore
from .unsent import standalone  # no apology for words the receiver never sees (unsent.py)
from .candidate import ACKNOWLEDGE, BEHAVIOUR, DROP_ABSOLUTES, FEELING_ONLY, I_STATEMENT, REQUEST, RESPONSIBILITY
from .defence import defence_lemmas
from .deflection import cross_complaints, owns_lapse
from .harm import REASON as HARM_REASON, wishes_harm
from .wronged import answers_nothing  # nothing in the message defends (wronged.py)
from .insults import SELF_REASON, hard_on_self
from . import intent_denials, not_you  # "didn't… on purpose", "not you posting…" (intent_denials.py, not_you.py)
from . import why_is_it  # "why is it that every time…?" told (why_is_it.py)
from . import rhetorical_who, tag_questions  # "who does X? only you", "…could I" (rhetorical_who.py, tag_questions.py)
from . import told_still  # "I told you X and you still Y" (told_still.py)
from . import elided  # "I wasn't late, the bus was" → "…the bus was late" (elided.py)
from . import hurled_names  # "…rinse the porridge pot ya lazy sod" → the name cut (hurled_names.py)
from . import mocking_frames  # "Typical you, Liam. Borrowed…", "imagine forgetting…" (mocking_frames.py)
from .menace import menaces
from .near_misses import second_chances
from .inflect import base_of
from .message import read_message
from .question_prefaces import blank_preface, mark_question  # "…how much clearer can I be" asks
from .openers import cut_opener  # "great, sam forgot…": the opener its own sentence (openers.py)
from .motives import blames_motive_only
from .parsing import parse_many
from .repeats import near_duplicate, same_content
from .slot_grammar import echoes  # the message copied back with a line added (slot_grammar.py)
from .scene_blame import scene_only  # a scene jab is a complaint, not a defence (scene_blame.py)
from .sarcastic_facts import mocked_fact  # "Hey, genius, the milk's gone sour.": a complaint (sarcastic_facts.py)
from .situations import situation
from .plain_accounts import denial_conceded, denied_outright, sulks
from .strategies import candidates_for, plain_candidates, told_side, unframe
from .textspeak import moved_evidence, spell_out, spliced
from .threads import thread_hostility
from .venting import pointed_feeling
from .floor import floor_lines  # a mild line when nothing else passed (floor.py)
from .rescued_refusals import rescued_candidates  # a plain event every reading refused (rescued_refusals.py)
from .unrefused import unrefused_candidates  # an event hidden by timing, a counter or a pattern (unrefused.py)
from .wronged import complains_only
from .wronged_by_listener import wronged_by_listener  # "you talked over me": the sender is the one wronged
from .verdict_words import without_verdicts  # no "sloppy", "of all people", "your own lad" left in a rewrite
from .corrections import defends_only
from .disagreement import public_argument  # a thread's or public affairs' argument: no line of hurt first
from .circumstances import BECAUSE
from .clauses import is_negative  # a denial stays a defence wherever it stands
from .excuse_closings import first_choice  # owning leads a counter-attack; a third party's delay is acknowledged
from ..labels import REWRITTEN_LABELS  # re-exported: gallery.py imports it from here

NOT_FLAGGED_REASON = "heard does not flag this message as blaming or defensive"
ECHO_REASON = "every rewrite heard found only said the message back with a line added, which changes nothing that matters"
INTERNAL_REASON = "heard hit an internal error reading this message for rewrites (logged); its flags still stand"
_log = logging.getLogger(__name__)
MAX_SUGGESTIONS = 3
KEEPS_ENOUGH = 0.5  # the bar for a suggestion's share of the message's content words
SIDE_KEEPS = 0.3  # a denial's side drops the dig and the order, which can be most of a short message
_CONTENT_POS = {"NOUN", "PROPN", "VERB"}
# Verbs that carry the sneer, not the event: "you don't bother checking properly" is about the checking.
_LIGHT_VERBS = {"bother"}
# Which strategy answers a message best, by what it was flagged for.
_FIRST_CHOICE = {"blaming": (I_STATEMENT, REQUEST, BEHAVIOUR, DROP_ABSOLUTES, ACKNOWLEDGE, RESPONSIBILITY),
                 "defensive": (RESPONSIBILITY, ACKNOWLEDGE, I_STATEMENT, REQUEST, BEHAVIOUR, DROP_ABSOLUTES)}


@dataclass
class Rewrites:
    """The suggestions for one message, best first, or why there are none."""

    text: str
    suggestions: list = field(default_factory=list)
    reason: str | None = None
    feeling_only: bool = False  # the message named nothing to keep: the suggestions say only the feeling

    def as_dict(self) -> dict:
        return {"text": self.text, "suggestions": list(self.suggestions)}


def flagged_labels(result: dict) -> set:
    return {label for label in REWRITTEN_LABELS
            if result["labels"].get(label, {}).get("flagged")}


def rewrite_results(analyzer, results, limit: int = MAX_SUGGESTIONS, force: bool = False) -> list[Rewrites]:
    """Rewrites for each result of `analyzer.check_many`; only blaming/defensive ones get any.

    `force` (`heard rewrite --force`, evaluation) also rewrites messages the model does not flag, as if flagged with the
    nearer of the two labels. When no strategy fits a message's flag, both kinds are tried.
    """
    outcomes = [Rewrites(r["text"]) for r in results]
    chosen = []
    for i, result in enumerate(results):
        labels = flagged_labels(result) or ({_likelier(analyzer, result)} if force else set())
        if labels:
            chosen.append((i, labels))
        else:
            outcomes[i].reason = NOT_FLAGGED_REASON
    if not chosen:
        return outcomes
    docs = parse_many([prepared(results[i]["text"]) for i, _ in chosen])
    read = [(i, labels, _guarded(_read_one, results[i], doc, labels)) for (i, labels), doc in zip(chosen, docs)]
    for i, _, message in read:
        if message is None:
            outcomes[i].reason = INTERNAL_REASON
    chosen = [(i, labels) for i, labels, message in read if message is not None]
    messages = [message for _, _, message in read if message is not None]
    _score_clauses(analyzer, messages)
    pools = []
    for (i, _), message in zip(chosen, messages):
        pool = _guarded(_pool, message)
        if pool is None:
            outcomes[i].reason, pool = INTERNAL_REASON, []
        pools.append(pool)
    texts = sorted({c.text for pool in pools for c in pool})
    verdicts = dict(zip(texts, analyzer.check_many(texts))) if texts else {}
    second_chances(analyzer, pools, verdicts, REWRITTEN_LABELS)  # failed by a hair, on its closing alone (near_misses.py)
    _told_sides(analyzer, messages, pools, verdicts)
    _floors(analyzer, messages, pools, verdicts)
    for (i, labels), message, pool in zip(chosen, messages, pools):
        if outcomes[i].reason == INTERNAL_REASON:
            continue
        outcomes[i].suggestions, outcomes[i].reason, outcomes[i].feeling_only = _choose(
            analyzer, message, labels, pool, verdicts, limit)
    return outcomes


def prepared(text: str) -> str:
    """The message as it is parsed for rewrites: "ch. 112" is no sentence end (tense_agreement.py), "quick
    q —" opens nothing (question_prefaces.py), and the chat shapes `_REWORDINGS` names are said plainly."""
    return protect(cut_greeting(cut_opener(blank_preface(mark_question(_reworded(comma_after_address(text))[0])))))


# The steps of `prepared` that change the text's length, in order, each saying what it replaces (the text and the
# edits the evidence offsets follow both come from that, textspeak.spliced): "didn't… on purpose" (intent_denials.py), "not you posting…" (not_you.py), "why is
# it that every time…?" (why_is_it.py), "who does X? only you" (rhetorical_who.py) and the speaker's "…could I?"
# (tag_questions.py), "I told you X and you still Y" (told_still.py), "…, the bus was" (elided.py) and "…the
# porridge pot ya lazy sod" (hurled_names.py), "Typical you, Liam. Borrowed…", "imagine forgetting…" and "the way
# you… was embarrassing" (mocking_frames.py).
_REWORDINGS = (intent_denials.replacements, not_you.replacements, why_is_it.replacements, rhetorical_who.replacements,
               tag_questions.replacements, told_still.replacements, elided.replacements, hurled_names.replacements,
               mocking_frames.replacements)


def _reworded(text: str) -> tuple[str, list[list[tuple[int, int]]]]:
    """`text` with the chat shapes said plainly, and the edits of each step (on the text the step before left)."""
    steps = []
    for replacements in _REWORDINGS:
        text, edits = spliced(text, replacements(text))
        steps.append(edits)
    return text, steps


def _guarded(step, *args):
    """One message's reading or strategies. A bug in one of the engine's many readings costs that
    message its suggestions, not the whole `heard check` or batch run: it is logged (to be
    reported) and the message says so. Set HEARD_STRICT=1 to have it raised instead (the tests do)."""
    try:
        return step(*args)
    except Exception as error:  # noqa: BLE001 — any reading may fail on text nobody foresaw; the flags still stand
        if os.environ.get("HEARD_STRICT"):
            raise
        _log.warning("heard: no rewrites for one message after an internal error (%s: %s); please report it",
                     type(error).__name__, error)
        return None


def _read_one(result, doc, labels):
    """The message as the strategies read it, with its labels settled (a counter, contempt for a view…)."""
    labels = labels | {label for label, v in result["labels"].items() if v.get("flagged")}
    text = result["text"]  # evidence offsets follow the words through `prepared`'s resizing steps and the spelling
    evidence = list(result.get("evidence", ()))
    plain, steps = _reworded(text)
    for edits in [*steps, spell_out(plain)[1]]:
        evidence = moved_evidence(evidence, edits)
    message = read_message(result["text"], doc, labels, evidence)
    message.flagged = flagged_labels(result)  # the model's own flags: `force` (the sender's word) adds none
    message.leaning = _leaning(result, message.flagged)
    for before, clause in zip(message.clauses, message.clauses[1:]):
        if _NOT_SO.fullmatch(before.text) and clause.connector in ("because", "cos", "cause", "that", "like"):
            clause.role = "filler"  # "It's not because we never open windows": what the speaker denies, never a fact
    cross_complaints(message.clauses, owns_lapse)  # "…but you never remind me either": a counter
    if any(c.role == "counter" for c in message.clauses):
        message.labels = message.labels | {"defensive"}
    if thread_hostility(message) or belittles(message) or condescends(message) or replies_to_commenter(message) \
            or view_object_replies(message):  # contempt for the listener's view (threads.py, belittling.py)
        message.labels = message.labels | {"blaming"}
    if message.defensive and blames_motive_only(message):  # "…you're just looking for reasons to" (motives.py)
        message.labels = message.labels - {"blaming"}
    if message.defensive and (complains_only(message) or scene_only(message) or mocked_fact(message)
                              or wronged_by_listener(message)):  # "Who took my lunch??", "You ought
        # to thank me I didn't call the police": a complaint, not a defence (scene_blame.py)
        message.labels = (message.labels - {"defensive"}) | {"blaming"}
    if not flagged_labels(result) and message.labels == {"blaming"} and defends_only(message):
        message.labels = {"defensive"}  # "we were within our rights to trim it": a defence (corrections.py)
    if "blaming" in message.labels and any(_DENIED_INTENT.search(c.text) for c in message.clauses) \
            and not any(c.you_subject for c in message.clauses):  # "Barbara, I didn't leave you off the list on
        message.labels = {"defensive"}  # purpose. St Mary's only holds 40": a denial of intent, blaming no one
    return message


_NOT_SO = re.compile(r"\W*(?:it'?s|its|it\s+is|that'?s|that\s+is|and|but)?\s*not\W*", re.I)
# The speaker's intent denied: "I didn't mean to leave you off the christening list" (as intent_denials.py says it),
# or "on purpose" where that step could not reach it.
_DENIED_INTENT = re.compile(r"^\W*(?:\w+(?:\s\w+)?,\s*)?I\s+(?:didn't|did\s+not|never)\s+(?:mean\s+to\b|.*\b(?:on\s+purpose|"
                      r"deliberately|intentionally)\W*$)", re.I)


def _pool(message) -> list:
    """Every strategy's candidates for one message, before the re-check."""
    if hard_on_self(message):  # "I'm such an idiot, forgot my keys": no one else to soften anything for
        return []
    pool = candidates_for(message)
    message.defends = "defensive" in (message.flagged or message.labels)  # as read, before any widening below
    if not pool and not message.labels >= set(REWRITTEN_LABELS):
        read_as = set(message.labels)
        message.labels |= set(REWRITTEN_LABELS)  # nothing fits the one flag: try both kinds
        pool = candidates_for(message)
        if not (read_as | message.flagged) & {"defensive", "validating"} and answers_nothing(message):
            # Nothing in the message defends, and neither the model nor the reading says it does: an answer
            # to a complaint ("It makes sense that you're upset") would put the sender's upset on the listener.
            pool = [c for c in pool if c.strategy not in (ACKNOWLEDGE, RESPONSIBILITY)]
            message.labels = message.labels if pool else read_as | {"blaming"}
    pool = _plain_accounts(message, pool)  # most of it dropped, or a denial conceded: its own account (plain_accounts.py)
    if all(c.leads or c.fallback == FEELING_ONLY for c in pool) and not wishes_harm(message.text) \
            and not menaces(message.text):  # (a side alone may still fail the re-check: the last resorts stay beside it)
        last = rescued_candidates(message) or unrefused_candidates(message)
        if all(c.leads for c in pool):  # a flagged remark with nothing else to go on (venting.py)
            last = last or pointed_feeling(message)
        pool = pool + last  # beside a feeling alone, only a last resort that names the event ("3 days to hear back")
    return _finished(message, pool)


def _finished(message, pool) -> list:
    """`pool`'s wordings as they would be sent, less the orphans and the verdicts."""
    for candidate in pool:
        candidate.text = restore(clean_chat(candidate.text))  # no "lmao", ":(" or "<link>" left in a rewrite (chat_marks.py)
        candidate.text = standalone(message.text, candidate.text)  # sent instead of the original (unsent.py)
        candidate.text = restore_antecedents(message, candidate.text)  # "take it" → "take the car" (antecedents.py)
        candidate.text = greeted(message, candidate.text)  # "Hi Priya, …" as the message opened (address.py)
        candidate.text = in_register(message, candidate.text)  # a letter answered as a letter (register.py)
        candidate.text = in_thread_register(message, candidate.text)  # a stranger in a thread: no "how upset you are"
        candidate.text = one_apology(candidate.text)  # "…and I'm sorry. Sorry the report was late." (double_apologies.py)
    pool = drop_orphans(message, pool)  # no "There are no names on them" once the parking space is cut (thing_fallbacks.py)
    return without_verdicts(message.text, pool)


def _told_sides(analyzer, messages, pools, verdicts: dict) -> None:
    """A defence whose candidates that pass the re-check all name nothing ("I'd like to hear what upset you
    before I say anything else", or none of the speaker's facts) gets the speaker's side told plainly
    (strategies.told_side), checked in turn and added to its pool in place: "I had two pints at Declan's. I was
    grand to drive home." says more."""
    added = []
    for message, pool in zip(messages, pools):
        if not message.defends:
            continue
        passing = [c for c in pool if not _fails(verdicts[c.text])]
        facts = _speaker_facts(message)
        # A line that names none of the speaker's facts is a fallback in all but name ("I can see this matters to
        # you, and I don't want to brush it off. What would help?" for the lamb chops said to be overdone), where the
        # model reads the message as a defence alone, the speaker does not acknowledge already ("it's totally fair
        # that you're angry. I just wasn't…") and the listener's act does not come first ("you ate my leftovers…").
        defence_only = message.flagged == {"defensive"} and "validating" not in message.labels and not any(
            c.you_subject and not c.question and not (c.scores or {}).get("defensive") for c in message.clauses[:2])
        own = facts - {message.doc[i].lemma_.lower() for i in message.address_tokens}  # "Hi Priya," names no fact
        if any(not c.fallback and not (defence_only and retained(own, c.text) == 0) for c in passing):
            continue
        best = max((retained(facts, c.text) for c in passing), default=0.0)  # "…upset about your texts" names them
        sides = [c for c in _guarded(lambda m: _finished(m, told_side(m)), message) or []
                 if retained(facts, c.text) > best and c.text not in {p.text for p in pool}]
        pool.extend(sides)
        added += sides
    texts = sorted({c.text for c in added} - set(verdicts))
    if texts:
        verdicts.update(zip(texts, analyzer.check_many(texts)))


def _floors(analyzer, messages, pools, verdicts: dict) -> None:
    """A flagged message none of whose candidates passes the re-check (or that has none, or whose passing ones only
    apologise for what it denies outright) gets the floor's mild line (floor.py), checked in turn and added to its
    pool in place. A candidate that passes but only says the message back ("Can you read the small print on the
    contract for me?") tells that the message needs none."""
    added = []
    for message, pool in zip(messages, pools):
        if any(not _fails(verdicts[c.text]) and not (denied_outright(message) and denial_conceded(message, c.text))
               for c in pool):
            continue  # one passed; or every one passing said the message back, which is fine as it is
        lines = [c for c in _guarded(floor_lines, message) or [] if c.text not in {p.text for p in pool}]
        pool.extend(lines)
        added += lines
    texts = sorted({c.text for c in added} - set(verdicts))
    if texts:
        verdicts.update(zip(texts, analyzer.check_many(texts)))


def _fails(verdict) -> bool:
    return any(verdict["labels"][label]["flagged"] for label in REWRITTEN_LABELS if label in verdict["labels"])


def _plain_accounts(message, pool) -> list:
    """`pool` with the plain accounts (plain_accounts.py) where it needs them: when no candidate keeps
    half of the message's content words (the excuse aside), an account that keeps half and clearly
    more than the best of them; when a candidate apologises for what the speaker denies, the
    speaker's side, shown first and instead of such apologies if it passes the re-check (`_choose`);
    when every candidate of a defence drops the speaker's own facts, the side as one more candidate."""
    whole = content_lemmas(message.doc)
    original = whole - defence_lemmas(message)
    best = max((retained(original, c.text) for c in pool), default=0.0)
    thin = best < KEEPS_ENOUGH and len(original) >= 4
    conceded = [c for c in pool if denial_conceded(message, c.text)]
    conceding = any(not c.fallback for c in conceded)  # one apology for the denied act is one too many
    # Nothing but a line that names nothing ("I'd like to hear what upset you…"): the speaker's side,
    # told plainly, says more than that, and the re-check still drops it if it reads as a defence.
    unanswered = message.defensive and not any(not c.fallback for c in pool) and not sulks(message)
    # Every candidate drops the speaker's own facts ("I was at Jess's house, my phone died"), which the
    # measure above sets aside as a denial's support: the side, told plainly, is one more candidate.
    facts = _speaker_facts(message)
    best_told = max((retained(facts, c.text) for c in pool), default=0.0)
    untold = message.defensive and best_told < KEEPS_ENOUGH and len(facts) >= 2 and not sulks(message)
    if not (thin or conceding or unanswered or untold):
        return pool
    offers = plain_candidates(message, pool, complaint=thin, side=conceding or unanswered or untold)
    accounts = [c for c in offers if not c.leads and retained(original, c.text) >= max(KEEPS_ENOUGH, best + 0.15)]
    side = [c for c in offers if c.leads and retained(whole, c.text) >= SIDE_KEEPS]
    if not (conceding or unanswered):  # ranked like the rest, not first: the others concede nothing
        side = [replace(c, leads=False) for c in side if retained(facts, c.text) >= best_told + 0.15]
    return pool + accounts + side


def _speaker_facts(message) -> set:
    """The message's content words with a denial's support counted, less the words of the clauses that
    jab rather than tell: a question, a clause about the listener, one the classifier reads as blame on
    its own ("You're making a big deal out of nothing")."""
    jabs = {t.lemma_.lower() for c in message.clauses if c.question or c.you_subject or (c.scores or {}).get("blaming")
            for t in c.tokens}
    return content_lemmas(message.doc) - defence_lemmas(message, support=False) - jabs


def add_suggestions(analyzer, results, limit: int = MAX_SUGGESTIONS) -> list[dict]:
    """Fills each flagged blaming/defensive result's "suggestions" in place; returns `results`."""
    for result, outcome in zip(results, rewrite_results(analyzer, results, limit)):
        result["suggestions"] = outcome.suggestions
        if not outcome.suggestions and flagged_labels(result):
            result["no_suggestion_reason"] = outcome.reason
    return results


# How much higher one flag's score must be than the other's for it to decide which strategy leads: near ties keep
# the blaming order, as they always have. 0.4 until the 2026-11-28 retrain, whose model scores a defence's reason as
# blame more often ("I only spent R800 on the braai stuff because you said…": 0.62 blaming, 0.94 defensive).
_LEAN = 0.2


def _leaning(result, flagged) -> str:
    """Of a message flagged both blaming and defensive, the label whose score is far the higher, or ""."""
    if not {"blaming", "defensive"} <= flagged:
        return ""
    blaming, defensive = (result["labels"][label]["score"] for label in ("blaming", "defensive"))
    return "defensive" if defensive - blaming >= _LEAN else "blaming" if blaming - defensive >= _LEAN else ""


def _likelier(analyzer, result) -> str:
    """The label, of blaming and defensive, whose score is nearer its threshold."""
    return max(REWRITTEN_LABELS, key=lambda label: result["labels"].get(label, {}).get("score", 0.0)
               / analyzer.thresholds.get(label, 1.0))


def _score_clauses(analyzer, messages) -> None:
    """Flags each clause on its own, so rewrites keep only the clauses that are plain facts. A plain fact in a
    message that does not defend keeps its place though the model reads it alone as a defence (below)."""
    pieces = []
    for message in messages:
        for clause in message.clauses:
            text = unframe(situation(clause, drop=message.address_tokens))
            clause.scores = {}
            if text.strip():
                pieces.append((clause, text))
    if not pieces:
        return
    flags = analyzer.predict([text for _, text in pieces])
    for (clause, _), row in zip(pieces, flags):
        clause.scores = {label: bool(row[j]) for j, label in enumerate(analyzer.labels)}
    for message in messages:
        for clause in message.clauses:
            if clause.scores.get("defensive") and "defensive" not in message.labels and _plain_in_complaint(clause):
                clause.scores = dict(clause.scores, defensive=False)


# Words that make a clause of the speaker's a defence wherever it stands: a denial, a minimiser, a plea.
_DEFENDING_WORDS = {"only", "just", "fault", "even", "anyway", "supposed", "expect", "sorry", "honestly", "literally"}


def _plain_in_complaint(clause) -> bool:
    """A plain statement in a message that does not defend ("it's a kids' play area", "I had a cold shower",
    "I already bought your ticket"), which the retrained model reads alone as a defence: a fact the
    complaint rests on, kept. Not a denial ("I wasn't skiving"), a minimiser ("I only asked…") or a plea."""
    words = {t.lower_ for t in clause.tokens}
    return clause.role == "fact" and not clause.question and not is_negative(clause) \
        and not words & _DEFENDING_WORDS and not words & {"you", "u", "ya"} \
        and not any(t.tag_ in ("JJS", "RBS") for t in clause.tokens)  # "it was you", "I had the worst day"


def _choose(analyzer, message, labels, pool, verdicts, limit):
    if not pool and (wishes_harm(message.text) or menaces(message.text)):
        return [], HARM_REASON, False
    if not pool and hard_on_self(message):
        return [], SELF_REASON, False
    if not pool:
        return [], "the message names no situation, fact or request that a rewrite could keep", False
    kept, echoed = [], 0
    for candidate in pool:
        if echoes(candidate.text, message.text, "defensive" in message.flagged):  # a rewrite must change something
            echoed += 1
            continue
        if _fails(verdicts[candidate.text]):
            continue
        verdict = verdicts[candidate.text]["labels"]
        margin = min((1 - verdict[label]["score"] / analyzer.thresholds[label]
                      for label in REWRITTEN_LABELS if label in verdict), default=1.0)
        kept.append((candidate, margin))
    if not kept:
        return [], ECHO_REASON if echoed == len(pool) else "every rewrite heard tried still reads as blaming or defensive", False
    if denied_outright(message):  # "…before I touched it": no apology for the act, even beside the floor's line alone
        kept = [(c, m) for c, m in kept if c.leads or not denial_conceded(message, c.text)]
        if not kept:
            return [], "every rewrite heard found apologised for what the message denies", False
    if any(not c.fallback for c, _ in kept):
        kept = [(c, m) for c, m in kept if not c.fallback]
    if any(c.leads for c, _ in kept):  # the speaker's side of a denial passed: no apology for it beside it
        kept = [(c, m) for c, m in kept if c.leads or not denial_conceded(message, c.text)]
    order = first_choice(message, labels, _FIRST_CHOICE, ACKNOWLEDGE, RESPONSIBILITY, I_STATEMENT)
    # The excuse is not content to keep; a complaint's numbers are ("£84 each", "since the 3rd", "9:40"). In a
    # defence they are mostly the excuse's or the counter's ("a 12 hour shift", "like rule 2 says").
    numbers = numbers_of(message.doc) if "defensive" not in message.labels else set()
    original = (content_lemmas(message.doc) | numbers) - defence_lemmas(message) - _reason_lemmas(message)
    shares = {c.text: retained(original, c.text) for c, _ in kept}

    # In a public argument a line of hurt about a claim is out of register: any other line that keeps some of the
    # message leads it ("As far as I know, the 485,000 figure is PR only" before "I get really frustrated when…").
    hurt = {c.text for c, _ in kept if _HURT_LINE.search(c.text)} if public_argument(message) else set()
    register = 0.3 if any(c.text not in hurt and shares[c.text] > 0 for c, _ in kept) else 0.0

    def rank(item):
        candidate, margin = item
        return -(0.45 * shares[candidate.text] + 0.25 * margin
                 + 0.3 * (1 - order.index(candidate.strategy) / len(order))
                 + candidate.leads  # the speaker's side of a denial, first (plain_accounts.py)
                 - (register if candidate.text in hurt else 0.0))

    kept.sort(key=rank)
    # A suggestion that keeps far less of the message than the best one is a form letter: leave it out (counted in
    # words: an alternative without the "5 min" of the first still says the same thing).
    words = content_lemmas(message.doc) - defence_lemmas(message)
    worded = {c.text: retained(words, c.text) for c, _ in kept}
    best = max(worded.values())
    kept = [(c, m) for k, (c, m) in enumerate(kept) if k == 0 or worded[c.text] >= 0.6 * best]
    picked, strategies = [], set()
    for candidate, _ in kept:  # one per strategy first, then the rest
        if candidate.strategy not in strategies and not any(near_duplicate(candidate.text, p.text) for p in picked):
            picked.append(candidate)
            strategies.add(candidate.strategy)
    for candidate, _ in kept:  # a second of one strategy only if it opens differently and says something else
        if candidate not in picked and _opening(candidate.text) not in {_opening(p.text) for p in picked} \
                and not any(near_duplicate(candidate.text, p.text) or p.strategy == candidate.strategy
                            and same_content(candidate.text, p.text) for p in picked):
            picked.append(candidate)
    picked = picked[:limit]
    return [c.as_dict() for c in picked], None, all(c.fallback == FEELING_ONLY for c in picked)


_HURT_LINE = re.compile(r"\b(?:I (?:feel|felt|get|got) (?:really |so )?(?:\w+ed|hurt|upset|let down|worried)\b|"
                        r"I'm feeling|I've been feeling|I was (?:really |so )?(?:\w+ed|hurt|upset|let down)\b|"
                        r"It (?:upsets|upset|hurts|hurt|worries|worried|bothers|bothered) me\b|"
                        r"(?:it's|it was) (?:\w+ing|hard) for me\b|(?:left|leaves) me feeling)", re.I)


def _reason_lemmas(message) -> set:
    """In a message the model reads as far more a defence than a complaint, the words of its "because…"
    ("I only missed the deadline because nobody gave me the data"): the excuse, not content to keep, so an
    "I" statement built on it does not outrank owning the lapse."""
    if message.leaning != "defensive":
        return set()
    return {t.lemma_.lower() for c in message.clauses if c.connector in BECAUSE for t in c.tokens}


def _opening(text: str) -> str:
    """The first clause: "I didn't break your mug, and I can hear…" opens the same way whatever the
    acknowledgement after the comma, so a second such suggestion would say the same thing. A name
    said first ("Mum, …") is not a clause: the one after it is the opening."""
    parts = text.split(". ")[0].split("? ")[0].lower().split(", ")
    return ", ".join(parts[:2]) if len(parts) > 1 and len(parts[0].split()) <= 2 else parts[0]


def content_lemmas(doc) -> set:
    """Lemmas of the nouns, verbs and names of a parsed text (what a rewrite should keep)."""
    return {t.lemma_.lower() for t in doc if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha
            and t.lemma_.lower() not in _LIGHT_VERBS}


def numbers_of(doc) -> set:
    """The message's numbers as written ("84", "9:40", "14th"): details a rewrite should keep."""
    return {t.text.lower() for t in doc if any(ch.isdigit() for ch in t.text)}


# The time words of an ask ("Next time, could you…", "from now on") keep nothing of "a million times".
_ASK_TIME = re.compile(r"\b(?:next time|this time|from now on|any time|some time)\b", re.I)


def retained(lemmas: set, text: str) -> float:
    """Share of `lemmas` whose word appears in `text` (cheap, for ranking; the evaluation parses)."""
    if not lemmas:
        return 1.0
    text = _ASK_TIME.sub(" ", text)
    words = {w.strip(".,!?;:\"'()").lower() for w in text.split()}
    stems = {_stem(base_of(w)) for w in words}
    lowered = text.lower()

    def kept(lemma):
        if any(ch.isdigit() for ch in lemma):  # "84" is kept in "£84 each", not in "184"
            return re.search(rf"(?<![\d.,:]){re.escape(lemma)}(?![\d])", lowered) is not None
        return lemma in words or _stem(lemma) in stems

    return sum(1 for lemma in lemmas if kept(lemma)) / len(lemmas)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "d", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word
