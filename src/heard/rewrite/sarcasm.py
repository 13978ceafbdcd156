"""Says plainly what a sarcastic clause means: "thanks for telling EVERYONE" → "you told everyone"."""

from __future__ import annotations

import re

from . import inflect
from .any_idea import any_idea as _any_idea
from .conditions import if_you_had
from .idioms import plain_idiom
from .orders import cannot_keep, stop_order
from .lexicon import PUT_DOWN
from .literal import Literal
from .mock_praise import took_long
from .rhetoric import another_occasion, asked_not, ever_asked
from .surface import Word, past_joined, render, words_of
from .vocatives import pet_name, vocative

_IRONIC_THANKS = {"thanks", "thank", "congrats", "congratulations", "cheers", "kudos"}
_IRONIC_ADJ = {"nice", "bold", "brave", "sweet", "kind", "generous", "big", "good", "great", "cute", "lovely",
               "thoughtful", "considerate", "gracious", "classy", "decent", "mature", "charming", "helpful"}
_OTHERS = {("someone", "else"): "I", ("somebody", "else"): "I", ("everyone", "else"): "the rest of us",
           ("the", "rest"): "the rest"}
_THIRD_TO_SECOND = {"their": "your", "theirs": "yours", "themselves": "yourself", "them": "you",
                    "they": "you", "his": "your", "her": "your", "himself": "yourself",
                    "herself": "yourself"}


def literal(clause) -> Literal | None:
    tokens = clause.tokens
    for reader in (asked_not, ever_asked, another_occasion,  # rhetoric.py
                   _ironic_thanks, _must_be_nice, _noun_of_you, _who_raised, _tell_me_how,
                   _relative_complaint, _incapable, _you_think, _not_the_one, _your_day_of,
                   if_you_had, _maybe_try, _marvel_how, _what_is_it_with, _any_idea, _the_reason,
                   _glad_you, _bright_idea, _let_me_guess, _what_a_surprise, plain_idiom, stop_order, cannot_keep):
        found = reader(tokens)
        if found is not None and found.situation.strip():
            found.situation = _plain(found.situation)
            return found
    return None


def _plain(text: str) -> str:
    """A literal situation without its absolutes ("always", "again"; "never" → "not")."""
    import re

    text = re.sub(r"\b(?:always|constantly|again|literally|even|just|actually|seriously)\s+", "", text)
    return re.sub(r"\bnever\b", "not", text)


def _subtree_after(tok, start_i, skip=("finally", "even", "just", "actually")) -> list:
    return [t for t in tok.subtree if t.i > start_i and t.lower_ not in skip and not _quote(t) and not vocative(t)
            and not pet_name(t)]


def _quote(tok) -> bool:
    return tok.text in ('"', "'", "“", "”", "‘", "’") and tok.is_punct


def _past_phrase(verb, tokens_after) -> str:
    """"telling everyone" → "told everyone"; a second act joined to it is told in the past as well
    ("finishing the milk and putting the carton back" → "finished the milk and put the carton back")."""
    words = past_joined(tokens_after, verb, ("VBG",))
    return render([Word(inflect.past(inflect.base_of(verb.lemma_.lower())))] + words, lower_start=False)


def _ironic_thanks(tokens) -> Literal | None:
    """"thanks for telling everyone", "congrats on finally unloading", "nice of you to join us"."""
    for tok in tokens:
        low = tok.lower_
        verb = None
        if low in _IRONIC_THANKS:
            prep = next((c for c in tok.children if c.lower_ in ("for", "on")), None)
            if prep is None:  # "thanks (so much) for…": the "for" may hang off "much"
                prep = next((t for t in tok.doc[tok.i + 1:tok.i + 4] if t.lower_ in ("for", "on")
                             and all(x.lower_ in ("so", "much", "very", "a", "lot") for x in tok.doc[tok.i + 1:t.i])), None)
            if prep is not None:
                verb = next((c for c in prep.children if c.tag_ == "VBG"), None)
        elif low in _IRONIC_ADJ and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of" \
                and tok.doc[tok.i + 2].lower_ in ("you", "u"):
            verb = next((t for t in tok.doc[tok.i + 3:tok.i + 7] if t.tag_ == "VB"), None)
        if verb is None or verb.lemma_ == "be":  # "congrats on being the only person who…": no act to tell
            continue
        late = any(t.lower_ == "finally" for t in tokens) or took_long(tok.doc.text)  # "…, only took you two years"
        if late:  # "nice of you to finally show up": the act came, but late
            after = [t for t in _subtree_after(verb, verb.i) if not is_emoji_token(t)]
            base = render([Word(inflect.base_of(verb.lemma_.lower()))] + words_of(after), lower_start=False)
            return Literal(f"you took so long to {base}", past=True)
        situation = "you " + _past_phrase(verb, _subtree_after(verb, verb.i))
        return Literal(situation, past=True)
    return None


def _must_be_nice(tokens) -> Literal | None:
    """"must be nice to sleep in till 11 while someone else does the school run"."""
    lowers = [t.lower_ for t in tokens]
    for k in range(len(tokens) - 2):
        if lowers[k] == "must" and lowers[k + 1] == "be" and lowers[k + 2] == "nice":
            rest = tokens[k + 3:]
            if rest and rest[0].lower_ == "to":
                rest = rest[1:]
            if not rest or rest[0].pos_ not in ("VERB", "AUX"):
                return None
            words = _swap_others(rest)
            first = words[0]
            if first.tok is not None and first.tok.tag_ == "VBG":
                words[0] = Word(inflect.base_of(first.tok.lemma_.lower()), first.ws, first.tok)
            return Literal("you " + render(words, lower_start=False), past=False)
    return None


def _swap_others(tokens) -> list[Word]:
    """"someone else does the school run" → "I do the school run": the speaker is that someone."""
    words, skip = [], set()
    toks = list(tokens)
    for k, tok in enumerate(toks):
        if tok.i in skip or _quote(tok):
            continue
        pair = (tok.lower_, toks[k + 1].lower_) if k + 1 < len(toks) else None
        if pair in _OTHERS and _OTHERS[pair] == "I":
            skip.add(toks[k + 1].i)
            words.append(Word("I", " ", tok))
            verb = next((t for t in toks[k + 2:k + 4] if t.tag_ == "VBZ"), None)
            if verb is not None:
                skip.add(verb.i)
                words.append(Word(verb.lemma_.lower(), verb.whitespace_, verb))
                for t in toks[k + 2:]:
                    if t.i < verb.i:
                        words.append(Word(t.text, t.whitespace_, t))
                        skip.add(t.i)
            continue
        words.append(Word(tok.text, tok.whitespace_, tok))
    return words


_SHARES = {"half", "some", "all", "most", "none", "both", "each", "one", "two", "three", "any", "many", "few", "several",
           "either", "neither", "lot", "lots", "rest"}


def _noun_of_you(tokens) -> Literal | None:
    """"the sheer arrogance of you telling a nurse how IVs work" → "you told a nurse how IVs work"."""
    for tok in tokens:
        if tok.lower_ in ("you", "u") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lower_ not in _SHARES:  # "half of you stopped running": some of the listeners, not a noun of them
            verb = next((t for t in tok.doc[tok.i + 1:tok.i + 3] if t.tag_ == "VBG"), None)
            if verb is not None and all(t.pos_ == "ADV" for t in tok.doc[tok.i + 1:verb.i]):  # "of you just telling…"
                return Literal("you " + _past_phrase(verb, _subtree_after(verb, verb.i)), past=True)
    return None


def _who_raised(tokens) -> Literal | None:
    """"who raised you to leave dirty mugs…" / "what kind of manager forgets their…" → "you …"."""
    lowers = [t.lower_ for t in tokens]
    if lowers[:3] == ["who", "raised", "you"] and "to" in lowers[3:5]:
        verb = next((t for t in tokens[3:6] if t.tag_ == "VB"), None)
        if verb is not None:
            return Literal("you " + _past_phrase(verb, _subtree_after(verb, verb.i)), past=True)
    if lowers[:3] == ["what", "kind", "of"] or lowers[:3] == ["what", "sort", "of"]:
        verb = next((t for t in tokens if t.dep_ == "ROOT" and t.pos_ == "VERB"), None)
        if verb is not None:
            after = [Word(_THIRD_TO_SECOND.get(t.lower_, t.text), t.whitespace_, t)
                     for t in tokens if t.i > verb.i and not t.is_punct]
            past = inflect.past(inflect.base_of(verb.lemma_.lower()))
            return Literal("you " + render([Word(past)] + after, lower_start=False), past=True)
    return None


def _tell_me_how(tokens) -> Literal | None:
    """"tell me again how you'd have handled the layoff better" → "it sounds like you'd have…"."""
    for tok in tokens:
        if tok.lower_ == "tell" and tok.tag_ == "VB" and tok.dep_ != "xcomp" and not any(  # the order, not "you had to tell"
                c.dep_ == "nsubj" for c in tok.children):
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is not None and any(c.lower_ in ("how", "that") for c in comp.subtree):
                how = next((t for t in comp.subtree if t.lower_ == "how"), None)
                adj = tok.doc[how.i + 1] if how is not None and how.i + 1 < len(tok.doc) else None
                if adj is not None and adj.pos_ in ("ADJ", "ADV") and comp.pos_ in ("AUX", "VERB"):
                    before = [t for t in comp.subtree if adj.i < t.i <= comp.i and not t.is_punct]
                    after = [t for t in comp.subtree if t.i > comp.i and not t.is_punct]
                    text = render(words_of(before) + [Word(adj.text)] + words_of(after), lower_start=True)
                    return Literal("it sounds like " + text, past=False)
                words = [t for t in comp.subtree if t.lower_ not in ("how", "that") and not t.is_punct]
                return Literal("it sounds like " + render(words_of(words), lower_start=True), past=False)
    return None


def _relative_complaint(tokens) -> Literal | None:
    """"another birthday you "forgot"" → "you forgot the birthday"."""
    for tok in tokens:
        if tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(c.lower_ in ("you", "u") and c.dep_ == "nsubj"
                                                               for c in tok.children):
            noun = tok.head
            if noun.pos_ != "NOUN" or noun.dep_ not in ("ROOT",):
                continue
            if any(c.dep_ == "dobj" for c in tok.children) or noun.lower_ in ("time", "times", "day", "night", "week"):
                continue  # "every single time you do this": the noun is when, not what was done ("you do the time")
            det = "the"
            return Literal(f"you {tok.text.lower()} {det} {noun.text}", past=tok.tag_ == "VBD")
    return None


def _incapable(tokens) -> Literal | None:
    """"you are physically incapable of closing a cabinet door" → request to close it."""
    for tok in tokens:
        if tok.lower_ in ("incapable", "unable") and tok.dep_ == "acomp":
            prep = next((c for c in tok.children if c.lower_ == "of"), None)
            verb = next((c for c in prep.children if c.tag_ == "VBG"), None) if prep is not None else None
            if verb is not None:
                phrase = render([Word(inflect.base_of(verb.lemma_.lower()))] + words_of(
                    _subtree_after(verb, verb.i)), lower_start=False)
                return Literal(f"you don't {phrase}", past=False, request=f"Could you {phrase}?")
    return None


def _you_think(tokens) -> Literal | None:
    """"lmao you think rent control caused the housing shortage" → "I'm not sure rent control caused…"."""
    for tok in tokens:
        if tok.lemma_ in ("think", "believe") and tok.dep_ == "ROOT" and any(
                c.lower_ in ("you", "u") and c.dep_ == "nsubj" for c in tok.children):
            if any(t.tag_ in ("WP", "WDT", "WRB") and t.i < tok.i for t in tokens):
                return None  # "Who do you think should pay…?" asks for a view: no claim to doubt (thread_asks.py)
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is not None and not any(c.lower_ in ("you", "u", "i") for c in comp.children if c.dep_ == "nsubj"):
                words = [t for t in comp.subtree if not t.is_punct and t.dep_ != "mark"]
                view = render(words_of(words), lower_start=True)
                return Literal(view, past=False, statement=f"I see it differently: I'm not sure {view}",
                               request="What makes you see it that way?")
    return None


_SECOND_PERSON = {"they": "you", "them": "you", "their": "your", "theirs": "yours",
                  "themselves": "yourself", "she": "you", "he": "you", "her": "your", "his": "your"}


def _as_you(verb, tokens) -> str:
    """A relative clause about "the one who…" / "some people who…" said to "you", verbs agreeing."""
    words = []
    for tok in tokens:
        if tok.lower_ in ("who", "that") and tok.dep_ in ("nsubj", "nsubjpass"):
            continue
        text = tok.text
        if tok.i == verb.i and tok.tag_ == "VBZ":
            text = inflect.base_of(tok.lemma_.lower())
        elif tok.lower_ == "was" and tok.head.i == verb.i or (tok.i == verb.i and tok.lower_ == "was"):
            text = "were"
        elif tok.lower_ in ("is", "'s") and (tok.head.i == verb.i or tok.i == verb.i):
            text = "are"
        elif tok.lower_ in ("has",) and (tok.head.i == verb.i or tok.i == verb.i):
            text = "have"
        elif tok.lower_ in _SECOND_PERSON and tok.i > verb.i:
            text = _SECOND_PERSON[tok.lower_]
        words.append(Word(text, tok.whitespace_, tok))
    return "you " + render(words, lower_start=True)


def _not_the_one(tokens) -> Literal | None:
    """"I'm not the one who disappears for weeks, you are" → "you disappear for weeks";
    "unlike some people who only call when they need something" → "you only call when you need something"."""
    for tok in tokens:
        if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
            continue
        owner = tok.head
        one = owner.lower_ == "one" and any(c.dep_ == "neg" for c in owner.head.children) and any(
            c.lower_ == "i" for c in owner.head.children)
        people = owner.lower_ in ("people", "person", "folks") and owner.head.lower_ == "unlike"
        if one or people:
            clause = [t for t in tok.subtree if not t.is_punct]
            return Literal(_as_you(tok, clause), past=tok.tag_ in ("VBD",) or any(
                c.tag_ == "VBD" for c in tok.children if c.dep_ == "aux"))
    return None


def _your_day_of(tokens) -> Literal | None:
    """"your very busy day of ignoring my texts" → "you were ignoring my texts"."""
    for tok in tokens:
        if tok.tag_ == "VBG" and tok.head.lower_ == "of" and any(
                c.lower_ in ("your", "ur") for c in tok.head.head.children):
            return Literal("you were " + render(words_of([t for t in tok.subtree if not t.is_punct]),
                                                lower_start=True), past=True)
    return None


def _maybe_try(tokens) -> Literal | None:
    """"maybe try actually saying what you want" → "Could you say what you want?"."""
    lowers = [t.lower_ for t in tokens]
    if "maybe" not in lowers:
        return None
    k = lowers.index("maybe")
    if any(w in ("don't", "do", "not", "n't", "if", "you", "u", "i", "we") for w in lowers[k + 1:k + 3]):
        return None  # "maybe don't lecture me", "maybe if you…": not a suggestion of what to do
    verb = next((t for t in tokens[k + 1:k + 4] if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VB", "VBP"):
        return None
    target = verb
    if verb.lemma_ == "try":
        target = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), verb)
    after = [t for t in target.subtree if t.i > target.i and not t.is_punct and t.lower_ not in (
        "actually", "just")]
    stop = next((t.i for t in after if t.lower_ == "instead"), None)
    after = [t for t in after if stop is None or t.i < stop]
    phrase = render([Word(inflect.base_of(target.lemma_.lower()))] + words_of(after), lower_start=False)
    if PUT_DOWN.search(phrase):
        return None  # "Maybe leave it to the adults next time": a put-down, nothing to ask for (lexicon.PUT_DOWN)
    ahead = re.search(r",?\s+(?:next time|in (?:the )?future)(?:,?\s+(?-i:[A-Z][a-z]+))?$", phrase, re.I)  # "…, Gareth"
    if ahead:  # "Maybe put an end time on the invite next time": asked of the next time, so this time it wasn't done
        phrase = phrase[:ahead.start()]
        return Literal(f"you didn't {phrase}", past=True, request=f"Next time, could you {phrase}?")
    return Literal(f"you don't {phrase}", past=False, request=f"Could you {phrase}?")


_MARVEL = {"love", "amazing", "incredible", "funny", "interesting", "cute", "fascinating", "wild",
           "impressive", "hilarious", "great", "cool", "unreal", "lovely"}


def _marvel_how(tokens) -> Literal | None:
    """"Love how you always find time for golf but never for code review" → "you find time for golf but not…"."""
    for tok in tokens:
        if tok.lower_ in _MARVEL and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "how":
            how = tok.doc[tok.i + 1]
            verb = how.head if how.head.i > how.i else None
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                return None
            if how.i + 1 < len(tok.doc) and tok.doc[how.i + 1].pos_ == "ADJ":
                return None  # "unreal how cold you are": a verdict, not an event
            words = [t for t in tokens if t.i > how.i and not is_emoji_token(t) and not _quote(t)]
            past = verb.tag_ == "VBD"
            return Literal(render(words_of(words), lower_start=True).rstrip(".!?"), past=past)
    return None


def is_emoji_token(tok) -> bool:
    from .surface import is_emoji

    return is_emoji(tok.text)


def _what_is_it_with(tokens) -> Literal | None:
    """"What is it with you and showing up without your whites?" → "you show up without your whites"."""
    lowers = [t.lower_ for t in tokens]
    if lowers[:4] == ["what", "is", "it", "with"] or lowers[:4] == ["what", "'s", "it", "with"]:
        verb = next((t for t in tokens if t.tag_ == "VBG"), None)
        if verb is not None:
            after = [t for t in tokens if t.i > verb.i and not t.is_punct]
            phrase = render([Word(inflect.base_of(verb.lemma_.lower()))] + words_of(after), lower_start=False)
            return Literal(f"you {phrase}", past=False)
    return None


def _the_reason(tokens) -> Literal | None:
    """"you're the reason we're always broke" → "we're broke": the situation, not the culprit."""
    for tok in tokens:
        if tok.lower_ == "reason" and tok.dep_ == "attr" and any(
                c.lower_ in ("you", "u") and c.dep_ == "nsubj" for c in tok.head.children):
            clause = next((c for c in tok.children if c.dep_ in ("relcl", "acl")), None)
            if clause is not None:
                inside = {t.i for t in tokens}  # "…we lost that match, who builds full AP on a tank": the jab is its own clause
                words = [t for t in clause.subtree if t.i in inside and not t.is_punct and t.dep_ != "mark" and not (
                    t.lower_ in ("why", "that") and t.dep_ != "det")]  # "that match" keeps its "that"
                return Literal(render(words_of(words), lower_start=True), past=clause.tag_ == "VBD")
    return None


def _glad_you(tokens) -> Literal | None:
    """"so glad you "circled back" after the deadline passed" → "you circled back after the deadline passed"."""
    for tok in tokens:
        if tok.lower_ in ("glad", "happy", "thrilled", "delighted", "pleased"):
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and any(
                x.lower_ in ("you", "u") and x.dep_ == "nsubj" for x in c.children)), None)
            if comp is not None:
                inside = {t.i for t in tokens}  # a praise tail cut off the clause stays out (mock_praise.py)
                words = [t for t in comp.subtree if t.i in inside and not t.is_punct and not _quote(t)
                         and not (t.dep_ == "mark" and t.head.i == comp.i)]  # "that you…", not "after the…"
                return Literal(render(words_of(words), lower_start=True), past=comp.tag_ == "VBD")
    return None


def _bright_idea(tokens) -> Literal | None:
    """"Brilliant idea to test in production" → "you tested in production"."""
    lowers = [t.lower_ for t in tokens]
    for k, word in enumerate(lowers[:-2]):
        if word == "idea" and lowers[k + 1] == "to" and k >= 1 and lowers[k - 1] in (
                "brilliant", "great", "genius", "smart", "clever", "bright", "good"):
            verb = tokens[k + 2]
            if verb.pos_ == "VERB":
                return Literal("you " + _past_phrase(verb, [t for t in tokens[k + 3:] if not t.is_punct]),
                               past=True)
    return None


def _let_me_guess(tokens) -> Literal | None:
    """"let me guess, you "forgot" to transfer the rent" → "you forgot to transfer the rent"."""
    lowers = [t.lower_ for t in tokens]
    if lowers[:3] != ["let", "me", "guess"]:
        return None
    rest = [t for t in tokens[3:] if not t.is_punct and not _quote(t)]
    if rest and rest[0].lower_ in ("you", "u"):
        return Literal(render(words_of(rest), lower_start=True), past=any(t.tag_ == "VBD" for t in rest))
    return None


def _what_a_surprise(tokens) -> Literal | None:
    """"what a shocker, leo's running late" → "leo's running late"."""
    lowers = [t.lower_ for t in tokens]
    if lowers[:2] != ["what", "a"] or len(lowers) < 4 or lowers[2] not in (
            "shocker", "surprise", "shock", "coincidence", "shocking"):
        return None
    rest = [t for t in tokens[3:] if not t.is_punct and not is_emoji_token(t)]
    if not rest or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return Literal(render(words_of(rest), lower_start=True), past=any(t.tag_ == "VBD" for t in rest))
