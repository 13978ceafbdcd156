"""Put-downs of what the listener can do, and film-drama reproaches that a "when you…" would copy.

- "you can't (even) tie your own shoes", "you can't do anything right": a verdict on the person.
  "I feel upset when you can't X. Could you X from now on?" keeps the put-down and asks the
  listener to stop being who they are. Said instead: the speaker's frustration, and working it out
  together. Only when X is done TO the speaker ("you can't even look me in the eye", "…say sorry")
  does "can't" mean "won't": that act is the complaint ("when you don't look me in the eye").
  "you couldn't even call?" tells one occasion: "you didn't call".
- "you were supposed to be at the hospital" reproaches what didn't happen: "you weren't at the
  hospital", in the past.
- "why do you even care what he thinks?" is about how much his view weighs, not about caring for
  the speaker: asked about as that.
- "why would you want to live there?" doubts a choice: the speaker says they can't see it yet,
  and asks to see it from the listener's side (never "it seems like you wanted to live there").
- "don't you dare walk away from me": what would hurt, never "could you dare…".
"""

from __future__ import annotations

import re

from . import inflect
from .accusing import Accused, lead_skipped, words_after
from .clauses import YOU
from .film_jabs import spoken_words
from .surface import Word, render, words_of

_ME = {"me", "my", "us", "our", "mine", "myself", "ourselves"}
# Acts done towards someone: "you can't even say sorry" means "won't", not "aren't able to".
_TO_SOMEONE = {"say", "apologise", "apologize", "thank", "call", "text", "ring", "visit", "answer", "reply", "admit",
               "tell", "ask", "look", "listen", "talk", "speak", "come", "show", "remember", "bother", "hug", "kiss"}
_SWEEPING = re.compile(r"\b(?:anything|a (?:single )?thing|one (?:single |damn |bloody )?thing|nothing)\b"
                       r"(?: (?:right|properly|correctly))?", re.I)
# "…right", "for more than a month", "to save your life": a verdict on a habit, not one request.
_WELL = re.compile(r"\b(?:right|properly|correctly)$|\bfor (?:more|longer) than\b|\bto save (?:your|ur) life\b", re.I)
# A chore or a bill named in the put-down is a real task to ask for ("keep your room clean").
_TASKS = {"clean", "tidy", "wash", "dishes", "laundry", "rent", "bills", "bill", "homework", "bins", "bed", "room",
          "trash", "rubbish", "groceries", "kitchen", "share"}
_FRUSTRATED = "I'm really frustrated right now"
_TOGETHER = "Can we slow down and work out what's going wrong together?"


def ability_putdown(task: str | None = None) -> Accused:
    """The line for a put-down of what the listener can do: the frustration, and the task itself
    asked for only when it is one (a chore, a bill); never "when you can't…"."""
    request = "Could you " + re.sub(r"\b(your|ur) own\b", r"\1", task) + "?" if task else _TOGETHER
    return Accused(_FRUSTRATED, past=False, statement=_FRUSTRATED, request=request, feeling="frustrated",
                   bare=task is None)


def _cant_verb(tokens):
    """(the verb after "you can't / couldn't (even)", the modal, whether "even" was said) or None."""
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in YOU
                                                      for c in tok.children):
            continue
        modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("ca", "can", "could")), None)
        you = next(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in YOU)
        negs = [c for c in tok.children if c.dep_ == "neg"]
        if modal is None or len(negs) != 1 or you.i > modal.i:
            return None  # "can't you just not slam the door?" asks not to (rhetoric.py)
        verb = tok
        if tok.lemma_ in ("bother", "seem", "manage") or tok.tag_ == "VBN":  # "can't even be bothered to call"
            verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"), tok)
        between = {t.lower_ for t in tokens if modal.i < t.i < verb.i}
        return verb, modal.lower_, "even" in between, "just" in between
    return None


def cant_even(tokens) -> Accused | None:
    """"you can't even X" / "you can't do anything right" / "you couldn't even call?" (see above)."""
    found = _cant_verb(tokens)
    if found is None:
        return None
    verb, modal, even, just = found
    if verb.tag_ != "VB" or verb.lemma_ == "be":
        return None  # "you can't be serious": disbelief, not a put-down
    after = words_after(verb, tokens)
    phrase = render([Word(inflect.base_of(verb.lemma_.lower()), " ", verb)] + words_of(after), lower_start=False)
    sweeping = bool(_SWEEPING.search(phrase)) or bool(_WELL.search(phrase))
    if not (even or sweeping):
        return _forbidden(verb, after, phrase, just and modal != "could")  # "you can't talk to me like that"; "you can't cook" is left to the rest
    if sweeping:
        return ability_putdown()
    task = phrase if {t.lower_ for t in (verb, *after)} & _TASKS and modal != "could" else None
    towards = verb.lemma_.lower() in _TO_SOMEONE or any(t.lower_ in _ME for t in after)
    if modal == "could":  # one occasion: "you couldn't even call to say you'd be late?"
        return Accused(f"you didn't {phrase}", past=True)
    if towards:
        return Accused(f"you don't {phrase}", past=False, feeling="hurt")
    return ability_putdown(task)


def _forbidden(verb, after, phrase: str, just: bool) -> Accused | None:
    """"you can't talk to me like that" forbids what is being done: "when you talk to me like that";
    "you can't just leave" forbids what may be: what it would do. Never "could you talk to me like it?"."""
    if re.search(r"\b(?:like (?:that|this)|that way|this way)$", phrase, re.I):
        return Accused(f"you {phrase}", past=False, feeling="hurt")
    if not just:
        return None
    did = render([Word(inflect.past(inflect.base_of(verb.lemma_.lower())), " ", verb)] + words_of(after),
                 lower_start=False)
    return Accused(f"you {did}", past=False, statement=f"It would really upset me if you {did}", feeling="upset")


_ALL_WRONG = re.compile(r"^(?:can(?:'t)? you (?:ever |even )?(?:do|get) (?:anything|a single thing|one thing) "
                        r"(?:right|properly)|is there anything you can (?:do|get) right|you (?:never|don't ever) "
                        r"(?:do|get) anything right|you (?:do|get) nothing right)$", re.I)


def all_wrong(tokens) -> Accused | None:
    """"can you do anything right?", "is there anything you can do right?", "you never get anything right"."""
    return ability_putdown() if _ALL_WRONG.match(spoken_words(tokens)) else None


def supposed_to(tokens) -> Accused | None:
    """"you were supposed to protect him" → "you didn't protect him"; "…to be at the hospital" →
    "you weren't at the hospital". "you were supposed to be my friend" / "you're supposed to be on my
    side" name what the speaker counted on, not an act: said as that."""
    for tok in tokens:
        if tok.lower_ not in ("supposed", "meant") or not any(c.dep_ == "nsubjpass" and c.lower_ in YOU
                                                              for c in tok.children):
            continue
        aux = next((c for c in tok.children if c.dep_ == "auxpass"), None)
        verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
        if aux is None or verb is None or any(c.dep_ == "neg" for c in tok.children):
            return None
        past = aux.lower_ in ("were", "was")
        rest = render(words_of(words_after(verb, tokens)), lower_start=False)
        where = verb.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in verb.children) and any(
            c.dep_ in ("prep", "advmod") for c in verb.children)
        if past and where:
            return Accused(f"you weren't {rest}", past=True)
        if past and verb.lemma_ != "be":
            return Accused(f"you didn't {inflect.base_of(verb.lemma_.lower())} {rest}".strip(), past=True)
        act = f"{inflect.base_of(verb.lemma_.lower())} {rest}".strip()
        line = f"I was counting on you to {act}, and I'm really hurt" if past else \
            f"I'm counting on you to {act}, and right now I'm really hurt"
        return Accused(line, past=past, statement=line, feeling="hurt")
    return None


_PROMISING = {"say", "promise", "tell", "swear"}
# What a promise can't have been broken about: a feeling or a view ("you said you'd love to come").
_NOT_AN_ACT = {"love", "like", "want", "think", "know", "prefer", "mind", "enjoy", "hate", "need", "understand"}


def said_you_would(tokens) -> Accused | None:
    """"You said you'd call." / "You promised you'd be home by ten." / "You told me you'd fix it.": a
    reproach for the promise not kept, said as what didn't happen ("you didn't call", "you weren't home
    by ten"), as "you were supposed to…" is. Never "when you said you'd call", which blames the saying."""
    words = lead_skipped(tokens)
    if len(words) < 4 or words[0].lower_ not in YOU:
        return None  # "did you say you'd call?" asks; "I know you said you'd call" admits
    if any(t.i > tokens[-1].i and not t.is_punct and t.pos_ != "PROPN" for t in tokens[0].sent):
        return None  # "…and you didn't", "…and you rolled in at 10": the sentence goes on (promises.py reads it)
    said = words[1]
    if said.lemma_.lower() not in _PROMISING or said.tag_ != "VBD" or any(c.dep_ == "neg" for c in said.children):
        return None
    verb = next((c for c in said.children if c.dep_ == "ccomp" and c.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ in ("'d", "would", "will", "'ll", "d") for a in c.children) and any(
        n.dep_ == "nsubj" and n.lower_ in YOU for n in c.children)), None)
    if verb is None and said.lemma_.lower() in ("promise", "swear"):  # "you promised to call me"
        verb = next((c for c in said.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if verb is None or verb.lemma_.lower() in _NOT_AN_ACT:
        return None
    rest = render(words_of(words_after(verb, tokens)), lower_start=False)
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        # "you said you'd never do that again": it was done again; any other "never" is left alone
        again = re.search(r"\bagain$", rest) and verb.lemma_ != "be"
        return Accused(f"you {inflect.past(inflect.base_of(verb.lemma_.lower()))} {rest}", past=True) if again else None
    if verb.lemma_ == "be":
        where = not any(c.dep_ in ("attr", "acomp") for c in verb.children) and any(
            c.dep_ in ("prep", "advmod") for c in verb.children)
        return Accused(f"you weren't {rest}", past=True) if where and rest else None
    return Accused(f"you didn't {inflect.base_of(verb.lemma_.lower())} {rest}".strip(), past=True)


_CARE_WHAT = re.compile(r"^why (?:do|would|should|does it matter to) you (?:even |ever |still |really |actually )*"
                        r"(?:care|worry) (?:so much |that much )?(?:about )?(?P<y>what (?!I\b)(?:\S+ ){1,3}?(?:thinks?|says?|"
                        r"wants?)(?: about (?:it|this|that|you|me|us))?|(?:his|her|their|people's|other people's) "
                        r"(?:opinions?|approval|views?))(?: so much| that much)?$", re.I)


def care_what(tokens) -> Accused | None:
    """"why do you even care what he thinks?" → how much it weighs with the listener, asked about."""
    found = _CARE_WHAT.match(spoken_words(tokens))
    if not found:
        return None
    weighs = found.group("y")
    matters = "matter" if re.search(r"(?:opinions|views)$", weighs, re.I) else "matters"
    return Accused(f"{weighs} {matters} a lot to you", past=False, feeling="uneasy",
                   statement=f"I've noticed {weighs} {matters} a lot to you",
                   request=f"Can you help me understand why {weighs} {matters} so much to you?")


_WANT = re.compile(r"^why (?:on earth |the hell |in the world )?(?:would|do|did) you (?:ever |even |possibly |really |"
                   r"actually )*(?:want|need|choose) (?P<x>to .+|that|this|him|her|them|it|(?:a|an|the|that|this) .+)$", re.I)


def want_that(tokens) -> Accused | None:
    """"why would you (ever) want to live there?": a choice the speaker can't see yet."""
    said = spoken_words(tokens)
    found = _WANT.match(said)
    if not found or re.match(r"^why did\b", said, re.I):
        return None  # "why did you want…": about a past choice, left to the rest
    line = f"I'm struggling to see why you'd want {found.group('x')}"
    return Accused(line, past=False, statement=line, request="Can you help me see it from your side?")


_DARE = re.compile(r"^don't you (?P<how>dare|ever) (?P<x>[a-z]+ .+?|[a-z]+)(?P<again> again| ever again)?$", re.I)


def dare(tokens) -> Accused | None:
    """"don't you dare walk away from me" → what it would do to the speaker; "don't you ever lie to me
    again" → what it did. Never a request built from the words after "dare"."""
    found = _DARE.match(spoken_words(tokens))
    if not found or found.group("how").lower() == "ever" and not found.group("again"):
        return None
    first, _, rest = found.group("x").partition(" ")
    did = f"{inflect.past(inflect.base_of(first.lower()))} {rest}".strip()
    if found.group("again"):
        return Accused(f"you {did}", past=True, feeling="hurt", statement=f"It really hurt when you {did}")
    return Accused(f"you {first.lower()} {rest}".strip(), past=False, feeling="hurt",
                   statement=f"It would really upset me if you {did}")


_ALWAYS = {"always", "constantly", "forever", "still"}


def always_doing(tokens) -> Accused | None:
    """"(You're just like your mother.) Always running away when things get hard.": a habit said
    with no subject, after a verdict. Said as the act: "when things get hard and you run away"."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3 or words[0].lower_ not in _ALWAYS or words[1].tag_ != "VBG" or words[1].pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in words[1].children):
        return None
    verb = words[1]
    after = words_after(verb, tokens)
    when = next((k for k, t in enumerate(after) if t.lower_ in ("when", "whenever")), None)
    act = render([Word(inflect.base_of(verb.lemma_.lower()), " ", verb)] + words_of(after[:when]), lower_start=False)
    if when is None:
        return Accused(f"you {act}", past=False)
    moment = render(words_of(after[when + 1:]), lower_start=True)
    return Accused(f"{moment} and you {act}", past=False, statement=f"It hurts when {moment} and you {act}",
                   feeling="hurt")


PUTDOWNS = (all_wrong, cant_even, supposed_to, said_you_would, care_what, want_that, dare, always_doing)
