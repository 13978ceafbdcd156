"""A name hurled at the listener inside a request is cut before parsing (hurled_names.py), so the request is
read as one: held-out set 31's "Would it kill you to rinse the porridge pot ya lazy sod, it's been soaking since
Sunday" lost the pot, Sunday and the ask to "I'm really frustrated right now…"."""

import pytest

from heard.rewrite.hurled_names import replacements


def _cut(text):
    for start, end, new in reversed(replacements(text)):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize("text, cut", [
    ("would it kill you to empty the dishwasher ya lazy git, it's been done since 7",
     "would it kill you to empty the dishwasher, it's been done since 7"),
    ("Could you move your van off my drive, you absolute muppet.", "Could you move your van off my drive."),
    ("you lazy sod", "you lazy sod"),                              # nothing else to read: left alone
    ("Thank you so much, you absolute legend!", "Thank you so much, you absolute legend!"),  # not a name of abuse
    ("I told you the dope was in the shed", "I told you the dope was in the shed"),      # not said at the listener
])
def test_only_a_hurled_name_after_words_of_its_own_is_cut(text, cut):
    assert _cut(text) == cut


@pytest.mark.model
def test_the_request_is_read_once_the_name_is_cut(rewrite):
    found = [s["text"] for s in rewrite("Would it kill you to rinse the blender ya lazy sod, it's been sitting there "
                                        "since Friday").suggestions]
    assert found and "Could you rinse the blender?" in found[0], found
    assert "since Friday" in found[0] and "sod" not in found[0], found
