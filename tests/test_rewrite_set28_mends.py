"""Shapes from held-out set 28's grades (graded blind at the thirteenth session's start, 361b158, before these
mends), each tried on messages of the same shape that set 28 does not hold: a denial of how things are done ("I
don't pick the squad on my own", "I don't set the prices") is not owned as a lapse ("I should have picked the squad
on my own"); a fault the speaker disowns that is the listener's own choice ("not my fault you pushed mid solo") is
not apologised for as if it had landed on them (owning.owned_excuse); "kitchen" alone is no chore to promise to
finish (lexicon.AMENDS); jabs said in passing ("for once in your life", "think before you open your mouth", "it's
like living with a teenager", "anybody but yourself", "you're twisting it") are left out of every suggestion
(verdict_words._jabs_dropped); and a name before the speaker's own clause ("Chidi, I sent you 50k…") is the address,
not part of the situation ("When chidi, I sent you…", address._noun_before_comma); "yaar" and "bhai" before "you"
are the address too; a customer writing to a business gets a letter's closings, not "when you get a sec", and a
sarcastic "thanks Dave" is no sign-off (register.py); an "okay" daring the listener after an apology is cut before
parsing (tag_questions.py); the sarcastic contrast ("fast enough when the rent's due") and "I expected better" are
not kept (verdict_words.py); a lent thing that came back damaged is the grievance, with an ask to put it right
(returned_damaged.py)."""

import pytest

from conftest import some_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, owned", [
    ("Don't look at me like that, I don't pick the team on my own. The selectors had the final say on who went to "
     "Leeds.", "should have picked"),
    ("Don't blame me, I don't choose the set list on my own. The band votes on it every Thursday.", "should have chosen"),
    ("I don't set the prices, head office does, so there's no point having a go at me.", "should have set"),
    ("I don't sign off the rota by myself, Karen checks every shift before it goes up.", "should have signed"),
])
def test_how_things_are_done_is_not_owned_as_a_lapse(rewrite, text, owned):
    outcome = rewrite(text)
    assert not any(owned in s["text"] for s in outcome.suggestions), outcome.suggestions


@pytest.mark.parametrize("text, choice", [
    ("not my fault you booked the wrong day for the ferry", "booked the wrong day"),
    ("it's not my fault you chose the cheapest hotel in Porto, I told you to read the reviews", "chose the cheapest"),
    ("bro i was holding A, not my fault you peeked long on 10hp", "peeked long"),
])
def test_the_listeners_own_choice_is_not_apologised_for(rewrite, text, choice):
    found = some_texts(rewrite(text))
    assert not any(choice in s and ("sorry" in s or "landed on you" in s) for s in found), found


def test_a_lapse_the_listener_suffered_is_still_met_with_sorry(rewrite):
    found = some_texts(rewrite("It's not my fault you got lost, I sent you the postcode twice"))
    assert any("I'm sorry you got lost" in s for s in found), found


def test_a_kitchen_named_in_a_defence_is_no_chore_to_finish(rewrite):
    found = some_texts(rewrite("The crack in the kitchen window was there when we moved in. It's not my fault the "
                               "last tenants didn't report it."))
    assert not any("finish it properly" in s for s in found), found
    assert any("crack in the kitchen window" in s for s in found), found


@pytest.mark.parametrize("text, jab", [
    ("You told my boss I was job hunting. Do you ever think before you open your mouth?", "open your mouth"),
    ("Can you stop leaving cereal bowls on the sofa, it's like living with a toddler", "like living with"),
    ("You spent the holiday fund on a new bike. You never think about anyone but yourself.", "but yourself"),
    ("I only said the curry was a bit spicy, I never said it was bad. You're twisting it.", "twisting it"),
])
def test_a_jab_said_in_passing_is_left_out_of_every_suggestion(rewrite, text, jab):
    found = some_texts(rewrite(text))
    assert not any(jab in s for s in found), found


def test_a_grievance_about_twisted_words_is_still_said(rewrite):
    found = some_texts(rewrite("You always twist my words to make me the bad guy."))
    assert any("twist" in s for s in found), found


@pytest.mark.parametrize("text, name", [
    ("Emeka, I gave you 20k for the electricity bill and you used it to buy data.", "Emeka"),
    ("Kids, I have asked you ten times not to leave your scooters on the drive. Grandad nearly fell over one.", "Kids"),
])
def test_a_name_before_the_speakers_own_clause_is_the_address(rewrite, text, name):
    found = some_texts(rewrite(text))
    assert found[0].startswith(f"{name}, "), found
    assert not any(f"when {name.lower()}" in s.lower() or f"{name}, I'm feeling" in s and s.count(name) > 1
                   for s in found), found


@pytest.mark.parametrize("text", [
    "I ordered the blue kettle and you sent me a toaster. Does anyone in your warehouse actually read the orders?",
    "Four weeks I've waited for my refund on that jacket. Your customer service team clearly couldn't care less.",
])
def test_a_customer_writing_to_a_business_is_answered_in_a_letters_register(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any(casual in s for s in found for casual in ("when you get a sec", "when you've got a minute")), found


def test_a_sarcastic_thanks_to_the_listener_is_no_sign_off(rewrite):
    found = some_texts(rewrite("you ALWAYS leave the van on empty. i had to walk to the Shell on Mill Lane in the rain. "
                               "thanks Gary"))
    assert not any(s.endswith("Thanks, Gary") for s in found), found


@pytest.mark.parametrize("text, name", [
    ("Yaar you have skipped badminton three Saturdays in a row now. Every week a new excuse.", "Yaar"),
    ("bhai you took my scooter to Nashik and brought it back with a flat tyre", "Bhai"),
])
def test_yaar_and_bhai_before_you_are_the_address(rewrite, text, name):
    found = some_texts(rewrite(text))
    assert found[0].startswith(f"{name}, "), found
    assert not any(f" {name.lower()} you" in s.lower() for s in found), found


def test_an_okay_daring_the_listener_after_an_apology_is_not_kept(rewrite):
    found = some_texts(rewrite("I'm sorry the basil died okay but you're the one who said you'd water it while I was "
                               "in Cardiff"))
    assert not any(" okay" in s.lower() for s in found), found


@pytest.mark.parametrize("text, jab", [
    ("The fence has been down since June. You're quick enough to take the rent every month though, aren't you.",
     "enough to take"),
    ("It's been five weeks since I reported the damp in the hall. You answer fast enough when the rent's late though.",
     "fast enough"),
    ("Honestly Sam, I expected more from you. You left the stall with nobody on it for an hour.", "expected more"),
])
def test_a_sarcastic_contrast_or_a_verdict_is_not_kept(rewrite, text, jab):
    found = some_texts(rewrite(text))
    assert not any(jab in s for s in found), found


@pytest.mark.parametrize("text, kept, ask", [
    ("You borrowed my tent for Download and it came back with a snapped pole and mud all over the groundsheet. You "
     "wreck everything, Ollie.", "came back with a snapped pole", "repaired or replaced"),
    ("u took my straighteners to Ibiza and they came back with a melted plate, thanks a lot", "melted plate",
     "repaired or replaced"),
    ("Dan you borrowed our car last weekend and it came back with crisps all over the back seat and you said NOTHING",
     "crisps all over the back seat", "cleaned"),
])
def test_a_lent_thing_that_came_back_damaged_is_the_grievance_with_an_ask(rewrite, text, kept, ask):
    first = some_texts(rewrite(text))[0]
    assert kept in first and ask in first and "I lent you" in first.split(".")[0][:20], first
    assert "when you borrowed" not in first and "thanks" not in first and "NOTHING" not in first, first
    assert "wreck everything" not in first, first


def test_a_thing_that_came_back_fine_is_no_damage(rewrite):
    assert not any("repaired" in s["text"] or "cleaned" in s["text"]
                   for s in rewrite("You borrowed my book and it came back fine, thanks.").suggestions)
