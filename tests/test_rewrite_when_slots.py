"""The word that opens a "when …" slot must start a clause (when_slots.py): a linking adverb cut from the
message's sentence goes ("when now the foxes…"), a subject whose article the sender dropped gets it back
("when the delivery guy chucked…"), and a slot that opens with no clause at all ("when come on Declan,
you told…", "when barely a dent, …", "when glad you could join…") is never shown."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model

_SLOT_OPENER = re.compile(r"\bwhen (?:now|unfortunately|seriously|come on|barely|glad|find)\b", re.I)


@pytest.mark.parametrize("text", [
    "Kev the bins were YOUR job this week and now the foxes have dragged chicken bones all over the drive. Cheers for that.",
    "Seriously Jess, you replied-all with that comment about the client. Now Martin's asking me questions I can't answer.",
    "Ah come on Declan, you told the whole pub about my interview before I'd even heard back.",
    "barely a dent tbh, u can only see it if u crouch down next to the bumper",
    "Glad you could finally join us at the meeting at 10:15.",
    "Good morning Ms Naidoo, please find attached the revised quote for the Durban fit-out. Kind regards, Thabo",
    "Unfortunately Liam has again arrived without his PE kit for the fourth week running.",
])
def test_no_slot_opens_with_a_word_that_starts_no_clause(rewrite, text):
    assert not any(_SLOT_OPENER.search(s) for s in texts_of(rewrite(text)))


def test_the_event_after_a_linking_adverb_is_kept(rewrite):
    first = some_texts(rewrite("Kev the bins were YOUR job this week and now the foxes have dragged chicken bones "
                               "all over the drive. Cheers for that."))[0]
    assert re.search(r"\b[Ww]hen the foxes have dragged chicken bones all over the drive\b", first), first


@pytest.mark.parametrize("text, kept", [
    # (the TV box the delivery guy chucked over the fence is now told plainly, as the retrained model reads that
    # calm account as blame: "Delivery guy chucked my TV box over the fence…. That left me feeling frustrated.")
    ("Builder knocked over my fence panel and now the dog keeps getting out. Unbelievable.",
     "when the builder knocked over my fence panel"),
    ("Plumber's coming between 10 and 12 tomorrow, can someone be in to let him in? I'm at work till 4.",
     "when the plumber's coming"),
])
def test_a_dropped_article_comes_back_in_the_slot(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert re.search(re.escape(kept), first, re.I), first


@pytest.mark.parametrize("text, kept", [
    ("typical, jess left the dishes in the sink again", "when Jess left"),  # a name, lower-cased by the sender
    ("Well, somebody forgot to pick up the kids.", "When somebody forgot"),
    ("Mark's coming at 6 and you haven't even showered, seriously?", "When Mark's coming"),  # a name that is a noun too
    ("whenever something goes wrong it's someone else's fault, never you", "When something goes wrong"),
])
def test_names_and_pronouns_get_no_article(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(re.escape(kept), found[0], re.I), found
    assert not any(re.search(r"\bwhen the (?:jess|somebody|mark|something)\b", s, re.I) for s in found), found


def test_a_praise_word_in_the_slot_is_not_dressed_as_a_subject(rewrite):
    # "When job on the slides" is dropped as broken; an article must not smuggle it past the check
    found = texts_of(rewrite("Great job on the slides Darren, only took you until 2am the night before the presentation."))
    assert not any(re.search(r"\bthe job on the slides\b", s) for s in found), found
