"""A jab the message said as a sentence of its own is not copied into the suggestion beside the event:
a character claim ("you're robbing tenants", "she has no shame", "Mia only thinks about Mia"), a
"Classic X" tag, a blown-up consequence ("might as well stay home"), a rhetorical "nobody" dig or a
martyr line ("I'll just do X forever then"). The event and the things it names stay (jab_sentences.py)."""

import re

import pytest

from conftest import some_texts, texts_of

from heard.rewrite.jab_sentences import jab_sentence

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, jab, kept", [
    ("You charged me £60 to change a lightbulb in the hallway. You're just fleecing your tenants because nobody stops you.",
     r"fleecing", r"£60"),
    ("You took the last of the milk and left the empty carton in the fridge. You're always looking out for number one.",
     r"number one", r"milk"),
    ("Your sister borrowed my dress for the wedding and returned it with wine down the front. She has no shame.",
     r"shame", r"dress"),
    ("Mia ate the birthday cake I'd made for my mum. Mia only ever thinks about Mia.", r"thinks about", r"cake"),
    ("You borrowed my car and brought it back on empty. Classic Sam, only ever thinks about Sam.", r"classic|thinks about",
     r"car"),
    ("Miss, you only ever pick the same three kids to read out loud. The rest of the class might as well not bother turning up.",
     r"might as well", r"three kids"),
    ("The sink's been leaking for two weeks and you keep \"getting round to it\". Do you even care that the floor is rotting?",
     r"getting round|seems like you don't care", r"two weeks"),
])
def test_the_jab_sentence_goes_and_the_event_stays(rewrite, text, jab, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not re.search(jab, found[0], re.I), found


@pytest.mark.parametrize("text, jab", [
    ("so nobody thought to check the ticket times? cool, cool. guess I'll book everything myself like always",
     r"nobody|book everything"),
    ("Fine, I'll just do all the washing up forever then, since apparently I can never do anything right in this house.",
     r"washing up"),
    ("Right, I'll do the school run on my own then, because clearly nobody else can be bothered.", r"school run on my own"),
    ("The form was due on Monday and you said you were \"on it\". Nobody believes that anymore.", r"nobody believes"),
])
def test_no_suggestion_keeps_the_dig_or_martyr_line(rewrite, text, jab):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(jab, suggestion, re.I), suggestion
        assert not re.fullmatch(r"(?:Can|Could) we talk about it\?", suggestion), suggestion


@pytest.mark.parametrize("sentence, message", [
    ("Nobody told me the meeting moved to 3pm.", "Nobody told me the meeting moved to 3pm, so I waited for an hour."),
    ("I'll do the washing up tonight to make up for it.", "Sorry I was late, I'll do the washing up tonight to make up for it."),
    ("You're leaving for Leeds on Saturday.", "You're leaving for Leeds on Saturday and we still haven't sorted the insurance."),
    ("The sink's been leaking for two weeks.", "The sink's been leaking for two weeks and you keep \"getting round to it\"."),
    ("Sam said the quote was final.", "Sam said the quote was \"final\" but then added £200 for parking."),
    ("You're feeling left out.", "I know you're feeling left out, but I had no say in the guest list."),
    ("Can we talk about it?", "You're just robbing tenants."),
])
def test_a_plain_fact_or_offer_is_not_read_as_a_jab(sentence, message):
    assert not jab_sentence(sentence, message)


@pytest.mark.parametrize("sentence, message", [
    ("You're robbing tenants.", "That fee is a joke. You're just robbing tenants because you can."),
    ("Your mother runs this house.", "Your mother runs this house and you just let her."),
    ("Classic Sam only thinks about Sam.", "You took my car. Classic Sam, only ever thinks about Sam."),
    ("The rest of ours might as well stay home.", "You only play your mates' kids. The rest of ours might as well stay home."),
    ("You keep looking into it.", "It's been nine days and you keep \"looking into it\"."),
    ("I'll do all the washing up then.", "Fine, I'll just do all the washing up forever then."),
    ("You've got no backbone.", "YOU'VE GOT NO BACKBONE. You've got no backbone 🙄"),
])
def test_each_shape_of_copied_jab_is_read(sentence, message):
    assert jab_sentence(sentence, message)


def test_a_her_whose_person_was_dropped_gives_no_suggestion(rewrite):
    for suggestion in texts_of(rewrite("Your mother runs this house and you just let her. You've got no backbone.")):
        assert not re.match(r"^When you let her\b", suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("I never touched your headphones, stop accusing me", "I didn't touch your headphones"),
    ("not my fault lag spiked, i was on 300 ping the whole match. stop blaming me for every loss", "300 ping"),
])
def test_an_order_that_fends_the_complaint_off_is_not_copied(rewrite, text, kept):
    # "Stop accusing me.", "Stop blaming me for every loss.", "Don't put that on me.": kept in a rewrite, still a push-back
    found = texts_of(rewrite(text))
    assert kept in found[0] and not any(re.search(r"\bstop (?:accusing|blaming)\b", s, re.I) for s in found), found


@pytest.mark.parametrize("sentence, fends", [
    ("Don't put that on me.", True),
    ("Check the logs before you tag me in #eng-alerts.", True),
    ("Stop making this about me.", True),
    ("Please don't leave your boots in the hallway.", False),  # an order about the act, not a push-back
    ("I'd like you to stop taking the car without asking.", False),
])
def test_fending_off_is_read_from_the_order_itself(sentence, fends):
    assert jab_sentence(sentence, sentence) is fends


def test_a_whoever_clause_told_as_a_statement_is_not_a_question_kept():
    from heard.rewrite.fluency import broken, whoever_did
    # "Whoever was on the rota … left the freezer door open": the sender's own statement, kept in the plain account
    assert whoever_did("Whoever was on the rota Tuesday left the freezer door open overnight.")
    assert not broken("Whoever was on the rota Tuesday left the freezer door open overnight. That left me feeling "
                      "frustrated. Can we talk about it?")
    # "Whoever keeps eating my yoghurt, and I've been…": a question said back as a statement, still dropped
    assert not whoever_did("Whoever keeps eating my yoghurt.")
    assert broken("Whoever keeps eating my yoghurt, and I've been feeling upset.")


@pytest.mark.parametrize("sentence, read", [
    ("It's frustrating for me when you keep \"getting round to it\".", ("frustrated", False)),
    ("Tom, it was frustrating for me when you signed it off.", ("frustrated", True)),
    ("It worried me when you left the back door unlocked.", ("worried", True)),
    ("It hurts when you laugh at my accent.", ("hurt", False)),
    ("I feel frustrated when you keep putting it off.", None),  # said with "I feel": _FEELING reads it
])
def test_a_feeling_said_as_a_verb_is_read_back(sentence, read):
    from heard.rewrite.verb_feelings import said_as_verb
    assert said_as_verb(sentence) == read
