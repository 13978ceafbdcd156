"""Round 4 of blaming messages read as the person receiving them: evidence with no verb beside a sneer
("Must be nice, sleeping in till noon…", "you're a slob. Pizza boxes under the sofa…") in
verbless_evidence.py, an act told as a question ("so you just told everyone about my surgery??") in
told_as_questions.py, and thanks owed to someone else ("you're so ungrateful, Mum drove 4 hours…") in
thanks_owed.py."""

from __future__ import annotations

import re

import pytest

from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model


ENVY = [("must be nice, sleeping in till noon while I do the school run", "sleeping in till noon while I do the school run"),
        ("Must be nice, strolling in at eleven while the rest of us have been here since seven unloading the lorry.",
         "strolling in at eleven"),
        ("Must be nice, swanning off to the pub every Friday while I'm stuck with the kids.", "the pub every Friday"),
        ("Must be lovely, lying on the sofa all afternoon while I sort the whole garden 🙄", "lying on the sofa")]


@pytest.mark.parametrize("text,kept", ENVY)
def test_envy_with_a_gerund_keeps_the_act_said_of_the_listener(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0] and "when you're" in found[0], found
    for suggestion in found:
        # never the gerund left as a sentence on its own, never the envy sneer
        assert not re.search(r"(?:^|[.!?] )[A-Z]\w+ing\b(?![^.]*\b(?:is|are|was|were|has|have)\b)", suggestion) \
            or suggestion.startswith("It's"), suggestion
        assert not re.search(r"must be (?:nice|lovely)|alright for some", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_envy_without_a_gerund_or_with_the_speaker_is_not_read_as_the_listeners_act(rewrite):
    for text in ("must be nice", "must be nice, I wouldn't know", "Must be nice to have the bass thumping till 2am."):
        assert not any("when you're I" in t or "when you're to" in t for t in texts_of(rewrite(text))), text


EVIDENCE = [("you're such a slob. Pizza boxes under the sofa for a week.", "pizza boxes under the sofa", "slob"),
            ("you're a deadbeat. two months of missed support and a new jet ski on your instagram",
             "two months of missed support", "deadbeat"),
            ("Unreal. Muddy boots all over the kitchen floor I mopped this morning.", "muddy boots", "unreal"),
            ("you're a disgrace. three missed parents' evenings in a row.", "three missed parents' evenings", "disgrace")]


@pytest.mark.parametrize("text,kept,verdict", EVIDENCE)
def test_verbless_evidence_is_named_and_the_verdict_left_out(rewrite, analyzer, text, kept, verdict):
    found = some_texts(rewrite(text))
    assert kept in found[0].lower(), found
    for suggestion in found:
        assert verdict not in suggestion.lower(), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_sarcastic_thanks_names_or_quotes_are_not_taken_as_evidence(rewrite):
    for text in ("Wow. Thanks for the TED talk.", "gold medal for ignoring me yet again 🏅",
                 "You treat me like one of your employees. 'Yes, Mr. Whitfield. No, Mr. Whitfield.' I'm your wife!",
                 "Maya you never clean up after Pepper. the hallway reeks"):
        assert not any(re.search(r"about (?:the )?(?:thanks|gold medal|yes|the hallway reeks)", t, re.I)
                       for t in texts_of(rewrite(text))), text


TOLD = [("so you just told everyone about my surgery?? you can't keep anything to yourself",
         "you told everyone about my surgery", "keep anything"),
        ("so you just ate the last of the birthday cake?? unbelievable", "you ate the last of the birthday cake", "unbelievable"),
        ("Oh so you just left the party without telling anyone? Classic.", "you left the party without telling anyone", "classic"),
        ("SO YOU JUST SOLD MY BIKE?? WOW", "you sold my bike", "wow"),
        ("so you didn't think to ask me first? 🙄", "you didn't think to ask me first", "🙄")]


@pytest.mark.parametrize("text,act,sneer", TOLD)
def test_an_act_told_as_a_question_is_said_as_what_happened(rewrite, analyzer, text, act, sneer):
    found = some_texts(rewrite(text))
    assert act in found[0].lower(), found
    for suggestion in found:
        assert sneer not in suggestion.lower() and "just" not in suggestion.lower(), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_a_real_question_after_so_you_is_not_read_as_an_act(rewrite):
    for text in ("so you just forgot, or what?", "so you think I'm lying?", "So you're coming on Friday?"):
        assert not any(re.search(r"when you (?:forgot, or|think|'re coming)", t) for t in texts_of(rewrite(text))), text


THANKS = [("bro you're so ungrateful, Mum drove 4 hours to help you move", "Mum drove 4 hours to help you move", "her"),
          ("You're so ungrateful. Dad paid for your whole course.", "Dad paid for your whole course", "him"),
          ("you're so ungrateful, Priya stayed up all night fixing your CV", "Priya stayed up all night fixing your CV", "them"),
          ("Honestly you're so ungrateful, Gran knitted you that jumper by hand.", "Gran knitted you that jumper by hand", "her")]


@pytest.mark.parametrize("text,kept,pron", THANKS)
def test_thanks_owed_keeps_what_the_other_person_did_and_asks_for_the_thanks(rewrite, analyzer, text, kept, pron):
    found = some_texts(rewrite(text))
    assert kept in found[0] and f"let {pron} know" in found[0], found
    for suggestion in found:
        assert "ungrateful" not in suggestion.lower() and "unappreciated" not in suggestion.lower(), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_more_said_beside_the_thanks_is_left_to_the_other_readers(rewrite):
    text = "You're so ungrateful. Dad paid for your whole course and you can't even call him."
    assert not any("let him know you appreciated" in t for t in texts_of(rewrite(text))), text


def test_a_state_said_beside_the_evidence_is_not_dropped_for_it(rewrite):
    # "You're late" is the complaint itself, not a verdict to leave out
    for text, lost in (("You're late. Again. Dinner on the table since 7.", "about the dinner"),
                       ("You're drunk. Empty bottles all over the lounge.", "about the empty bottles"),
                       ("it's your mess. your mug, your crumbs, your problem", "about your mug")):
        assert not any(lost in t for t in texts_of(rewrite(text))), text


def test_envy_of_the_listeners_lot_is_not_read_as_their_act(rewrite):
    for text in ("must be nice, having a mum who actually calls", "Must be nice, being able to leave at 4 every day 🙄"):
        assert not any("when you're having" in t or "when you're being able" in t for t in texts_of(rewrite(text))), text


GUESSED = [("you leave the gate open every time. it's deliberate at this point", "you leave the gate open"),
           ("Every. Single. Time. You return Lily's clothes dirty or not at all. It's deliberate at this point.",
            "you return Lily's clothes dirty or not at all"),
           ("you forgot my birthday again. it's on purpose at this point, admit it", "you forgot my birthday"),
           ("You never text back. It's deliberate, I know it is.", "text back"),
           ("YOU ATE MY LEFTOVERS AGAIN. THAT WAS DELIBERATE.", "you ate my leftovers")]


@pytest.mark.parametrize("text,act", GUESSED)
def test_a_guess_at_the_motive_is_left_out_and_the_act_kept(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0], found
    for suggestion in found:
        assert not re.search(r"deliberate|on purpose|intentional|admit it|I know it is|see this very differently|"
                             r"don't agree", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_a_denial_of_a_motive_is_not_read_as_a_guess(rewrite):
    found = texts_of(rewrite("it wasn't deliberate, I just forgot"))
    assert not any(t.startswith(("I get really frustrated when you", "When you")) for t in found), found
