"""What a defensive speaker can own: admitted lapses, denied actions, excuses, minimising words."""

from __future__ import annotations

import re

from .accounts import known_fact, unchecked  # "I didn't know she was your sister": nothing to check
from .unknowing import unknowing  # "I had no idea … your pond": not a lapse to check (unknowing.py)
from .conditions import COSTS, counterfactual_admission
from .deflection import HANDLED, HARMS, quoted_charge, reported as _reported, under_denial as _under_denial
from .excuses import explained_away, meant_well
from .inflect import base_of
from .lexicon import MOTIVES
from .message import Message
from .phrases import (BACKSHIFT, CANT_HELP, DID_WHAT_I_COULD, DIDNT_MEAN, LECTURE, MAKE_WORSE, NEVER_ENOUGH,
                      NOT_LIKE_I_WANTED, SHRUG, VICTIM_ROLE)
from .situations import cleaned
from .sneers import sneering
from .surface import Word, render, tidy, words_of

# Things a speaker may apologise for having done ("I missed one recital" → "I'm sorry I missed the recital").
FAILURES = {"miss", "forget", "cancel", "skip", "lose", "break", "drop", "spill", "oversleep",
             "snap", "yell", "shout", "scratch", "dent", "leave", "lie"}


MISSED_ACTS = {"make", "come", "call", "text", "reply", "answer", "finish", "show", "pay", "tell", "pick", "collect",
                "mention", "check", "ring", "send", "turn", "get"}


def speaker_verbs(clause):
    """Verbs in the clause whose subject is the speaker ("I"), main verb first."""
    inside = {t.i for t in clause.tokens}
    verbs = []
    for tok in clause.tokens:
        if tok.lower_ == "i" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in inside:
            verbs.append(tok.head)
    return sorted(set(verbs), key=lambda v: (v.i != clause.head.i, v.i))


def negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


_SOLE = re.compile(r"\b(?:on my own|by myself|alone|single-handedly)\b")
_IN_GOOD_TIME = re.compile(r"\b(?:normal|usual|same) time\b|\bon time\b|\bin (?:plenty of|good) time\b")


def admitted_failure(clause) -> str | None:
    """The speaker's own admission, as an apology: "So I missed one recital" → "I'm sorry I missed the recital".

    "I didn't X" becomes "I should have X-ed, and I'm sorry": "I'm sorry I didn't…" still reads
    as an excuse.
    """
    if clause.role in ("victim", "validation"):
        return None
    inside = {t.i for t in clause.tokens}  # "nobody's perfect, I forgot one thing": a ccomp outside
    for verb in speaker_verbs(clause):
        lemma = verb.lemma_.lower()
        if lemma not in FAILURES and base_of(lemma) in FAILURES:
            lemma = base_of(lemma)  # "forgot" tagged VBP keeps its past form as the lemma
        negative = negated(verb)
        counterfactual = negative and any(c.lower_ in ("would", "'d") for c in verb.children) and (any(
            c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children) or lemma == "have")
        if counterfactual:  # "I wouldn't have been late if…" admits being late
            negative = False
        late = lemma == "be" and any(c.lower_ == "late" for c in verb.children) and not negative
        condition = {t.i for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
                     for t in c.subtree}
        if not (counterfactual or late or (lemma in FAILURES and not negative)
                or (negative and lemma in MISSED_ACTS and not any(c.dep_ == "auxpass" for c in verb.children))):
            continue
        if lemma == "leave" and not any(c.dep_ == "dobj" for c in verb.children) and _IN_GOOD_TIME.search(
                " ".join(t.lower_ for t in verb.subtree)):
            continue  # "I left at the normal time": the speaker's evidence, no lapse to own
        if lemma in ("tell", "mention", "say") and not negative or lemma == "get" and any(
                t.lower_ in ("chance", "opportunity", "time") for t in verb.subtree):  # "didn't get the chance": an excuse
            continue
        if clause.role == "denial" and lemma not in MISSED_ACTS | {"be"} or lemma == "miss" and any(  # "I missed
                c.dep_ == "dobj" and c.lower_ in ("you", "u", "him", "her", "them", "us") for c in verb.children):  # you": longing
            continue
        if negative and (verb.tag_ == "VBG" or any(c.lower_ in ("will", "'ll", "wo", "gonna", "never", "even")
                                                   for c in verb.children)):
            continue  # "I'm not coming for Easter": a decision; "I never called you X", "I didn't even reply": denials
        if negative and (any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)
                         or _SOLE.search(" ".join(t.lower_ for t in verb.subtree))):
            continue  # "I don't pick the squad on my own": how things are done, not a lapse ("I should have picked…")
        if lemma != "be" and any(c.dep_ in ("oprd", "ccomp", "acomp") and c.i in inside for c in verb.children):
            continue  # "called you stupid", "said that…": words, not a missed call
        span = {t.i for t in verb.subtree} & {t.i for t in clause.tokens}
        subject = next(c for c in verb.children if c.lower_ == "i")
        words = [w for w in cleaned(clause) if w.tok is not None and w.tok.i in span and w.tok.i >= subject.i
                 and w.tok.dep_ not in ("mark", "cc") and not w.tok.is_punct and w.tok.i not in condition
                 and not (w.lower in ("only", "merely", "simply") and w.tok.dep_ == "advmod")]  # "I only missed…"
        words = [w if w.lower not in ("one", "a") or w.tok.dep_ not in ("nummod", "det")
                 else type(w)("the", w.ws, w.tok) for w in words]
        if counterfactual:
            main = verb
            if lemma == "have":  # "I wouldn't have had to lie" → "I lied"
                main = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
                if main.lemma_.lower() in COSTS:
                    continue  # "I wouldn't have had to pay £60 for a taxi": what the listener's lapse cost, no lapse
                words = [w for w in words if w.tok.i != verb.i and not (w.lower == "to" and w.tok.head.i == main.i)]
            rest = render([w for w in words if w.tok.i > main.i])
            return tidy(f"I'm sorry I {past(main.lemma_.lower())} {rest}")
        ability = any(c.lower_ in ("ca", "can", "could", "couldn") for c in verb.children)
        if negative and not ability:
            rest = render([w for w in words if w.tok.i > verb.i and w.lower != "yet"])  # not "should have … yet"
            return tidy(f"I should have {participle(lemma)} {rest}, and I'm sorry")
        text = tidy(re.sub(r"\bthe (?:thing|time)\b", "", render(words)))
        text = re.sub(r"\b(couldn't|can't|could not) have (\w+)", lambda m: f"{m.group(1)} {base_of(m.group(2))}"
                      if m.group(2) != "been" else f"{m.group(1)} be", text)
        text = re.sub(r"\s+anyway$", "", text)
        if len(text.split()) >= 2:
            return f"I'm sorry {text}"
    return None


def unkept_intention(clause) -> str | None:
    """"I was going to fix the tap" → "I haven't fixed the tap yet"; "I meant to forget" → "I forgot"."""
    for verb in speaker_verbs(clause):
        target = None
        if verb.lemma_ in ("go", "mean", "plan", "intend") and not (verb.lemma_ == "go" and verb.tag_ != "VBG"):
            target = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        elif verb.lemma_ == "be":
            about = next((c for c in verb.children if c.lower_ == "about"), None)
            target = next((t for t in about.subtree if t.pos_ == "VERB"), None) if about is not None else None
        if target is None or any(t.tag_ == "WP" or t.lower_ in ("how", "why") for t in verb.subtree):  # a plea
            continue
        if negated(verb) or _under_denial(verb):
            if verb.lemma_ != "mean" or target.lemma_.lower() in ("be", "get", "do", "say"):
                continue  # "I wasn't going to…" is no plan left undone
            rest = render(words_of([t for t in target.subtree if t.i > target.i and not t.is_punct]))
            return tidy(f"I'm sorry I {past(target.lemma_.lower())} {rest}")  # "didn't mean to break it": it broke
        # "…before you started yelling at me": when the plan was cut off, not part of what is still undone
        cut = {t.i for c in target.children if c.dep_ == "advcl" for t in c.subtree}
        rest = render(words_of([t for t in target.subtree if t.i > target.i and not t.is_punct and t.i not in cut
                                and t.lower_ not in ("myself", "anyway")]))
        verb_lemma = target.lemma_.lower()
        if verb_lemma in ("forget", "miss", "hurt", "upset"):
            return tidy(f"I'm sorry I {past(verb_lemma)} {rest}")
        if verb_lemma in ("get", "be"):
            continue
        return tidy(f"I'm sorry I haven't {participle(verb_lemma)} {rest} yet")
    return None


_UNINTENDED = {"know", "realise", "realize", "see", "mean", "want", "have", "do", "care", "think",
               "notice", "spot", "remember",  # "forgive me if I didn't notice the plants": no act the other saw
               "understand", "owe", "need", "get", "make", "go", "come", "try", "say",
               # a view or a stance, not an act the other saw: "I don't believe this delay is down to my team",
               # "I don't appreciate being treated like a thief" ("sorry it felt like I appreciate…" inverts it)
               "believe", "appreciate", "agree", "accept", "like", "expect", "mind", "intend", "plan",
               "pay", "lend", "buy"}  # "I'm not paying £340 for mould": a refusal, not a manner the other saw


_PERCEIVED_TRAITS = {"difficult", "rude", "lazy", "selfish", "angry", "mean", "cold", "distant",
                     "unreasonable", "dramatic", "controlling", "defensive", "careless"}


# What the speaker will not do, said in the present progressive: a refusal ("I'm not paying the redelivery fee").
_REFUSED = {"apologise", "apologize", "pay", "sit", "wait", "cover", "lend", "give", "cook", "clean", "drive", "stay",
            "go", "come", "move", "buy", "do", "say", "tidy", "wash", "work", "sleep", "leave", "put"}


def perceived_action(clause) -> tuple[str, bool] | None:
    """A denial turned into what the other person saw: "I didn't raise my voice" → ("I raised my voice", past)."""
    if clause.role not in ("denial", "fact", "excuse", "minimising"):
        return None
    if explained_away(clause.text):
        return None  # "that's why I didn't submit it on time": the lapse, owned, not denied
    for verb in speaker_verbs(clause):
        if not negated(verb) or verb.lemma_.lower() in _UNINTENDED or _reported(verb):
            continue
        if verb.lemma_.lower() in HANDLED:
            continue  # "I didn't eat your leftovers": a fact disputed, not a manner the other saw
        if any(c.dep_ in ("attr", "acomp") for c in verb.children) and verb.lemma_ == "be":
            continue
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue
        progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)
        if not progressive and not any(c.lemma_ == "do" for c in auxes):
            continue  # "I can't help that…" is not a denial of something the other saw
        past_tense = any(c.lower_ == "did" or c.tag_ == "VBD" for c in auxes)
        if progressive and not past_tense and verb.lemma_.lower() in _REFUSED:
            continue  # "I'm not sitting in a coat all evening": a refusal, not a manner the other saw
        subject = next(c for c in verb.children if c.lower_ == "i")
        if verb.dep_ == "relcl" or subject.i > 0 and subject.doc[subject.i - 1].pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp") and c.i > verb.i for c in verb.children):
            continue  # "mould I didn't cause": what was done is the noun before it ("it felt like I caused.")
        span = [t for t in verb.subtree if t.i > subject.i and t.i in {x.i for x in clause.tokens}
                and not (t.dep_ in ("neg", "aux") and t.head.i == verb.i) and not t.is_punct and t.lower_ != "never" and not sneering(t)]
        if not span:
            continue
        words = words_of(span)
        for w in words:
            if w.tok.i == verb.i and not progressive:
                w.text = past(verb.lemma_.lower()) if past_tense or verb.tag_ == "VBD" else w.text
        text = render(words)
        if any(t.lower_ in ("anything", "nothing", "anyone", "everything") for t in span):
            continue
        if progressive:
            return (f"I was {text}" if past_tense else f"I'm {text}"), past_tense
        return f"I {text}", True
    return None


def reflected_view(clause) -> str | None:
    """What the other person seems to think, from a denial: "it's not my fault" → "it's my fault",
    "it wasn't me who left the door open" → "I left the door open", "I'm not the problem" → "I'm the problem"."""
    lowers = [t.lower_ for t in clause.tokens]
    text = " ".join(lowers)
    charge = quoted_charge(clause)  # "don't tell me I don't contribute" → "I don't contribute"
    if charge:
        return charge
    if "my fault" in text and (clause.role == "denial" or clause.question):
        return "it's my fault"
    head = clause.head
    rel = next((t for t in clause.tokens if t.dep_ == "relcl" and t.head.lower_ == "me"), None)
    if head.lemma_ == "be" and "me" in lowers and rel is not None and negated(head):
        kept = [t for t in rel.subtree if t.lower_ not in ("who", "that") and not t.is_punct]
        words = [Word({"is": "am", "has": "have", "was": "was"}.get(t.lower_, base_of(t.lemma_.lower()))
                      if t.tag_ == "VBZ" or t.lower_ == "is" else t.text, t.whitespace_, t) for t in kept]
        rest = render(words)
        return f"I {rest}" if rest else None
    if head.lemma_ == "be" and any(c.lower_ == "i" for c in head.children) and negated(head):
        attr = next((c for c in head.children if c.dep_ in ("attr", "acomp")), None)
        being = any(c.lower_ == "being" for c in head.subtree)
        if attr is not None and (attr.lower_ in _PERCEIVED_TRAITS or "the problem" in text
                                 or (being and attr.pos_ == "ADJ")):
            return f"I'm {'being ' if being else ''}{render(words_of(list(attr.subtree)))}".rstrip(".!?, ")
    return None


_UPSET = {"upset", "angry", "mad", "annoyed", "hurt", "bothered", "offended", "worried", "cross", "frustrated"}


def said_back(msg: Message) -> str | None:
    """The minimising words, owned as reported speech: "you're overreacting" → "you were overreacting",
    "calm down" → "told you to calm down" (so the apology names what was said)."""
    for clause in msg.clauses:
        if clause.role != "minimising" and not SHRUG.search(clause.text):
            continue
        text = re.sub(r",\s+[A-Z][a-z]+$", "", re.split(r"(?<=[.!?])\s", render(cleaned(clause, msg.address_tokens)))[0]
                      .rstrip(".!?,; "))  # "it was one drink, Mum. One.": one sentence, without the "Mum"
        if not text:
            continue
        if re.match(r"^(?:calm down|relax|chill(?: out)?|get over it|stop being [\w ]+)$", text, re.I):
            return None  # "told you to calm down" reads as a brush-off; the plain apology is better
        text = re.sub(r",? (?:calm down|relax|chill(?: out)?|get over it|lighten up)$", "", text, flags=re.I)
        for pattern, replacement in BACKSHIFT:
            text = pattern.sub(replacement, text)
        if len(text.split()) >= 3 and text.split()[0].lower() in ("you", "it", "that", "this"):
            return text
    return None


def their_feeling(msg: Message) -> str | None:
    """"you're upset about one missed call?" → "I can see you're upset about the missed call"."""
    for clause in msg.clauses:
        head = clause.head
        adj = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in _UPSET), None)
        if head.lemma_ == "be" and clause.you_subject and adj is not None:
            rest = [t for t in adj.subtree if t.i > adj.i and not t.is_punct]
            words = [Word("the", t.whitespace_, t) if t.lower_ in ("one", "a", "an") and t.dep_ in ("nummod", "det")
                     else Word(t.text, t.whitespace_, t) for t in rest]
            return tidy(f"I can see you're {adj.lower_} {render(words)}")
    return None


def _joke(clause) -> str | None:
    """"It was a joke about the mascot costume" → "the joke about the mascot costume"."""
    joke = next((t for t in clause.tokens if t.lemma_ == "joke" and t.pos_ == "NOUN"), None)
    if joke is None:
        return None
    called = {d.i for t in joke.children if t.dep_ == "appos" and t.pos_ == "PROPN" for d in t.subtree}  # ", Emma,"
    rest = render(words_of([t for t in joke.subtree if t.i > joke.i and not t.is_punct and t.i not in called]))
    return tidy(f"my joke {rest}")


def owned_joke(clause) -> bool:
    """"it was a joke": owned as "my joke landed badly" by `apologies`, so never kept as a fact too."""
    return clause.role in ("minimising", "fact", "excuse") and _joke(clause) is not None


def past(verb: str) -> str:
    from .inflect import past as past_form

    return past_form(verb)


def participle(verb: str) -> str:
    from .inflect import participle as participle_form

    return participle_form(verb)


# "don't act like I…", "stop making out like I was langers", "you talk as if we…": the act is the listener's charge.
_IMPUTED = re.compile(r"\b(?:act|acts|acting|acted|pretend|pretends|pretending|make out|making out|makes out|talk|talks|"
                      r"talking)\s+(?:like|as if|as though)\s+(?:I|I'm|I've|I'd|we|we're)\b", re.I)
_MOTIVE_WORDS = re.compile(rf"\b{MOTIVES}\b", re.I)


def _imputed(text: str) -> bool:
    """The act is the listener's charge, not the speaker's admission; "stop acting like I missed your call on
    purpose" imputes only the motive, and the act is owned (lapses.py)."""
    return bool(_IMPUTED.search(text)) and not _MOTIVE_WORDS.search(text)


def apologies(msg: Message) -> list[str]:
    """What the speaker owns, each as a clause: failures, plans not kept, denials owned, jokes."""
    found = []
    for clause in (c for c in msg.clauses if c.role != "pressure" and not _imputed(c.text)):  # pressure.py: nothing
        # owned there; "Don't act like I dropped this on you": what the speaker says the listener imputes, never owned
        admitted = counterfactual_admission(clause)
        failure = admitted_failure(clause) or unkept_intention(clause) or (
            f"I know {admitted}, and I'm sorry" if admitted else None)
        if failure:
            found.append(failure)
            continue
        owned = owned_excuse(msg, clause)
        if owned:
            found.append(owned)
            continue
        joke = _joke(clause)
        if joke and clause.role in ("minimising", "fact", "excuse"):
            found.append(f"I can see {joke} landed badly, and I'm sorry")
            continue
        meant = meant_well(clause) or _owned_phrase(msg, clause) or explained_away(clause.text)
        if meant:
            found.append(meant)
            continue
        if _not_reminded(clause):
            found.append("I should have kept track of it myself, and I'm sorry")
            continue
        if DIDNT_MEAN.search(clause.text):
            found.append("I'm sorry it came across like that. That's not what I meant")
    return found


def victim_feeling(msg: Message) -> str | None:
    """"Guess I'll just be the bad guy again" → "I'm feeling like the bad guy"; an I statement of the hurt."""
    for clause in msg.clauses:
        text = clause.text
        found = VICTIM_ROLE.search(text)
        if found:
            return f"I'm feeling like the {found.group(1).rstrip()}"
        found = NEVER_ENOUGH.search(text)
        if found and re.search(r"\b(?:enough|right|good|wrong)\b", found.group(1), re.I):
            where = re.search(r"\b(?:for|to|in|at|with) ((?:this|my|the|our|your) [\w ]+?)\W*$", found.group(1))
            return f"I've been feeling unappreciated in {where.group(1)}" if where else \
                "I've been feeling unappreciated lately"
        if MAKE_WORSE.search(text):
            return "I'm feeling like I only make things worse, and I do want to help"
        if re.search(r"\bI can(?:'t|not|never) do anything right\b", text, re.I):
            return "I'm feeling like I can't get anything right"
        found = _SELF_VERDICT.search(text)
        if found:
            return f"I'm feeling like {found.group(1)} right now"
    if any("victim_stance" in c.cues for c in msg.clauses):
        return msg.pick(["I'm feeling hurt and a bit defeated right now",
                         "I'm feeling pretty discouraged right now"], "defeated")
    return None


# "I guess I'm just a terrible husband then", "sorry I'm such a horrible person"
_SELF_VERDICT = re.compile(r"\bI'?m (?:just |such |obviously |clearly |apparently )*(an? (?:terrible|horrible|awful|bad|"
                           r"useless|rubbish|lousy|worthless|hopeless|failure|disappointment)(?: [a-z]+)?)\b", re.I)


def _owned_phrase(msg: Message, clause) -> str | None:
    """Defences with a set shape, owned: "it's not like I wanted to work" → "I'm sorry I had to work"."""
    text = render(cleaned(clause, msg.address_tokens, strict=False)).rstrip(".!?,; ")
    found = NOT_LIKE_I_WANTED.search(text)
    if found:
        verb, _, rest = found.group(1).partition(" ")
        if base_of(verb.lower()) in HARMS:  # "not like I wanted to upset your mum": it happened, unwanted
            return tidy(f"I'm sorry I {past(base_of(verb.lower()))} {rest}")
        return f"I'm sorry I had to {found.group(1)}"
    found = DID_WHAT_I_COULD.search(text)
    if found:
        return "I'm sorry it didn't work out"  # "I couldn't do more" still argues the effort
    found = LECTURE.search(text)
    if found:
        return f"You're right about {found.group(1)}, and I'm sorry"
    found = CANT_HELP.search(text)
    if found:
        return f"I'm sorry {found.group(1)}, and I know it affected you"
    return None


def _not_reminded(clause) -> bool:
    """"well, you didn't remind me" / "nobody reminded me": the other was meant to keep track."""
    head = clause.head
    return head.lemma_ in ("remind", "warn") and any(c.lower_ == "me" for c in head.children) and (
        negated(head) or any(c.lower_ in ("nobody", "noone") for c in head.children))


# What follows "my fault" that is no act to be sorry for: "I'm sorry when top went 0/9" reads as nonsense.
_SUBORDINATORS = {"when", "whenever", "if", "because", "cos", "cause", "since", "as", "unless", "while"}


_FIXED_STATE = re.compile(r"\b(?:permanently|naturally|(?:has|have)\s+always\s+been|just\s+(?:like\s+that|the\s+way))\b", re.I)


# What happens to the listener rather than what they choose: "not my fault you got lost" is still theirs to be sorry about.
_UNDERGONE = {"be", "get", "feel", "have", "lose", "miss", "think", "seem", "look", "end", "fall", "become", "find", "hear",
             "fail", "trip", "slip", "crash", "catch", "hurt", "break", "need"}


def _listener_chose(tokens) -> bool:
    """"you pushed mid solo", "you booked the wrong day": the listener the subject of an act they chose."""
    you = next((t for t in tokens if t.lower_ in ("you", "u") and t.dep_ == "nsubj"), None)
    return you is not None and you.head.pos_ == "VERB" and you.head.lemma_.lower() not in _UNDERGONE \
        and not negated(you.head)


def owned_excuse(msg: Message, clause) -> str | None:
    """A denial or excuse turned into owning it: "nobody told me X" → "I should have checked whether X"."""
    if (said := unknowing(msg, clause)) is not None: return said or None  # noqa: E701 (wiring, unknowing.py)
    tokens = [t for t in clause.tokens if not (t.i == clause.tokens[0].i and t.lower_ in ("so", "but", "and", "well"))]
    lowers = [t.lower_ for t in tokens]
    inside = {t.i for t in tokens}
    k = _fault_word(lowers) if clause.role == "denial" else None
    if k is not None:
        cut = next((j for j, t in enumerate(tokens) if j > k and t.text in (",", ";")), len(tokens))
        rest = _render_after(tokens[:cut], k)  # "…that the Wi-Fi's down, ring Virgin yourself": not the order
        if re.match(r"(?:you|u)\b", rest, re.I) and (lowers[k] != "fault" or re.match(
                r"(?:you|u)(?: \w+)? (?:didn't|did not|don't|never|can't|couldn't|wouldn't|forgot)\b", rest, re.I)):
            rest = ""  # "not my problem you missed it": the listener's own act, no "I'm sorry it landed on you";
            # "not my fault you didn't check your phone": their lapse, and "I'm sorry you didn't…" only scolds
        if rest and _listener_chose(tokens[k + 1:cut]):
            rest = ""  # "not my fault you pushed mid solo": their choice; "I'm sorry you pushed…" is the blame again
        if rest and _FIXED_STATE.search(rest):
            rest = ""  # "not my fault the grout is permanently that colour": no act in it to be sorry for
        if rest and rest.split()[0].lower() not in _SUBORDINATORS:  # "how is it my fault when top went 0/9"
            return msg.pick([f"I'm sorry {rest}, and I know it affected you",
                             f"I know {rest}, and I'm sorry it landed on you"], "deny")
    idea = next((t for t in tokens if t.lower_ == "idea" and any(c.lower_ == "no" for c in t.children)), None)
    if idea is not None and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in idea.head.children):
        rest = _render_after(tokens, lowers.index("idea"))  # "I had no idea", not "you have no idea"
        if rest and rest.split()[0].lower() not in _WH:
            return unchecked(rest) or f"I should have checked whether {rest}, and I'm sorry"
    told = any(w in lowers for w in ("nobody", "noone")) or "no one" in " ".join(lowers)
    if clause.role == "excuse" or told or any(t.lemma_ in ("know", "realise", "realize") for t in tokens):
        known = next((t for t in tokens if t.lemma_ in ("know", "realise", "realize", "tell", "say", "warn")
                      and any(c.dep_ == "ccomp" and c.i in inside for c in t.children)
                      and (any(c.dep_ == "nsubj" and (c.lower_ in ("nobody", "noone", "one") or
                                                      (c.lower_ == "i" and (negated(t) or "supposed" in lowers)))
                               for c in t.children)
                           or (t.dep_ == "xcomp" and negated(t.head) and any(
                               c.lower_ == "i" for c in t.head.children)))), None)
        if known is not None:
            rest = known_fact(known, inside)  # with "the gun" of "didn't know the gun was loaded" (accounts.py)
            if rest and (unchecked(rest) or rest.split()[0].lower() not in ("what", "how", "why", "that", "it")):
                return unchecked(rest) or f"I should have checked whether {rest}, and I'm sorry"
        if (told or "supposed" in lowers) and any(t.lemma_ in ("tell", "know", "say", "warn") for t in tokens) \
                and not re.search(r"\bsa(?:id|y|ys) a (?:single )?word\b", clause.text, re.I):  # "Danny missed two and
            return "I should have checked for myself, and I'm sorry"  # nobody said a word": no one complained, not no one told
    if lowers[:2] in (["excuse", "me"], ["forgive", "me"]) and "for" in lowers:
        k = lowers.index("for")
        if "not" in lowers or any(t.lemma_ in ("forget", "miss") for t in tokens):
            return f"I'm sorry for {_render_after(tokens, k)}"
    return None


_WH = {"what", "how", "why", "where", "who", "when", "which"}  # "checked whether what time it was"


def _fault_word(lowers: list) -> int | None:
    """Where the denial's "not my fault" ends: "fault", or "not on me" / "not my problem" said instead."""
    if "fault" in lowers:
        return lowers.index("fault")
    for k in range(1, len(lowers)):
        if lowers[k - 1:k + 1] == ["on", "me"] and "not" in lowers[max(0, k - 3):k - 1] \
                or lowers[k - 1:k + 1] == ["my", "problem"] and "not" in lowers[max(0, k - 3):k - 1]:
            return k
    return None


def _render_after(tokens, k) -> str:
    rest = [t for t in tokens[k + 1:] if not (t.lower_ == "that" and t.i == tokens[k].i + 1)]
    return render([w for w in words_of(rest) if w.text not in ("?", "!")]).rstrip(".!?,; ")
