"""The six rewrite strategies, in the order they are tried, and the candidates they give a message.

An argument about views gets its own register (discussion.py), a message that names nothing to keep
the feeling behind it (venting.py), and every candidate passes the harm and fluency checks.
"""

from __future__ import annotations

from dataclasses import replace

from .blame import behaviour_not_character, drop_absolutes, i_statement, question_to_request
from .candidate import GUIDANCE, I_STATEMENT, Candidate
from .closings import fit_closing
from .excuse_closings import acknowledged_complaint, joined_excuse, owned_closing  # a bare apology names its lapse; amends after owning
from .defence import acknowledge_first, take_responsibility
from .counters import counter_attack, counter_candidates, shields_self
from .corrections import says_defence  # "…is just part of it" said back (corrections.py)
# what a verdict comes with: a concession before it, a request after it (beside.py)
from .beside import asked_beside, conceded, effort_unseen, grievance_only, unswept
from .disagreement import disagreement
from .discussion import about_views, said_to, view_replies
from .commenter_replies import replies_to_commenter  # a news commenter's jab, its view said plainly
from .view_objects import view_object_replies  # "that chart is a lie": the object doubted, no motive
from .evidence import insult_evidence  # a verdict on the listener dropped, its facts kept
from .fluency import broken
from .harm import keeps_harm, wishes_harm
from .judgment_words import without_judgment
from .blame_residue import without_blame_residue  # "because of your merge", "on purpose" (blame_residue.py)
from .jab_echoes import without_jab_echoes
from .tense_agreement import agree
from .manipulation import with_moves
from .scene_defence import with_scene  # short film/TV defences read whole (scene_defence.py)
from .fitting_asks import fitting_asks  # asks and amends fitted to the situation (fitting_asks.py)
from .untold import untold_lines  # "you never said X, how was I meant to know" (untold.py)
from .no_right import no_right_lines  # "you had no right to read my messages" (no_right.py)
from .unknowing import without_check_amends  # no "check for myself" after "I wish I'd known" (unknowing.py)
from .for_the_record import without_emphatic_did, with_record
from .accounts import one_acknowledgement, with_accounts  # the speaker's account kept, the move left (accounts.py)
from .dismissive_orders import without_dismissals
from .disowned_acts import with_disowned_acts  # a named act disowned, with its support
from .supported_denials import with_supported_denials  # "I didn't X, it was already…" (supported_denials.py)
from .message import Message
from .menace import menaces
from .opinions import own_view
from .phrases import unframe
from .reading import compose
from .repeats import one_apology, refer_back, without_echoes
from .scene_blame import scene_only
from .sharing import share_the_load
from .spoken import kinds_in, spoken_lines
from .surface import capitalise, tidy
from .venting import say_the_feeling
from .minimisers import without_minimisers  # a defence's "only", "it's not like…", "…isn't on us" (minimisers.py)
from .surface_mends import mended_surface  # marks the edits leave on the surface (surface_mends.py)
from .plain_accounts import closing_asks, plain_account, plain_defence, sulks  # the message's own clauses, jabs left out (plain_accounts.py)
from .own_hurt import own_hurt  # the speaker's hurt said sideways, read whole (own_hurt.py)
from .martyr_stances import with_martyr_stances  # "Fine, I'll pay for everything, like I always do" (martyr_stances.py)
from .guilt_trips import with_guilt_trips  # "your sister visits every weekend, why can't you?" (guilt_trips.py)
from .plain_refusals import with_plain_refusals  # "wasn't me, ask kyle", "Whoever X…", a customer kept waiting (plain_refusals.py)
from .verdict_words import with_verdict_words  # "sloppy and not worth the £4,800": the point without the verdict
from .defence_points import with_defence_points  # a defence whose topic or point must survive (defence_points.py)
from .counter_residue import with_counter_residue  # tu quoque, martyr lines, minimising: own point kept (counter_residue.py)
from .habits import habit_lines  # "you never tell the truth about…", "why can't you act like an adult" (habits.py)
from .others_treated import others_lines  # "what is your problem with Hannah?" (others_treated.py)
from .sarcastic_facts import keeps_mock_fact, sarcasm_lines  # taunts, "…won't read themselves" (sarcastic_facts.py)
from .verbless_evidence import verbless_lines  # evidence with no verb beside a sneer (verbless_evidence.py)
from .told_as_questions import asked_act_lines  # "so you just told everyone…??" (told_as_questions.py)
from .thanks_owed import thanks_lines  # "you're so ungrateful, Mum drove 4 hours…" (thanks_owed.py)
from .deliberate import deliberate_lines  # "…it's deliberate at this point" (deliberate.py)
from .named_acts import named_act_lines  # "are you even capable of…", "you only … when…" (named_acts.py)
from .decided_without_me import decided_lines  # "who decided … without asking us?" (decided_without_me.py)
from .jab_shapes import jab_shape_lines  # "who books X … and then gets annoyed no one joins?" (jab_shapes.py)
from .concrete_fallback import concrete_label_lines  # "you're so cold when my friends come round" (concrete_fallback.py)
from .rather_than import rather_lines  # "you'd rather X than Y": both kept, Y asked for (rather_than.py)
from .chat_registers import kept_details  # work/team closings, dropped names and amounts (chat_registers.py)
from .scene_feelings import with_scene_details  # a dropped occasion or length of silence (scene_feelings.py)
from .grammar_repairs import repaired_grammar, some_of_us_lines  # "when, I feel", "Some of us actually read…" (grammar_repairs.py)
from .slot_fluency import mended_fill  # "(and we both know it's you, Marcus)" → "Marcus, …" (slot_fluency.py)
from .slot_checks import slot_mended  # a quoted word put back, "not gets" → "doesn't get" (slot_checks.py)
from .when_slots import broken_when, mended_when  # "when now the foxes…", "when delivery guy…" (when_slots.py)
from .damaged_things import sorry_about_damage  # "I'm sorry about the vase." opens a defence (damaged_things.py)
from .acts_with_remarks import remark_lines  # an act with a verdict, "…and you do nothing about it" (acts_with_remarks.py)
from .splices import mend as mend_splices, spliced  # names mid-clause, "every time" cut, "when … when" (splices.py)
from .short_scenes import grants_as_grievance, short_scene_lines, not_turned_round, one_hedge, without_easy_jab  # parting threats, late-night worry, mishaps (short_scenes.py)
from .advice_requests import advice_lines  # "you might want to…", "you must…": the request (advice_requests.py)
from .reminded_requests import reminded_request_lines  # "as i mentioned yesterday X. can u Y" (reminded_requests.py)
from .mood_orders import mood_order_lines  # "stop moping around and help me with X": the ask (mood_orders.py)
from .plain_grievances import plain_grievance_lines  # "so now you're X-ing?", "You know I hate X" (plain_grievances.py)
from .guessed_jabs import jab_fact_lines  # "you must be new here. X": X said plainly (guessed_jabs.py)
from .everyday_complaints import everyday_lines  # "you promised you'd…", "you make me feel stupid when…" (everyday_complaints.py)
from .own_requests import with_own_request  # "…please ring her this weekend": the ask kept, said last (own_requests.py)
from .whole_concessions import whole_concessions  # a concession cut at "well" or "and", kept whole
from .not_told import not_told  # "you didn't tell me you'd X. i found out…": the complaint, not a question
from .wronged_by_listener import wronged_by_listener  # the sender wronged: nothing to apologise for
from .unowned_lapses import unowned_lapse  # others' lapse complained of: no accuser to answer
from .shifted_lapses import with_shifted_lapses  # "if you'd reminded me I wouldn't have missed it": owned
from .brushed_off_upsets import with_brushed_off_upsets  # "you're overreacting about one wet towel": heard
from .backdrop_acts import on_backdrop, without_backdrop_jab  # no "I felt X when you wanted a puppy" (backdrop_acts.py)
from .request_mends import mend  # requests and roles mended against the message (request_mends.py)
from .group_asks import group_asks  # "why does nobody in this chat ever confirm…": asked of everyone (group_asks.py)
from .antecedents import scapegoat_hurt  # "I'm always the bad guy in this chat": the sender blamed (antecedents.py)
from .clear_scenes import clear_scene_lines  # "thanks for the heads up that…", "Typical Sam, forgot…" (clear_scenes.py)
from .view_gate import event_lines  # "Playing X at 2am…", "who leaves a pan soaking…": the event kept (view_gate.py)
from .denial_repairs import with_denial_repairs  # "I didn't ghost you, I was in Cornwall": sorry, the reason kept (denial_repairs.py)
from .held_points import with_held_points  # "nobody told me X", "not my call", "I didn't say when": the point kept (held_points.py)
from .sarcasm_residue import residue_lines, without_sarcasm_residue  # the jab round a plain event dropped (sarcasm_residue.py)
from .rescued_refusals import rescued_lines  # "you and your X. some of us Y", "wasnt me, lag" (rescued_refusals.py)
from .returned_damaged import returned_damaged_lines  # "you borrowed my X and it came back Y": Y, and the ask (returned_damaged.py)
from .service_asks import service_ask_lines  # a repair chased, money unaccounted for: the point asked for (service_asks.py)
from .ability_jabs import ability_lines  # "can you not read?", "when are you going to stop X?": the act asked for (ability_jabs.py)
from .settled_defences import with_settled_defences  # a defence under a bolted-on acknowledgement: the thing named (settled_defences.py)
from .kept_jabs import without_kept_jabs  # "That's creepy behaviour." copied beside the I statement (kept_jabs.py)
from .jab_sentences import without_jab_sentences  # a copied character claim, tag, martyr line (jab_sentences.py)
from .denied_points import without_framed_acts  # what the sender denies stays denied (denied_points.py)
from .event_fallbacks import event_fallback, without_repeated_name  # the event kept before any feeling-only line (event_fallbacks.py)


def _shared_load(msg: Message) -> list[Candidate]:
    """"Why is it always me who has to call the plumber?" → a turn at it, asked for (sharing.py)."""
    if "scapegoat" in kinds_in(msg):  # "I'm always the one blamed": done to the speaker, no chore to share
        return []
    return [Candidate(compose(msg, lines), I_STATEMENT) for lines in share_the_load(msg)]


def _spoken(msg: Message) -> list[Candidate]:
    """"I had my reasons", "Nobody cares", "You'd have done the same thing": what to say instead (spoken.py)."""
    return [Candidate(compose(msg, lines), strategy) for lines, strategy in spoken_lines(msg)]


STRATEGIES = (_spoken, _shared_load, conceded, asked_beside, effort_unseen, i_statement, insult_evidence, drop_absolutes,
              behaviour_not_character, question_to_request, take_responsibility, acknowledge_first)


def candidates_for(msg: Message) -> list[Candidate]:
    """Every candidate the strategies give, tidied, less any whose English is broken (fluency.py); a
    message wishing harm gets only those that leave the harm out, and never the feeling-only fallback."""
    if menaces(msg.text):  # a threat in ordinary words: nothing in it is safe to keep (menace.py)
        return []
    found = group_asks(msg.text)  # the group's lapse asked of the group, not owned or pinned on one listener
    topic, harms = msg.topic(), wishes_harm(msg.text)
    for strategy in (*_chosen(msg), event_fallback):
        if strategy is event_fallback and found:  # only when nothing else passed: the event, before the feeling alone
            continue
        found += _passing(msg, strategy(msg), found, topic, harms)
    if not harms:
        found += [c for c in say_the_feeling(msg) if c.text not in {f.text for f in found}
                  and mend(msg.text, c.text) is not None]  # no "upset with me" for the group's lapse (request_mends.py)
    return found


def plain_candidates(msg: Message, found=(), complaint: bool = True, side: bool = True) -> list[Candidate]:
    """The plain accounts (plain_accounts.py): the `complaint` told in the message's own clauses, the
    speaker's `side` of a denial; tidied and checked like every other candidate. The engine asks for
    the first when the candidates `found` keep little of the message, the second when they concede a denial."""
    if menaces(msg.text) or about_views(msg) or replies_to_commenter(msg) or view_object_replies(msg) \
            or counter_attack(msg):  # an argument about views or a counter-attack keeps its own register
        return []
    asks = closing_asks(found)
    offered = (plain_account(msg, asks) if complaint else []) + (plain_defence(msg, asks) if side else [])
    return _passing(msg, offered, list(found), msg.topic(), wishes_harm(msg.text)) if offered else []


def told_side(msg: Message) -> list[Candidate]:
    """The speaker's side told plainly (plain_accounts.py) though nothing is denied: a last resort for a
    defence every reading could only answer with a feeling ("Network was terrible in Lekki all week")."""
    if sulks(msg) or menaces(msg.text) or about_views(msg) or counter_attack(msg):
        return []
    offered = [replace(c, leads=False) for c in plain_defence(msg, anyway=True)]
    return _passing(msg, offered, [], msg.topic(), wishes_harm(msg.text)) if offered else []


def _passing(msg: Message, candidates, found, topic, harms) -> list[Candidate]:
    """`candidates` tidied, less any broken, repeated (in `found` too), harmful or still defending."""
    passed = []
    for candidate in candidates:
        text = mend(msg.text, _tidied(msg, candidate.text, candidate.strategy, topic)) or ""
        if len(text.split()) >= 3 and text not in {c.text for c in [*found, *passed]} and not keeps_harm(text, harms) \
                and not broken(text) and not spliced(msg, text) and not says_defence(msg, text) and not keeps_mock_fact(msg, text) \
                and not grants_as_grievance(msg, text) and not on_backdrop(msg, text) and not broken_when(msg, text):
            passed.append(replace(candidate, text=text))
    return passed


def _chosen(msg: Message) -> tuple:
    """The strategies that answer this message. The register comes first (a counter-attack, an argument
    about views, or the household strategies); then, in order, each reading of a whole message that
    fits takes the place of what came before it, so the later and narrower readings win."""
    in_discussion = msg.blaming and (about_views(msg) or bool(replies_to_commenter(msg)) or bool(view_object_replies(msg)))
    # a counter-attack gets the complaint heard and its own grievance beside it, nothing else (counters.py);
    # in an argument about views only when it shields the speaker ("so spare me the speech about the bills")
    countering = counter_attack(msg) and (not in_discussion or shields_self(msg))
    chosen = (counter_candidates,) if countering else (_discussion,) if in_discussion else STRATEGIES
    chosen = with_moves(msg, chosen)  # guilt trips, threats, denials: what to say instead (manipulation.py)
    chosen = with_scene(msg, chosen)  # "I never went near the safe": the account kept, nothing confessed
    whole = _whole_reading(msg, in_discussion)
    if whole and not (in_discussion and view_object_replies(msg) and not jab_shape_lines(msg)):  # "Nice try, shill": the
        # named study, not the taunt; a jab shape ("make the new guy take the fall…") names its own event (jab_shapes.py)
        chosen = (lambda m: [Candidate(compose(m, whole), I_STATEMENT)],)
    everyday = [] if in_discussion else everyday_lines(msg, countering)  # a broken promise, a feeling put on the listener
    if everyday:
        chosen = (lambda m: [Candidate(compose(m, lines), I_STATEMENT) for lines in everyday],)
    own = own_hurt(msg) or scapegoat_hurt(msg)  # "I guess my opinion doesn't count then": the speaker's own hurt, said plainly (own_hurt.py)
    if own:
        chosen = (lambda m: own,)
    chosen = with_accounts(msg, chosen)  # "he'll tell you", "it's not the 1950s": the account without the move
    chosen = with_supported_denials(msg, chosen)  # a denial with its support: the account, no apology for it
    chosen = with_disowned_acts(msg, chosen)  # "that wasn't my job, Ahmed was on rota": no amends for it (disowned_acts.py)
    chosen = with_brushed_off_upsets(msg, with_shifted_lapses(msg, chosen))  # shifted_lapses.py, brushed_off_upsets.py
    chosen = with_record(msg, chosen)  # "I hear you. For the record, I did pack it": both kept (for_the_record.py)
    chosen = with_martyr_stances(msg, chosen)  # a martyr stance or sarcastic apology, read whole (martyr_stances.py)
    chosen = chosen if service_ask_lines(msg) else with_guilt_trips(msg, chosen)  # comparisons, dares to withdraw, worth
    # tests: the need said (guilt_trips.py); a share asked with its name and occasion kept wins (service_asks.py)
    chosen = with_defence_points(msg, chosen)  # "so I don't know why you're upset about one X": X owned
    chosen = with_denial_repairs(msg, chosen)  # a lapse denied with its reason, "sorry if…, but": denial_repairs.py
    chosen = with_counter_residue(msg, chosen)  # "you spent more on candles, so": the counter dropped
    chosen = with_plain_refusals(msg, chosen)  # plain facts under a jab, "Whoever X…", "Must be nice to X" (plain_refusals.py)
    chosen = with_settled_defences(msg, chosen, (acknowledge_first, i_statement, take_responsibility, counter_candidates))
    chosen = with_held_points(msg, chosen)  # a denial kept as the sender's account, an admission owned (held_points.py)
    if acknowledge_first in chosen and conceded(msg):  # its concession + complaint replaces the concession alone
        chosen = tuple(s for s in chosen if s is not acknowledge_first)
    if grievance_only(msg) or scene_only(msg) or wronged_by_listener(msg) or unowned_lapse(msg):  # "You went through my texts, Ryan", "You
        # ought to thank me I didn't call the police", "you talked over me": nothing to answer as the one accused
        chosen = tuple(s for s in chosen if s not in (acknowledge_first, take_responsibility))
    residue = residue_lines(msg)  # a jab wrapped round a plain event: the martyr or group readings above would keep it
    chosen = (lambda m: [Candidate(compose(m, residue), I_STATEMENT)],) if residue else chosen
    rescued = rescued_lines(msg)  # a plain event in a shape the generic readings garble (rescued_refusals.py)
    chosen = (lambda m: [Candidate(compose(m, lines), strategy) for lines, strategy in rescued],) if rescued else chosen
    untold = untold_lines(msg) or no_right_lines(msg)  # "you never said X, how was I meant to know": the sender's side,
    # no charge (untold.py); "you had no right to read my messages": the act kept, the verdict left (no_right.py)
    chosen = (lambda m: [Candidate(compose(m, lines), strategy) for lines, strategy in untold],) if untold else chosen
    return with_verdict_words(msg, chosen)  # a verdict shape read whole wins over all of the above (verdict_words.py)


# Readings of a whole message, the first that fits wins: a grievance inside a jab, a short scene, a third person, a taunt, a
# habit, evidence beside a sneer, an act told as a question, thanks owed, an act with a guess at its
# motive, advice that is a request (each module's docstring says what it reads).
_WHOLE_READINGS = (plain_grievance_lines, returned_damaged_lines, service_ask_lines, ability_lines, some_of_us_lines, residue_lines, jab_shape_lines, named_act_lines, decided_lines, short_scene_lines, others_lines, sarcasm_lines, habit_lines, verbless_lines, asked_act_lines,
                   thanks_lines, deliberate_lines, advice_lines, reminded_request_lines,
                   mood_order_lines, jab_fact_lines, clear_scene_lines, event_lines)


def _whole_reading(msg: Message, in_discussion: bool) -> list[str]:
    """The sentences of the one reading that takes the whole message, or an empty list."""
    whole = next((lines for lines in (reading(msg) for reading in _WHOLE_READINGS) if lines), None)
    if not in_discussion:  # a view argued ("you'd rather blame migrants than…") keeps its own register
        whole = rather_lines(msg) or remark_lines(msg) or whole  # "you'd rather X than Y" (rather_than.py), an act
        # told with a remark beside it (acts_with_remarks.py): these two go before the readings above
    return whole or concrete_label_lines(msg)  # a label pinned to a topic or moment: the topic kept


def _tidied(msg: Message, text: str, strategy: str, topic) -> str:
    """A strategy's wording with what it can get wrong put right, step by step (each module says why)."""
    text = one_apology(refer_back(without_echoes(capitalise(tidy(text))), topic))
    text = unswept(text, msg) or ""  # "You make everything about you." is still the verdict (beside.py)
    text = fit_closing(msg, text)  # a last line that fits what came before it (closings.py)
    text = sorry_about_damage(msg, acknowledged_complaint(msg, text))  # "I'm sorry about the vase." (damaged_things.py)
    text = owned_closing(msg, joined_excuse(msg, text))  # excuse and amends fit the act (excuse_closings.py)
    text = with_own_request(msg, text, strategy)  # a longer message's own closing ask (own_requests.py)
    text = whole_concessions(msg, text)  # "I know you mean." → "I know you mean well." (whole_concessions.py)
    text = not_told(msg, text)  # "you didn't tell me you'd X" stated: not "I need to know whether" (not_told.py)
    text = without_judgment(msg.text, text)  # "moping", "you failed him": no verdict kept (judgment_words.py)
    text = without_blame_residue(msg.text, text)  # fault clauses, intent, totalisers, digs (blame_residue.py)
    text = without_jab_echoes(msg.text, text)  # "only 40 mins late", "I told you a hundred times" (jab_echoes.py)
    text = without_sarcasm_residue(msg.text, text)  # "super thoughtful", "can you ever", "lmao uninstall" (sarcasm_residue.py)
    text = without_kept_jabs(msg, text)  # a verdict, aside, guessed motive or "nobody" dig kept as a sentence (kept_jabs.py)
    text = without_jab_sentences(msg, text)  # the same jab read by its shape, not a cue list (jab_sentences.py)
    text = without_backdrop_jab(msg, text)  # "You wanted a puppy." kept is still the jab (backdrop_acts.py)
    text = without_minimisers(msg, text)  # "I only spent R800", "It's not like the film had started." (minimisers.py)
    text = mend_splices(msg, text)  # "when Marco you ghost…" → "Marco, … when you ghost…" (splices.py)
    text = agree(text)  # "When you take credit…, I felt" → "I feel" (tense_agreement.py)
    text = not_turned_round(one_hedge(without_easy_jab(text)))  # "It's easy to criticise." kept is still the jab (short_scenes.py)
    text = without_emphatic_did(without_check_amends(one_acknowledgement(text)))  # "I did ring" → "I rang"
    text = without_dismissals(text)  # "Stop nagging." kept as a fact is the defence (dismissive_orders.py)
    text = fitting_asks(msg, text)  # "Next time, could you return it?" for a drill still not back (fitting_asks.py)
    text = kept_details(msg, text) if text else text  # a work/team closing; a dropped name or amount (chat_registers.py)
    text = with_scene_details(msg, text)  # "grandma's 80th", "for three days" put back (scene_feelings.py)
    text = repaired_grammar(msg.text, text)  # what the cuts left garbled, put right or dropped (grammar_repairs.py)
    text = without_repeated_name(msg, text)  # "Ryan, … show up to training, Ryan." (event_fallbacks.py)
    text = slot_mended(msg.text, mended_fill(msg.text, text))  # a bracket naming the culprit: the name kept as the address (slot_fluency.py)
    text = mended_surface(msg.text, text)  # "£64. 99", a stranded "Dear", "As far as I know, Ours" (surface_mends.py)
    text = mended_when(msg, text)  # "when now the foxes…" → "when the foxes…", "when the delivery guy…" (when_slots.py)
    return without_framed_acts(msg, text)  # no conceded "acting like I X" (denied_points.py)


def _discussion(msg: Message) -> list[Candidate]:
    """An attack on someone's views gets the speaker's position and a question, in that register
    only: no "I feel hurt when your comment…" from the household strategies (discussion.py)."""
    replies = list(replies_to_commenter(msg))  # first: the readings made for these shapes (commenter_replies.py)
    replies += [lines for lines in view_object_replies(msg) if lines not in replies]  # a named object (view_objects.py)
    replies += [lines for lines in view_replies(msg) if lines not in replies]
    found = [Candidate(said_to(msg, lines), I_STATEMENT) for lines in replies]
    view = own_view(msg)
    if view:
        found.append(Candidate(compose(msg, view), I_STATEMENT))
    found += [Candidate(compose(msg, lines), I_STATEMENT, fallback) for lines, fallback in disagreement(msg)]
    return found


__all__ = ["Candidate", "GUIDANCE", "STRATEGIES", "candidates_for", "plain_candidates", "unframe"]
