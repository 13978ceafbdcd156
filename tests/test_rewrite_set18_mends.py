"""Mends from held-out set 18's blind grades: an interjection before a name is not the name ("Eish, Sipho,"
kept the name in lower case), "Classic you, …" and "Typical Jess, …" open with a verdict, not an address,
an insult inside a simile goes whole ("like an idiot", not "like an"), "don't yell at me" is a hurt, and a
plan left undone is owned even when a later "it's not like I forgot" denies forgetting it."""

import re

import pytest

from conftest import some_texts

pytestmark = pytest.mark.model


def test_an_interjection_before_the_name_is_not_the_name(rewrite):
    found = some_texts(rewrite('Eish, Sipho, you borrowed my drill in March and now it\'s "somewhere in the garage"? '
                               'Jislaaik man.'))
    assert found[0].startswith("Sipho, "), found
    assert not any(re.search(r"\bsipho\b|\bEish\b", s) for s in found), found


@pytest.mark.parametrize("text", [
    "Wow, Thanks, you really outdid yourself with the washing up.",  # a courtesy, not a name
    "Typical Tory, always changing the subject when the numbers don't suit you.",  # a side, not a person
])
def test_a_word_after_an_interjection_or_verdict_is_not_always_a_name(rewrite, text):
    assert not any(re.match(r"(?:Thanks|Tory),", s) for s in some_texts(rewrite(text)))


def test_a_verdict_opening_the_message_is_not_the_address(rewrite):
    found = some_texts(rewrite("Classic you, forgetting our anniversary but somehow knowing the whole Arsenal "
                               "fixture list by heart 🙄"))
    assert not any("Classic" in s for s in found), found
    assert "you forgot our anniversary" in found[0], found
    assert not any(re.search(r"\bknowing\b|Arsenal", s) for s in found), found  # the jab after "but somehow"


@pytest.mark.parametrize("text, name, said_to", [
    ("Typical Jess, late to her own birthday dinner 🙄", "Jess", True),
    ("typical Sophie, borrows my straighteners and gives them back with a cracked plate 🙄", "Sophie", False),
])
def test_typical_name_is_said_to_them_unless_the_verb_says_of_them(rewrite, text, name, said_to):
    first = some_texts(rewrite(text))[0]
    if said_to:
        assert first.startswith(f"{name}, ") and "you were late to your own birthday dinner" in first, first
    else:
        assert f"{name} borrows my straighteners" in first, first


def test_an_insult_in_a_simile_goes_with_its_like(rewrite):
    found = some_texts(rewrite("Why can't you just text when you're going to be late instead of letting me sit in "
                               "Nando's like an idiot for 40 mins"))
    assert any("Nando's" in s for s in found), found
    assert not any("like an" in s or "idiot" in s for s in found), found


@pytest.mark.parametrize("text, act", [
    ("Don't yell at me, pal.", "yell at me"),
    ("DON'T SWEAR AT ME", "swear at me"),
    ("stop staring at me like that", "stare at me like that"),
])
def test_dont_yell_at_me_is_said_as_the_hurt_it_causes(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert found and found[0].startswith(f"It hurts when you {act}."), found


def test_a_plan_left_undone_is_owned_beside_a_later_denial_of_forgetting(rewrite):
    found = some_texts(rewrite("Look, I was going to pay you back the £50, I just got paid late this month, "
                               "it's not like I forgot"))
    assert found[0].startswith("I'm sorry I haven't paid you back the £50 yet."), found
    assert not any("not like I forgot" in s for s in found), found


@pytest.mark.parametrize("text, topic", [
    ("Relax, I only had two pints, I'm not drunk, you're the one shouting in the street", "the shouting in the street"),
    ("You were the one shouting at the party, not me.", "the shouting at the party"),
])
def test_the_one_doing_it_is_a_counter_whose_behaviour_waits_its_turn(rewrite, text, topic):
    found = some_texts(rewrite(text))
    # after hearing them out, in either wording ("…talk about X too", "Separately, I've had X on my mind")
    assert topic in found[0] and "hear" in found[0] and found[0].index("hear") < found[0].index(topic), found
    assert not any(re.search(r"when you(?:'re| were) shouting|not me\b", s) for s in found), found


def test_being_called_dramatic_is_no_shield_that_makes_a_counter(rewrite):
    first = some_texts(rewrite("I'm not being dramatic! You're the one who stormed out of the restaurant."))[0]
    assert "when you stormed out of the restaurant" in first, first


@pytest.mark.parametrize("text, said", [
    ("Wasn't me who told Sarah about the party, I swear on my life", "I didn't tell Sarah about the party."),
    ("Wasn't me who double-booked the meeting room, Kev, I just used the slot that was free on Outlook. Take it up "
     "with whoever runs the system.", "I didn't double-book the meeting room"),
])
def test_wasnt_me_without_its_subject_is_a_denial_said_plainly(rewrite, text, said):
    found = some_texts(rewrite(text))
    assert said in found[0], found
    assert not any("swear" in s or "you feel I" in s for s in found), found


def test_was_only_trying_to_help_is_the_speakers_own_account(rewrite):
    first = some_texts(rewrite("Was only trying to help with the spreadsheet, I didn't know the macro would wipe "
                               "column F"))[0]
    assert first.startswith("I wanted to help with the spreadsheet"), first
    assert "column F" in first and "waiting to be told" not in first, first


def test_typical_name_said_of_them_loses_the_comma_before_the_verb(rewrite):
    first = some_texts(rewrite("Typical Ciara, borrows my car and brings it back on empty again 🙄"))[0]
    assert "Ciara borrows my car" in first and "Typical" not in first, first


def test_the_reason_we_lost_keeps_that_match_and_leaves_the_jab_after_it(rewrite):
    first = some_texts(rewrite("ngl ur the reason we lost that match, who builds full AP on a tank"))[0]
    assert "we lost that match" in first, first
    assert "who builds" not in first and "AP" not in first, first


@pytest.mark.parametrize("text, wanted", [
    ('oh great, another "urgent" meeting at 4:55 on a Friday. love that for us, Kevin.',
     "Kevin, a meeting at 4:55 on a Friday is hard for me. Could we find a better time for it?"),
    ("Great, another 6am shift on a Sunday. Living the dream.",
     "A 6am shift on a Sunday is hard for me. Could we find a better time for it?"),
])
def test_a_sarcastic_welcome_for_another_arranged_thing_keeps_the_thing_and_its_time(rewrite, text, wanted):
    assert some_texts(rewrite(text))[0] == wanted


@pytest.mark.parametrize("text", [
    "great, another parking ticket on my windscreen 🙄",  # nothing the listener arranged
    "brilliant, another group project where I do everything",  # a complaint with a clause of its own
])
def test_another_thing_nobody_arranged_is_not_called_hard_for_me(rewrite, text):
    assert not any("is hard for me" in s["text"] for s in rewrite(text).suggestions)


def test_no_apology_for_a_state_nobody_caused(rewrite):
    found = some_texts(rewrite("Bathroom IS clean! not my fault the grout is just permanently that colour"))
    assert not any("sorry the grout is" in s for s in found), found


@pytest.mark.parametrize("text", ["Shut up.", "Stop it.", "go away", "Oh, shut up, Tim. This isn't funny, man."])
def test_an_order_to_end_the_talk_is_said_as_needing_a_break(rewrite, text):
    first = some_texts(rewrite(text))[0]
    assert "break" in first or "worked up" in first, first
    assert not re.search(r"shut up|stop it|go away", first, re.I), first


@pytest.mark.parametrize("text", ["shut up and listen to me for once", "leave it on the table",
                                  "Mum, I'm 34 and I don't need to check in every time I go away for a weekend."])
def test_shut_up_and_listen_or_go_away_for_a_weekend_is_no_call_for_a_break(rewrite, text):
    assert not any("break" in s["text"] for s in rewrite(text).suggestions)


def test_shut_up_and_listen_asks_to_be_heard(rewrite):
    assert "hear me out" in some_texts(rewrite("shut up and listen to me for once"))[0]


@pytest.mark.parametrize("text, wanted", [
    ("Don't tell me what to do.", "I'd like to make this choice myself."),
    ("Mum, don't tell me how to raise my kids.", "Mum, I'd like to make my own choices about how to raise my kids."),
    ("You're not my boss.", "I'd like to make this choice myself."),
])
def test_dont_tell_me_what_to_do_is_said_as_the_speakers_own_say(rewrite, text, wanted):
    first = some_texts(rewrite(text))[0]
    assert first.startswith(wanted) and first.endswith("?"), first


@pytest.mark.parametrize("text, wanted", [
    ("you had no right to read my messages",
     "I felt hurt when you read my messages. Could you check with me first next time?"),
    ("Ryan, you had no business going through my phone.",
     "Ryan, I felt hurt when you went through my phone. Could you check with me first next time?"),
    ("you had no right to shout at me in front of everyone",
     "I was upset when you shouted at me in front of everyone. Can we talk about it?"),
    ("you have no right to speak to me like that", "It hurts when you speak to me like that. Could we talk more gently?"),
])
def test_no_right_to_do_it_keeps_the_act_and_leaves_the_verdict(rewrite, text, wanted):
    assert some_texts(rewrite(text))[0] == wanted


@pytest.mark.parametrize("text", ["You're ruthless.", "Jesus, you're caustic."])
def test_more_traits_get_the_need_under_them(rewrite, text):
    first = some_texts(rewrite(text))[0]
    assert first.startswith("I'd like us to be gentler with each other."), first


@pytest.mark.parametrize("text", ["Jesus Christ, you forgot the kids at school again",
                                  "Oh my god, you forgot the kids at school again"])
def test_an_exclamation_before_the_complaint_is_left_out(rewrite, text):
    found = some_texts(rewrite(text))
    assert "you forgot the kids at school" in found[0], found
    assert not any(re.search(r"Jesus|Christ|\bgod\b", s, re.I) for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("Hand on heart, I never told your mum anything about the holiday. She must have seen it on Facebook.", "holiday"),
    ("Swear down that crack was already there when I moved in, check the inventory photos from March.",
     "That crack was already there when I moved in"),
])
def test_an_oath_is_not_what_the_message_is_about(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(r"\bheart\b|\bswear\b", s, re.I) for s in found), found


def test_forgive_me_if_i_didnt_notice_is_not_turned_into_noticing(rewrite):
    found = some_texts(rewrite("Listen, I've been working double shifts all week, so forgive me if I didn't notice "
                               "the plants needed watering."))
    assert not any("I noticed" in s for s in found), found


def test_someone_doesnt_have_a_life_is_a_jab_not_a_fact(rewrite):
    found = some_texts(rewrite("Oh brilliant, the team lead has scheduled the retro for Friday at 5pm. Clearly someone "
                               "doesn't have a life outside this office."))
    assert "the retro for Friday at 5pm" in found[0], found
    assert not any(re.search(r"\blife\b|\blives\b|lifes", s) for s in found), found


def test_a_plural_keeps_the_words_after_the_noun_in_their_place():
    from heard.rewrite.inflect import plural
    assert [plural(w) for w in ("life", "knife", "phone", "switch")] == ["lives", "knives", "phones", "switches"]


def test_leaving_at_the_normal_time_is_evidence_not_a_lapse(rewrite):
    found = some_texts(rewrite("It's not my fault the train was cancelled, I left at the normal time! What was I meant "
                               "to do, run there?"))
    assert not any("sorry I left" in s for s in found), found
    assert "I'm sorry I left early" in some_texts(rewrite("sorry I left early, I had a migraine"))[0]


def test_excuse_me_before_a_denial_is_an_opener(rewrite):
    first = some_texts(rewrite('Excuse me, I did not eat your yoghurt. Check with Tom, he\'s the one who\'s always '
                               '"borrowing" stuff.'))[0]
    assert "I didn't eat your yoghurt" in first and "Tom" not in first, first
