"""Shapes from held-out set 22's grades (the ninth 2026-11-27 session), each put right where it is made:
"mate you reversed into my ute…" parsed the address as the act's object (address.py); a last question
typed without its "?" was kept as a statement (question_prefaces.py, wronged_by_listener.py); "Funny how
that works." was read as an act (sneers.py); "you've now delayed it" lost its "have" but kept its "now"
(situations.py). And a minimising "you just took it the wrong way" is a move, in the past tense too
(manipulation.py)."""

import pytest

from conftest import some_texts, texts_of

from heard.rewrite.address import comma_after_address
from heard.rewrite.question_prefaces import mark_question
from heard.rewrite.sneers import point_scored

pytestmark = pytest.mark.model


def test_an_address_before_you_gets_its_comma_and_the_length_is_kept():
    for text in ("mate you reversed into my ute", "Dude u said 8"):
        marked = comma_after_address(text)
        assert len(marked) == len(text) and marked.split(",")[0] in ("mate", "Dude"), marked
    for text in ("mates you said", "love you too", "mate, you said", "you mate"):  # no address, or already set off
        assert comma_after_address(text) == text


def test_the_address_is_greeted_not_reversed_into(rewrite):
    first = some_texts(rewrite("mate you reversed into my ute in the Woolies carpark Saturday arvo and just drove off. "
                               "Got you on the dashcam."))[0]
    assert first.startswith("Mate, ") and "reversed into my ute" in first and "the mate" not in first, first


def test_an_unmarked_last_question_gets_its_mark_and_a_statement_after_a_comma_does_not():
    assert mark_question("I wrote KATE on masking tape. how much clearer can I be") \
        == "I wrote KATE on masking tape. how much clearer can I be?"
    assert mark_question("she's 9. where were you  ").startswith("she's 9. where were you?")
    unchanged = ["how was i supposed to know the chicken was for tomorrow, there was no note on it",
                 "how was it", "I know how you are", "where were you?", "why do you do this 😤"]
    for text in unchanged:
        assert mark_question(text) == text


def test_a_pressed_question_is_not_kept_as_a_statement(rewrite):
    found = texts_of(rewrite("you ate my leftover lasagne that had my name on the lid. I literally wrote KATE on "
                             "masking tape. how much clearer can I be"))
    assert found and "leftover lasagne" in found[0], found
    assert not any("clearer can I be." in s for s in found), found


def test_a_point_scored_names_no_act(rewrite):
    assert point_scored("Funny how that works.") and point_scored("isn't it funny how things turn out")
    assert not point_scored("Funny how you never mention the money")  # an act is named: read as one
    found = texts_of(rewrite("So the report you submitted had my analysis in it with your name on the cover page. "
                             "Funny how that works. I sent you that spreadsheet on the 12th."))
    assert found and not any("when that works" in s for s in found), found


def test_now_goes_with_the_have_it_needed(rewrite):
    found = texts_of(rewrite("Your planning objection got my house number wrong, Graham. You've now delayed my "
                             "extension by 3 months."))
    assert found and not any("You now delayed" in s or "you now delayed" in s for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("I didn't say anything wrong, you just took it the wrong way", None),
    ("I didn't mean to hurt you but you took it the wrong way", "I'm sorry I hurt you"),
])
def test_took_it_the_wrong_way_is_owned_not_turned_on_them(rewrite, text, kept):
    found = texts_of(rewrite(text))
    assert found and not any("when you took it" in s for s in found), found
    assert kept is None or found[0].startswith(kept), found


def test_the_listener_compared_with_a_thing_is_a_jab_not_a_fact():
    # (from the retrain's xfails: "…I've talked to walls with more warmth" was kept as the fact behind a verdict)
    from heard.rewrite.sneers import snide_aside
    for jab in ("I've talked to walls with more warmth", "I've had more support from my cat",
                "I've had better conversations with a brick wall"):
        assert snide_aside(jab), jab
    for fact in ("I had more fun with Sam", "I've had a better offer from Tesco", "I have had more sleep than you"):
        assert not snide_aside(fact), fact
