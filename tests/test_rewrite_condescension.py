"""Condescension between strangers in public comment threads (condescension.py): the reply keeps what
is disputed, drops the put-down, asks a real question, and never uses the household register; a
message about the speaker's own home is never read as a view."""

import re

import pytest

from conftest import HOUSEHOLD_LINES, assert_views_reply, some_texts, texts_of

SNEERS = re.compile(r"\b(?:newsflash|dream(?:ing)?|nice try|bless|suppose|look (?:it )?up|educate|imagination|troll|"
                    r"convenient|rich|typical|armchair|keyboard|good luck|since you|expert|truly|behold|sweetie|honey|"
                    r"pal|headline next time|embarrass)\b", re.I)
pytestmark = pytest.mark.model


@pytest.mark.parametrize("message, kept", [
    ("Keep dreaming, the province will never balance that budget.", "the province will balance that budget"),
    ("Dream on, pal, the transit line will NEVER open on time.", "transit line"),
    ("Newsflash: the school board doesn't set property tax rates.", "the school board doesn't set property tax rates"),
    ("Newsflash, the deficit doubled under the last government 🙄", "the deficit doubled under the last government"),
    ("Nice try, but the hospital wing was funded by the province.", "the hospital wing was funded by the province"),
    ("I suppose you think the carbon tax pays for itself too.", "the carbon tax pays for itself"),
    ("I suppose next you'll tell me the pipeline creates no jobs.", "the pipeline creates jobs"),
    ("Bless you for thinking the senate works that way.", "the senate works that way"),
    ("You might want to look up what inflation actually means before lecturing everyone.", "what inflation means"),
    ("Educate yourself on how municipal bonds work before posting.", "how municipal bonds work"),
    ("Your grasp of economics is truly something to behold.", "economics"),
    ("Your knowledge of fisheries policy is something else.", "fisheries policy"),
    ("Perhaps you could explain how that works in the real world, since you seem to know everything.",
     "how that works in the real world"),
    ("Maybe you can explain why the budget went up then, since you're the expert.", "why the budget went up"),
    ("How convenient that you left out the part about the subsidies.", "the part about the subsidies"),
    ("Interesting that you left out the cost overruns.", "the cost overruns matter"),
    ("That's rich coming from someone who defends that mayor.", "that mayor"),
    ("Says the person who thinks bike lanes cause traffic jams.", "bike lanes cause traffic jams"),
    ("Typical armchair expert who has never set foot in a hospital.", "set foot in a hospital"),
    ("You obviously have never run a business in your life.", "run a business"),
    ("Typical keyboard warrior who has never worked a day on a farm.", "worked a day on a farm"),
    ("Try reading past the headline next time.", "headline"),
    ("Maybe try reading the actual bill before you comment on it.", "the bill"),
    ("Good luck getting the city to fix the potholes with that attitude.", "the city will fix the potholes"),
    ("Good luck explaining that to your grandchildren.", "grandchildren"),
    ("You people will believe anything as long as it's on cable news.", "cable news"),
    ("Go ahead, keep believing everything the premier says.", "everything the premier says"),
    ("Keep dreaming 😂 the council will never approve that tower.", "the council will approve that tower"),
    ("\"Newsflash\": the province pays for the roads.", "the province pays for the roads"),
    ("I'll type slowly so you can follow: the levy funds the library.", "the levy funds the library"),
    ("Wow, you figured out that taxes pay for roads. Congratulations.", "taxes pay for roads"),
    ("Weird how you only discovered fiscal responsibility this year.", "fiscal responsibility"),
    ("Clearly you've never heard of compound interest.", "compound interest"),
    ("Try again when you've read the actual budget.", "the budget"),
    ("You clearly skipped history class.", "history"),
    ("Your comment shows you haven't got a clue how pipelines are regulated.", "how pipelines are regulated"),
])
def test_the_disputed_thing_is_kept_and_the_put_down_dropped(rewrite, message, kept):
    assert_views_reply(some_texts(rewrite(message)), kept, SNEERS)


@pytest.mark.parametrize("message", [
    "You must be new to this paper's comment section.",
    "Quite the imagination you have there.",
    "You sound exactly like every other paid troll on here.",
    "Good luck with that.",
    "Maybe spend less time commenting and more time reading.",
])
def test_a_jab_that_disputes_nothing_gets_a_views_line_not_a_household_one(rewrite, message):
    found = some_texts(rewrite(message))
    for text in found:
        assert not HOUSEHOLD_LINES.search(text), text
        assert not SNEERS.search(text), text
        assert text.rstrip().endswith("?"), text


def test_no_reply_keeps_a_double_negative_or_the_sneer_word(rewrite):
    for message in ("Sure, and the minimum wage hike will cost no jobs at all.",
                    "Keep dreaming, pal, the Senate will never pass that bill."):
        for text in some_texts(rewrite(message)):
            assert not re.search(r"\bdon't think\b[^.]*\bno\b|\bnever\b", text), text
            assert not SNEERS.search(text), text


def test_every_suggestion_is_below_the_thresholds(analyzer, rewrite):
    messages = ("Keep dreaming, the province will never balance that budget.",
                "Your grasp of economics is truly something to behold.",
                "You clearly skipped history class.")
    suggestions = [t for m in messages for t in some_texts(rewrite(m))]
    for text, verdict in zip(suggestions, analyzer.check_many(suggestions)):
        for label in ("blaming", "defensive"):
            assert not verdict["labels"][label]["flagged"], (text, label)


@pytest.mark.parametrize("message, views", [
    ("You never read my texts.", "see this very differently"),
    ("You left the heating on again.", "see this very differently"),
    ("Convenient how you forgot my birthday again.", "matters here too"),
    ("Keep dreaming if you think I'm doing the dishes again.", "what makes you think it will"),
    ("Maybe spend less time on your phone and more time with the kids.", "read different things"),
    ("That's rich coming from someone who never does the laundry.", "see the laundry"),
    ("Good luck explaining that to your mother.", "how that would sound"),
    ("Nice try, but you're still doing the school run tomorrow.", "see this very differently"),
    ("Sure, and I suppose you'll pay me back next week too.", "see this very differently"),
    ("How convenient that you forgot to mention the party on Saturday.", "matters here too"),
    ("You obviously have never changed a nappy in your life.", "looks different once"),
    ("Your grasp of the rota is truly something to behold.", "we see the rota"),
    ("You must be new to this office.", "see this very differently"),
])
def test_a_household_message_is_not_pulled_into_the_views_register(rewrite, message, views):
    for text in texts_of(rewrite(message)):
        assert views not in text.lower(), text
        assert not re.search(r"\bwhat makes you see it that way\b", text, re.I), text


@pytest.mark.parametrize("message", ["You must be new here.", "Oh, you sweet summer child.", "Careful, your bias is showing.",
                                     "Cool story. Still doesn't explain why the stadium deal lost money."])
def test_nothing_nameable_never_becomes_a_made_up_claim(rewrite, message):
    for text in some_texts(rewrite(message)):
        assert not re.search(r"as far as I know, (?:doesn't|still|is|was)\b", text, re.I), text
        assert not HOUSEHOLD_LINES.search(text), text
