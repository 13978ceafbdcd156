"""Shapes from held-out set 26's grades (graded blind at the twelfth session's start, 21fa04b, before these
mends), each put right where it is made, and each tried on messages of the same shape that set 26 does not hold:
effort withdrawn ("I'll just never … again since my X was so terrible") said as the sting of effort that didn't
land (martyr_stances.py); a bare generalisation left once its absolute goes ("You do this Priya.", "You control
everything.") not kept beside the act (phrases.BARE); the message's numbers counted as content when suggestions are
ranked (engine.numbers_of); "any" of a negated act made "some" in the ask (reading.request_for); a family word
said after the listener's act with no comma ("You're overreacting Dad") read as the address (address.py)."""

import pytest

from conftest import some_texts, texts_of
from heard.rewrite.address import comma_after_address
from heard.rewrite.engine import numbers_of, retained

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("Fine, I'll just never offer to plan anything again since apparently my Byron Bay itinerary was so terrible.",
     "my Byron Bay itinerary"),
    ("ok I'll just never make the Christmas pudding again then", "making the Christmas pudding"),
    ("Whatever, I'll just not bother helping with the garden again since my weeding is apparently so bad",
     "my weeding"),
])
def test_effort_withdrawn_is_said_as_the_sting_of_effort_that_did_not_land(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and "stings" in first, first
    assert "never" not in first.lower() and "nevering" not in first and "often end up" not in first, first


def test_a_withdrawal_of_trust_is_not_read_as_effort(rewrite):
    found = rewrite("I'll never trust you again").suggestions
    assert not any("put a lot into" in s["text"] for s in found), found


@pytest.mark.parametrize("text, act, left", [
    ("you ALWAYS do this Priya. you said you'd book the train tickets to Leeds by Friday and now they're £84 each. "
     "every single time", "train tickets to Leeds", "do this"),
    ("You told Grandma I wasn't coming for Christmas before I'd even decided?? You always have to control everything, "
     "Chloe.", "told Grandma", "control everything"),
    ("You moved my desk to the window without asking me. You always have to decide everything.", "moved my desk",
     "decide everything"),
])
def test_a_bare_generalisation_is_not_kept_beside_the_act(rewrite, text, act, left):
    first = some_texts(rewrite(text))[0]
    assert act in first and left not in first, first


def test_a_suggestion_that_keeps_the_amount_is_preferred(rewrite):
    first = some_texts(rewrite("you ALWAYS do this Priya. you said you'd book the train tickets to Leeds by Friday "
                               "and now they're £84 each. every single time"))[0]
    assert "£84" in first, first


def test_numbers_count_as_kept_only_as_written():
    from heard.rewrite.parsing import rewrite_nlp
    doc = rewrite_nlp()("The 9:40 to Manly left and it cost £84")
    assert {"9:40", "84"} <= numbers_of(doc)
    assert retained({"84"}, "Now they're £84 each.") == 1.0
    assert retained({"84"}, "It was £184.") == 0.0
    assert retained({"9:40"}, "We missed the 9:40 ferry.") == 1.0


@pytest.mark.parametrize("text, ask", [
    ("Coach, you never give Liam any minutes in the second half. It's obvious you've got favourites and everyone on "
     "the sideline can see it.", "some minutes"),
])
def test_the_ask_for_a_negated_act_asks_for_some(rewrite, text, ask):
    first = some_texts(rewrite(text))[0]
    assert ask in first and "Could you give Liam any" not in first, first


@pytest.mark.parametrize("text, plain", [
    ("You're overreacting Dad, it's one scratch.", "You're overreacting,Dad, it's one scratch."),
    ("ur so extra babe", "ur so extra,babe"),
    ("you're being dramatic mum it was one glass of wine", "you're being dramatic,mum it was one glass of wine"),
    ("you never call Dad.", "you never call Dad."),  # about him, not said to him
    ("you're calling Dad?", "you're calling Dad?"),
    ("mate you took my seat", "mate,you took my seat"),
])
def test_a_family_word_after_the_listeners_act_is_read_as_the_address(text, plain):
    assert comma_after_address(text) == plain
    assert len(comma_after_address(text)) == len(text)  # evidence offsets stay where they were


def test_the_address_is_not_made_the_object_of_the_acknowledgement(rewrite):
    first = some_texts(rewrite("You're overreacting Dad, it's one scratch."))[0]
    assert "brush off Dad" not in first and first.startswith("Dad,"), first


@pytest.mark.parametrize("text, ask", [
    ("lol of course you 'forgot' to send the Venmo for the Taylor Swift tickets again. you're such a freeloader",
     "Could you send it over"),
    ("you still haven't paid me back the £60 from the festival", "Could you send it over"),
    ("Rahul bhai you never return anything yaar. My drill, my tent, my cricket bat, all vanished into your flat forever",
     "Could you bring them back"),
])
def test_money_owed_and_things_kept_are_asked_for_not_talked_about(rewrite, text, ask):
    first = some_texts(rewrite(text))[0]
    assert ask in first and "talk about it" not in first, first


@pytest.mark.parametrize("text", [
    "the bank rang because you didn't pay the gas bill. it was your turn",  # paid to no one here
    "@Dan you were supposed to send the slides to the client yesterday. Now we look like amateurs.",
    "mate you've had my drill since easter and now its come back with a snapped chuck. cheers for that",  # it's back
])
def test_no_transfer_or_return_is_asked_where_none_is_owed(rewrite, text):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert not any("send it over" in s or "bring it back" in s or "bring them back" in s for s in found), found


@pytest.mark.parametrize("text, act, guess", [
    ("To whoever lives at no. 14 — your dog has barked from 6am to 9am every day this week. You obviously don't "
     "give a toss about anyone else on this street.", "your dog has barked", "care"),
    ("you don't give a damn about this family, you missed Ella's birthday for a golf day", "missed Ella's birthday",
     "care"),
    ("Mo, you left the hob on AGAIN after making eggs. Do you even care if the kitchen catches fire?", "left the hob on",
     "cared"),
])
def test_a_guessed_attitude_is_not_said_back_beside_what_happened(rewrite, text, act, guess):
    first = some_texts(rewrite(text))[0]
    assert act in first and guess not in first, first


def test_a_guessed_attitude_that_is_all_there_is_still_gets_a_rewrite(rewrite):
    assert some_texts(rewrite("You don't care about anyone but yourself."))


def test_asking_why_they_care_is_not_a_guessed_attitude(rewrite):
    first = some_texts(rewrite("Why do you even care what your father thinks? He left us."))[0]
    assert "your father thinks" in first, first


@pytest.mark.parametrize("text, kept", [
    ("Dear Mr Halloran, I have now sent you three emails and two photos of the black mould spreading across the "
     "bathroom ceiling, and you have ignored every one of them for five months.",
     "three emails and two photos of the black mould"),
    ("I've sent you four invoices and a reminder letter about the overdue balance, and you've ignored every one.",
     "four invoices and a reminder letter"),
])
def test_two_things_sent_stay_one_sentence(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    assert not any(". Two photos" in s or ". A reminder letter" in s for s in found), found


def test_every_one_of_them_as_one_occasion_is_them(rewrite):
    found = [s["text"] for s in rewrite("Dear Mr Halloran, I have now sent you three emails and two photos of the "
                                        "black mould, and you have ignored every one of them for five months.").suggestions]
    assert not any("the one of them" in s for s in found), found


@pytest.mark.parametrize("text, kept, gone", [
    ("You booked Maddie into Saturday swim club knowing full well Saturdays are my weekends with her. You do this on "
     "purpose every time, Greg.", "even though Saturdays are my weekends", "full well"),
    ("I ordered on the 3rd, two of the mugs arrived cracked, and you people couldn't even be bothered to answer my "
     "email. Pathetic customer service.", "you didn't answer my email", "bothered"),
    ("Your colleague promised me a refund on the phone and now it's store credit only?? You people just make it up as "
     "you go along.", "", "you people"),
    ("Because of your little reply-all stunt, Westfield now knows we missed the March deadline. Thanks a lot, Fiona.",
     "Westfield", "stunt"),
])
def test_a_sneer_inside_the_act_is_mended_out(rewrite, text, kept, gone):
    first = some_texts(rewrite(text))[0]
    assert kept in first and gone not in first.lower(), first


def test_the_one_occasion_not_bothered_for_is_told_in_the_past():
    from heard.rewrite.verdict_words import _sneers_mended
    assert _sneers_mended("I feel unheard when you people couldn’t be bothered to answer my email.") == \
        "I felt unheard when you didn't answer my email."
    assert _sneers_mended("It hurts that you can't be bothered to call.") == "It hurts that you don't call."
    assert _sneers_mended("I can't be bothered to argue about it.") == "I can't be bothered to argue about it."


@pytest.mark.parametrize("text, kept", [
    ("Honestly Mum, why do you have to comment on my weight in front of Auntie Rekha every Diwali? Can't you ever "
     "just let me eat?", "at Diwali"),
    ("you pick a fight with my brother every Christmas", "at Christmas"),
])
def test_a_feast_said_with_every_is_not_made_plural(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and "Diwalis" not in first and "Christmases" not in first, first


@pytest.mark.parametrize("text, need", [
    ("Kevin you're so careless with the company card. Three Uber Eats orders on the Henderson client budget? What is "
     "wrong with you", "trust you with the company card"),
    ("You're so careless with the car, you always leave it unlocked", "trust you with the car"),
])
def test_careless_with_a_thing_asks_to_be_trusted_with_it(rewrite, text, need):
    first = some_texts(rewrite(text))[0]
    assert need in first and "count on you for" not in first, first


@pytest.mark.parametrize("text, act", [
    ("you made me look like an idiot in front of the whole team by correcting my numbers in standup instead of just "
     "messaging me", "when you corrected my numbers in standup in front of the whole team instead of messaging me"),
    ("You made me look like an idiot in front of the client by contradicting my numbers on the call.",
     "when you contradicted my numbers on the call in front of the client"),
])
def test_made_to_look_a_fool_by_an_act_names_the_act(rewrite, text, act):
    first = some_texts(rewrite(text))[0]
    assert act in first and "by what happened" not in first, first


@pytest.mark.parametrize("text, act, told", [
    ("You never listen to me. I told you three times I'm allergic to cashews and you still ordered the satay for the "
     "whole table.", "when you ordered the satay for the whole table", "I'd told you three times I'm allergic to cashews"),
    ("i literally told u the party was a surprise and u still went and told her", "when you told her",
     "I'd told you the party was a surprise"),
])
def test_told_and_still_done_leads_with_the_act_and_keeps_what_was_told(rewrite, text, act, told):
    first = some_texts(rewrite(text))[0]
    assert act in first and told in first, first
    assert "When I'm allergic" not in first, first


@pytest.mark.parametrize("text", [
    "I reminded you twice about the parents' evening and you still missed it",  # "it" is what was told
    "I told you the test results and you just said \"cool\"",  # no "still": the telling is the scene
    "I asked you to text me when you land and you still didn't",  # no act to lead with
])
def test_only_a_told_thing_then_a_contrary_act_is_reordered(text):
    from heard.rewrite.told_still import said_plainly
    assert said_plainly(text) == text


def test_evidence_after_a_reordered_told_still_moves_with_the_sentence_end():
    from heard.rewrite.textspeak import moved
    from heard.rewrite.told_still import said_plainly, said_plainly_edits
    text = "I told you I'm vegetarian now and you still put bacon in the pasta. You never listen."
    plain = said_plainly(text)
    assert plain[moved(text.index("You never"), said_plainly_edits(text)):].startswith("You never")


@pytest.mark.parametrize("text, reason", [
    ("didn't ghost u, phone was broken", "My phone was broken"),  # "…, and I should have let you know." may follow
    ("wasnt ignoring ur texts, battery died at work", "My battery died at work"),
])
def test_going_quiet_denied_in_a_text_is_owned_with_its_reason(rewrite, text, reason):
    first = some_texts(rewrite(text))[0]
    assert "sorry I went quiet" in first and reason in first, first


def test_doing_something_misparsed_as_a_thing_is_still_an_act(rewrite):
    first = some_texts(rewrite("ur literally the worst support main i've ever queued with, u were farming jungle while "
                               "our carry died 4 times. uninstall"))[0]
    assert "when you were farming jungle while our carry died 4 times" in first, first
    assert "worst" not in first and "uninstall" not in first.lower(), first


@pytest.mark.parametrize("text, first_words", [
    ("Sorry the quarterly report was late but honestly nobody told me the client meeting moved to Thursday.",
     "I'm sorry the quarterly report was late."),
    ("Sorry the invoice went out with the old VAT number but honestly nobody told me the company changed address in "
     "March", "I'm sorry the invoice went out with the old VAT number."),
])
def test_the_messages_own_apology_is_said_once_and_first(rewrite, text, first_words):
    for suggestion in some_texts(rewrite(text)):
        assert suggestion.lower().count("sorry") == 1, suggestion
    assert some_texts(rewrite(text))[0].startswith(first_words)


@pytest.mark.parametrize("text", [
    "Sorry ma'am but the delay is from the courier side, we dispatched on 14th itself only, kindly check with them.",
    "I didn't know the oven was still on, sorry.",
])
def test_no_sorry_but_shield_and_no_sorry_twice_after_an_apology(rewrite, text):
    first = some_texts(rewrite(text))[0]
    assert "Sorry ma'am but" not in first and first.lower().count("sorry") == 1, first


def test_an_apology_alone_is_left_as_it_is():
    from heard.rewrite.double_apologies import one_apology
    assert one_apology("Sorry but I'm a volunteer. Can we talk?") == "Sorry but I'm a volunteer. Can we talk?"
    assert one_apology("I hear you, and I'm sorry for how this went. I'm sorry, babe.") == \
        "I hear you, and I'm sorry for how this went. I'm sorry, babe."


@pytest.mark.parametrize("text, act", [
    ("Typical of you to lose the spare house key within a week, Ollie. This is exactly why nobody trusts you with "
     "anything.", "you lost the spare house key within a week"),
    ("so typical of you to forget my birthday", "you forgot my birthday"),
])
def test_typical_of_you_opening_the_sentence_tells_the_act(rewrite, text, act):
    first = some_texts(rewrite(text))[0]
    assert act in first and "typical" not in first.lower(), first


@pytest.mark.parametrize("text, kept, gone", [
    ("Ref, you've missed every single foul on our number 7 all match. Are you blind or just biased?",
     "the fouls on our number 7", "every single"),
    ("honestly I'm exhausted, you leave every single chore to me", "the chores", "every single"),
    ("Ama noticed you missed every single netball game this season, you know. Not one.", "", "netballs"),
    ("Coach, you picked your own lad again over kids who've come to every single training, and everyone can see it.",
     "", "trainings"),
])
def test_every_single_thing_is_the_things(rewrite, text, kept, gone):
    first = some_texts(rewrite(text))[0]
    assert kept in first and gone not in first, first


@pytest.mark.parametrize("text, told", [
    ("I heard from Dev that you've been telling people my raise was a favour from the boss.",
     "Dev told me you've been telling people my raise was a favour from the boss"),
    ("I found out from my sister that you told everyone about the baby", "My sister told me that you told everyone"),
])
def test_what_the_speaker_heard_from_someone_is_passed_on_as_told(rewrite, text, told):
    first = some_texts(rewrite(text))[0]
    assert told in first and "your side" in first, first


@pytest.mark.parametrize("text, name", [
    ("man up and stop being a right wing sissy", "sissy"),
    ("you're such a snowflake, you cried over a parking ticket", "snowflake"),
])
def test_a_name_hurled_is_never_asked_back_or_said_back(rewrite, text, name):
    for suggestion in texts_of(rewrite(text)):
        assert name not in suggestion.lower(), suggestion


@pytest.mark.parametrize("text, act, claim", [
    ("bro you borrowed my drill in June and now it's \"lost\"?? you lose literally everything you touch",
     "borrowed my drill in June", "everything you touch"),
    ("You never came to a single one of my football finals. Not one, Dad. Work always mattered more than me.",
     "football finals", "mattered more than me"),
    ("Dear Sir/Madam, I ordered a blue sofa (order #48213) and received a grey one. Clearly nobody in your warehouse "
     "checks anything.", "received a grey one", "checks anything"),
])
def test_a_sweeping_claim_is_not_kept_beside_the_act(rewrite, text, act, claim):
    first = some_texts(rewrite(text))[0]
    assert act in first and claim not in first, first


def test_a_sweeping_word_beside_a_detail_keeps_the_detail(rewrite):
    first = some_texts(rewrite("Rach, you said you'd book the minibus for the hen do and now it's two days out and "
                               "nothing. I literally reminded you in the group chat on Tuesday."))[0]
    assert "two days out" in first and "Rach, you said" in first, first


def test_what_was_not_bothered_with_is_asked_for_not_the_bother(rewrite):
    found = some_texts(rewrite("Sir, you gave Riya 14 out of 20 without even reading her second page. You simply don't "
                               "bother checking properly."))
    assert "gave Riya 14 out of 20" in found[0] and not any("bother" in s for s in found[:1]), found
    assert not any("Could you bother" in s for s in found), found


def test_learn_to_count_is_a_put_down_never_asked_back(rewrite):
    found = texts_of(rewrite("lol imagine writing a whole thread about sourdough and getting the hydration maths wrong. "
                             "maybe learn to count before lecturing people"))
    assert not any("learn to count" in s for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("Because of you we missed the first half of the Arctic Monkeys gig. Next time you can find your own way there.",
     "missed the first half of the Arctic Monkeys gig"),
    ("you made us late for the wedding. next time you can book your own taxi", "late for the wedding"),
])
def test_a_sanction_for_next_time_is_neither_the_act_nor_kept(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and "your own" not in first and "next time you can" not in first.lower(), first


def test_the_outcome_laid_on_the_listener_gives_way_to_what_they_did(rewrite):
    first = some_texts(rewrite("Kev you missed every tackle in the second half, you cost us the match against Ballymun "
                               "and there's no point pretending otherwise"))[0]
    assert "missed tackles in the second half" in first, first
    assert "cost us" not in first and "pretending" not in first, first


def test_the_outcome_alone_is_still_rewritten(rewrite):
    assert some_texts(rewrite("you cost us the deposit"))


@pytest.mark.parametrize("text, plain", [
    ("mate the light switch you fixed sparks", "mate,the light switch you fixed sparks"),
    ("mate I told you it was Tuesday", "mate,I told you it was Tuesday"),
    ("mate the bins", "mate,the bins"),
    ("Mates the lot of them", "Mates the lot of them"),
])
def test_a_friend_said_to_before_any_clause_is_the_address(text, plain):
    assert comma_after_address(text) == plain


def test_the_address_before_a_fact_keeps_the_fact(rewrite):
    first = some_texts(rewrite("mate the light switch you \"fixed\" sparks every time I flick it. you're a cowboy, plain "
                               "and simple"))[0]
    assert first.startswith("Mate,") and "light switch" in first and "cowboy" not in first, first


@pytest.mark.parametrize("text, kept", [
    ("You poisoned Jack against me. He never used to talk like this before he started spending weekends at yours.",
     "before he started spending weekends at yours"),  # a third party's change told with its detail: a fact
    ("You never respect the schedule. It's not a suggestion, Kevin.", "respect the schedule"),  # a behaviour
])
def test_a_fact_or_a_behaviour_is_not_taken_for_a_sweep_or_an_attitude(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first, first


def test_a_defences_numbers_do_not_pull_the_counter_first(rewrite):
    first = some_texts(rewrite("if you'd actually put your specs in the post like rule 2 says, I wouldn't have guessed "
                               "wrong about your PSU. don't put that on me"))[0]
    assert first.startswith("I'm sorry I guessed wrong about your PSU"), first


def test_the_apology_said_first_keeps_the_greeting_first():
    from heard.rewrite.double_apologies import one_apology
    assert one_apology("Hi Priya, I should have checked whether the meeting moved, and I'm sorry. Sorry the deck was "
                       "late. Next time I'll flag it.") == \
        "Hi Priya, I'm sorry the deck was late. I should have checked whether the meeting moved. Next time I'll flag it."
