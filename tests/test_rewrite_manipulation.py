"""Manipulative turns in spoken arguments (manipulation.py, guilt.py): the suggestion says the speaker's
own feeling, need or responsibility, keeps what they actually want, and never keeps the move itself
(the guilt, the threat, the denial, the put-down)."""

import re

import pytest
from conftest import some_texts, texts_of

from heard.rewrite.manipulation import kinds_in
from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many

pytestmark = pytest.mark.model


def _kinds(text: str) -> set:
    doc = parse_many([text])[0]
    return kinds_in(read_message(text, doc, {"blaming", "defensive"}))


def _never(texts, pattern):
    for text in texts:
        assert not re.search(pattern, text, re.I), text


@pytest.mark.parametrize("message,wanted", [
    ("you'd come to the party if you really cared about me", "came to the party"),
    ("a real friend would lend me the money", "lend me the money"),
    ("if you were a good son you'd visit more than twice a year", "visited more than twice a year"),
    ("IF YOU WERE A DECENT BROTHER YOU'D PAY ME BACK", "paid me back"),
])
def test_a_love_test_becomes_the_wish_without_the_test(rewrite, message, wanted):
    texts = some_texts(rewrite(message))
    _never(texts, r"\blove[ds]?\b|\bcared\b|real friend|good son|decent brother|didn't love")
    assert any(wanted in t.lower() for t in texts), texts


def test_a_negative_love_test_never_says_the_listener_doesnt_love(rewrite):
    texts = some_texts(rewrite("if you really loved me you wouldn't need to see your friends every weekend"))
    _never(texts, r"\blove|when you didn't")
    assert any("see your friends every weekend" in t for t in texts)


@pytest.mark.parametrize("message,owned", [
    ("if you hadn't nagged me I wouldn't have slammed the door", "I'm sorry I slammed the door"),
    ("if you didn't keep pushing my buttons I wouldn't have sworn at you", "I'm sorry I swore at you"),
    ("you made me say those things, I wouldn't have if you'd just listened", "I'm sorry for what I said"),
    ("you know I get like this when you talk back", "I'm sorry for how I reacted"),
])
def test_blame_for_a_reaction_is_taken_back(rewrite, message, owned):
    texts = some_texts(rewrite(message))
    assert owned in texts[0], texts
    _never(texts, r"\bnag|pushing my buttons|talk back|you made me|when you\b")


def test_why_do_you_make_me_angry_owns_the_anger(rewrite):
    texts = some_texts(rewrite("why do you always make me so angry"))
    _never(texts, r"making me|make me")
    assert any("how I react is on me" in t for t in texts)


def test_a_complaint_with_its_act_is_not_read_as_blame_shifting():
    assert "make_me" not in _kinds("you make me so mad when you leave your shoes on the stairs")


@pytest.mark.parametrize("message", [
    "keep this up and I'm done",
    "KEEP THIS UP AND I'M DONE",
    "keep this up and I'm done 🙄",
    "do that again and we're finished",
    "one more comment like that and I'm moving out, I mean it",
    "maybe I should just leave",
    "I'm not sure why I even bother staying in this relationship",
    "if you go to that wedding don't expect me to be here when you get back",
])
def test_a_threat_of_leaving_is_never_kept(rewrite, message):
    texts = some_texts(rewrite(message))
    _never(texts, r"\bdone\b|finished|moving out|\bleave\b|bother|don't expect|\bwhen if\b|I'm sorry I should")


def test_a_wedding_threat_keeps_the_wedding_as_a_wish(rewrite):
    texts = some_texts(rewrite("if you go to that wedding don't expect me to be here when you get back"))
    assert any("I'd rather you didn't go to that wedding" in t for t in texts)


@pytest.mark.parametrize("message", [
    "you always take things the wrong way",
    "honestly you get upset over the smallest things",
    "mum it was a JOKE. you need to toughen up",
    "oh here we go, the waterworks again",
    "it's your own fault you feel this way, you bring it on yourself",
])
def test_minimising_becomes_an_acknowledgement(rewrite, message):
    texts = some_texts(rewrite(message))
    _never(texts, r"wrong way|smallest|toughen|waterworks|own fault|bring it on|when you need")
    assert re.search(r"I can see (?:this|my joke) hurt you", texts[0]), texts


@pytest.mark.parametrize("message,need", [
    ("I carried you for nine months and you can't even call me on my birthday", "if you called me on my birthday"),
    ("I stayed up all night helping you with that essay and you couldn't even come to my thing",
     "you didn't come to my thing"),
    ("don't mind me, I'll just do all the washing up myself as usual", "help with the washing up"),
    ("I suppose I'm not important enough for you to visit", "if you visited"),
])
def test_a_guilt_trip_becomes_the_need_said_plainly(rewrite, message, need):
    texts = some_texts(rewrite(message))
    assert any(need in t for t in texts), texts
    _never(texts, r"nine months|stayed up all night|myself|as usual|don't mind me|not important enough")


def test_a_plain_offer_to_do_it_oneself_is_not_a_guilt_trip():
    assert not _kinds("I'll do it myself if that's easier for you")


@pytest.mark.parametrize("message", [
    "your sister is a bad influence, I don't want you seeing her",
    "I don't want you going out with the girls from work anymore",
    "your friends don't actually like you, they just feel sorry for you",
    "nobody else would put up with you",
    "you don't need anyone else, you've got me",
])
def test_isolating_lines_are_not_kept(rewrite, message):
    texts = some_texts(rewrite(message))
    _never(texts, r"bad influence|don't want you|feel sorry|put up with|anyone else|you've got me|don't actually")


def test_who_the_listener_sees_stays_their_choice(rewrite):
    texts = some_texts(rewrite("I don't want you going out with the girls from work anymore"))
    assert any("the girls from work" in t and "your choice" in t for t in texts)


def test_not_wanting_to_be_seen_is_not_isolating():
    assert "isolate" not in _kinds("mum please, I don't want you seeing me cry")


@pytest.mark.parametrize("message", [
    "I'm only saying this because I care, but you look terrible",
    "no offence, but you've really let yourself go",
    "I'm not trying to upset you, but everyone at work thinks you're slacking",
    "I only want what's best for you, which is why you shouldn't take that job",
])
def test_false_concern_drops_the_criticism(rewrite, message):
    texts = some_texts(rewrite(message))
    _never(texts, r"terrible|let yourself go|slacking|shouldn't|only saying|no offence|\bbut\b")


def test_false_concern_keeps_what_it_is_about(rewrite):
    texts = some_texts(rewrite("I only want what's best for you, which is why you shouldn't take that job"))
    assert any("that job" in t and "your call" in t for t in texts)


def test_no_offence_before_a_plain_plan_is_not_false_concern():
    assert "concern" not in _kinds("no offence, but I think I'll skip the party")


@pytest.mark.parametrize("message", [
    "I never said that, you must have dreamt it",
    "that's not what happened, Jen",
    "I never promised you anything, stop acting like I did",
])
def test_a_denial_becomes_a_different_memory(rewrite, message):
    texts = some_texts(rewrite(message))
    _never(texts, r"dreamt|twist|you know it|acting like|when you act")
    assert any("remember" in t for t in texts)


def test_a_denial_beside_a_complaint_is_dropped_and_the_name_kept(rewrite):
    texts = some_texts(rewrite("Priya that's not what happened and you know it, you always twist my words"))
    _never(texts, r"not what happened|you know it")
    assert all(t.startswith("Priya,") for t in texts)


def test_a_denial_keeps_the_speakers_own_account(rewrite):
    texts = some_texts(rewrite("stop rewriting history, we never agreed to split the rent"))
    assert any("split the rent" in t and "remember" in t for t in texts)
    _never(texts, r"rewriting|worried about the history")


def test_a_jealous_accusation_keeps_the_denied_act(rewrite):
    texts = some_texts(rewrite("you're crazy if you think I flirted with her"))
    assert any("I didn't flirt with her" in t for t in texts)
    _never(texts, r"crazy")


@pytest.mark.parametrize("message", [
    "I'm the one who suffers here",
    "I always end up being the bad guy no matter what I do",
    "nobody in this family ever thinks about how I feel",
    "oh sure, it's all my fault, as usual",
])
def test_a_victim_line_says_the_speakers_hurt(rewrite, message):
    texts = some_texts(rewrite(message))
    assert texts[0].startswith(("I", "It")), texts
    _never(texts, r"I can (?:see|tell|hear) (?:this|that you)|you're upset|suffers|nobody in this family")


@pytest.mark.parametrize("message", [
    "I'd never say you take things the wrong way",
    '"a real friend would lend me the money" - that\'s what she said to me',
    "I'm hurt that you forgot my birthday",
    "it would mean a lot to me if you came to the recital",
    "I need a bit of space tonight, can we talk tomorrow?",
    "if you hadn't called I wouldn't have known",
    "keep this up and I'll be so proud of you",
    "a real friend would have told you, so I'm telling you",
])
def test_sincere_disowned_or_quoted_turns_are_not_read_as_moves(message):
    assert not _kinds(message), message


def test_every_suggestion_is_below_the_thresholds(analyzer, rewrite):
    messages = ["a real friend would've had my back in that meeting, Sam", "keep this up and I'm done",
                "you're so ungrateful, after all the money I've spent on you", "maybe you'd all be happier if I just disappeared"]
    texts = [t for m in messages for t in texts_of(rewrite(m))]
    assert texts
    for result in analyzer.check_many(texts):
        assert not result["labels"]["blaming"]["flagged"] and not result["labels"]["defensive"]["flagged"], result["text"]


def test_the_listeners_name_is_kept(rewrite):
    texts = some_texts(rewrite("a real friend would've had my back in that meeting, Sam"))
    assert texts[0].startswith("Sam,") and "have my back in that meeting" in texts[0]


@pytest.mark.parametrize("message", ["one more word like that and I'll smash your phone",
                                     "do that again and I'll hurt you"])
def test_an_ultimatum_that_threatens_harm_gets_no_rewrite(rewrite, message):
    assert not texts_of(rewrite(message))
