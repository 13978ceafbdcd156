"""Defensive messages: rewrites own the lapse without keeping the denial, the excuse, the comparison,
the counter-attack or the brush-off, and never turn a denial round into a confession or an accusation."""

import re

import pytest

from heard.rewrite.deflection import DEFLECTS, dismisses, quoted_charge, upset_about
from heard.rewrite.parsing import parse_many
from heard.rewrite.clauses import split_clauses, mark_clauses
from conftest import retrained_xfail, some_texts, texts_of
from conftest import texts_of as _texts


def _clauses(text):
    doc = parse_many([text])[0]
    clauses = split_clauses(doc)
    mark_clauses(doc, clauses)
    return clauses


@pytest.mark.parametrize("text", ["but so was everyone else", "nobody's perfect", "it's only a scratch",
                                  "which is more than Dev did", "I did my bit", "what more do you want from me",
                                  "sorry for breathing"])
def test_deflections_are_recognised(text):
    assert DEFLECTS.search(text)


@pytest.mark.parametrize("text", ["I was late", "the bus never came", "it's a baby shower", "so I rang you"])
def test_plain_facts_are_not_deflections(text):
    assert not DEFLECTS.search(text)


def test_brush_offs_of_the_listener_are_recognised():
    assert dismisses("you're blowing this out of proportion")
    assert dismisses("stop making such a fuss")
    assert not dismisses("you're making dinner tonight")


def test_upset_about_names_the_thing_not_the_speakers_part():
    class _Msg:
        def __init__(self, text):
            self.text = text

    assert upset_about(_Msg("why is everyone so upset about the group project, I did my part")) == "the group project"
    assert upset_about(_Msg("you're upset about my tone")) is None
    assert upset_about(_Msg("I did my part")) is None


def test_a_quoted_charge_is_read_as_what_the_listener_feels():
    assert quoted_charge(_clauses("don't tell me I never help")[0]) == "I never help"
    assert quoted_charge(_clauses("I never help")[0]) is None


@pytest.mark.model
@pytest.mark.parametrize("text", ["It's not like I meant to scratch the car, it was dark",
                                  "It's not like I wanted to upset your mum"])
def test_not_like_i_meant_owns_the_act_without_inverting_it(rewrite, text):
    texts = _texts(rewrite(text))
    assert texts
    for t in texts:
        assert not re.search(r"\bhaven't \w+ .* yet\b|\bhad to (?:upset|scratch)\b", t), t
        assert "not like I" not in t, t
    assert any(re.search(r"\bI'm sorry I (?:scratched|upset)\b", t) for t in texts)


@pytest.mark.model
@pytest.mark.parametrize("text", ["the train was cancelled, that's why I didn't make the meeting",
                                  "Stop acting like I don't care about the kids"])
def test_an_admitted_or_charged_negation_is_never_turned_round(rewrite, text):
    for t in _texts(rewrite(text)):
        assert not re.search(r"felt like I (?:made|care)\b|\bI care about the kids\b", t), t


@pytest.mark.model
@pytest.mark.parametrize("text", ["I missed the deadline but you never sent me the brief either",
                                  "I'm sorry the milk went off but you left it out too"])
def test_a_cross_complaint_after_owning_a_lapse_is_dropped(rewrite, text):
    texts = _texts(rewrite(text))
    assert texts
    for t in texts:
        assert not re.search(r"\bwhen you\b|\byou (?:never|left|didn't)\b|\beither\b", t, re.I), t
        assert "sorry" in t.lower(), t


@pytest.mark.model
@pytest.mark.parametrize("text", ["it's only a scratch, you're making such a fuss",
                                  "you're blowing this out of proportion, it's literally just a mug",
                                  "it's just a bit of mud, you need to lighten up"])
def test_a_brush_off_is_owned_not_complained_about(rewrite, text):
    for t in _texts(rewrite(text)):
        assert not re.search(r"\bwhen you\b|\bfuss\b|\bproportion\b|\blighten\b|\bjust\b|\bonly a\b", t, re.I), t


@pytest.mark.model
@pytest.mark.parametrize("text", ["I was late, but so was everyone else",
                                  "I was only trying to fix the shelf, sorry for breathing",
                                  "I forgot to book the table but nobody's perfect"])
def test_comparisons_and_martyr_tags_are_not_kept(rewrite, text):
    texts = _texts(rewrite(text))
    assert texts
    for t in texts:
        assert not re.search(r"everyone else|breathing|perfect|^was\b|\. Was\b", t, re.I), t


@pytest.mark.model
@pytest.mark.parametrize("text", ["I wasn't the one who left the oven on, ask Marco",
                                  "i didnt take ur charger lol maybe check with sam"])
def test_a_denial_pointing_elsewhere_never_accuses_the_listener(rewrite, text):
    for t in _texts(rewrite(text)):
        assert not re.search(r"\bwhen you\b|\byou (?:left|don't|took)\b|felt like I|\blol\b", t, re.I), t


@pytest.mark.model
def test_blame_handed_to_someone_else_is_not_kept(rewrite):
    for t in _texts(rewrite("the slides were late because Tom sent me the data at midnight")):
        assert "Tom" not in t, t


@pytest.mark.model
def test_what_everyone_is_upset_about_is_acknowledged(rewrite):
    text = "I did my bit on the poster, I don't see why everyone's so angry about the presentation"
    texts = _texts(rewrite(text))
    assert texts and any("the presentation" in t for t in texts)
    assert not any("my bit" in t for t in texts)


@pytest.mark.model
def test_a_brush_off_asked_as_a_question_is_not_turned_into_a_request(rewrite):
    for t in _texts(rewrite("It's only a tenner, why are you making this into such a big deal")):
        assert not re.search(r"\bmaking this\b|\bbig deal\b|^Could we talk about", t, re.I), t


@pytest.mark.model
def test_the_speakers_own_facts_get_no_hedge(rewrite):
    for t in _texts(rewrite("sorry I missed your call but my battery died")):
        assert not re.search(r"(?:As far as I know|From what I can tell|The way I understand it), my\b", t), t


@pytest.mark.model
@pytest.mark.parametrize("text, thing", [
    ("Mum, it's literally a B in chemistry, not a crime. Stop acting like I've ruined the family.", "the B in chemistry"),
    ("Mum you're overreacting, it was ONE scratch on the Corolla and I already said sorry.", "the scratch on the Corolla"),
    ("The rent's only two days late because my payroll changed, it's hardly a crime, Graham.", "the rent"),
    ("relax, it's two dirty mugs in the sink, not a crime scene", "the dirty mugs in the sink"),
])
def test_what_a_brush_off_sizes_down_is_named_in_the_acknowledgement(rewrite, text, thing):
    """"not a crime", "the rent's only two days late", "ONE scratch … and I already said sorry": each
    named the thing, and the answer was a form letter ("I can tell this matters to you") without it."""
    found = some_texts(rewrite(text))
    assert thing in found[0], found
    assert not re.search(r"\bcrime\b|\bONE\b|\btwo dirty\b|\boverreact", found[0]), found


def test_a_hyphenated_word_is_not_cut_into_clauses():
    assert [c.text for c in _clauses("It's not on me that the Wi-Fi's down, ring Virgin yourself.")] == [
        "It's not on me that the Wi-Fi's down, ring Virgin yourself."]
    assert len(_clauses("I booked the 8–9 slot - like you said.")) == 2  # a spaced dash still ends one


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("It's not on me that the Wi-Fi's down, ring Virgin yourself.", "the Wi-Fi's down"),
    ("Not on me that the builders were late, I chased them twice yesterday.", "the builders were late"),
])
def test_not_on_me_is_read_as_not_my_fault(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0] and "sorry" in found[0], found
    assert not any(re.search(r"\bon me\b|\bWi Fi\b|\bVirgin yourself\b", s) for s in found), found


def test_not_my_problem_you_did_it_is_no_apology_for_the_listeners_act(rewrite):
    found = texts_of(rewrite("Yaar, I told you the meeting was at 4, not my problem you missed it."))
    assert not any(re.search(r"\bI know you missed it\b|\bsorry it landed on you\b", s) for s in found), found


@pytest.mark.parametrize("text, kept", [
    pytest.param("Look, I only told your mum about the engagement because she asked me straight out at Sunday lunch.",
                 "I told your mum about the engagement because she asked me straight out at Sunday lunch.",
                 marks=retrained_xfail("the message scores 0.67 blaming and 0.46 defensive, "
                 "and the speaker's own act is flagged as blame, so nothing is left to keep")),
    ("Sorry for caring I guess. I only rang the school because Tomi said she was being picked on.",
     "I rang the school because Tomi said she was being picked on."),
])
def test_a_deliberate_act_keeps_the_ask_that_prompted_it(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found


def test_a_lapse_still_leaves_its_handed_on_reason_out(rewrite):
    found = some_texts(rewrite("I only missed the standup because Priya told me it was cancelled."))
    assert not any("Priya" in s for s in found), found


def test_its_not_like_argues_and_an_account_after_im_just_saying_loses_the_frame(rewrite):
    rent = some_texts(rewrite("the rent was late cos my pay came in late, it's not like i spent it on nothing"))
    assert "rent was late" in rent[0] and "My pay came in late" in rent[0], rent
    assert not any("not like" in s for s in rent), rent
    plants = some_texts(rewrite("I'm not saying it's your fault the plants died, I'm just saying I was away for two weeks."))
    assert "I was away for two weeks" in plants[0] and "saying" not in plants[0], plants


def test_a_denied_things_owner_keeps_its_possessive(rewrite):
    found = some_texts(rewrite("I didn't forget your mum's birthday, I just didn't think a card needed posting a week "
                               "early. It'll get there Monday."))
    assert not any(re.search(r"\bmum birthday\b", s) for s in found), found  # was "I'm sorry about mum birthday"
    assert "your mum's birthday" in found[0], found


@pytest.mark.parametrize("text, handed_on", [
    ("I wasn't rude to your sister. She started it when she made that comment about my cooking.", "started it"),
    ("not my fault we lost, Jayden was the one who pushed B with no util 💀", "Jayden"),
])
def test_blame_handed_on_to_someone_else_is_not_kept(rewrite, text, handed_on):
    found = some_texts(rewrite(text))
    assert not any(handed_on in s for s in found), found
