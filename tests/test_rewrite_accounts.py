"""The speaker's account in a defence (accounts.py): kept, without the move that pushed the listener away.

A retort ("it's not the 1950s"), a concession thrown back ("of course the estimates are off"), a
witness called ("he'll tell you"), "I can't read your mind", a brush-off beside a fix on the way,
"I didn't know she was your sister", a chat-register denial: what the speaker says instead keeps the
circumstance, the object and the names, and never turns the speaker's words round onto the listener.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.accounts import on_the_way, one_acknowledgement, retort, unchecked

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("everyone has their phone out at dinner, it's not the 1950s", r"\bI have my phone out at dinner\b"),
    ("everyone has their phone out at dinner, it's not the 1950s 🙄", r"\bI have my phone out at dinner\b"),
    ("EVERYONE HAS THEIR PHONE OUT AT DINNER, IT'S NOT THE 1950S", r"\bI have my phone out at dinner\b"),
    ("honestly everybody swears in the car, it's not a church", r"\bI swear in the car\b"),
])
def test_a_retort_is_left_out_and_the_habit_owned(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not re.search(r"1950s|church|everyone|everybody|\bhas\b|\bswears\b", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, lapse, reason", [
    ("Yeah well I'm stretched across four projects, of course the estimates are off", "the estimates are off",
     "four projects"),
    ("Look, I had two kids screaming at me, of course dinner was late", "dinner was late", "two kids"),
    ("Well I was running on three hours' sleep, obviously I missed a few things 😤", "I missed a few things",
     "three hours' sleep"),
])
def test_a_conceded_lapse_is_owned_and_its_reason_kept(rewrite, text, lapse, reason):
    found = some_texts(rewrite(text))
    assert f"I'm sorry {lapse}" in found[0] and reason in found[0], found
    for suggestion in found:
        assert not re.search(r"\bof course\b|\bobviously\b|way I understand it|as far as I know", suggestion, re.I), suggestion


def test_a_concession_blaming_the_listener_is_not_owned_as_the_speakers(rewrite):
    """"you never told me the deadline, of course…": the reason is the listener's part, not an account."""
    for suggestion in texts_of(rewrite("you never told me the deadline, of course the estimates are off")):
        assert "I'm sorry the estimates are off. You" not in suggestion


@pytest.mark.parametrize("text", [
    "I can't read your mind, maybe try actually saying what you want instead of sulking",
    "I can't read your thoughts, just tell me what you need instead of going quiet",
    "i can't guess what you want if you won't tell me",
    "I can't read your mind!! just tell me what you want 🙄",
])
def test_i_cant_read_your_mind_stays_the_speakers(rewrite, text):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert not re.search(r"\byour mind\b|\byou don't read\b|sulking|\bif you won't\b", suggestion, re.I), suggestion
    assert re.search(r"tell me what you (?:want|need|'d like)", found[0]), found


def test_a_quoted_i_cant_read_your_mind_is_not_the_speakers(rewrite):
    for suggestion in texts_of(rewrite('"I can\'t read your mind" is not an excuse')):
        assert "I really want to get this right" not in suggestion, suggestion


@pytest.mark.parametrize("text", [
    "I can see why that hurt, but I had no idea Dan would repeat it to everyone",
    "I understand why you're upset, but I didn't know Priya would tell her mum",
    "Look, I didn't know she was your sister.",
])
def test_no_two_acknowledgements_back_to_back(rewrite, text):
    ack = re.compile(r"^(?:I (?:can see|know|get|understand|hear)|It makes sense)\b.*\b(?:hurt|upset|affected|harder)\b")
    for suggestion in some_texts(rewrite(text)):
        sentences = re.split(r"(?<=[.!?])\s+", suggestion)
        assert not any(ack.match(a) and ack.match(b) for a, b in zip(sentences, sentences[1:])), suggestion


def test_one_acknowledgement_keeps_the_messages_own_words():
    assert one_acknowledgement("I'm sorry. I can see why that hurt. I know why that upset you. What would help?") \
        == "I'm sorry. I can see why that hurt. What would help?"
    assert one_acknowledgement("I wish I'd known Dan would tell, and I'm sorry it hurt you. I can see why that hurt.") \
        == "I wish I'd known Dan would tell, and I'm sorry. I can see why that hurt."
    plain = "I was late. I can see why that upset you. Can we talk?"
    assert one_acknowledgement(plain) == plain


@pytest.mark.parametrize("text, kept", [
    ("I'd just done a night shift, I wasn't in a state to talk about anything heavy", "night shift"),
    ("I'd been at the hospital with Mum all day, I didn't have it in me to argue", "at the hospital with Mum all day"),
    ("I'd just got off a twelve-hour flight, I couldn't deal with the bills that night", "twelve-hour flight"),
])
def test_the_speakers_circumstance_is_kept(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert "I wasn't in a state" not in found[0]


@pytest.mark.parametrize("text, thing, who", [
    ("We pay council tax like everyone else, the tree on the verge is the council's job, not ours.",
     "the tree on the verge", "the council's job"),
    ("The fence belongs to the landlord, fixing it is his job, not mine.", "the fence", "the landlord's"),
    ("The bins are the caretaker's responsibility, we pay a service charge for that.", "the bins",
     "the caretaker's responsibility"),
])
def test_whose_job_it_is_is_said_beside_the_worry(rewrite, text, thing, who):
    found = some_texts(rewrite(text))
    assert f"worried about {thing}" in found[0] and who in found[0], found
    for suggestion in found:
        assert not re.search(r"council tax|service charge|not ours|not mine|I'm feeling|I feel", suggestion), suggestion


def test_a_question_about_whose_job_it_is_gets_no_answer_as_fact(rewrite):
    for suggestion in texts_of(rewrite("Is the tree on the verge the council's job?")):
        assert "As far as I understand it" not in suggestion


@pytest.mark.parametrize("text, kept", [
    ("I know it's been a rough week for you with the flat, but honestly the boiler isn't a huge deal, "
     "it'll be fixed Monday", "the boiler will be fixed Monday"),
    ("I know the leak has been awful, but it's not a big deal, the plumber comes tomorrow", "the plumber comes tomorrow"),
])
def test_a_fix_on_the_way_is_kept_without_the_brush_off(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    for suggestion in found:
        assert not re.search(r"huge deal|isn't a big deal", suggestion), suggestion


def test_on_the_way_reads_plans_not_brush_offs():
    assert on_the_way("it'll be fixed Monday") and on_the_way("the garage is sorting it Friday")
    assert not on_the_way("it's no big deal") and not on_the_way("the boiler was fixed last year")


@pytest.mark.parametrize("text, kept", [
    ("i covered the tip at the last dinner so i figured we were even", r"\bwe were even\b"),
    ("I drove both ways on Saturday so I assumed we were even", r"\bwe were even\b"),
])
def test_even_as_a_word_is_kept(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    assert not any(re.search(r"\bwe were\.", s) for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("I was with Frankie all night, he'll tell you.", "I was with Frankie all night"),
    ("I was with Frankie all night, he'll tell you 🙄", "I was with Frankie all night"),
    ("I WAS WITH FRANKIE ALL NIGHT, HE'LL TELL YOU", "I was with Frankie all night"),
    ("I was at work till nine, ask Sarah.", "I was at work till nine"),
    ("I never left the house, my mum will tell you.", "I didn't leave the house"),
])
def test_a_witness_called_is_left_out(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    for suggestion in found:
        assert not re.search(r"tell you\b|\bask (?:Sarah|him|her)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text", [
    "Look, I didn't know she was your sister.",
    "I didn't know he was your ex, honestly.",
    "I didn't know that was your dad's watch",
])
def test_who_someone_is_is_not_a_lapse_to_check(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"should have checked|check for myself|I'm sorry about your dad\b", suggestion), suggestion


def test_a_checkable_fact_keeps_its_subject(rewrite):
    for suggestion in some_texts(rewrite("I didn't know the gun was loaded")):
        assert "whether was" not in suggestion


def test_unchecked_reads_people_not_things():
    assert unchecked("she was your sister") and unchecked("Dan would repeat it to everyone")
    assert unchecked("the gun was loaded") is None and unchecked("the meeting was today") is None


@pytest.mark.parametrize("text, name, meant", [
    ("I was just being friendly, Harold.", "Harold", "friendly"),
    ("I was just being friendly, Harold!!", "Harold", "friendly"),
    ("I was just being polite, Jess.", "Jess", "polite"),
])
def test_meaning_well_is_not_read_as_the_speakers_defeat(rewrite, text, name, meant):
    found = some_texts(rewrite(text))
    assert name in found[0] and meant in found[0], found
    for suggestion in found:
        assert not re.search(r"discouraged|defeated", suggestion), suggestion


@pytest.mark.parametrize("text, said", [
    ("relax, I didn't even open the fridge today", "I didn't open the fridge today"),
    ("i never touched ur laptop lol", "I didn't touch your laptop"),
    ("I didn't even touch your laptop", "I didn't touch your laptop"),
    ("I never touched your laptop", "I didn't touch your laptop"),
    ("i didnt eat ur leftovers lol maybe check with jake", "I didn't eat your leftovers"),
])
def test_a_denial_gets_the_account_not_sympathy_or_amends(rewrite, analyzer, text, said):
    found = some_texts(rewrite(text))
    assert said in found[0], found
    for suggestion in found:
        assert not re.search(r"I'm sorry about|I'll finish|I'll do it|\blol\b|\bur\b|\beven\b", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_retort_reads_jabs_not_accounts():
    assert retort("it's not the 1950s") and retort("It's not a church.")
    assert not retort("it's not my phone") and not retort("I was at work")
