"""A blaming message's hurtful part is not kept word for word in the suggestion: a guessed motive,
a loaded image or verb, a comparison, a sarcastic line or a minimiser goes; the fact and the need stay,
or no suggestion is given (judgment_words.py, concrete_fallback.py)."""

import re

import pytest

from conftest import texts_of, some_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, jab", [
    ("Can you stop rewriting every paragraph of my essay? It's like you enjoy it.", r"like you enjoy"),
    ("That's not what I said on the call and you know it, stop twisting my words to make me look bad.",
     r"make me look|you know it"),
    ("You cancelled the team call for no reason and you know exactly why everyone is fed up.",
     r"no reason|know (?:exactly )?why"),
    ("You've made it VERY clear where your priorities are, so enjoy your poker night.", r"made it (?:very )?clear"),
    ("My sister kept our car for a month and you're acting like that's normal 🙄", r"acting like"),
    ("You're the one who made the party about you.", r"about you\b"),
    ("You treat the joint account like your personal piggy bank.", r"piggy bank"),
    ("honestly Priya you treat Mum's card like it's yours", r"like it's yours"),
    ("Can you not shout at the waiter like that in front of the kids? You embarrass the whole family.",
     r"embarrass the whole"),
    ("you sound exactly like your dad right now", r"like your dad"),
    ("You make every dinner with my parents feel like an interrogation.", r"interrogation"),
    ("I never said I didn't like your cooking. Stop putting words in my mouth.", r"words in my mouth"),
    ("Typical Sam, leaves the bins out again and then wants a medal for hoovering once.", r"typical|medal"),
    ("You paid for Jake's holiday and I got a voucher. Make it make sense.", r"make it make sense"),
    ("SOMEONE keeps leaving the front door unlocked at night.", r"\bsomeone\b"),
    ("so apparently answering emails is optional now for managers. noted.", r"optional"),
    ("you're blowing this up over one late reply", r"blow"),
    ("I only said the haircut was \"bold\", you're reading way too much into it.", r"too much into"),
])
def test_the_hurtful_part_is_not_kept(rewrite, text, jab):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(jab, suggestion, re.I), suggestion


@pytest.mark.parametrize("text, loaded, kept", [
    ("You rolled in at midnight with no text and woke the baby.", "rolled in", "at midnight"),
    ("He dumped the whole migration on us on Friday afternoon.", "dumped", "migration"),
    ("You skip the gym for a month then moan for weeks about your back.", "moan", "your back"),
    ("You muted me in the group chat for no reason.", "no reason", "group chat"),
    ("Stop twisting my words to make yourself look good in front of Mum.", "look good", "Mum"),
])
def test_a_loaded_word_goes_and_the_fact_stays(rewrite, text, loaded, kept):
    found = some_texts(rewrite(text))
    assert all(loaded not in s and kept in s for s in found), found


@pytest.mark.parametrize("text, thing", [
    ("You treat the joint account like your personal piggy bank.", "the joint account"),
    ("You treat this flat like a hotel and it's exhausting.", "this flat"),
])
def test_the_thing_treated_is_kept_without_the_image(rewrite, text, thing):
    found = some_texts(rewrite(text))
    assert any(thing in s for s in found), found
    assert not any(re.search(r"piggy bank|hotel", s) for s in found), found


# A personal accusation with its judging part left out still gets a household reply, never the reply to a
# debate about views ("I don't agree with you here…", "…what makes you see it that way?").
_VIEWS_REPLY = re.compile(r"don't agree with you|see (?:this|it) (?:very )?differently|see it that way|how you got there", re.I)


@pytest.mark.parametrize("text", [
    "you sound exactly like your mother right now",
    "You sound just like your dad when you say that!!",
    "Because of your sloppy handover the night shift spent two hours restarting the wrong service.",
    "you're blowing this up over one missed comma in a config file",
    "The whole squad is tired of you turning up 20 minutes late and then acting like the warm-up is optional.",
])
def test_a_personal_accusation_gets_no_views_reply(rewrite, text):
    assert not any(_VIEWS_REPLY.search(s) for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text, kept, gone", [
    ("Because of your sloppy handover the night shift spent two hours restarting the wrong service.",
     "restarting the wrong service", r"sloppy"),
    ("because of your stupid shortcut we missed the first half of the film", "the first half of the film", r"stupid"),
    ("The whole squad is tired of you turning up 20 minutes late and then acting like the warm-up is optional.",
     "20 minutes late", r"acting like|optional|squad"),
    ("We're all sick of you strolling in at ten and acting like the standup is optional",
     "at ten", r"acting like|optional"),
    ("The electric bill went up because SOMEONE leaves the heating on all day with the windows open",
     "the heating", r"\bsomeone\b|makes sense that you're upset"),
    ("I never said I didn't want to meet your friends. Stop putting words in my mouth.",
     "meet your friends", r"words in my mouth|didn't want"),
    ("i never said i didn't like your cooking, stop twisting my words", "your cooking", r"twisting|didn't like"),
    ("Honestly you make every phone call feel like a job interview.", "phone call", r"interview"),
    ('I only said your dress was "interesting", you\'re reading way too much into it', "your dress",
     r"too much into|interesting"),
])
def test_the_event_is_kept_and_the_jab_left(rewrite, text, kept, gone):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    assert not any(re.search(gone, s, re.I) for s in found), found


def test_a_reassurance_is_kept_not_a_generic_line(rewrite):
    found = some_texts(rewrite('you\'re so judgmental about my friends. Kayla isn\'t a "bad influence", '
                               'you just can\'t stand that I have a life'))
    assert any("judged" in s for s in found) and not any("stand that" in s for s in found), found


# A jab sentence copied beside the "I" statement goes; the event and its facts stay (kept_jabs.py).
@pytest.mark.parametrize("text, kept, jab", [
    ("Dan, you left the back door unlocked AGAIN last night. Do you actually care if we get burgled or is that "
     "too much to ask?", "back door", r"care|burgled|too much"),
    ("Mo, you left the hob on AGAIN after making eggs!! Do you even care if the kitchen catches fire?",
     "hob", r"seems like you|too much"),
    ("You let yourself into the flat while I was at work without any notice. Frankly that's creepy behaviour.",
     "into the flat", r"creepy"),
    ("You took my charger from my bag without asking. Frankly that's just rude.", "charger", r"rude"),
    ("@Jen you merged without review again and now prod is down. This is exactly why nobody trusts your PRs.",
     "prod is down", r"nobody|trust"),
    ("@Sam you pushed straight to main again and the build is red. This is exactly why nobody trusts your commits.",
     "build is red", r"nobody|trust"),
    pytest.param("You clearly just wanted someone to pay for dinner. Fun evening for you, I guess.", "dinner", r"fun evening|I guess",
                 marks=pytest.mark.xfail(strict=True, reason="regressed with the retrain on the 405-row batch (2026-11-27 ninth session): see README, Accuracy")),
    ("You obviously just wanted a lift to the airport 🙄 Great weekend for you, I guess.", "airport", r"weekend|I guess"),
])
def test_a_copied_jab_sentence_goes(rewrite, text, kept, jab):
    found = texts_of(rewrite(text))
    assert found and all(kept in s for s in found), found
    assert not any(re.search(jab, s, re.I) for s in found), found


@pytest.mark.parametrize("text, thing, jab", [
    ("Some parents in this group clearly think the bake sale rota is optional. Funny how it's the same three of us "
     "every term.", "bake sale rota", r"optional|some parents"),
    ("Some players clearly think the kit rota is optional. Funny how it's the same two families washing the bibs "
     "every week.", "kit rota", r"optional|some players"),
])
def test_the_thing_a_some_people_dig_named_stays(rewrite, text, thing, jab):
    found = texts_of(rewrite(text))
    assert any(thing in s for s in found), found
    assert not any(re.search(jab, s, re.I) for s in found), found


@pytest.mark.parametrize("text, fact", [
    ("Coach, you only play your favourites. Leo has been at every training since September and got 4 minutes on "
     "Saturday.", "4 minutes on Saturday"),
    ("Ms Harris, you only pick your favourites for solos. Amira has practised every lunchtime since March and got "
     "one line in the concert.", "one line in the concert"),
    ("GAFFER, you only start your mates. Josh scored 6 goals in training this month and sat on the bench all of Sunday.",
     "6 goals"),
])
def test_the_facts_lead_without_the_favourites_verdict(rewrite, text, fact):
    found = texts_of(rewrite(text))
    assert found and all(fact in s for s in found), found
    assert not any(re.search(r"only (?:play|pick|start)|favourites|mates", s, re.I) for s in found), found


@pytest.mark.parametrize("text, line", [
    ("You let yourself into the flat without any notice. That's the second time this month.", "second time this month"),
    ("You forgot the bins again. Frankly that's the third week in a row.", "third week in a row"),
    ("You said you'd pay me back for the tickets. I remember it differently from how you told it.",
     "I remember it differently"),
    ("Dan, you left the back door unlocked last night. I was worried we could get burgled.", "worried"),
])
def test_a_plain_line_beside_the_event_is_kept(rewrite, text, line):
    assert any(line in s for s in texts_of(rewrite(text)))


@pytest.mark.xfail(strict=True, reason="regressed with the retrain on the 405-row batch (2026-11-27 ninth session): see README, Accuracy")
def test_no_suggestion_is_only_a_feeling_and_a_stock_question(rewrite):
    for text in ["You clearly only invited me so I'd bring the speakers. Fun party for you, I suppose.",
                 "You clearly just wanted someone to pay for dinner. Fun evening for you, I guess."]:
        for s in texts_of(rewrite(text)):
            assert not re.fullmatch(r"I(?:'ve been feeling| feel| felt) [a-z ]+\. (?:Can|Could) we talk about it\?", s), s
