"""Messages from chat exports (WhatsApp, Telegram, Discord, Slack, Messenger): text-speak, missing
apostrophes, emoticons, export placeholders, quoted earlier messages, run-ons. A rewrite speaks plain
English back: no chat tags, no typed faces, no "<Media omitted>", the listener's quoted words reported
as theirs, and a run-on split where the new thought starts."""

import re

import pytest

from conftest import some_texts, texts_of
from heard.rewrite.chat_marks import clean
from heard.rewrite.textspeak import spell_out

# What a rewrite must never carry over from the chat surface.
CHAT_LEFTOVERS = re.compile(r"\b(?:tbh|ngl|lol|lmao|omg|smh|btw|idc|idk|rn|tmrw|ud|ur|u)\b|<[^>]*>|omitted|"
                            r"(?:^|\s)[:;][-']?[()/\\|DPp]|[\U0001F300-\U0001FAFF]", re.I)


# -- the chat surface, read before parsing (no model) ---------------------------------------------
@pytest.mark.parametrize("text, spelled", [
    ("<Media omitted>", ""),
    ("<Media omitted> thats the state u left the kitchen in", "that's the state you left the kitchen in"),
    ("read this <link> before u reply", "read this before you reply"),
    ("image omitted", ""),
    ("babe u left the door unlocked again :(", "Babe, you left the door unlocked again"),
    ("ur on ur phone :/ its rude", "you're on your phone. it's rude"),
    ("see u at 7 x", "see you at 7"),
    ("i <3 u but ur late", "i love you but you're late"),
    ("@channel whoever keeps pushing to main pls stop", "whoever keeps pushing to main please stop"),
])
def test_placeholders_emoticons_and_kisses_are_not_words(text, spelled):
    assert spell_out(text)[0] == spelled


@pytest.mark.parametrize("text, spelled", [
    ("'ill be there at 8' - you, yesterday. its 10", "you said yesterday that you'd be there at 8. it's 10"),
    ("'on my way!!' - you, 2 hours ago", "you said 2 hours ago that you were on your way"),
    ("\"i'll call u after work\" never called", "you said you'd call me after work. never called"),
    ("\"im on my way\" 🙄 its been an hour", "you said you were on your way. 🙄 it's been an hour"),
    ("'i'll sort it' - u", "you said you'd sort it"),
])
def test_a_quoted_line_thrown_back_is_what_the_listener_said(text, spelled):
    assert spell_out(text)[0] == spelled


@pytest.mark.parametrize("text", [
    "\"I'm not drinking too much\", it's two beers after work.",  # the speaker's own line, carried on
    "\"i said i'd be late\" is what i texted u",
    "'the meeting moved' - sarah",
])
def test_a_quote_not_thrown_back_at_the_listener_is_left_alone(text):
    assert "you said" not in spell_out(text)[0]


@pytest.mark.parametrize("text, spelled", [
    ("ill be there at 8", "I'll be there at 8"),
    ("i feel ill", "i feel ill"),
    ("so lets talk tonight", "so let's talk tonight"),
    ("he lets me win", "he lets me win"),
    ("so ur saying its my fault", "so you're saying it's my fault"),
    ("u said ud be here at 8 its 9:30", "you said you'd be here at 8. it's 9:30"),
    ("i know its late", "i know it's late"),
    ("the dog wagged its tail", "the dog wagged its tail"),
    ("guys the rent is due tmrw", "guys, the rent is due tomorrow"),
    ("ngl ur kind of being rude", "ngl, you're kind of being rude"),
])
def test_missing_apostrophes_and_text_speak_read_by_sense(text, spelled):
    assert spell_out(text)[0] == spelled


@pytest.mark.parametrize("text, spelled", [
    ("ur never on time rn its embarrassing", "you're never on time these days. it's embarrassing"),
    ("ill do it when i get home stop asking", "I'll do it when i get home. stop asking"),
    ("that sounds awful im sorry babe", "that sounds awful, I'm sorry, babe"),
    ("if ur going to be like this im going to bed", "if you're going to be like this, I'm going to bed"),
    ("u dont listen when i talk u just nod", "you don't listen when i talk, you just nod"),
    ("im not the one who forgot so dont even start", "I'm not the one who forgot, so don't even start"),
    ("just following up 🙂 still waiting", "just following up 🙂. still waiting"),
])
def test_a_run_on_splits_where_the_new_thought_starts(text, spelled):
    assert spell_out(text)[0] == spelled


@pytest.mark.parametrize("text", [
    "I only slammed the door because you wouldn't stop nagging.",
    "love that you always find a way to be out sick",
    "sorry im late",
    "Tom i'm not your maid",
    "the one im talking to",
    "i love u just the way u are",
    "i know its late",
])
def test_a_sentence_that_carries_on_is_not_split(text):
    spelled = spell_out(text)[0]
    assert len(re.findall(r"[.,]", spelled)) == len(re.findall(r"[.,]", text)), spelled


def test_offsets_move_with_the_chat_edits():
    text = "<Media omitted> u left the kitchen like this :( smh"
    spelled, edits = spell_out(text)
    from heard.rewrite.textspeak import moved
    start = text.index("kitchen")
    assert spelled[moved(start, edits):moved(start, edits) + 7] == "kitchen"


@pytest.mark.parametrize("text, cleaned", [
    ("I felt let down when you took so long to show up lmao.", "I felt let down when you took so long to show up."),
    ("Mum, when you posted that pic on facebook omg, I felt embarrassed.",
     "Mum, when you posted that pic on facebook, I felt embarrassed."),
    ("Babe, I felt worried when you left the door unlocked:(. Can we talk?",
     "Babe, I felt worried when you left the door unlocked. Can we talk?"),
    ("I'm feeling frustrated about this 🙂. Still waiting.", "I'm feeling frustrated about this. Still waiting."),
    ("I'll make it up to you x", "I'll make it up to you"),
])
def test_a_suggestion_carries_no_chat_tags(text, cleaned):
    assert clean(text) == cleaned


# -- whole messages, with the model ---------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "babe u left the door unlocked again :(",
    "ur always on ur phone when im trying to talk to u :/",
    "nice of u to finally show up lmao",
    "mum u didnt have to post that pic of me on facebook omg",
    "smh u always leave ur crap all over the living room",
    "<Media omitted> thats the state u left the kitchen in",
    "u said ud be here at 8 its 9:30. im leaving",
    "@sam per my last message the deck was due friday. can u send it asap",
    "ur literally never on time rn its embarrassing tbh",
    "just following up again on this 🙂 still waiting",
])
def test_no_suggestion_keeps_the_chat_surface(rewrite, text):
    for said in texts_of(rewrite(text)):
        assert not CHAT_LEFTOVERS.search(said), said


@pytest.mark.model
@pytest.mark.parametrize("text", ["<Media omitted>", "<link>", "image omitted", "<Media omitted> :("])
def test_a_placeholder_alone_gets_no_suggestion(rewrite, text):
    assert not texts_of(rewrite(text))


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("'ill be there at 8' - you, yesterday. its 10 and ur still not here", "there at 8"),
    ("'ill be home by 6' - u, this morning. its 9", "home by 6"),
    ("\"i'll call u after work\" never called. classic", "call me after work"),
    ("@sam per my last message the deck was due friday. can u send it asap", "deck"),
    ("u said ud be here at 8 its 9:30. im leaving", "at 8"),
])
def test_the_quoted_or_slack_message_keeps_what_was_said(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s.lower() for s in found), found
    assert not any(re.search(r"per my last|'ill|\bill\b| - you", s.lower()) for s in found), found


@pytest.mark.model
def test_a_mention_stays_the_person_spoken_to(rewrite):
    for said in some_texts(rewrite("@mike ur the one who broke the build. fix it")):
        assert said.startswith("@mike,"), said
    for said in texts_of(rewrite("@channel whoever keeps pushing to main without review pls stop")):
        assert "@channel" not in said, said
