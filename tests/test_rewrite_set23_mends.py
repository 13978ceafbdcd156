"""Shapes from held-out set 23's grades (the tenth session), each put right where it is made: a game score
"0/9" lost its slash in the speaker's account (accounts.py); "it's 3 max" made "Max" a name (surface.py,
phrase_repairs.py); a verbless "Not even a WhatsApp, bru?" became the request "Could you bru?" (reading.py); "you
took the Le Creuset and the telly when you moved out" was split at the "and" of the two things taken (clauses.py)."""

import pytest

from conftest import read_as, some_texts

pytestmark = pytest.mark.model

def test_a_score_keeps_its_slash_and_a_word_after_a_count_is_no_name(rewrite):
    found = some_texts(rewrite("i wasnt afk i literally told u my router dropped, the ranked loss isnt on me, "
                               "jordan went 0/9 as well"))
    assert not any(" 0 9" in s for s in found), found
    found = some_texts(rewrite("He's not here 5 nights, it's 3 max, and he bought us toilet paper and dish soap "
                               "twice. Don't act like I'm freeloading."))
    assert not any("3 Max" in s for s in found), found


def test_a_verbless_reproach_with_an_address_asks_for_nothing_it_cannot_name(rewrite):
    found = some_texts(rewrite("Eish Thabo, you said you'd fetch me at the airport at 8 and I stood outside arrivals "
                               "till 9:40 with a dead phone. Not even a WhatsApp, bru?"))
    assert not any("Could you bru" in s or s.endswith(" bru?") for s in found), found
    assert "9:40" in found[0], found


def test_two_things_taken_stay_in_one_clause_and_a_clause_after_and_still_splits(rewrite):
    found = some_texts(rewrite("you took the Le Creuset and the telly when you moved out in June and now you want the cat "
                               "too? unbelievable"))
    assert not any("when the telly" in s for s in found) and "the Le Creuset and the telly" in found[0], found
    msg = read_as("you took the Le Creuset and the telly when you moved out in June")
    assert "the Le Creuset and the telly" in msg.clauses[0].text, [c.text for c in msg.clauses]
    msg = read_as("Your hedge is blocking half the pavement on Elm Road and Mrs Patel had to push her pram into the road.")
    assert len(msg.clauses) == 2, [c.text for c in msg.clauses]


@pytest.mark.parametrize("text, wrong, kept", [
    # a price per night and the speaker's own drive are no cause for worry
    ("You said you'd book the Byron accommodation by Friday and now everything under $400 a night is gone. Every "
     "single trip I end up being the one who sorts it.", "worried", "let down"),
    ('Drove 40 minutes for your "fresh" sourdough and got a loaf that was rock hard by 2pm. At $12 a loaf you should '
     "be embarrassed.", "worried", "I drove 40 minutes"),
    # what was counted on fell through: let down, not the load the message also names
    ("You said you'd pick Mia up at 3:15 and the school rang me at 3:50 because she was still sitting in reception. "
     "Unbelievable.", "overwhelmed", "let down"),
])
def test_the_feeling_fits_what_happened(rewrite, text, wrong, kept):
    first = some_texts(rewrite(text))[0]
    assert wrong not in first and kept in first, first


def test_driving_uninsured_still_worries(rewrite):
    first = some_texts(rewrite("Kevin I asked for ONE thing. Renew the car insurance by the 28th. We're now driving "
                               "around uninsured."))[0]
    assert "worried" in first, first


def test_not_skipped_for_fun_is_no_admission_and_anothers_lapse_held_up_is_not_kept(rewrite):
    found = some_texts(rewrite("coach i missed tuesday training cos my shift at tesco got changed last min, its not like "
                               "i skipped it for fun. Danny missed two and nobody said a word"))
    assert "I'm sorry I missed Tuesday training" in found[0], found
    assert not any("for fun" in s or "Danny" in s or "checked for myself" in s for s in found), found


def test_an_act_owned_twice_through_a_pronoun_is_owned_once(rewrite):
    found = some_texts(rewrite("I was literally working a double on Saturday, that's why I didn't make it to your gig. "
                               "It's not like I chose to miss it."))
    assert not any("I'm sorry I missed your gig" in s and "made it to your gig" in s for s in found), found


def test_what_the_listener_is_said_to_think_is_never_owned(rewrite):
    outcome = rewrite("Arre I told you in March itself that my leave might not get approved. Don't act like I dropped "
                      "this on you out of nowhere.")
    assert not any("sorry I dropped" in s["text"] or "should have told you sooner" in s["text"]
                   for s in outcome.suggestions), outcome.suggestions


def test_a_motive_imputed_still_owns_the_act(rewrite):
    found = some_texts(rewrite("What did you want me to do, cancel on my boss? Don't act like I forgot our anniversary "
                               "on purpose."))
    assert "I'm sorry I forgot our anniversary" in found[0], found


def test_a_verdict_on_the_act_is_not_kept_as_a_fact(rewrite):
    found = some_texts(rewrite("Sarah, two clients have now told me you ended their calls early without resolving their "
                               "billing issue. That is not acceptable and it reflects badly on the whole team."))
    assert "billing issue" in found[0], found
    assert not any("acceptable" in s or "reflects badly" in s for s in found), found


def test_not_small_children_is_a_jab(rewrite):
    from heard.rewrite.sneers import snide_aside
    for jab in ("we're not small children.", "I'm not stupid", "and we are not kids"):
        assert snide_aside(jab), jab
    for fact in ("we're not children's entertainers", "we're not home yet", "the kids are not babies any more"):
        assert not snide_aside(fact), fact


def test_a_some_of_us_dig_is_not_the_event(rewrite):
    found = some_texts(rewrite("Your dog's been barking from 6 till nearly 10 every night this week while you're out. "
                               "Some of us work early shifts, eh. This is the third time I've mentioned it."))
    assert "dog" in found[0] and not any("some of us" in s.lower() for s in found), found


def test_a_deduction_explained_is_kept_as_the_speakers_account(rewrite):
    found = some_texts(rewrite("The $280 taken off your bond is for carpet cleaning because of the red wine stains in the "
                               "lounge. That's not me being greedy, it's clause 9 of the lease you signed."))
    assert "$280" in found[0] and "carpet cleaning" in found[0] and "greedy" not in found[0], found


@pytest.mark.parametrize("text, ask", [
    ("Grandad you told the whole table at Sunday lunch that I failed my driving test twice. I specifically asked you "
     "not to bring it up with Aunt Lorraine there.", "check with me before you share"),
    ("What is wrong with you? You told half the netball team about my divorce before I'd even told my own kids.",
     "check with me before you share"),
    ("you were 40 minutes late AGAIN and didn't even text", "let me know if you're running late"),
    ("You didn't come to Ruby's recital. She kept looking at the empty seat.", "let me know if you can't make it"),
])
def test_a_named_act_gets_its_own_ask_instead_of_a_form_letter(rewrite, text, ask):
    first = some_texts(rewrite(text))[0]
    assert ask in first and "Can we talk about it?" not in first, first


@pytest.mark.parametrize("text", [
    "bro you told the coach I was skipping practice when I was at my nan's funeral",  # the hurt is the lie
    "You posted a pic from a rooftop bar last night and you still owe me £340 for the Lisbon flights.",  # the debt
    "You didn't come home last night and your phone was off.",  # not a no-show at an event
])
def test_the_ask_is_not_forced_where_the_act_is_something_else(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any("share something like that" in s or "can't make it" in s for s in found), found


def test_what_held_the_speaker_up_is_kept_beside_a_brush_off(rewrite):
    found = some_texts(rewrite("The M6 was shut at junction 10, I texted you at 3. And it was one late night, she was "
                               "fine, stop building a case out of everything."))
    assert "The M6 was shut at junction 10" in found[0] and "I texted you at 3" in found[0], found
    assert not any("she was fine" in s or "building a case" in s for s in found), found


@pytest.mark.parametrize("text, reason", [
    ("I wasn't ignoring your texts Jess, I was on a 12 hour shift on the ward Thursday. Not everything is about you "
     "being left on read.", "12 hour shift on the ward"),
    ("I'm not ignoring you, I've had back to back calls since 8. Some of us actually work.", "back to back calls"),
])
def test_going_quiet_denied_is_owned_with_its_reason_and_without_the_dig(rewrite, text, reason):
    first = some_texts(rewrite(text))[0]
    assert "sorry I went quiet" in first and reason in first, first
    assert "about you" not in first and "some of us" not in first.lower(), first


def test_a_defence_does_not_close_on_its_own_ask_to_stop_being_blamed(rewrite):
    from heard.rewrite.own_requests import closing_ask
    text = ("Hi Priya, the Q3 deck was late because the finance numbers only reached me at 6pm on Thursday. I can't "
            "build slides from data I don't have, so please don't pin this on me in front of the client.")
    assert closing_ask(text) is None
    found = some_texts(rewrite(text))
    assert "6pm on Thursday" in found[0] and not any("pin this on me" in s for s in found), found
    assert closing_ask("I've asked twice now. The bins are full again. Please put them out on Thursday.") \
        == "Could you put them out on Thursday?"  # an ask of the listener is still kept


def test_every_single_time_is_when_not_what_was_done(rewrite):
    found = some_texts(rewrite("yaar you took my charger to Pune last weekend and still haven't returned it, I've been "
                               "borrowing Ankit's for 5 days now. every single time you do this"))
    assert not any("the time" in s for s in found) and "charger to Pune" in found[0] and "5 days" in found[0], found


def test_not_you_posting_is_you_posted():
    from heard.rewrite.not_you import said_plainly, said_plainly_edits
    from heard.rewrite.textspeak import moved
    text = "not you posting the pic of me mid-bite on your story 💀 take it down rn"
    assert said_plainly(text).startswith("you posted the pic of me")
    start = text.index("take")
    assert said_plainly(text)[moved(start, said_plainly_edits(text)):].startswith("take it down")
    for kept in ("it's not you being late, it's the trains", "Not you again."):
        assert said_plainly(kept) == kept


def test_the_idiom_reads_as_the_act(rewrite):
    found = some_texts(rewrite("not you posting the pic of me mid-bite on your story with 300 views before asking 💀 "
                               "take it down rn"))
    assert "you posted the pic of me mid-bite" in found[0] and not any("not you" in s for s in found), found


def test_a_maybe_next_time_suggestion_is_asked_for_next_time(rewrite):
    found = some_texts(rewrite('Thanks for the "quick" 10 minute catch-up that ran to 50 minutes and made me miss school '
                               "pickup. Again. Maybe put an end time on the invite next time, Gareth."))
    assert found[0].endswith("Next time, could you put an end time on the invite?"), found
    assert not any("invite next time from now on" in s or "when you don't put" in s for s in found), found


def test_going_rogue_is_no_topic(rewrite):
    found = some_texts(rewrite("Re: overspend — the £2,300 on the conference booth was approved verbally by Mark in "
                               "January. I appreciate it's not in writing but I didn't go rogue here."))
    assert not any("the rogue" in s for s in found) and "£2,300" in found[0], found


def test_a_message_sent_is_held_up_not_apologised_for_and_the_listeners_lapse_is_not_scolded(rewrite):
    found = some_texts(rewrite("Mum I DID text you I'd be late, it says delivered at 10:02, it's not my fault you didn't "
                               "check your phone"))
    # the text was sent: the sixteenth session's side says so ("I texted you I'd be late"), where "I should have made
    # it clearer that I'd be late" had owned a lapse the sender denies (a blind reader: bad, and the side good)
    assert "I texted you I'd be late" in found[0] and "should have" not in found[0], found
    assert not any("sorry I'd be late" in s or "sorry you didn't check" in s for s in found), found
    found = some_texts(rewrite("sorry you feel that way but i did say i might not make it"))
    assert "clearer that I might not make it" in found[0], found


def test_why_is_it_that_every_time_is_told_as_what_happens(rewrite):
    from heard.rewrite.why_is_it import said_plainly
    assert said_plainly("Abeg, why is it that every time NEPA takes light you finish the fuel?") \
        == "Abeg, every time NEPA takes light you finish the fuel."
    for kept in ("why is it that the minute your friends text you're out the door",
                 "Why is it that whenever you lose it's my fault?", "and why is it that every time I ask?"):
        assert said_plainly(kept) == kept
    found = some_texts(rewrite("Why is it that every time we visit your parents in Leeds, I end up doing all the washing "
                               "up while you watch the cricket?"))
    assert "washing up while you watch the cricket" in found[0] and "why is it" not in found[0].lower(), found
