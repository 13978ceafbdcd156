"""The floor (floor.py): a flagged remark that nothing else could answer gets a mild line, never where a line of
upset would be wrong; and the shapes read plainly with it: mocking frames around an act (mocking_frames.py),
ironic praise of an act, a claim beside "you're wrong", a mocked belief, a praise tag, a refusal to apologise."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts, texts_of

from heard.rewrite.candidate import ACKNOWLEDGE, FEELING_ONLY, I_STATEMENT
from heard.rewrite.floor import floor_lines
from heard.rewrite.fluency import broken
from heard.rewrite.mocking_frames import replacements
from heard.rewrite.textspeak import spliced

_FLOOR = re.compile(r"^(?:\w+, )?(?:I'm feeling upset about this|Something about this is bothering me|I see this "
                    r"differently|I'd like to hear what upset you|I can hear this matters to you)", re.I)


def _read(text, flagged):
    msg = read_as(text, tuple(flagged))
    msg.flagged = set(flagged)
    return msg


# -- the floor ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, flagged, strategy", [
    ("Well, aren't you the big man now.", {"blaming"}, I_STATEMENT),
    ("Oh, so you do know how to use a phone.", {"blaming"}, I_STATEMENT),
    ("wasn't diving lads, check my ankle", {"defensive"}, ACKNOWLEDGE),
])
def test_a_flagged_remark_gets_one_mild_line_that_names_nothing(text, flagged, strategy):
    found = floor_lines(_read(text, flagged))
    assert len(found) == 1 and found[0].strategy == strategy and found[0].fallback == FEELING_ONLY, found
    assert _FLOOR.match(found[0].text) and not re.search(r"big man|phone|diving|ankle", found[0].text), found


def test_an_act_complained_of_gets_no_reply_to_a_view_from_the_floor():
    text = "@Kayleigh you pushed to main without running the tests. Again. This is why we can't have nice things."
    found = floor_lines(_read(text, {"blaming"}))
    assert found and "differently" not in found[0].text, found
    views = floor_lines(_read("Found the guy who's never paid rent in his life, honestly.", {"blaming"}))
    assert views and "I see this differently" in views[0].text, views


def test_the_floor_keeps_the_name_the_remark_was_said_to():
    found = floor_lines(_read("Honestly Deborah, that was embarrassing for everyone in the room", {"blaming"}))
    assert found and found[0].text.startswith("Deborah, "), found


@pytest.mark.parametrize("text, flagged", [
    ("Well, aren't you the big man now.", set()),  # not flagged: `force` opens no floor
    ("You're fired, Pete, clear your desk by five", {"blaming"}),  # a decision handed down
    ("I missed you so much this week, Annie.", {"blaming"}),  # the speaker's own words
    ("Who told you that?", {"blaming"}),  # too short, and nothing hostile in it
    ("really, it's already December??", {"defensive"}),
    ("I hope you die in a ditch tonight", {"blaming"}),  # harm: the reason says so instead
    ("I'm such an idiot, forgot my keys at the office again", {"blaming"}),  # hard on themself
    ("no rush on the rent money, i'm not worried about it", {"defensive"}),  # reassurance
    ("why am i the only one who ever updates the jira board", {"defensive"}),  # a grievance asked, not a defence
    ("Typical airline. Cancel the 6am flight and then charge forty quid to rebook it", {"blaming"}),  # said of a kind
])
def test_no_floor_where_a_line_of_upset_would_be_wrong(text, flagged):
    assert floor_lines(_read(text, flagged)) == []


@pytest.mark.model
def test_the_floor_shows_only_when_nothing_built_from_the_message_passes(rewrite, analyzer):
    remark = "Well, aren't you the big man now."
    if not analyzer.check(remark)["labels"]["blaming"]["flagged"]:
        pytest.skip("the shipped model no longer flags this remark")
    outcome = rewrite(remark)
    assert outcome.feeling_only and len(outcome.suggestions) == 1, outcome.suggestions
    assert _FLOOR.match(outcome.suggestions[0]["text"]) and below_thresholds(analyzer, outcome.suggestions[0]["text"])
    for message in ("you never listen to me when I talk about work", "You left the back door open all night again"):
        assert not any(_FLOOR.match(t) for t in texts_of(rewrite(message))), texts_of(rewrite(message))


@pytest.mark.model
def test_harm_still_gets_no_line_and_its_reason(rewrite):
    outcome = rewrite("I hope you die in a ditch tonight")
    assert outcome.suggestions == [] and "harm" in outcome.reason


# -- mocking frames, said as the act -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("Typical you, Liam. Borrowed the tent for Glastonbury and gave it back with a snapped pole.",
     "Liam, you borrowed the tent for Glastonbury and gave it back with a snapped pole."),
    ("Typical Sam, forgot the school run again and then wanted a medal for one packed lunch",
     "Sam, you forgot the school run again"),
    ("Typical you, Gary. Parks his van across my drive and then acts surprised when I can't get out.",
     "Gary, you park your van across my drive."),
    ("lol imagine forgetting your own sister's engagement party. oh wait",
     "You forgot your own sister's engagement party. oh wait"),
    ('lol imagine promising to split the Uber and then "forgetting" to send the £12',
     "You promised to split the Uber and then forgot to send the £12"),
    ("Imagine writing a whole article about housing and not interviewing a single renter.",
     "You wrote a whole article about housing and didn't interview a single renter."),
    ("Honestly Deborah, the way you talked over the new intern in the 10am standup was embarrassing for everyone",
     "Honestly Deborah, you talked over the new intern in the 10am standup"),
])
def test_a_mocking_frame_is_said_as_the_listeners_act(text, said):
    assert spliced(text, replacements(text))[0] == said


@pytest.mark.parametrize("text", [
    "typical Sophie, borrows my straighteners and gives them back with a cracked plate",  # told of Sophie
    "typical ciara. mam's 60th and you couldn't even chip in the €40",  # no verb opens the act
    "Typical Josh, only cares when it suits him",  # a verdict on his heart, no act
    "Imagine being this wrong about everything",  # who they are, not an act
    "Imagine posting a 'beginner-friendly' recipe that needs a Dutch oven and 48 hours",  # no lapse in it
    "Typical. You never listen.",
    "the way you handled it was fine",  # no verdict on the act: nothing to take out
])
def test_a_frame_with_no_act_of_the_listeners_is_left_as_it_is(text):
    assert replacements(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, kept, gone", [
    ("Typical you, Liam. Borrowed the tent for Glastonbury and gave it back with a snapped pole and not even a sorry.",
     r"you borrowed the tent for Glastonbury.*snapped pole", r"[Tt]ypical"),
    ("lol imagine forgetting your own sister's engagement party. oh wait", r"you forgot your sister's engagement party",
     r"imagine|oh wait|lol"),
    ("Lovely of you to tell the whole group chat about my breakup before I'd even told my mum.",
     r"you told the whole group chat about my breakup", r"[Ll]ovely"),
])
def test_the_act_inside_the_mockery_leads_the_rewrite(rewrite, analyzer, text, kept, gone):
    first = some_texts(rewrite(text))[0]
    assert re.search(kept, first) and not re.search(gone, first), first
    assert below_thresholds(analyzer, first), first


# -- a claim beside a dismissal, a mocked belief -----------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("You're wrong and you know it. Electric cars are cheaper to run over five years.",
     "electric cars are cheaper to run over five years"),
    ("You have no idea what you're talking about. Canada's healthcare is funded by taxes, not premiums.",
     "Canada's healthcare is funded by taxes"),
    ("You're delusional if you think the council will fix the roads before the election.",
     "I'm not convinced the council will fix the roads before the election"),
    ("if you honestly believe the landlord will return your deposit, you're dreaming",
     "I'm not convinced the landlord will return your deposit"),
])
def test_the_speakers_claim_is_said_as_their_view(rewrite, analyzer, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and not re.search(r"\b(?:wrong|no idea|delusional|dreaming)\b", first), first
    assert below_thresholds(analyzer, first), first


@pytest.mark.model
@pytest.mark.parametrize("text", ["Your homeschooling advice is dangerous and you're too proud to admit you're wrong.",
                                  "You're mad if you think I'm paying for that"])
def test_a_claim_about_the_listener_or_the_speaker_is_no_view_to_hold(rewrite, text):
    assert not any(re.search(r"understanding is that your|not convinced I", s) for s in texts_of(rewrite(text)))


# -- what a rewrite must not carry over --------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, kept, gone", [
    ("Bro you sold me a PS4 with a broken HDMI port and blocked me on Marketplace, real classy", "HDMI port",
     r"classy"),
    ("you're late to the sprint review again, great, really professional", "sprint review", r"great|professional"),
    ("I'm not being dramatic, I genuinely had a migraine, I'm not going to apologise for missing your gig", "migraine",
     r"apologi[sz]e|dramatic"),
    ("You told me the cinema was at 8 when it was 7:30 and then sulked because we missed the start?? come on",
     "7:30", r"sulk"),
    ("Coach, you've played your nephew at centre every match this season while Ellie sits on the bench.",
     "this season", r"thises"),
])
def test_a_sneer_a_refusal_or_a_verdict_stays_out(rewrite, text, kept, gone):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(gone, s) for s in found), found


@pytest.mark.model
def test_someone_else_talked_over_is_not_the_speaker_cut_off(rewrite):
    found = some_texts(rewrite("You always talk over Priya in meetings"))
    assert any("let Priya finish" in s for s in found), found
    assert not any(re.search(r"I (?:can't|couldn't) finish|let me finish", s) for s in found), found


@pytest.mark.model
def test_what_is_still_going_keeps_its_perfect_and_an_order_to_admit_stays_out(rewrite):
    text = "You've had my lawnmower since Easter, Ray. At this point just admit you're keeping it."
    first = some_texts(rewrite(text))[0]
    assert "you've had my lawnmower since Easter" in first and "dmit" not in first, first


@pytest.mark.parametrize("text, is_broken", [
    ("I wanted to make, and I'm sorry it didn't go the way you hoped.", True),
    ("I'm counting on you to give, and right now I'm really hurt.", True),
    ("I feel upset when neither do you. Can we talk about it?", True),
    ("I wanted to make it up to you, and I'm sorry it didn't go the way you hoped.", False),
    ("I'm counting on you to give me an answer by Friday.", False),
    ("When you turn it into a drama about your sunburn can you, I feel let down.", True),
    ("I feel alone when even she's the one who broke my headphones.", True),
    ("Can you tell me more? I feel lost.", False),
])
def test_a_verb_left_without_its_object_reads_as_broken(text, is_broken):
    assert broken(text) is is_broken


# -- a thread's claims, said as the speaker's view ---------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("Did your brain take the day off? The article says 62% of the budget goes to salaries.",
     "the article says 62% of the budget goes to salaries"),
    ("And you know this how? Your gut? Burglary in Victoria is down by almost half since the early 2000s, per the "
     "Crime Statistics Agency.", "burglary in Victoria is down by almost half since the early 2000s"),
    ("Read a history book that wasn't written by your uncle. Partition killed somewhere between 200,000 and 2 "
     "million people.", "partition killed somewhere between 200,000 and 2 million people"),
])
def test_a_threads_claim_is_said_as_the_speakers_view(rewrite, analyzer, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and re.search(r"understanding is that|as far as I know", first), first
    assert not re.search(r"brain|gut|uncle|upset|frustrated|let down", first), first
    assert below_thresholds(analyzer, first), first


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "@Priya the client deck still has last quarter's numbers on slide 7. This is the third time. Do you actually read "
    "anything before you hit send?",
    'You sold me the Corsa as "one lady owner, full history". The V5 says three previous keepers. Did you think I '
    "wouldn't check?",
    "Did you even read the OP? They said Windows 11.",
])
def test_a_complaint_or_a_claim_without_its_subject_is_no_view_to_hold(rewrite, text):
    assert not any(re.search(r"understanding is that|as far as I know", s) for s in texts_of(rewrite(text)))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "i swear i only had two drinks at Mia's, idk why everyone's acting like i was the one who knocked over the fish "
    "tank",
    "Don't come at me about the hoover, it was making that noise before I touched it",
])
def test_an_act_denied_outright_is_never_apologised_for(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any(re.search(r"\b(?:sorry|you're right|my fault|on me)\b", s, re.I) for s in found), found
