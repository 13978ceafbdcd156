"""Feelings that fit a third person's hurt, and sarcasm or taunts never kept as facts.

- "Do you even care that Susie cried…?" → what happened to Susie and the speaker's hurt, never
  "it seems like you don't care" and never frustration (others_treated.py).
- "What is your problem with Hannah? You've been ice cold to her…" keeps Hannah and the time, and
  says what the speaker noticed (others_treated.py).
- "You poisoned Jack against me." → Jack pulling away, and hurt; the accusing verb is not kept.
- "…those Reddit threads won't read themselves", "went so brilliantly": the sarcasm is not repeated
  as a fact (sarcastic_facts.py); a taunt is not answered as a disagreement about views.
"""

import re

import pytest

from heard.rewrite.feelings import situation_feeling
from heard.rewrite.sarcastic_facts import plain_praise
from conftest import some_texts, texts_of

CARING = [
    "Do you even care that Susie cried herself to sleep waiting for you last night?",
    "DO YOU EVEN CARE THAT SUSIE CRIED HERSELF TO SLEEP WAITING FOR YOU",
    "do you even care that Susie cried herself to sleep waiting for you?? 😢",
    "Don't you care that Susie cried herself to sleep waiting for you?",
    "Does it even matter to you that Susie cried herself to sleep waiting for you?",
]
TREATED = [
    ("what is your problem with Hannah? you've been ice cold to her since the engagement", "Hannah", "since the engagement"),
    ("What's your problem with my sister? You've barely said a word to her since the wedding.", "my sister", "since the wedding"),
    ("why are you so rude to Ben lately? you ignored him all through dinner", "Ben", "dinner"),
    ("What is your issue with Priya?? you've been snapping at her ever since she moved in 🙄", "Priya", "moved in"),
]
TURNED = [("You poisoned Jack against me.", "Jack"), ("you turned my own mother against me", "my mother"),
          ("You've poisoned everyone in the office against me!", "everyone in the office"),
          ("You poisoned Jack against me. He won't even look at me now.", "Jack")]
SARCASTIC = ["yeah because you're SO busy. those Reddit threads won't read themselves",
             "oh sure, you're SO tired. that sofa won't lie on itself",
             "Right, because the carbon tax went so brilliantly",
             "Right, because the new bypass made Minneapolis so much safer",
             "Sure, because the roadworks went so smoothly"]
TAUNTS = ["You think you're so clever.", "Who asked for your opinion?", "you think you're so funny, don't you",
          "Nobody asked what you think.", "Who asked for your opinion, Dave?", "You think you're better than everyone."]
MOCKED = ["Hey, genius, the milk's gone sour.", "Hey genius, the oven's still on.", "Well done, genius, the bin didn't go out."]


@pytest.mark.model
@pytest.mark.parametrize("message", CARING)
def test_a_childs_tears_are_told_as_what_happened_with_the_speakers_hurt(rewrite, message):
    for text in some_texts(rewrite(message)):
        assert "Susie cried herself to sleep" in text, text  # the event and the name, in calm case
        assert not re.search(r"seems like you don't care|frustrat", text, re.I), text
        assert re.search(r"heart|hurt", text), text


@pytest.mark.model
def test_a_doubt_about_a_bare_fact_is_not_read_as_someone_hurt(rewrite):
    for text in texts_of(rewrite("do you even care that Dad's in hospital")):
        assert "broke my heart" not in text and "hard to watch" not in text, text


@pytest.mark.model
@pytest.mark.parametrize("message, person, kept", TREATED)
def test_how_a_third_person_is_treated_keeps_them_and_the_time(rewrite, message, person, kept):
    best = some_texts(rewrite(message))[0]
    assert person in best and kept in best, best
    assert not re.search(r"\bproblem\b|\bissue\b|ice cold|\brude\b|gentler", best, re.I), best
    assert best.startswith("I") and best.endswith("?"), best


@pytest.mark.model
def test_a_problem_with_the_speaker_is_not_told_as_a_third_person(rewrite):
    for text in texts_of(rewrite("what's your problem with me? you've been ice cold since friday")):
        assert not re.search(r"\bwith me, and it worries me|between you and me\b", text), text


@pytest.mark.model
@pytest.mark.parametrize("message, person", TURNED)
def test_turned_against_the_speaker_is_said_as_the_hurt_not_the_charge(rewrite, message, person):
    for text in some_texts(rewrite(message)):
        assert person in text and "hurt" in text, text
        assert not re.search(r"poison|turned|against me|unheard", text, re.I), text


@pytest.mark.model
@pytest.mark.parametrize("message", ['"You poisoned Jack against me" is what she said to me.',
                                     "I never turned Jack against you."])
def test_a_quoted_or_denied_charge_gets_no_pulled_away_reading(rewrite, message):
    for text in texts_of(rewrite(message)):
        assert "pulled away" not in text, text


@pytest.mark.model
@pytest.mark.parametrize("message", SARCASTIC)
def test_sarcasm_is_never_kept_as_a_fact(rewrite, message):
    for text in some_texts(rewrite(message)):
        assert not re.search(r"themselves|itself|\bso (?:brilliantly|much|smoothly)\b|\bSO\b", text), text


@pytest.mark.model
@pytest.mark.parametrize("message, chore", [("those dishes won't wash themselves", "wash them"),
                                            ("because you're SO busy 🙄 the dog won't walk itself", "walk it"),
                                            ("The bins won't take themselves out, you know.", "take them out")])
def test_a_chore_left_undone_is_asked_for(rewrite, message, chore):
    best = some_texts(rewrite(message))[0]
    assert f"Could you {chore}?" in best and "themselves" not in best and "itself" not in best, best


@pytest.mark.model
@pytest.mark.parametrize("message", TAUNTS)
def test_a_taunt_is_not_answered_as_a_disagreement_about_views(rewrite, message):
    for text in some_texts(rewrite(message)):
        assert not re.search(r"see this very differently|don't agree with you|how you got there", text), text
        assert not re.search(r"think you're|clever|opinion", text), text


@pytest.mark.model
def test_a_taunt_beside_a_complaint_is_left_out(rewrite):
    for text in some_texts(rewrite("You think you're so clever, but you forgot the tickets.")):
        assert "clever" not in text, text


@pytest.mark.model
@pytest.mark.parametrize("message", MOCKED)
def test_a_fact_after_a_mocking_name_is_told_plainly(rewrite, message):
    for text in some_texts(rewrite(message)):
        assert not re.search(r"genius|as far as I know|done,|upset with me", text, re.I), text
        assert re.search(r"milk|oven|bin", text), text


@pytest.mark.parametrize("text, feeling", [
    ("It's your mess. your pan, your burnt eggs, your problem", "frustrated"),
    ("Your car, your parking ticket, your problem.", "frustrated"),
    ("do you even care that Max cried when you didn't come?", "hurt"),
    ("You poisoned Jack against me.", "hurt"),
])
def test_the_situation_names_its_feeling(text, feeling):
    assert situation_feeling(text) == feeling


@pytest.mark.parametrize("said, plain", [("the carbon tax went so brilliantly", "the carbon tax went well"),
                                         ("the bypass made Minneapolis so much safer", "the bypass made Minneapolis safer"),
                                         ("the merger went so very smoothly", "the merger went well"),
                                         ("so far it has done nothing", "so far it has done nothing")])
def test_sarcastic_praise_is_said_plainly(said, plain):
    assert plain_praise(said) == plain


@pytest.mark.model
def test_every_suggestion_reads_below_the_blaming_and_defensive_thresholds(rewrite, analyzer):
    messages = CARING + [m for m, *_ in TREATED] + [m for m, _ in TURNED] + SARCASTIC + TAUNTS + MOCKED
    suggestions = [s for outcome in rewrite(*messages) for s in texts_of(outcome)]
    for result in analyzer.check_many(suggestions):
        flagged = [label for label, v in result["labels"].items() if v["flagged"] and label in ("blaming", "defensive")]
        assert not flagged, (result["text"], flagged)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("Funny how you always find time for Instagram but never to ring Nana on her birthday.", "ring Nana on her birthday"),
    ('Of course you "forgot" Mum\'s birthday again. Funny how you never forget your own.', "Mum's birthday"),
])
def test_funny_how_about_family_is_a_complaint_not_a_view(rewrite, message, kept):
    """"Funny how you…" sneers at a view in a thread; about Nana's birthday it is a call not made."""
    found = some_texts(rewrite(message))
    assert kept in found[0], found
    assert not re.search(r"see this very differently|don't agree with you|how you got there", found[0]), found
