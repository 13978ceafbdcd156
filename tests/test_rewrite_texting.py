"""Texts between partners, flatmates, parents and grown-up children: lowercase, missing apostrophes,
pet names, idioms. The feeling fits the act, the person addressed is kept (a sneer name is not), idioms
are said plainly, and the English is whole."""

import re

import pytest

from conftest import some_texts, texts_of
from heard.rewrite.textspeak import spell_out

def broken(text: str) -> bool:
    """Pieces of English a person would not send: "you n't texted", "I wasworried", "I 've"."""
    return bool(re.search(r"(?:^|\s)n't\b|\bI was(?:worried|scared|tired|hurt)\b|\bI 've\b|\s{2}|\btexte\b", text))


# -- text-speak, without the model ---------------------------------------------------------------
@pytest.mark.parametrize("text, spelled", [
    ("you havent even texted", "you haven't even texted"),
    ("Dont do that", "Don't do that"),
    ("its nearly 9 and ur not home", "it's nearly 9 and you're not home"),
    ("ITS NOT FAIR", "IT'S NOT FAIR"),
    ("the dog wagged its tail", "the dog wagged its tail"),
    ("mum can you please stop", "Mum, can you please stop"),
    ("hun did you take the keys", "Hun, did you take the keys"),
    ("mum said you were out", "mum said you were out"),
    ("mum did the shopping", "mum did the shopping"),
    ("oh sweetie thats not how it works", "oh sweetie that's not how it works"),
    ("you forgot the milk again babe", "you forgot the milk again, babe"),
    ("pass the honey", "pass the honey"),
    ("u borrowed it in january and its now june", "you borrowed it in january and it's now june"),
    ("its a joke", "it's a joke"),
    ("the app updated its own settings", "the app updated its own settings"),
    ("Hey, just a heads up that you booked the venue for the 14th", "Hey, you booked the venue for the 14th"),
    ("Did you read my email or did you just skim it?", "Did you read my email?"),
    ("did u forget or did u just not care", "did you forget"),
    ("Do you want tea or coffee?", "Do you want tea or coffee?"),
    ("I asked whether you'd paid, or did you forget?", "I asked whether you'd paid, or did you forget?"),
    ("You jerk--", "You jerk."),
])
def test_text_speak_is_spelled_out_without_touching_real_words(text, spelled):
    assert spell_out(text)[0] == spelled


# -- the feeling fits ----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, wrong, right", [
    ("Did you seriously just hang up on me?", "disconnected", "hurt"),
    ("you hung up on me AGAIN", "disconnected", "hurt"),
    ("Who do you think you are? You read my texts!", "worried", "hurt"),
    ("why did you go through my phone", "worried", "hurt"),
    ("omg mum stop sending me articles about my weight. i'm 32", "overwhelmed", "hurt"),
    ("Dad, stop commenting on my instagram posts. It's embarrassing.", "alone", "embarrassed"),
    ("mum you didnt have to tell everyone at dinner that i got dumped", "frustrated", "embarrassed"),
])
def test_the_feeling_fits_the_act(rewrite, text, wrong, right):
    found = some_texts(rewrite(text))
    assert not any(re.search(rf"\b{wrong}\b", s) for s in found), found
    assert any(re.search(rf"\b{right}\b", s) for s in found), found


@pytest.mark.model
def test_reading_an_email_you_were_sent_is_no_privacy_broken(rewrite):
    for said in texts_of(rewrite("Honestly, if you'd read my emails you'd know the meeting moved to 3.")):
        assert "privacy" not in said


# -- idioms, said plainly; their nouns are never the topic ----------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, noun", [
    ("Nobody in this house ever lifts a finger.", "finger"),
    ("you never lift a finger to help me 🙄", "finger"),
    ("You don't listen to a word I say.", "word"),
    ("you don't give me the time of day anymore", "time of day"),
    ("you never pull your weight around here", "weight"),
    ("you have no clue what i go through", "clue"),
    ("you don't give a damn about anyone", "damn"),
])
def test_an_idiom_noun_is_not_the_topic(rewrite, text, noun):
    for said in some_texts(rewrite(text)):
        assert noun not in said.lower(), said
        assert not broken(said), said


@pytest.mark.model
def test_help_with_anything_is_not_a_thing_to_handle(rewrite):
    for text in ("You never help me with anything.", "why do you never help me with anything?"):
        for said in some_texts(rewrite(text)):
            assert "anything" not in said, said


# -- "any idea how …" ----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, plain", [
    ("Do you have any idea how worried I was?", "I was worried"),
    ("do you even have any idea how scared i was", "I was scared"),
    ("Do you have any idea how lonely I've felt?", "I've felt lonely"),
    ("Any idea how embarrassing that was??", "That was embarrassing"),
])
def test_any_idea_how_is_said_as_plain_english(rewrite, text, plain):
    found = some_texts(rewrite(text))
    assert any(plain in s for s in found), found
    assert not any(broken(s) for s in found), found


# -- who is addressed ----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Oh honey, you forgot your keys again.", "Honey"),
    ("oh honey you forgot your keys again", "Honey"),
    ("you forgot the milk AGAIN babe", "Babe"),
    ("thanks for eating the last slice of cake babe, really appreciated 🙄", None),
    ("mum why did you read my diary. that's private", "Mum"),
])
def test_a_pet_name_is_the_person_spoken_to_not_part_of_the_act(rewrite, text, name):
    for said in some_texts(rewrite(text)):
        if name:
            assert said.startswith(name + ","), said
        body = said.split(",", 1)[1] if name else said
        assert not re.search(r"\b(?:honey|babe|mum)\b", body, re.I), said


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Nobody asked for your opinion, Sherlock.",
    "Oh sweetie, that's not how taxes work.",
    "Adults are talking, sweetie.",
])
def test_a_sneer_name_is_not_kept_as_the_address(rewrite, text):
    for said in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:sherlock|sweetie)\b", said, re.I), said


@pytest.mark.model
def test_a_name_that_is_also_a_sneer_is_still_a_name_when_it_opens_a_complaint(rewrite):
    # "Karen" is someone's name far more often than a sneer: kept as the address, never mid-sentence.
    for said in some_texts(rewrite("Karen you never pull your weight at the allotment and then take the best tomatoes")):
        assert said.startswith("Karen, ") and "Karen" not in said[len("Karen, "):], said
        assert "tomatoes" not in said.split(".")[-1], said  # no request to take the best tomatoes


# -- household complaints are not arguments about views ------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "You'd know if you ever did the shopping.",
    "you would know if you ever picked the kids up from school",
    "You'd know where the hoover is if you ever used it.",
])
def test_if_you_ever_did_the_chores_is_no_disagreement(rewrite, text):
    for said in some_texts(rewrite(text)):
        assert "differently" not in said and "agree" not in said, said


# -- orders to stop, needless acts ---------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, act, ask", [
    ("dad stop commenting on my instagram posts its embarrassing 😭", "you comment on my instagram", "stop commenting"),
    ("quit texting me", "you text me", "stop texting me"),
    ("mum you didnt have to tell everyone at dinner that i got dumped", "you told everyone", None),
    ("you didn't have to be so rude", "you were rude", None),
])
def test_the_act_is_said_as_what_the_listener_does(rewrite, text, act, ask):
    found = some_texts(rewrite(text))
    assert any(act in s for s in found), found
    assert not any(re.search(r"\bwhen (?:stop|quit)\b|\bdidn't have to\b", s) for s in found), found
    if ask:
        assert any(ask in s for s in found), found


@pytest.mark.model
def test_every_texting_suggestion_is_below_the_thresholds(rewrite, analyzer):
    messages = ["babe you said you'd be home by 7. its nearly 9 and you havent even texted",
                "Who do you think you are? You read my texts!", "you never lift a finger to help me",
                "Oh honey, you forgot your keys again.", "dad stop commenting on my instagram posts its embarrassing 😭"]
    found = [s for m in messages for s in texts_of(rewrite(m))]
    assert found
    for said, verdict in zip(found, analyzer.check_many(found)):
        assert not broken(said), said
        for label in ("blaming", "defensive"):
            assert not verdict["labels"][label]["flagged"], (said, label)
