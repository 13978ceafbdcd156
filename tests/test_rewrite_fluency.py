"""The last check on a rewrite's English: shapes only a misread produces are caught, fluent text is not."""

import pytest

from heard.rewrite.fluency import broken


@pytest.mark.parametrize("text", [
    "Could you leave your wet towels on the bed for?",
    "It worries me when do you. Would you be willing to read the brief?",
    "Thanks for letting me know you'd be late. Could you do?",
    "I get really frustrated when you not mention the deficit.",
    "Spoken like someone who isn't worked a day in their life.",
    "When you did this this time, I felt let down.",
    "I should have checked, and I'm sorry. I should have checked, and I'm sorry.",
    'I\'ll handle the taxes this year" handled them so beautifully.',
    "Can we talk about it.. ok",
    "I felt let down when you forgot the.",
    "When you didn't do this time, I felt frustrated.",
    "When whoever left the bins out on the pavement, I felt upset.",
    "Who merged without running the tests, and I've been feeling frustrated.",
    "Could we talk about being the broken?",
    "I feel alone when why do you criticise my driving.",
    "When thanks for the help with my move, you don't let me down, I feel frustrated.",
    "I'd like to talk about the the rota.",
    "It seems like what were you thinking, and I felt worried.",
    "This time you haven't been to a rural hospital. Next time, could you be to them?",
    "Dad, I felt let down when missed the recital. Can we talk about it?",
    "Dad, I can see this really upset you. As far as I know, missed the recital. Can we talk it through?",
    "When you promised you'd be at the scan, I felt let down. Could we sort this out together?",
    "I felt really let down when you promised to call.",
    "This time you not checked his homework, and I felt upset.",
    "I can see this really upset you. From what I can tell, didn't say that.",
    'I get really frustrated when you turn up with the same " talk to your parents" rubbish.',
    "Derek, I feel interrupted in standup, Derek. Can we talk about it?",
    "I get really overwhelmed when I ask you to wipe the counter you do it wrong.",
])
def test_shapes_only_a_misread_produces_are_caught(text):
    assert broken(text)


@pytest.mark.parametrize("text", [
    "When you forgot to pick up Ellie from school, I felt let down. She waited 40 minutes.",
    'I feel embarrassed when you rush B alone and then type "no help". Could we sort this out together?',
    "Could you not leave your wet towels on the bed?",
    "I don't fully see what went wrong yet, and I'd like to. Can you tell me how it affected you?",
    "It's that I had the kids and the dog to deal with. What can I do to make it right?",
    "I felt unheard when you spent it. The money is gone.",
    "I had had enough by then.", "That that was the plan surprised me.",
    "I'd like to feel listened to.", "Where does your view come from?",
    "I did try to call you about the A&E trip.",
    "Who could help me with the rota? I'd like to share it out.",
    "I felt left out when I wasn't invited to the planning meeting.",
    "I'd like to understand what you were thinking.", "I felt hurt when you asked why I was late.",
    "Could you come to the recital with me?", "Would you be willing to go to it together?",
    "I'll help out when needed at the weekend.", "When asked the question, I froze.",
    "I felt let down when you promised to call and then didn't.",
    "I feel hurt when I ask you to do the dishes and nothing happens.", 'You typed "no help" in chat. Derek, could we talk?', "Sam, I know Samira's party matters to you.",
])
def test_fluent_text_passes(text):
    assert not broken(text)


@pytest.mark.model
def test_no_shown_suggestion_is_broken(rewrite):
    # Messages whose readings once produced broken English (each fixed at its source since).
    outcomes = rewrite("you don't get it, you never do", "you ALWAYS do this",
                       "amazing how you never hear me but hear the football fine",
                       "Can you not leave your wet towels on the bed for once?")
    for outcome in outcomes:
        assert not any(broken(s["text"]) for s in outcome.suggestions), outcome.suggestions
