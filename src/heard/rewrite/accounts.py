"""The speaker's own account in a defence: what to keep of it, and what to say beside it.

A defence often carries something true of the speaker (a night shift, who was there, whose job the
tree is, a fix already booked) wrapped in a move that pushes the listener away: a retort ("it's not
the 1950s"), a concession thrown back ("of course the estimates are off"), a witness called ("he'll
tell you"), "I can't read your mind". The clause strategies either keep the move ("As far as I know,
it's not the 1950s") or drop the account with it. This module owns the readings that keep the
account and leave the move:

- `account_lines`: whole-message readings, each (lines, strategy); `with_accounts` (strategies.py)
  offers only these when one applies, as scene_defence.py does for short film turns.
- `on_the_way`: a fix or plan already under way ("it'll be fixed Monday"), kept beside a brush-off
  (defence.py `_unbrushed`).
- `known_fact` / `unchecked`: what "I didn't know / had no idea" was about, and whether it is a
  lapse the speaker could have checked ("the gun was loaded") or not ("she was your sister", "Dan
  would repeat it"): the latter gets the account and an acknowledgement, not "I should have checked"
  (owning.py `owned_excuse`).
- `one_acknowledgement`: a generic "I know why that upset you" straight after an acknowledgement
  that says it already is left out (strategies.py).
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY, I_STATEMENT
from .inflect import base_of, gerund, lemma_of
from .surface import render, words_of
from .textspeak import spell_out

_ASK = "Can you tell me what's going on?"
_WORRY = "and I can hear that something's worrying you"

# Openers that carry tone only: "Yeah well", "Look,", "relax,", "honestly".
_LEAD = re.compile(r"^(?:(?:yeah|yes|well|look|listen|ok|okay|oh|so|honestly|relax|chill|calm\s+down|dude|mate|"
                   r"come\s+on|god|jeez|seriously)\b[\s,.!…-]*)+", re.I)


def lead_off(text: str) -> str:
    return _LEAD.sub("", text.strip()).strip()


def sentence_case(text: str) -> str:
    text = re.sub(r"^i\b", "I", text)
    text = re.sub(r"(?<=\s)i(?=\s|'|$)", "I", text)
    return text[:1].upper() + text[1:]


def _whole(msg) -> str:
    """The message without the name it is said to, in one line."""
    words = "".join(t.text_with_ws for t in msg.doc if t.i not in msg.address_tokens)
    # emoji and symbols carry tone, not the account ("£200" does, and a score: "0/9", "3/10")
    words = re.sub(r"(?:(?!(?<=\d)/(?=\d))[^\w\s,.!?;:'’\"£$€%&-])+", " ", words)
    words = re.sub(r"\s+([,.!?])", r"\1", words).strip()
    return re.sub(r"^[,\s]+|[,\s]+(?=[.!?]*$)", "", words)


def spoken_parts(msg) -> list[str]:
    """The message split at commas and sentence ends, each part without its opener."""
    return [p for p in (lead_off(p).strip(" .!?") for p in re.split(r"[,;.!?]+\s*", _whole(msg))) if p]


# --- "everyone has their phone out at dinner, it's not the 1950s": the speaker's habit, owned ---
_EVERYONE = re.compile(r"^(?:honestly\s+|literally\s+)?(?:everyone|everybody|all\s+of\s+us|everybody\s+else|everyone\s+else)"
                       r"\s+(?P<verb>\w+)\b(?P<rest>[^,]*)$", re.I)
# A retort that pushes the complaint away as old-fashioned or out of place.
# Places and times that stand for strictness: "it's not a church", "this isn't the 1950s".
_STRICT = r"(?:the\s+\d{4}s|the\s+(?:dark|middle|stone)\s+ages?|victorian\s+times|a\s+(?:church|courtroom|court|library|museum|" \
          r"prison|monastery|convent|funeral|job\s+interview|military\s+school|boarding\s+school|police\s+state|crime|competition))"
_RETORT = re.compile(r"^(?:it's|it\s+is|this\s+is|this\s+isn't|it\s+isn't|we're|we\s+are)\s+(?:not\s+|n't\s+)?" + _STRICT + r"$|"
                     r"^(?:it's|this\s+is)\s+an?\s+[\w\s]+,\s*not\s+" + _STRICT + r"$|^(?:it's|it\s+is)\s+\d{4}$", re.I)
def retort(fact: str) -> bool:
    """"it's not the 1950s", "it's a group chat, not a courtroom": a jab at the complaint, no account to keep."""
    return bool(_RETORT.match(lead_off(fact).strip(" .!?")))


_MINE = {"their": "my", "theirs": "mine", "themselves": "myself", "they": "I", "them": "me"}


def _habit(msg):
    parts = spoken_parts(msg)
    if len(parts) != 2 or not _RETORT.match(parts[1]):
        return None
    found = _EVERYONE.match(parts[0])
    if not found or found.group("verb").lower() in ("is", "was", "does", "did", "knows", "thinks", "says"):
        return None
    verb = parsed_base(msg, found.group("verb"))
    rest = " ".join(_MINE.get(w.lower(), w) for w in found.group("rest").split())
    act = f"{verb} {rest}".strip()
    return [([f"I can see it bothers you when I {act}", "Can we talk about what would work for both of us?"],
             ACKNOWLEDGE)]


# --- "I'm stretched across four projects, of course the estimates are off": the lapse owned, the reason kept ---
_CONCEDED = re.compile(r"^(?:so\s+)?(?:of\s+course|obviously|naturally|no\s+wonder|so\s+yeah)\s+(?P<lapse>.+)$", re.I)


def _conceded(msg):
    parts = spoken_parts(msg)
    if len(parts) != 2:
        return None
    found = _CONCEDED.match(parts[1])
    reason = parts[0]
    if not found or not re.match(r"(?:I|I'm|I'd|I've|I\s+was|we|we're|my)\b", reason, re.I) \
            or re.search(r"\b(?:you|your|u|ur)\b", reason + " " + found.group("lapse"), re.I):
        return None  # "you never told me, of course it's late": the reason is the listener's part
    lapse = found.group("lapse")
    return [([f"I'm sorry {lapse}", sentence_case(reason), "I can see why that's frustrating",
              "Can we talk about what would help?"], RESPONSIBILITY)]


# --- "I can't read your mind, just tell me what you want": the difficulty said, the request kept ---
_MIND = re.compile(r"\bI\s+(?:can't|cant|cannot|can\s+not)\s+(?:read\s+(?:your|ur)\s+(?:mind|thoughts)|"
                   r"guess\s+what\s+(?:you|u)\s+(?:want|need|mean)|be\s+expected\s+to\s+(?:guess|know))", re.I)


def _mind(msg):
    text = msg.text
    if not _MIND.search(text) or len(text.split()) > 30 or re.search(r"[\"“”]", text):
        return None  # '"I can't read your mind" is not an excuse': the listener's words quoted back
    need = "need" if re.search(r"\bwhat\s+(?:you|u)\s+need\b", text, re.I) else "want"
    # "I can't tell what you want" still reads as the defence; "I find it hard to tell" owns the difficulty
    return [([f"I really want to get this right, and I find it hard to tell what you {need}",
              "Could you tell me what you need from me?" if need == "need" else "Could you tell me what you'd like?"],
             I_STATEMENT),
            ([f"I want to get this right for you, and I'm not always sure what you {need}",
              f"Could you tell me what you {need}?"], I_STATEMENT)]


# --- "the tree on the verge is the council's job, not ours": the worry heard, whose job it is given ---
_JOB = re.compile(r"^(?P<thing>(?:the|that|this|those|these)\s+[\w\s]+?)\s+(?:is|are|'s)\s+(?P<who>(?:the\s+)?[\w\s]+?)(?:'s|s')\s+"
                  r"(?P<job>job|responsibility|problem|department)$", re.I)
_BELONGS = re.compile(r"^(?P<thing>(?:the|that|this|those|these)\s+[\w\s]+?)\s+(?:belongs?|belonged)\s+to\s+"
                      r"(?P<who>(?:the\s+)?[\w\s]+)$", re.I)
_NOT_OURS = re.compile(r"^not\s+(?:ours|mine|us|me|our\s+\w+|my\s+\w+)$|^(?:\w+ing\s+it\s+is\s+(?:his|her|their)\s+"
                       r"(?:job|responsibility))$|^we\s+pay\b|^I\s+pay\b", re.I)


def _whose_job(msg):
    parts = spoken_parts(msg)
    for k, part in enumerate(parts):
        found = _JOB.match(part) or _BELONGS.match(part)
        if not found:
            continue
        others = parts[:k] + parts[k + 1:]
        if not all(_NOT_OURS.match(p) or re.match(r"(?:fixing|sorting|cutting|clearing)\s+it\s+is\b", p, re.I)
                   for p in others):
            return None  # something else is said beside it: the clause strategies read it
        thing, who = found.group("thing")[:1].lower() + found.group("thing")[1:], found.group("who")
        job = found.groupdict().get("job") or "responsibility"
        job = "responsibility" if job.lower() in ("problem", "department") else job
        if who.lower() in ("my", "our", "mine", "ours"):
            return None
        return [([f"I can see you're worried about {thing}",
                  f"As far as I understand it, {_THEY if _plural(thing) else _THAT} {who}'s {job}",
                  "Can we work out together who to contact about it?"], ACKNOWLEDGE)]
    return None


_THEY, _THAT = "they're", "that's"


def _plural(thing: str) -> bool:
    head = thing.split()[-1].lower()
    return thing.split()[0].lower() in ("those", "these") or head.endswith("s") and not head.endswith("ss") \
        and len(thing.split()) <= 3 and " of " not in thing and " on " not in thing and " in " not in thing


# --- "I was with Frankie all night, he'll tell you": the account kept, the witness left out ---
_WITNESS = re.compile(r"^(?:(?:he|she|they|(?:my|his|her)\s+\w+|\w+)\s*(?:'ll|will|can|would)\s+tell\s+you|ask\s+(?:\w+\s+)?\w+|"
                      r"you\s+can\s+ask\s+\w+(?:\s+\w+)?|ask\s+anyone)$", re.I)


def _witnessed(msg):
    parts = spoken_parts(msg)
    if len(parts) != 2 or not _WITNESS.match(parts[1]) or not re.match(r"I\b", parts[0], re.I):
        return None
    return [([f"{denied_plainly(msg, parts[0])}, {_WORRY}", _ASK], ACKNOWLEDGE)]


def denied_plainly(msg, account: str) -> str:
    """"I never left the house" → "I didn't leave the house"; "I didn't even" → "I didn't"."""
    account = re.sub(r"\s+even\b", "", sentence_case(account))
    # "I wasn't the one who left the gate open": the account, without the pointing at someone else
    account = re.sub(r"^I\s+(?:wasn't|was\s+not)\s+the\s+one\s+who\s+(\w+)", lambda m: f"I didn't {parsed_base(msg, m.group(1))}",
                     account, flags=re.I)
    return re.sub(r"^I\s+never\s+(\w+)", lambda m: f"I didn't {parsed_base(msg, m.group(1))}", account)


def parsed_base(msg, word: str) -> str:
    """The verb's base form as the parser read it in the message ("has" → "have", "used" → "use")."""
    token = next((t for t in msg.doc if t.lower_ == word.lower()), None)
    return lemma_of(token).lower() if token is not None and token.pos_ in ("VERB", "AUX") else base_of(word.lower())


# --- "relax, I didn't even open the fridge today": a chat denial, the account beside the worry ---
DENIAL = re.compile(r"^I\s*(?:didn't|didnt|did\s+not|never)\s+(?:even\s+)?(?!(?:know|knew|mean|meant|think|thought|realise|realize|"
                     r"see|notice|say|said|want|ask|do\s+anything|touch\s+anything)\b)(?P<verb>\w+)\s+(?P<rest>[^,]+)$", re.I)


# "…lol maybe check with jake": someone else who may know, named after the denial
_REDIRECT = re.compile(r"[\s,]+(?:(?:lol|lmao|haha)\s+)?(?:maybe\s+|just\s+|go\s+)?(?:check\s+with|ask)\s+(?P<who>[a-z]+)$", re.I)


def _chat_denial(msg):
    parts = spoken_parts(msg)
    other = _REDIRECT.search(parts[-1]) if parts else None
    if other and other.group("who").lower() not in ("me", "him", "her", "them", "anyone", "everyone", "around", "yourself"):
        parts[-1] = parts[-1][:other.start()]
    if not 1 <= len(parts) <= 2 or len(msg.text.split()) > 15 or re.search(r"\b(?:but|because|cos|so)\b", msg.text, re.I):
        return None
    if len(parts) == 2 and not re.match(r"^I\s+(?:swear|promise)|^(?:honest(?:ly)?|seriously|lol)$", parts[1], re.I):
        return None
    found = DENIAL.match(parts[0])
    if not found or not re.search(r"\b(?:your|ur|the|my|his|her|their)\s+\w+", found.group("rest"), re.I) \
            or re.search(r"\b(?:lol|lmao|maybe|ask|check|probably|blame|prob)\b", found.group("rest"), re.I):
        return None  # "i didnt eat ur leftovers lol maybe check with jake": a redirect beside it, read clause by clause
    said = denied_plainly(msg, parts[0])
    said = spell_out(said)[0]  # "i didnt eat ur leftovers" → "i didn't eat your leftovers"
    if other:  # the other person offered as someone who may know, not as the one to blame
        return [([f"{said}, {_WORRY}", f"I think {other.group('who').capitalize()} might know more",
                  "Can we work out together what happened?"], ACKNOWLEDGE)]
    return [([f"{said}, {_WORRY}", _ASK], ACKNOWLEDGE)]


# --- "I was just being friendly, Harold": what the speaker meant, beside the hurt ---
_MEANT = re.compile(r"^I\s+was\s+(?:just|only|simply|merely)\s+being\s+(?P<adj>[a-z]+)$", re.I)


def _meant(msg):
    parts = spoken_parts(msg)
    found = _MEANT.match(parts[0]) if len(parts) == 1 else None
    if not found:
        return None
    return [([f"I was trying to be {found.group('adj').lower()}, and I can see it upset you", "Can we talk about it?"],
             ACKNOWLEDGE)]


# --- "I'd just done a night shift, I wasn't in a state to talk": the circumstance kept, the not-coping owned ---
_UNABLE = re.compile(r"^I\s+(?:(?:wasn't|was\s+not)\s+(?:in\s+(?:a|any)\s+(?:fit\s+)?state|up\s+to\s+it|able|fit)\s+to|"
                     r"(?:didn't|did\s+not)\s+have\s+it\s+in\s+me\s+to|(?:couldn't|could\s+not)(?=\s+(?:face|deal|handle|cope)\b))"
                     r"\s+(?P<act>\w+)(?P<rest>.*)$", re.I)
_CIRCUMSTANCE = re.compile(r"^I(?:'d|\s+had|\s+was|'ve|\s+have)\s+(?:just\s+|only\s+)?(?:done|been|got|had|worked|come|finished|"
                           r"pulled|spent|driven|flown|landed|on|off|in|at|with|up)\b", re.I)


def _unable(msg):
    parts = spoken_parts(msg)
    if len(parts) != 2 or not _CIRCUMSTANCE.match(parts[0]):
        return None
    found = _UNABLE.match(parts[1])
    if not found or re.search(r"\b(?:you|your|u|ur)\b", parts[0], re.I):
        return None
    act = f"{gerund(parsed_base(msg, found.group('act')))}{found.group('rest')}"
    return [([f"I'm sorry I wasn't up to {act}", sentence_case(parts[0]), "Can we talk about it now?"], RESPONSIBILITY)]


# A denial with its support ("I didn't break your mug, it was already cracked") is read by
# supported_denials.py: the account beside the feeling heard, never an apology for the act denied.
_READINGS = (_mind, _whose_job, _habit, _conceded, _witnessed, _meant, _unable, _chat_denial)


def account_lines(msg) -> list[tuple[list[str], str]]:
    """(lines, strategy) for a defence read whole here, else []."""
    if not msg.defensive and not msg.blaming:
        return []
    for reading in _READINGS:
        found = reading(msg)
        if found:
            return found
    return []


def with_accounts(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the message is one of its defences (strategies.py); a short turn
    scene_defence.py reads whole keeps its reading."""
    from .scene_defence import scene_candidates  # imported late: scene_defence.py reads the defence modules

    if chosen == (scene_candidates,):
        return chosen
    return (account_candidates,) if account_lines(msg) else chosen


def account_candidates(msg) -> list:
    return composed(msg, account_lines(msg))


def composed(msg, found) -> list:
    """Candidates from (lines, strategy) pairs, said without a sneer ("your stupid mug" → "your mug");
    supported_denials.py builds its candidates with it too."""
    from .candidate import Candidate
    from .reading import compose  # reading.py reads messages: imported late, as scene_defence.py does
    from .sneers import without_sneers

    return [Candidate(without_sneers(compose(msg, lines)), strategy) for lines, strategy in found]


# --- a fix on the way, kept beside a brush-off ---
_FIX = re.compile(r"\b(?:will|'ll|is\s+going\s+to|are\s+going\s+to|gonna)\s+(?:be\s+)?(?:fixed|sorted|repaired|replaced|done|"
                  r"back|ready|fixing|sorting|coming|come|fix|sort|repair|replace)\b|"
                  r"\b(?:is|are|'s|'re)\s+(?:sorting|fixing|repairing|replacing|coming|booked|looking\s+at)\b|"
                  r"\b(?:comes|arrives|is\s+due)\s+(?:on\s+)?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|"
                  r"friday|saturday|sunday|next|this)\b", re.I)


def on_the_way(fact: str) -> bool:
    """"it'll be fixed Monday", "the garage is sorting it Friday", "the plumber comes tomorrow": a plan
    already made. Beside a brush-off it is not the brush-off's support but news the listener wants."""
    return bool(_FIX.search(fact)) and not re.search(r"\b(?:no\s+big\s+deal|nothing|not\s+a\s+(?:big|huge))\b", fact, re.I)


# "the boiler isn't a huge deal", "the dent is nothing": the thing the brush-off was about
SMALL = re.compile(r"\b(?:(?:is|was|'s)(?:\s+not|n't)\s+(?:a\s+|that\s+)?(?:huge|big|massive)\s+deal|is\s+nothing|"
                    r"(?:is|'s)\s+(?:no|not\s+a)\s+(?:big\s+)?deal|(?:is|'s)\s+(?:fine|minor|tiny))\b", re.I)


def named_fixes(msg, facts: list[str]) -> list[str]:
    """"it'll be fixed Monday" beside "the boiler isn't a huge deal" → "the boiler will be fixed Monday":
    with the brush-off gone, "it" would point at whatever the rewrite said last."""
    thing = next((render(words_of([t for t in tok.subtree if t.dep_ in ("det", "poss", "compound") or t is tok]))
                  for c in msg.clauses if SMALL.search(c.text) for tok in c.tokens
                  if tok.dep_ == "nsubj" and tok.pos_ == "NOUN"), None)
    if thing is None:
        return facts
    return [re.sub(r"^it(?:'ll|\s+will)\b", f"{thing} will", f, flags=re.I) if on_the_way(f) else f for f in facts]


# --- "I didn't know X": a lapse to check, or a fact no one could have checked ---
def known_fact(known, inside: set) -> str:
    """What was not known, with a subject the parser hung on the knowing verb ("didn't know [the gun]
    [was loaded]" parses "the gun" as its object)."""
    comp = next(c for c in known.children if c.dep_ == "ccomp" and c.i in inside)
    subject = [t for c in known.children if c.dep_ == "dobj" and c.i < comp.i and c.i in inside for t in c.subtree]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        subject = []
    return render(words_of(sorted([*subject, *(t for t in comp.subtree if t.dep_ != "mark")],
                                  key=lambda t: t.i))).rstrip(".!?,; ")


# Who someone is to the listener ("she was your sister", "that was your dad's watch"), or what another
# person would go on to do ("Dan would repeat it"): nothing the speaker could have checked.
_WHO_THEY_ARE = re.compile(r"^(?:she|he|they|that|this|it|[A-Z]\w+)\s+(?:was|is|were|'s|are)\s+(?:your|his|her|their)\s+", re.I)
_THEY_WOULD = re.compile(r"^(?:she|he|they|[A-Z]\w+)\s+(?:would|'d|was\s+going\s+to|were\s+going\s+to|might)\s+\w+")


def unchecked(rest: str) -> str | None:
    """"I didn't know she was your sister" → the account with the hurt acknowledged; None for a lapse."""
    rest = re.sub(r",?\s+(?:honestly|I\s+swear|seriously|though)$", "", rest.strip(), flags=re.I)
    if _WHO_THEY_ARE.match(rest) or _THEY_WOULD.match(rest):
        return f"I wish I'd known {rest}, and I'm sorry it hurt you"  # "I didn't know" still reads as the defence
    return None


# --- one acknowledgement at a time ---
_ACK = re.compile(r"^(?:I\s+(?:can\s+see|know|get|understand|hear)|It\s+makes\s+sense)\b.*\b(?:hurt|upset|stung|affected|"
                  r"harder|matters|frustrating|worried|worrying)\b|\bI'm\s+sorry\s+it\s+(?:hurt|upset)\s+you\b", re.I)
_SORRY_HURT = re.compile(r", and I'm sorry it hurt you\.$")
_GENERIC_ACK = re.compile(r"^I\s+(?:can\s+see|know|get|understand)\s+(?:why|how)\s+(?:that|it|this)\s+(?:upset\s+you|"
                          r"affected\s+you|hurt(?:\s+you)?)\.?$|^I\s+know\s+it\s+made\s+things\s+harder\s+for\s+you\.?$", re.I)


# Amends that promise to check, after "I wish I'd known" owned a fact there was no checking.
_CHECK_AMENDS = re.compile(r"^Next time I'll check for myself\b", re.I)


def one_acknowledgement(text: str) -> str:
    """"I can see why that hurt. I know why that upset you.": the second, generic one left out; and no
    "Next time I'll check for myself" after "I wish I'd known she was your sister"."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    # "I wish I'd known…, and I'm sorry it hurt you. I can see why that hurt.": the next line says it
    sentences = [_SORRY_HURT.sub(", and I'm sorry.", s) if k + 1 < len(sentences) and _ACK.search(sentences[k + 1])
                 else s for k, s in enumerate(sentences)]
    unknowable = "I wish I'd known" in text
    kept = [s for k, s in enumerate(sentences) if not (k and _GENERIC_ACK.match(s) and _ACK.search(sentences[k - 1]))
            and not (unknowable and _CHECK_AMENDS.match(s))]
    return " ".join(kept)
