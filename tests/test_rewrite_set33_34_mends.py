"""Meanings turned round, found by the blind grades of held-out sets 33 and 34 and mended after them: a denial
said as a confession, a stopped act said as done, a habit split into an order, a charted fact hedged as a guess, a
denial of intent answered as a grievance, a reason denied ("It's not because we never…") said as a fact; and, from set
35, amends chosen by a street name ("Elm Road") or "hours", and an idiom ("pointing fingers") taken as the topic."""

import pytest

pytestmark = pytest.mark.model


def test_a_try_denied_by_its_frame_is_never_said_as_wanted(rewrite):
    # "It's not like I was trying to poison her" once became "I wanted to poison her" (excuses.meant_well)
    found = [s["text"] for s in rewrite("I didn't put nuts in Ayo's cake on purpose, I honestly thought the pesto was nut-free. "
                                        "It's not like I was trying to hurt him.").suggestions]
    assert found and not any("wanted to hurt" in s for s in found), found


def test_some_of_the_listeners_stopping_is_not_said_as_doing(rewrite):
    # "half of you stopped running" was read as "the sheer arrogance of you running…" (sarcasm._noun_of_you)
    found = [s["text"] for s in rewrite("We drew 2-2 because half of you stopped defending after the break. "
                                        "Don't blame the keeper, blame your own lazy legs.").suggestions]
    assert found and not any("When you defended" in s for s in found), found
    assert "stopped defending" in found[0], found


def test_a_habit_after_an_adverb_is_not_split_into_an_order():
    # "You clearly stop caring…" got a full stop before "stop" (a chat run-on), then "Could you stop caring…?"
    from heard.rewrite.textspeak import spell_out
    assert spell_out("Honestly you clearly stop caring about customers once you've paid.")[0] \
        == "Honestly you clearly stop caring about customers once you've paid."
    assert spell_out("ill do it when i get home stop asking")[0] == "I'll do it when i get home. stop asking"


def test_a_fact_on_record_is_not_hedged_and_the_order_beside_it_goes(rewrite):
    # "I think the patient may have been in X-ray until 14:40" hedged a charted fact, and "Please check before
    # writing me up" was kept as news (supported_denials.py)
    first = rewrite("I didn't miss the 09:00 meds round on bay 3, Gemma. The patient was in theatre until 10:15 and "
                    "I logged it on the chart. Please check before you report me.").suggestions[0]["text"]
    assert "The patient was in theatre until 10:15" in first, first
    assert "I think" not in first and "may have been" not in first and "Please check" not in first, first


def test_a_denial_of_intent_the_model_reads_as_blame_is_answered_as_a_defence(rewrite):
    # "Barbara, when St Mary's only holds 40, I feel alone": the model flagged blaming, so the speaker's own reason
    # became their grievance (engine._read_one, _UNMEANT)
    first = rewrite("Auntie Ngozi, I didn't leave you off the naming ceremony list on purpose. The hall only holds 60 "
                    "and Tunde's family is enormous.").suggestions[0]["text"]
    assert "I feel" not in first and "The hall only holds 60" in first, first
    assert "left you off the naming ceremony list" in first, first


def test_a_reason_the_speaker_denies_is_not_said_as_a_fact(rewrite):
    # "It's not because we never open windows, we open them every morning" gave "We don't open windows. We open
    # them every morning.": the denied reason said as true, and a "them" that named nothing
    first = rewrite("The damp patch in the hallway was there when we moved in on 2 May, it's in the check-in report. "
                    "It's not because we never use the extractor fan, we run it every evening.").suggestions[0]["text"]
    assert "We don't use" not in first and "never use" not in first, first
    assert "We run the extractor fan every evening" in first, first  # "it" named again (antecedents.py)


def test_a_street_name_or_permitted_hours_do_not_choose_the_amends(rewrite):
    # "…the houses on Elm Road" promised "I'll let you know as soon as I know I'm running late" (the "road" of a
    # delay), and "within the allowed hours" promised "When I'm that stretched, I'll say so early" (amends.py; set 35)
    found = [s["text"] for s in rewrite("The barbecue was within the permitted hours, I checked the residents' rules. "
                                        "It's not my fault the smoke drifted over the houses on Station Road.").suggestions]
    assert found and not any("running late" in s or "stretched" in s for s in found), found


def test_an_idiom_is_not_the_topic_acknowledged(rewrite):
    # "not pointing fingers but…" gave "I get why you're upset about the fingers" (topics._IDIOM_OBJECTS; set 35)
    found = [s["text"] for s in rewrite("tbh i did flag the late delivery in the ops channel on monday. nobody followed it "
                                        "up. not pointing fingers but it wasn't me who dropped it").suggestions]
    assert found and not any("fingers" in s for s in found), found
