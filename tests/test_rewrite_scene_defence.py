"""Short defensive turns from film and TV dialogue (scene_defence.py): a denial keeps the speaker's
own account and never becomes a confession; feigned innocence, rationalising, victim turns, turning
it round, minimising and evasions get something the speaker could honestly say, keeping the
places, times, names and objects they named; chat-register messages and several-clause turns are
left to the clause readings."""

import re

import pytest

from heard.rewrite.scene_defence import bare, scene_lines
from conftest import read_as, retrained_xfail, some_texts, texts_of


def _message(text, labels=("defensive",)):
    return read_as(text, labels)


# -- reading them, without the model ------------------------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("I never laid a finger on her, I swear to God.", "I never laid a finger on her"),
    ("Oh, please, I barely touched him.", "I barely touched him"),
    ("Who, me? I've been here all evening.", "I've been here all evening"),
    ("Nobody ever thanks me, do they?", "Nobody ever thanks me?"),  # the tag goes, the question stays
    ("I was following orders, sir.", "I was following orders"),
    ("Look who's talking about loyalty.", "Look who's talking about loyalty"),  # "Look who's…" is no interjection
])
def test_the_turn_is_read_without_its_interjection_oath_or_tag(text, said):
    assert bare(_message(text)) == said


@pytest.mark.parametrize("text", [
    "i didnt take ur charger lol",                                   # chat register: textspeak readings
    "I didn't lose your keys, Sam had them last",                    # two clauses: each read on its own
    "I forgot to pay the electric bill but you never remind me either",
    "I only missed practice because my shift ran over",              # owned with its reason (rationales.py)
    "I only shouted because you pushed me to it",                    # pressure.py owns the act
    "I didn't do anything.",                                         # no detail to give as an account
    "It was only a joke.",                                           # a joke is owned as landing badly
    "Where were you last night?",
    "I was in the kitchen the whole time. Ask Mary. She saw me.",    # several sentences
])
def test_turns_other_readings_answer_are_left_to_them(text):
    assert scene_lines(_message(text)) == []


# -- what the user sees ---------------------------------------------------------------------------
DENIALS = [
    ("I never went near the safe, Lieutenant.", "near the safe"),
    ("I haven't touched a drop since Easter.", "since Easter"),
    ("That wasn't me at the station, Eddie.", "at the station"),
    ("I never set foot in that bank, Detective.", "that bank"),
    ("I didn't take a penny from the till, I swear.", "from the till"),
    ("I never laid a finger on her, I swear to God.", "a finger on her"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, kept", DENIALS)
def test_a_denial_keeps_the_account_and_confesses_nothing(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        # no apology for what the speaker says they didn't do, and no admission of it
        assert not re.search(r"\bI'm sorry\b|\bI should have\b|sorry about", suggestion), suggestion
        assert re.search(r"\bI (?:never|didn't|haven't|wasn't)\b|\bthat wasn't me\b", suggestion, re.I), suggestion
        assert "I swear" not in suggestion, suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("I never went near the safe, Lieutenant.", "Lieutenant"),
    ("I didn't take your letters, Mother.", "Mother"),
    ("I was following orders, sir.", "Sir"),
    ("That's ancient history, Ruth.", "Ruth"),
    ("Not tonight, Helen.", "Helen"),
])
def test_the_name_said_to_is_kept(rewrite, text, name):
    assert all(name in s for s in some_texts(rewrite(text)))


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("What are you looking at me for?", "looking at me"),
    ("Why is everybody staring at me?", "everybody"),
    ("I only asked where you'd been.", "asked where you'd been"),
    ("Is it a crime to go dancing now?", "going dancing"),
    ("What's wrong with having a drink with a friend?", "having a drink with a friend"),
    ("Oh, I'm sure I don't know what you're implying.", "what you mean"),
])
def test_feigned_innocence_is_said_plainly(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not re.search(r"\bonly\b|\bjust\b|\bcrime\b|what's wrong with", suggestion, re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("I did it because I love you.", "because I love you"),
    ("I kept quiet to spare your feelings.", "to spare your feelings"),
    ("I only sold the ring to pay the doctor.", "sold the ring"),
    ("I had to protect the business, Sal.", "protect the business"),
    ("I did what any father would do.", "father"),
    ("A man has to feed his children.", "feed my children"),
])
def test_a_rationalisation_keeps_the_reason_and_takes_in_the_hurt(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for suggestion in found:
        assert re.search(r"hurt you|upset you", suggestion), suggestion
        assert not re.search(r"\bI had to\b|\bany father would\b|\bonly\b", suggestion), suggestion


@pytest.mark.model
def test_an_admitted_lie_is_owned_and_its_reason_loses_the_never(rewrite):
    found = some_texts(rewrite("I lied because you'd never have let me go."))
    assert any(s.startswith("I'm sorry I lied") for s in found), found
    assert all("never" not in s and "have let me go" in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Fine, blame the help.", "Fine, blame the maid."])
def test_blame_the_help_says_the_objection_plainly(rewrite, text):
    found = some_texts(rewrite(text))
    who = text.split("blame ")[1].rstrip(".")
    assert any(f"I don't think {who} is really to blame" in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Nobody ever thanks me, do they?", "I give and give, and this is what I get.",
                                  "I'm always the one who gets it in the neck."])
def test_a_victim_turn_gets_the_speakers_feeling_without_a_chore_or_an_always(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert re.search(r"\bI(?:'m| feel| feel like)\b", suggestion), suggestion
        assert not re.search(r"\balways\b|\bever\b|\bnext time\b|\bCould you\b", suggestion), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    pytest.param("Since when do you care where I go?", "where I go", marks=retrained_xfail("the turned-round question "
                 "scores 0.67 for blaming, and no candidate passes the re-check")),
    ("You're one to lecture me about honesty.", "honesty"),
    ("You weren't exactly a saint in Paris.", "in Paris"),
    ("Why are you always checking up on me?", "checking up on me"),
])
def test_turning_it_round_keeps_the_subject_and_drops_the_jab(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not re.search(r"\bsaint\b|\bone to\b|\bsince when\b|\balways\b|\bwhen you are\b", suggestion, re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, thing", [
    ("It's just a dress, Mother.", "the dress"),
    ("Oh, it was barely twenty dollars.", "the twenty dollars"),
    ("It's only a scratch on the Buick.", "the scratch on the Buick"),
])
def test_minimising_is_owned_and_keeps_the_thing(rewrite, text, thing):
    for suggestion in some_texts(rewrite(text)):
        assert thing in suggestion, suggestion
        assert not re.search(r"\b(?:just|only|barely)\b", suggestion), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("Can we not do this tonight?", "tonight"),
    ("I'm not discussing this at the dinner table.", "at the dinner table"),
    ("Look, I've got a train to catch.", "a train to catch"),
    ("It's none of your business where I was.", "where I was"),
])
def test_an_evasion_becomes_a_boundary_with_a_way_back(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert "none of your business" not in suggestion and "sorry it feels like" not in suggestion.lower()
        assert suggestion.rstrip().endswith("?"), suggestion


@pytest.mark.model
def test_shifting_the_blame_owns_a_part_and_keeps_who(rewrite):
    found = some_texts(rewrite("It wasn't my idea, it was Vinnie's."))
    assert all("Vinnie" in s and "my part" in s for s in found), found


@pytest.mark.model
def test_breaking_inputs_get_no_scene_line(rewrite):
    for text in ["I NEVER TOUCHED YOUR CAR.", "i never touched ur car 🙄", "\"I never went near her,\" he said."]:
        for suggestion in texts_of(rewrite(text)):
            assert "I want to be honest with you" not in suggestion or "car" in suggestion, suggestion
            assert not re.search(r"sorry about (?:your|the) car|\bI touched\b", suggestion), suggestion


@pytest.mark.model
def test_every_suggestion_is_below_the_thresholds(rewrite, analyzer):
    texts = [t for t, _ in DENIALS] + ["What are you looking at me for?", "I did it because I love you.",
                                       "Fine, blame the help.", "It's just a dress, Mother.", "Can we not do this tonight?",
                                       "Since when do you care where I go?", "I'm not the one who lost the contract."]
    suggestions = [s for outcome in rewrite(*texts) for s in texts_of(outcome)]
    assert suggestions
    for result in analyzer.check_many(suggestions):
        assert not any(result["labels"][label]["flagged"] for label in ("blaming", "defensive")), result["text"]
