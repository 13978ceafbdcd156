"""Thanks and praise said in mockery, told apart from thanks that is meant.

- "Great, thanks for telling EVERYONE about my job interview": thanks after an ironic opener
  ("great,", "oh wow") is read like bare thanks in a blaming message: the act, said plainly.
- "Thank you for raising this, and I understand you're worried, but…": thanks in a message that
  also acknowledges the listener is meant. Read as sarcasm it turns into "It upset me when you
  raised this", the opposite of what the speaker said.
- "Really appreciate that 👍", "riveting stuff", "Truly gifted.", "I'm all ears", "what a
  fascinating coincidence": a tail of praise after the complaint says nothing plain. Kept, it reads
  as sincere ("Thanks for telling everyone… Really appreciate that") or as a jab; it is dropped.
- "sure, tell me more about how your cousin's divorce was worse than my breakup": an invitation that
  mocks what the listener said → "you told me how your cousin's divorce was worse…".
- "(Brad.) hope the 45 min coffee run was relaxing": a mocking wish after the complaint, dropped.
"""

from __future__ import annotations

import re

from .surface import is_emoji

# Words that open a sentence only to set its tone ("great, thanks for…", "oh wow, thanks so much…").
OPENERS = {"great", "oh", "wow", "well", "gee", "ok", "okay", "cool", "brilliant", "fantastic", "amazing",
            "lovely", "perfect", "awesome", "wonderful", "super", "yeah", "so", "ah", "right", "sure", "geez"}
_THANKS = {"thanks", "thank", "cheers", "ty", "thx"}
_VALIDATING = {"acknowledgement", "active_listening", "empathy", "reflection", "reassurance"}
# Marks that make thanks mocking whatever it thanks for: a capitalised target, "SO much", an emoji.
_MOCK_MARKS = re.compile(r"\b(?:so|sooo+|SO) much\b|\breally (?:thoughtful|helpful|appreciate)|\b(?:super|very) helpful\b",
                         re.I)

# Praise and appreciation that, with nothing else in its clause, only mocks.
_PRAISE = {"appreciate", "appreciated", "thoughtful", "helpful", "gifted", "riveting", "groundbreaking",
           "fascinating", "insightful", "stunning", "visionary", "inspiring", "genius", "brilliant", "incredible",
           "amazing", "fantastic", "wonderful", "lovely", "impressive", "bravo", "classy", "touching", "heroic",
           "legendary", "iconic", "useful", "enlightening", "educational", "compelling", "gripping",
           "thanks", "cheers", "kudos", "noted", "congrats", "congratulations", "coincidence", "insight", "stuff",
           "work", "advice", "help", "effort", "genuinely", "truly", "really", "so", "very", "super", "such",
           "what", "a", "an", "that", "this", "it", "i", "much", "just", "totally", "all", "ears", "'m", "am",
           "oh", "wow", "great", "well", "deeply", "seriously", "honestly", "clearly", "definitely", "wise",
           "words", "mate", "pal", "buddy", "sir", "stellar", "top", "notch", "ok", "okay", "yeah", "sure",
           "again", "as", "always", "usual", "financial", "contribution", "thank", "you", "u", "for",
           "carried", "us", "there", "team"}  # "…6 kills before 10 mins, really carried us there 👏"
# A tail must carry one of these: without praise, "really?" or "ok." is no mockery to drop.
_PRAISING = {"appreciate", "appreciated", "thoughtful", "helpful", "gifted", "riveting", "groundbreaking",
             "fascinating", "insightful", "stunning", "visionary", "inspiring", "genius", "brilliant", "incredible",
             "amazing", "fantastic", "wonderful", "lovely", "impressive", "bravo", "classy", "touching", "heroic",
             "legendary", "iconic", "useful", "enlightening", "educational", "compelling", "gripping", "ears",
             "stellar", "wise", "kudos", "carried"}


def plain_words(tokens) -> list:
    return [t for t in tokens if not t.is_punct and not is_emoji(t.text) and t.text.strip()]


def thanks_opens(clause) -> bool:
    """The clause opens with thanks, after at most a few tone words ("great, thanks for…")."""
    for tok in plain_words(clause.tokens)[:4]:
        if tok.lower_ in _THANKS:
            return True
        if tok.lower_ not in OPENERS:
            return False
    return False


def meant(clause, clauses) -> bool:
    """Thanks meant, not mocked: another clause of the message acknowledges the listener
    ("…and I understand you're worried"), and nothing marks the thanks as mockery."""
    if _MOCK_MARKS.search(clause.text) or any(is_emoji(t.text) for t in clause.tokens):
        return False
    if any(t.text.isupper() and len(t.text) > 2 for t in clause.tokens):
        return False  # "thanks for telling EVERYONE"
    return any(c is not clause and c.cues & _VALIDATING and c.role == "validation" for c in clauses)


def praise_tail(clause, clauses) -> bool:
    """A clause of praise alone ("Really appreciate that 👍", "riveting stuff", "I'm all ears")
    after another clause that says what happened."""
    words = plain_words(clause.tokens)
    if not words or len(words) > 6 or clause is clauses[0]:
        return False
    lowers = {t.lower_ for t in words}
    if not lowers & _PRAISING or not lowers <= _PRAISE:
        return False
    before = clauses[:clauses.index(clause)]
    return any(len(plain_words(c.tokens)) > len(words) for c in before)


def trim_tail(clause) -> None:
    """"you circled back after the deadline passed, super helpful" → the act without the praise
    hung on it after a comma (the splitter keeps a verbless tail in the clause)."""
    tokens = clause.tokens
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].text not in (",", "…", "...", "—", "–", "-"):
            continue
        tail = plain_words(tokens[k + 1:])
        lowers = {t.lower_ for t in tail}
        if tail and len(tail) <= 4 and lowers & _PRAISING and lowers <= _PRAISE \
                and len(plain_words(tokens[:k])) > 2 * len(tail):
            clause.tokens = tokens[:k] + [t for t in tokens[k + 1:] if is_emoji(t.text)]  # an eye-roll still colours it
        return


# -- "sure, tell me more about how your cousin's divorce was worse" ------------------------------
_SURE = {"sure", "yeah", "yes", "right", "oh", "go", "on", "please", "ok", "okay", "well"}
ROLLS = {"🙄", "🙃", "😒", "👏", "🤡", "😂", "🤣", "💅"}


def _invitation(clause):
    """"(sure,) tell me/us (all) (again|more) (about)…": the verb "tell" of such an opening, or None."""
    words = plain_words(clause.tokens)
    lowers = [t.lower_ for t in words]
    k = 0
    while k < len(words) and lowers[k] in _SURE and lowers[k] != "tell":
        k += 1
    if k + 1 >= len(words) or lowers[k] != "tell" or lowers[k + 1] not in ("me", "us"):
        return None
    rest = lowers[k + 2:k + 5]
    return words[k] if "again" in rest or "more" in rest else None


def mocked_invitation(clause, clauses) -> bool:
    """"Sure, tell me more about how…" / "Tell us all again how you'd have done it": an invitation
    to go on that mocks what the listener said. Mockery needs a sign: an opening "sure", "again",
    a praise tail or an eye-roll elsewhere; "Tell me more about what happened" stays meant."""
    tell = _invitation(clause)
    if tell is None:
        return False
    lowers = [t.lower_ for t in plain_words(clause.tokens)]
    opened = lowers[0] in ("sure", "yeah", "right") or "again" in lowers[:6]
    rolled = any(t.text in ROLLS for c in clauses for t in c.tokens)
    tail = any(c is not clause and praise_tail(c, clauses) for c in clauses)
    mocking = any(c is not clause and (c.cues & {"contempt"} or any(t.text.isupper() and len(t.text) > 1
                                                                     and t.is_alpha and t.lower_ != "i" for t in c.tokens))
                  for c in clauses)
    praised = any(c is not clause and {t.lower_ for t in c.tokens} & _PRAISING for c in clauses) and not any(
        c is not clause and c.role in ("validation", "own") for c in clauses)  # "…SO brilliant with money."
    return opened or rolled or tail or mocking or praised


def invitation_literal(tokens):
    """What the mocked invitation is about, as what the listener said: "tell me more about how your
    cousin's divorce was worse than my breakup" → "you told me how your cousin's divorce was worse…"."""
    from .literal import Literal
    from .surface import render, words_of
    from .vocatives import vocative

    how = next((t for t in tokens if t.lower_ in ("how", "that") and t.i > tokens[0].i), None)
    if how is None or how.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = how.head
    inside = {t.i for t in tokens}
    said = [t for t in verb.subtree if t.i in inside and t.i != how.i and not t.is_punct and not is_emoji(t.text)
            and not (t.dep_ == "advmod" and t.lower_ in ("really", "just")) and not vocative(t)
            and not _named(t)]
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in said):
        return None
    whom = next((t.lower_ for t in tokens if t.lower_ in ("me", "us") and t.i < how.i), "me")
    return Literal(f"you told {whom} how " + render(words_of(said), lower_start=True), past=True)


def _named(tok) -> bool:
    """", Graham." closing the sentence: the person spoken to, not part of what they said."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and (after is None or after.is_punct)


def mark_invitations(clauses, labels=()) -> None:
    """Clauses whose mockery hides an act say it plainly, or become filler when nothing plain is
    there: mocked invitations ("Tell me more about the timeshare in Tenerife": a past failure
    recalled, not an act), and the readers of mock_acts.py and verdicts.py (mocked love, "coming
    from someone who…", mocked titles and leave, "Calling Priya… is not")."""
    from .mock_acts import (love_marked, mocking_leave, from_someone_literal, loved_literal, mark_titles,
                            permission_literal, surely_not)
    from .sarcasm import literal
    from .verdicts import verdict_literal

    mark_titles(clauses)
    for clause in clauses:
        found = loved_literal(clause) if "blaming" in labels or love_marked(clause, clauses) else None
        found = found or from_someone_literal(clause) or verdict_literal(clause, clauses)  # (verdicts.py)
        if mocking_leave(clause, clauses):
            found = found or permission_literal(clause) or ("filler" if surely_not(clause) else None)
        if found is not None:
            clause.literal = None if found == "filler" else found
            clause.role = "filler" if found == "filler" else "accusation"
            clause.cues = clause.cues - {"praise"}
            continue
        if mocked_invitation(clause, clauses):
            clause.literal = invitation_literal(clause.tokens) or literal(clause)
            clause.role = "accusation" if clause.literal is not None else "filler"
            clause.cues = clause.cues - _VALIDATING


_TOOK_LONG = re.compile(r"\b(?:only |just )?took (?:you|u|ya) (?:long enough|so long|forever|ages|(?:a |an |\w+ )?(?:minutes?|"
                        r"hours?|days?|weeks?|months?|years?))\b", re.I)


def took_long(text: str) -> bool:
    """"…, only took you two years", "took you long enough": the praised act came, but late."""
    return bool(_TOOK_LONG.search(text))


def praised_being(clause) -> bool:
    """"congrats on being the only person here who's never…": mockery of who the listener is, with
    no act in it to say plainly."""
    words = [t.lower_ for t in plain_words(clause.tokens)]
    return any(w in ("congrats", "congratulations") and words[k + 1:k + 3] == ["on", "being"]
               for k, w in enumerate(words))


_WISH = re.compile(r"^\W*(?:[A-Z]\w+\W+)?(?:i\s+)?hope (?:you (?:had|enjoyed)|the|your|that|it)\b.*\b(?:was|were|is|had)?\s*"
                   r"(?:relaxing|fun|nice|lovely|enjoyable|worth it|restful|good|great|a blast|a good one)\W*$", re.I)


def mock_wish(clause, clauses) -> bool:
    """"(Brad.) hope the 45 min coffee run was relaxing": a wish said after the complaint to mock
    it; kept, it reads as a sincere wish or a jab."""
    return clause is not clauses[0] and bool(_WISH.match(clause.text))
