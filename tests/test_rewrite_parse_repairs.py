"""Parse repairs before the rewrites read a message, and the acts they let the rewrites keep: a lower-case
sentence after a full stop (chat_sentences.py), a name said before the real subject (named_subjects.py); a
frame after the act complained of (denied_points.py); the speaker's own act beside "I didn't know"
(unknowing.py); a thread's claim against a quoted view, with a number, a dare to explain a claim, and no line of
hurt first in a public argument (disagreement.py, engine._choose)."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.parsing import parse_many
from heard.rewrite.unknowing import without_check_amends


# -- sentences that open in lower case ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, starts", [
    ("you still haven't paid me back the £40, Jess. typical.", ["typical"]),
    ("i was busy. what do u want me to do", ["what"]),
    ("ok?? i was busy!! fine", ["i", "fine"]),
    ("I said no. stop asking me", ["stop"]),
])
def test_a_lower_case_word_after_a_stop_opens_a_sentence(text, starts):
    doc = parse_many([text])[0]
    assert [s[0].lower_ for s in doc.sents][1:] == starts, list(doc.sents)


@pytest.mark.parametrize("text", [
    "So your solution to teacher shortages is... paying them less?",  # an ellipsis runs on
    "We need eggs, milk, etc. and bread too",  # a stop inside a token is no sentence end
    "It's 3.5 miles from here",
])
def test_an_ellipsis_or_a_stop_inside_a_word_opens_no_sentence(text):
    assert len(list(parse_many([text])[0].sents)) == 1


def test_a_sneer_run_on_after_the_act_no_longer_hides_the_act(rewrite):
    text = "you STILL haven't paid me back the £40 from the concert, Jess. typical."
    first = some_texts(rewrite(text))[0]
    assert first.startswith("Jess, ") and "£40 from the concert" in first, first
    assert not re.search(r"typical|STILL", first), first


# -- a name before the real subject --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, subject", [
    ("Daniel, the figures in your report were wrong again.", "figures"),
    ("Honestly Priya, the client deck had three wrong figures on slide 7.", "deck"),
])
def test_a_name_said_before_the_subject_is_the_address(text, subject):
    doc = parse_many([text])[0]
    assert [t.text for t in doc if t.dep_ == "nsubj"] == [subject], [(t.text, t.dep_) for t in doc]


@pytest.mark.parametrize("text, subject", [
    ("Daniel, you forgot the figures again.", "you"),  # a subject of its own after the comma
    ("Sarah, my sister, was there too.", "Sarah"),  # an apposition closed by its comma is the name's
    ("Tom said the figures were wrong.", "Tom"),  # no comma: Tom is the subject
])
def test_a_name_that_is_the_subject_stays_the_subject(text, subject):
    doc = parse_many([text])[0]
    assert subject in [t.text for t in doc if t.dep_ == "nsubj"], [(t.text, t.dep_) for t in doc]


def test_the_address_is_not_said_as_you_beside_the_subject(rewrite, analyzer):
    text = ("Honestly Priya, the client deck had three wrong figures on slide 7 and I had to explain them to "
            "Mr. Khanna myself. Please check before sending.")
    found = texts_of(rewrite(text))
    assert found and not any(re.search(r"\byou the\b", s) for s in found), found
    assert any(s.startswith("Priya, ") and "slide 7" in s for s in found), found
    assert all(below_thresholds(analyzer, s) for s in found), found


# -- a frame after the act complained of ------------------------------------------------------------------------
def test_acted_like_after_the_act_is_cut_and_the_act_kept(rewrite):
    text = ("Typical of you, Jess. You turned up 40 minutes late for Ella's handover and then acted like I was the "
            "problem.")
    found = some_texts(rewrite(text))
    assert "40 minutes late for Ella's handover" in found[0], found
    assert not any(re.search(r"acted like|the problem|Typical", s) for s in found), found


def test_a_frame_alone_is_still_never_said_back(rewrite):
    found = texts_of(rewrite("Stop acting like I ruined the whole weekend."))
    assert not any(re.search(r"ruined|acting like", s) for s in found), found


# -- the speaker's own act beside "I didn't know" ------------------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("I only moved the ladder because it was blocking the side gate, I didn't know you were still up on the roof",
     "when I moved the ladder"),
    ("What was I supposed to do, leave the poor man standing in the rain? Yes I gave him a lift, no I didn't know "
     "he was your ex", "when I gave him a lift"),
    ("I didn't know the vase was your gran's. I put it on the shelf to make room.", "when I put it on the shelf"),
])
def test_the_wish_to_have_known_names_the_speakers_act(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert any(act in s for s in found), found
    assert not any(re.search(r"\bonly\b|\bYes\b|because it was blocking", s) for s in found), found


def test_the_act_is_said_once_when_a_later_sentence_tells_it_with_its_reason():
    text = ("I wish I'd known you were still on the roof when I moved the ladder, and I'm sorry it caused this. "
            "I moved the ladder because the delivery guy needed to get past.")
    assert without_check_amends(text) == text.replace(" when I moved the ladder", "")
    alone = "I wish I'd known you were still on the roof when I moved the ladder, and I'm sorry it caused this."
    assert without_check_amends(alone) == alone


def test_no_act_is_named_when_the_speaker_did_nothing_but_ask_or_say(rewrite):
    found = texts_of(rewrite("How was I supposed to know she was your sister? I just asked her to move her car."))
    assert found and not any(" when I asked" in s or " when I said" in s for s in found), found


# -- a thread's claim against a quoted view ---------------------------------------------------------------------
def test_a_number_against_the_listeners_quoted_view_is_said_as_the_speakers_view(rewrite, analyzer):
    text = ("Imagine being this confident about transit while admitting you haven't taken a bus since 2009. "
            "The new line carries 40,000 riders a day, but sure, \"nobody uses it.\"")
    first = some_texts(rewrite(text))[0]
    assert "the new line carries 40,000 riders a day" in first and "but sure" not in first, first
    assert not re.search(r"upsets me|I feel|frustrat", first), first
    assert below_thresholds(analyzer, first)


@pytest.mark.parametrize("text, kept", [
    # a household complaint with a number and a quote is no thread: the act, not "as far as I know"
    ("Sam said the quote was \"final\" but then added £200 for parking.", "£200"),
    ("you ALWAYS do this Priya. you said you'd book the train tickets to Leeds by Friday and now they're £84 each.",
     "train tickets"),
    # the small model's "AC" is an organisation: no public body for all that
    ("the electric bill is $80 over because you run the AC with the window open. this one's on you", "the AC"),
])
def test_a_complaint_with_a_number_is_not_answered_as_a_view(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert not re.search(r"as far as I know|My understanding", found[0]), found
    assert kept in found[0], found


def test_a_clause_about_someone_is_no_claim(rewrite):
    text = "This is exactly why this town can't have nice things. Every time someone proposes a bike lane, you lot cry."
    assert not any("as far as I know, someone" in s for s in texts_of(rewrite(text)))


# -- a public argument's register ----------------------------------------------------------------------------------
def test_a_claim_leads_a_line_of_hurt_in_a_threads_argument(rewrite):
    text = ("You're not \"just asking questions,\" you're doing the same bad-faith routine every time crime stats come "
            "up. Violent crime in the city dropped 8% last year according to the police's own report.")
    first = some_texts(rewrite(text))[0]
    assert "violent crime in the city dropped 8% last year" in first, first
    assert not re.search(r"I feel|frustrat|bad-faith", first), first


@pytest.mark.parametrize("text, claim", [
    ("Cool story. Now explain why Alberta's tuition went up 23% under your guys.",
     "Alberta's tuition went up 23% under your guys"),
    ("Cool story. Now do the part where your party voted against the exact same bill in 2019.",
     "your party voted against the exact same bill in 2019"),
])
def test_a_dare_to_explain_the_speakers_claim_is_said_as_the_claim(rewrite, analyzer, text, claim):
    first = some_texts(rewrite(text))[0]
    assert claim in first and "Cool story" not in first and "explain" not in first, first
    assert below_thresholds(analyzer, first)


@pytest.mark.parametrize("text", [
    "Now explain why the dishes are still in the sink, Tom.",  # a household dare is no thread's claim
    "Third time this month your courier has left my parcel on the step in the rain. Order #88213-K, a £120 jacket, "
    "soaked through. Do you people train your drivers at all?",  # a complaint to a company, with "you people"
])
def test_a_complaint_is_not_answered_as_a_threads_claim(rewrite, text):
    found = texts_of(rewrite(text))
    assert not any(re.search(r"as far as I know|My understanding", s) for s in found), found


# -- a wait for a shop's service, and a fact its verdict's cut left broken -------------------------------------------
def test_a_wait_for_service_keeps_the_wait_and_asks_no_one_to_say_they_are_late(rewrite):
    text = ("Waited 25 minutes for two flat whites and a toastie while your staff stood chatting about their weekend. "
            "Shocking service, won't be back.")
    first = some_texts(rewrite(text))[0]
    assert "I waited 25 minutes for two flat whites" in first, first
    assert not re.search(r"running late|Service,|Shocking|won't be back", first), first


@pytest.mark.parametrize("text", [
    "I'm feeling frustrated. Service, won't be back. Could we figure this out together?",
    "When whose hair is clogging the drain, I feel upset.",
])
def test_a_sentence_with_its_subject_cut_away_is_broken(text):
    from heard.rewrite.fluency import broken

    assert broken(text)


@pytest.mark.parametrize("text", ["Tom, don't worry about it.", "Jess, never mind.", "Mum, won't you come to dinner?",
                                  "Sorry, can't make it tonight."])
def test_an_address_before_an_order_or_a_question_is_not_broken(text):
    from heard.rewrite.fluency import broken

    assert not broken(text)


def test_waiting_for_someone_still_asks_to_hear_when_they_run_late():
    from heard.rewrite.fitting_asks import _situation_ask

    assert "running late" in (_situation_ask("I waited for 40 minutes outside the cinema") or "")
    served = "I waited 25 minutes for two flat whites while your staff stood chatting"
    assert "running late" not in (_situation_ask(served) or "")


# -- a thread's fact behind "you do realise…?" and homework set as an order ----------------------------------------
def test_a_figure_with_a_decimal_point_is_said_as_the_speakers_understanding(rewrite, analyzer):
    text = "You do realise the CBC gets about $1.4 billion a year, not the \"tens of billions\" you keep typing?"
    first = some_texts(rewrite(text))[0]
    assert "the CBC gets about $1.4 billion a year" in first, first
    assert not re.search(r"tens of billions|keep typing|When you|I feel", first), first
    assert below_thresholds(analyzer, first)


@pytest.mark.parametrize("text, thing", [
    ("Try reading the Canada Health Act before you tell everyone what it \"clearly\" allows.", "the Canada Health Act"),
    ("I suggest you read the instructions before you try to build the cot again.", None),  # the manual: no thread
    ("Try reading the room before you open your mouth next time.", None),  # an idiom, nothing read to form a view
])
def test_homework_set_as_an_order_is_answered_as_homework_only_for_a_view(rewrite, text, thing):
    found = texts_of(rewrite(text))
    homework = [s for s in found if s.startswith("It might help us both to look at")]
    assert (homework and thing in homework[0]) if thing else not homework, found


# -- a thing's lateness is not the speaker's; a list's numbers are not words ----------------------------------------
@pytest.mark.parametrize("text", [
    "For the record: 1) I chased finance twice on Tuesday 2) I flagged the delay at Wednesday's standup 3) the "
    "figures only landed at 4pm Friday. The report being late isn't on me.",
    "Sam, the invoice went out late because the system was down all morning, not much I could do",
])
def test_a_things_lateness_is_not_owned_as_keeping_someone_waiting(rewrite, text):
    found = texts_of(rewrite(text))
    assert found and not any(re.search(r"kept you waiting|I'm running late", s) for s in found), found
    assert not any(re.search(r"\b\d\)", s) for s in found), found


def test_the_speakers_own_lateness_is_still_owned(rewrite):
    found = texts_of(rewrite("The train was late, what was I supposed to do, walk?"))
    assert any("kept you waiting" in s or "running late" in s for s in found), found


def test_a_plain_act_of_someones_is_kept_as_a_fact(rewrite):
    text = "You left the back door unlocked again and someone got in the shed. I've told you a million times."
    assert any("someone got in the shed" in s for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text, doubted", [
    ("you seem very confident for someone who thinks the Senate is elected", "I don't think the Senate is elected"),
    ("Fascinating that you think Newfoundland's problem is \"lazy people\" and not Muskrat Falls.",
     "I don't think Newfoundland's problem is \"lazy people\""),
])
def test_a_belief_mocked_by_its_sneer_is_doubted_plainly(rewrite, text, doubted):
    first = some_texts(rewrite(text))[0]
    assert first.startswith(doubted) and "Muskrat" not in first and "confident" not in first, first


# -- a thread's claims: after "Cool story, but", beside the listener's speech, never the listener's own ------------
@pytest.mark.parametrize("text", [
    "Cool story, but the article is about Winnipeg and you're still complaining about Toronto.",
    "The article is about Winnipeg and you're still complaining about Toronto.",
])
def test_the_speakers_claim_beside_a_jab_at_what_the_listener_says_is_said_as_a_view(rewrite, text):
    first = some_texts(rewrite(text))[0]
    assert "the article is about Winnipeg" in first, first
    assert re.search(r"as far as I know|My understanding", first, re.I), first
    assert not re.search(r"Cool story|complaining|I feel|upset", first), first


@pytest.mark.parametrize("text, never", [
    ("You claim students are \"entitled\" and tuition is too cheap. English fees went from £3,000 to £9,250 in "
     "under a decade. Do the maths, if you remember how.", "tuition is too cheap"),
    ("Honestly, how do you type with both hands full of Poilievre pamphlets? Housing starts were dropping in "
     "Conservative-run provinces too, but sure, it's all Ottawa's fault.", "Ottawa's fault"),
])
def test_the_listeners_claim_or_an_echo_after_but_sure_is_never_said_as_the_speakers(rewrite, text, never):
    found = texts_of(rewrite(text))
    assert not any(re.search(r"(?:as far as I know|understanding is that),? " + re.escape(never), s, re.I)
                   for s in found), found


def test_a_name_of_a_people_keeps_its_capital_after_as_far_as_i_know(rewrite):
    text = ("You claim students are \"entitled\" and tuition is too cheap. English fees went from £3,000 to £9,250 "
            "in under a decade. Do the maths, if you remember how.")
    assert not any("english fees" in s for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text, doubted", [
    ("You keep saying \"most Canadians\" like you've met more than twelve of them.", "most Canadians"),
    ("Treasurer where is the 15,000 bob we collected for the jerseys? You keep saying \"next week\" since June.", None),
])
def test_the_listeners_repeated_words_are_doubted_only_in_a_public_argument(rewrite, text, doubted):
    found = texts_of(rewrite(text))
    if doubted:
        assert found and found[0].startswith(f"I'm not sure about \"{doubted}\""), found
    else:
        assert not any(s.startswith("I'm not sure about") for s in found), found


# -- shapes a misread leaves, and a sarcastic claim never said as the speaker's ------------------------------------
@pytest.mark.parametrize("text", [
    "When third time I've reported the damp in the back bedroom, I was frustrated.",
    "I'm sorry I missed a client call everyone acts like.",
    "Could you listen when I talk or what?",
])
def test_what_a_cut_leaves_half_said_is_broken(text):
    from heard.rewrite.fluency import broken

    assert broken(text)


def test_a_day_after_an_insisting_did_is_no_verb():
    from heard.rewrite.for_the_record import without_emphatic_did

    assert without_emphatic_did("I did Monday, Wednesday and Thursday.") == "I did Monday, Wednesday and Thursday."
    assert without_emphatic_did("I did ring the plumber.") == "I rang the plumber."


@pytest.mark.parametrize("text, mended", [
    ("I did Monday and Thursday last week, but sure. What would help?", "I did Monday and Thursday last week. What"),
    ("I feel let down when your calling it a scam.", "when you're calling it a scam"),
])
def test_a_shrug_or_a_your_for_youre_is_put_right(text, mended):
    from heard.rewrite.surface_mends import mended_surface

    assert mended in mended_surface("", text)


def test_the_taunt_that_ends_a_question_is_not_asked_back(rewrite):
    text = "You used my good fabric scissors on the cardboard AGAIN. Do you just not listen when I talk or what?"
    found = some_texts(rewrite(text))
    assert not any("or what" in s for s in found) and "fabric scissors" in found[0], found


@pytest.mark.parametrize("text", [
    "Sure, because a team that's lost 6 of its last 7 is \"definately making playoffs\". Your optimism would be "
    "adorable if it wasn't so annoying.",
])
def test_a_sarcastic_claim_after_sure_because_is_never_said_as_the_speakers(rewrite, text):
    found = texts_of(rewrite(text))
    assert not any("making playoffs" in s for s in found), found


def test_a_sneer_sentence_is_no_claim(rewrite):
    text = ("The nerf only cut sniper headshot damage from 150 to 135, so all the crying about it being \"useless "
            "now\" is hilarious. Skill issue, but go off.")
    first = some_texts(rewrite(text))[0]
    assert "from 150 to 135" in first and not re.search(r"hilarious|crying|go off", first), first


def test_an_idiom_of_effort_is_no_topic(rewrite):
    text = "I work my butt off here and the ONE time I miss a client call everyone acts like I'm useless. Unbelievable."
    assert not any("butt" in s for s in texts_of(rewrite(text)))


# -- a stranger in a thread is not a partner -------------------------------------------------------------------------
def test_a_reply_in_a_threads_argument_presumes_no_upset_and_asks_for_the_view(rewrite):
    text = ("ok champ. the council spent £2.1m on the new roundabout, not £20m, it's literally in the published "
            "minutes from March. maybe read before you post")
    first = some_texts(rewrite(text))[0]
    assert "£2.1m" in first and first.endswith("How do you see it?"), first
    assert not re.search(r"upset|talk it through|champ", first), first


@pytest.mark.parametrize("text", [
    "Your builders have blocked our drive AGAIN. Do you people ever think about anyone else?",  # a company's
    "I did update the figures, but finance sent me the old spreadsheet again on Friday. I flagged that in the thread "
    "at the time. I'm happy to fix it, but I don't think it's fair to say I ignored the feedback.",  # a work thread
])
def test_a_complaint_or_a_work_thread_keeps_its_own_ask(rewrite, text):
    assert not any(s.endswith("How do you see it?") for s in texts_of(rewrite(text)))


def test_the_thread_register_keeps_the_address_and_a_capital_i():
    from conftest import read_as

    from heard.rewrite.register import in_thread_register

    msg = read_as("ok champ. the council spent £2.1m on the new roundabout, not £20m. maybe read before you post")
    said = in_thread_register(msg, "Gary, I hear how upset you are. The council spent £2.1m. Can we talk it through?")
    assert said == "Gary, I can see where you're coming from. The council spent £2.1m. How do you see it?", said
    assert in_thread_register(msg, "I hear how upset you are.") == "I can see where you're coming from."
