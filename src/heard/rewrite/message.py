"""One flagged message as the rewrites see it: its clauses, who it addresses, its topic and feeling."""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass, field

from .acts import act_literal
from .address import find_address
from .deflection import disowned
from .feeling_grounds import adjust_assurances, adjust_grounds
from .deadpan import mark_deadpan
from .excuses import stated_state
from .asides import EXTENDS, contrasted, mark_asides
from .clauses import YOU, Clause, joining, mark_clauses, split_clauses, trait_name
from .lexicon import (CUE_FEELINGS, FEELING_CUES, FEELINGS, INTERJECTIONS, SARCASM, TIME_WORDS, TRAIT_NOUNS,
                      TRAITS)
from .accusing import mark_accusing
from .rhetoric import take_back
from .rhetorical import mark_rhetorical
from .sarcasm import literal
from .experience import experience
from .expectations import mark_expected
from .obligations import mark_obligations
from .slot_grammar import mark_reproaches
from .every_time import mark_every_time
from .habits import mark_habits
from .phrase_repairs import mark_every_time_root, partitive_whole
from .fluent_repairs import manner_word, measured_whole
from .fragments import fragment_literal
from .remarks import remark_only
from .feelings import adjust as adjust_feelings
from .owed_feelings import adjust_owed
from .irony import cut_frames, drop_unreadable
from .motives import mark_motives
from .mock_praise import mark_invitations, meant, thanks_opens
from .manipulation import mark_manipulation
from .pressure import mark_pressure
from .spoken import mark_spoken
from .surface import render, words_of
from .topics import not_a_topic

# Housework two people share: whoever doesn't do it leaves it to the other ("overwhelmed" fits).
_CHORES = {"dish", "dishes", "chore", "laundry", "clean", "tidy", "cook", "kitchen", "toilet", "sink", "fridge",
           "counter", "mug", "hoover", "vacuum", "washing", "share"}
_TOPIC_DETS = {"a", "an", "one", "every", "some", "any", "that", "those", "these", "another"}
_VAGUE = {"thing", "things", "stuff", "way", "time", "times", "lot", "bit", "deal", "one", "twice", "thrice",
          "anything", "something", "nothing", "everything", "everyone", "anyone", "someone",
          "nobody", "people", "person", "guy", "fault", "problem", "point", "reason", "idea",
          "minute", "second", "hour", "day", "week", "month", "year", "life", "god", "hell",
          "defence", "defense", "favour", "favor", "crime", "mind", "reader", "chance", "matter",
          "cheek", "nerve", "audacity", "gall"}  # "had the cheek to tell us…": the sneer, not what it is about
_INSULTS = {"idiot", "moron", "jerk", "loser", "clown", "genius", "bully", "liar", "child", "baby", "joke",
            "insight", "intelligence", "take", "drama", "nonsense", "garbage", "trash", "expert", "majesty"}
_BODY = {"eye", "eyes", "face", "mouth", "head", "ear", "ears", "nose", "hand", "hands", "back", "mind",
         "butt", "ass", "arse", "backside", "bum", "guts"}  # "I work my butt off": an idiom of effort
PEOPLE = {"mom", "mum", "mother", "dad", "father", "parents", "sister", "brother", "wife", "husband",
           "partner", "girlfriend", "boyfriend", "friend", "friends", "boss", "kids", "son", "daughter",
           "family", "mate", "mates", "gran", "nan", "grandma", "grandad", "aunt", "uncle", "cousin"}
# Every noun that names a person, family or role: a rewrite refers back to one as "them", never "it"
# ("speak to the ref" → "speak to it" made a thing of the ref).
PERSON_NOUNS = PEOPLE | {"ref", "referee", "coach", "teacher", "manager", "neighbour", "neighbor", "landlord",
                         "driver", "captain", "doctor", "nurse", "client", "customer", "kid", "child", "baby",
                         "team", "guy", "girl", "boy", "man", "woman", "lady", "people", "staff", "ex", "children"}
_DISOWNED = {"job", "problem", "fault", "responsibility", "business", "issue", "concern"}
_HOSTILE = set(TRAITS) | set(TRAIT_NOUNS) | SARCASM | {"attitude", "moaning", "nagging", "drama", "crap", "bs",
                                    "nonsense", "rubbish", "behaviour", "behavior", "mess"}


def _echoed_words(doc) -> set[int]:
    """Token indices of words the speaker quotes or scorns rather than feels: speech inside quotation marks
    ("you say "I was just worried"", three words or more: a scare-quoted "forget" or "quick fix" is still the
    listener's act) and a word before "my foot" ("Worried my foot.")."""
    echoed, span, inside = set(), [], False
    for tok in doc:
        if tok.text in ('"', "“", "”"):
            opening = not inside if tok.text == '"' else tok.text == "“"
            if not opening and sum(t.is_alpha for t in span) >= 3:
                echoed.update(t.i for t in span)
            inside, span = opening, []
            continue
        if inside:
            span.append(tok)
    for tok in doc[:-2]:
        if doc[tok.i + 1].lower_ == "my" and doc[tok.i + 2].lower_ == "foot":
            echoed.add(tok.i)
    return echoed


@dataclass
class Message:
    text: str
    doc: object
    clauses: list
    address: str | None = None
    address_tokens: set = field(default_factory=set)
    labels: set = field(default_factory=set)
    flagged: set = field(default_factory=set)  # what the model flagged the whole message for (labels may add to it)
    defends: bool = False  # flagged or read as defensive before the engine tried both kinds (engine._pool)
    leaning: str = ""  # of two flags, the one the model is far surer of ("it's a B, not a crime. Stop acting like…")
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # readings made once (memo.py)

    def pick(self, options, salt: str = ""):
        """One of `options`, the same for the same message: varied openings, reproducible."""
        options = list(options)
        return options[zlib.crc32((salt + self.text).encode("utf-8")) % len(options)] if options else None

    def having(self, *roles) -> list[Clause]:
        return [c for c in self.clauses if c.role in roles]

    @property
    def blaming(self) -> bool:
        return "blaming" in self.labels

    @property
    def defensive(self) -> bool:
        return "defensive" in self.labels

    # -- what the message is about ----------------------------------------------------------
    def feeling(self) -> str:
        """The feeling a rewrite names, chosen from what the message says (cues, verbs, traits)."""
        tally = Counter()
        echoed = _echoed_words(self.doc)  # "then say 'I was just worried'. Worried my foot.": the listener's word, scorned
        said = [t for c in self.clauses if c.role not in ("filler",) for t in c.tokens  # "Dad, …" names no feeling
                if not _their_act(t) and t.i not in self.address_tokens and t.i not in echoed]
        lemmas = Counter(t.lemma_.lower() for t in said)
        lemmas.update(t.lower_ for c in self.clauses for t in c.tokens
                      if not _their_act(t) and t.i not in self.address_tokens and t.i not in echoed)
        for feeling, words in FEELING_CUES.items():
            tally[feeling] += sum(lemmas[w] for w in words)
        for clause in self.clauses:
            for cue in clause.cues:
                if cue in CUE_FEELINGS:
                    tally[CUE_FEELINGS[cue]] += 0.5
            trait = trait_name(clause) if clause.role == "attack" else None
            if trait is not None:
                tally[TRAITS[trait][1]] += 2
            if clause.role in ("accusation", "question", "fault"):
                frame = experience(clause)
                if frame and frame[1]:
                    tally[frame[1]] += 3
        adjust_feelings(tally, lemmas, [c for c in self.clauses if c.role != "filler"])  # feelings.py
        adjust_owed(tally, self.text)  # money owed to the speaker: not worry (owed_feelings.py)
        adjust_assurances(tally, lemmas, self.text)  # "you told me Friday": a promise, no hurt (feeling_grounds.py)
        adjust_grounds(tally, self.text)  # "bill" alone is no worry, "sink" alone no load (feeling_grounds.py)
        if not self._carries_load():  # "overwhelmed" is about a load the speaker carries, not a neighbour's dog
            tally.pop("overwhelmed", None)
        if not tally or max(tally.values()) <= 0:
            return "upset"
        order = {f: k for k, f in enumerate(FEELINGS)}
        return max(tally, key=lambda f: (tally[f], -order.get(f, 99)))

    def feeling_named(self) -> bool:
        """Whether the message itself points to a feeling (else the rewrite should not name one)."""
        lemmas = {t.lemma_.lower() for c in self.clauses if c.role != "filler" for t in c.tokens}
        cued = any(lemmas & set(words) for feeling, words in FEELING_CUES.items()
                   if feeling != "overwhelmed" or self._carries_load())
        return cued or any(c.role == "attack" and trait_name(c) is not None for c in self.clauses)

    def _carries_load(self) -> bool:
        """The speaker does the work the message is about: they say so, or it is housework they share."""
        if any(t.lemma_.lower() in _CHORES for c in self.clauses for t in c.tokens):
            return True
        return any(t.lower_ in ("i", "me", "my", "myself") for c in self.clauses if c.role != "filler"
                   for t in c.tokens) or any(c.role == "attack" and TRAITS.get(trait_name(c) or "", ("", ""))[1] == "overwhelmed"
                   for c in self.clauses)

    def topic(self, roles=None) -> str | None:
        """The main thing the message is about, as a noun phrase ("the missed call", "Gran's gutters")."""
        chunks = []
        for clause in self.clauses:
            if clause.role in ("filler", "contempt", "attack", EXTENDS) or (roles and clause.role not in roles):
                continue
            if stated_state(clause):
                continue  # "I was busy at work": the work is the excuse's, not what the message is about
            if remark_only(clause):
                continue  # "so enjoy explaining to the police…": a jab, dropped from the rewrite (remarks.py)
            if clause.head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "like" for c in clause.head.children):
                continue  # "you're just like your mother": a comparison, not a topic
            inside = {t.i for t in clause.tokens}
            for chunk in self.doc.noun_chunks:
                if chunk.root.i in inside and chunk.start >= clause.tokens[0].i:
                    chunks.append((clause, chunk))
        best = None
        for clause, chunk in chunks:
            root = chunk.root
            if root.pos_ not in ("NOUN", "PROPN") or root.lower_ in _VAGUE or root.lower_ in TIME_WORDS \
                    or root.ent_type_ == "TIME":  # "it lapsed at midnight": when, not what about
                continue
            if any(t.lower_ in _HOSTILE and t.dep_ != "compound" for t in chunk) or root.lower_ in YOU or _quoted(chunk):
                continue
            if root.dep_ in ("npadvmod",) or root.i in self.address_tokens or contrasted(root):
                continue
            if root.lower_ in _DISOWNED and any(t.lower_ in ("my", "mine") for t in chunk):
                continue  # "not my job", "my problem": a denial, not the topic
            if not_a_topic(root):
                continue  # "keep track of", "in this house", "you were a bad mum" (topics.py)
            score = {"dobj": 3, "nsubj": 2, "nsubjpass": 3, "pobj": 2, "attr": 1}.get(root.dep_, 1)
            score += 1 if clause.role in ("denial", "minimising", "excuse", "accusation", "question", "fault") else 0
            if best is None or score > best[0]:
                best = (score, chunk)
        if best and best[1].end < len(self.doc):  # "the class WhatsApp" parsed as "the class" + appos: one name
            nxt = self.doc[best[1].end]
            if nxt.dep_ == "appos" and nxt.head.i == best[1].root.i and nxt.pos_ == "PROPN" and nxt.i not in self.address_tokens:
                best = (best[0], self.doc[best[1].start:nxt.i + 1])
        return noun_phrase(best[1]) if best else None

    def plain_topic(self) -> str | None:
        """A topic safe to name on its own: a common noun that a verb acts on, outside sarcasm,
        orders and insults ("the login", "the deadline"; not "the idiot", "the eye", "12 years")."""
        for clause in self.clauses:
            if clause.role not in ("fact", "accusation", "fault", "question", "own", "excuse", "denial") \
                    or clause.head.tag_ == "VB" and clause.subject is None:
                continue
            inside = {t.i for t in clause.tokens}
            for chunk in self.doc.noun_chunks:
                root = chunk.root
                if root.i not in inside or root.pos_ != "NOUN" or root.dep_ not in ("dobj", "pobj"):
                    continue
                if root.head.pos_ not in ("VERB", "ADP") or (root.head.pos_ == "ADP" and root.head.head.pos_ != "VERB"):
                    continue
                if any(t.pos_ in ("PROPN", "NUM") or t.like_num or not t.is_ascii or t.lower_ in _HOSTILE | _INSULTS
                       for t in chunk) or root.lower_ in _VAGUE | TIME_WORDS | _BODY or _quoted(chunk) \
                        or _where_or_whom(root) or not_a_topic(root):  # "lift a finger" (topics.py)
                    continue
                return noun_phrase(chunk)
        return None

    def their_things(self) -> str | None:
        """Things the message calls the listener's ("your pan, your burnt eggs") → "the pan and the
        burnt eggs": what a request can be about when the message names no event."""
        things = []
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if not any(t.dep_ == "poss" and t.lower_ in ("your", "ur") for t in chunk) or root.pos_ != "NOUN" \
                    or any(c.role == "filler" and root in c.tokens for c in self.clauses):
                continue  # (a filler's "your": "nice of you to show up to your own standup", irony.py)
            if root.lower_ in _VAGUE | _DISOWNED | _HOSTILE | _INSULTS | _BODY | TIME_WORDS | PEOPLE or _quoted(chunk) \
                    or not_a_topic(root):
                continue  # "your mom" is a person, not a thing the listener could take care of
            if _acted_on(root):
                continue  # "enjoy your echo chamber", "checked your messages": an event names it, not a mess
            words = [t for t in chunk if t.dep_ != "poss" and not t.is_punct and t.lower_ != "own"]
            things.append("the " + render(words_of(words), lower_start=True))
        if not things:
            return None
        return things[0] if len(things) == 1 else ", ".join(things[:-1]) + " and " + things[-1]

    def time_phrase(self) -> str | None:
        """A time the message names ("last night", "since March"), kept in specific rewrites."""
        for ent in self.doc.ents:
            if ent.label_ in ("DATE", "TIME") and not any(t.lower_ in ("every", "always") for t in ent):
                return ent.text
        return None


def _acted_on(noun) -> bool:
    """Whether a verb other than be/have acts on `noun` ("checked your messages", "on your phone all day"
    is not: the preposition hangs off "be")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    imperative = head.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") for c in head.children)
    if imperative and head.lemma_ not in ("enjoy", "keep", "go"):
        return False  # "pick up your socks": the request is about the thing ("enjoy your echo chamber" is a jab)
    return noun.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and head.lemma_ not in ("be", "have")


# "in front of the class", "from another parent": where it happened or who said so, not the topic.
_PLACE_PARTS = {"front", "side", "middle", "top", "bottom", "end", "back", "behind", "corner", "sake", "way"}
SOURCES = {"parent", "parents", "teacher", "teachers", "colleague", "colleagues", "neighbour", "neighbours",
            "neighbor", "neighbors", "someone", "student", "students", "coach", "manager", "member"}


def _where_or_whom(root) -> bool:
    return root.dep_ == "pobj" and (root.lower_ in _PLACE_PARTS or root.lower_ in SOURCES | PEOPLE
                                    and root.head.lower_ in ("from", "by", "with", "to"))


def _their_act(tok) -> bool:
    """"without" in "I can't X without you Y-ing": the listener's act, not being left out."""
    return tok.lower_ == "without" and any(c.dep_ == "pcomp" and any(s.dep_ == "nsubj" for s in c.children)
                                           for c in tok.children) or contrasted(tok)


_PLAYED_DOWN = {"just", "only", "literally", "merely", "simply"}
_QUANTIFIERS = {"enough", "more", "less", "much", "many", "all", "some", "any", "no", "few", "several"}


def _quoted(chunk) -> bool:
    """Inside quotation marks: someone's words, not the topic."""
    before = chunk.doc[:chunk.start].text
    return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1 or any(
        t.text in ("'", "‘", "’") and t.is_punct for t in chunk)


def noun_phrase(chunk) -> str:
    whole = partitive_whole(chunk)  # "every piece of feedback" → "feedback" (phrase_repairs.py)
    if whole:
        return render(words_of(whole), lower_start=True)
    if measured_whole(chunk):  # "the whole stack of essays" → "the essays" (fluent_repairs.py)
        return measured_whole(chunk)
    words = words_of([t for t in chunk if t.lower_ not in INTERJECTIONS and t.lower_ not in SARCASM
                      and not (t.i == chunk.start and t.lower_ in _QUANTIFIERS)
                      and not (t.is_punct and not joining(t))  # but "Wi-Fi" keeps its hyphen (clauses.py)
                      and not (t.lower_ in _PLAYED_DOWN and t.dep_ in ("advmod", "amod"))  # "only money"
                      and not (t.lower_ in ("few", "couple") and t.i > chunk.start and t.doc[t.i - 1].lower_ == "a")  # "just a text" → "the text"
                      and not manner_word(t, chunk)])  # "rewriting the FAQ solo" → "the FAQ" (fluent_repairs.py)
    if words and words[0].lower in _TOPIC_DETS:
        words[0].text = "the"
    elif words and words[0].tok is not None and words[0].tok.pos_ not in ("DET", "PRON", "PROPN", "NUM") \
            and chunk.root.pos_ != "PROPN" and not any(t.dep_ == "poss" for t in chunk):
        return "the " + render(words, lower_start=True)
    return render(words, lower_start=True)


_LITERAL_ROLES = {"contempt", "filler", "fact", "question", "accusation", "fault", "attack", "counter"}


def _thanked(clause, labels, clauses=()) -> bool:
    """"(great,) thanks for cc'ing everyone on my mistake": thanks in a blaming message, whatever else
    the clause owns, unless the message shows it is meant (mock_praise.py)."""
    return "blaming" in labels and thanks_opens(clause) and not meant(clause, clauses)


def read_message(text: str, doc, labels=(), evidence=()) -> Message:
    clauses = split_clauses(doc)
    cut_frames(clauses)  # "per my last email, X" → "X" (irony.py)
    mark_clauses(doc, clauses, evidence)
    mark_asides(clauses)
    from .which_verdicts import cut_which_verdicts  # "…which was so rude": the verdict cut (which_verdicts.py)
    cut_which_verdicts(clauses)
    for clause in clauses:
        clause.literal = (literal(clause) or fragment_literal(clause, "blaming" in labels) or act_literal(clause)
                          if (clause.role in _LITERAL_ROLES or _thanked(clause, labels, clauses))
                          and not ("blaming" not in labels and disowned(clause)) else None)
        if clause.literal is not None:
            clause.role = "accusation"
    mark_invitations(clauses, labels)  # "sure, tell me more about how…": what was said, not an invitation (mock_praise.py)
    mark_accusing(clauses)  # "how could you X": the act done, never a request to do it (accusing.py)
    labels = drop_unreadable(clauses, labels)  # "thanks for inviting me lol", "no worries 🙂": nothing plain to keep
    take_back(clauses)  # "thanks for X… oh wait, you didn't": X didn't happen
    labels = mark_deadpan(clauses, labels, text)  # "must be nice to…", "I'm honoured", "sorry my X is ruining your Y"
    mark_pressure(clauses)  # "you're imagining things", "if you go, don't come back" (pressure.py)
    mark_manipulation(clauses)  # "a real friend would…", "keep this up and I'm done" (manipulation.py)
    mark_spoken(clauses)  # "I had my reasons", "nobody cares", "you'd have done the same" (spoken.py)
    mark_every_time(clauses)  # "every time I ask you to X you do it wrong": one situation (every_time.py)
    mark_every_time_root(clauses)  # the same, parsed with "time" as the root (phrase_repairs.py)
    mark_habits(clauses)  # the same, read from the words when the parse goes wrong (habits.py)
    mark_rhetorical(clauses)  # "…, you've done it since we were kids", "it's your job to X": read whole (rhetorical.py)
    mark_obligations(clauses)  # "you should have called" → you didn't call; "you will do as you're told": an order
    mark_reproaches(clauses)  # "you could have told me" → you didn't tell me (slot_grammar.py)
    mark_expected(clauses)  # "…because I knew you'd freak out": a guess given as a reason, no event (expectations.py)
    mark_motives(clauses, labels)  # a defence's "you're just looking for reasons to…": nothing to keep (motives.py)
    from .scene_blame import mark_scenes  # "Nice of you to show up.", "You should be grateful I stayed": read last
    mark_scenes(clauses)
    from .guessed_jabs import mark_guessed_jabs  # "you must be new here": a jab, not a reflection (guessed_jabs.py)
    mark_guessed_jabs(clauses)
    from .antecedents import mark_jabs  # "…, you didn't exactly do a perfect job yourself": a jab (antecedents.py)
    mark_jabs(clauses)
    from .jab_tails import mark_jab_tails  # "…, not everyone lives on their phone": a jab tail (jab_tails.py)
    mark_jab_tails(clauses, labels)
    address, address_tokens = find_address(doc)
    from .scene_blame import mocking_address  # "Hey, genius, you…": the jab, not a name (scene_blame.py)
    address, address_tokens = mocking_address(doc, address, address_tokens)
    if address and len(address.split()) > 1 and address.split()[0].lower() in ("typical", "classic"):
        address = address.split(None, 1)[1]  # "Typical Daniel, skips…": the jab word is not part of the name
    return Message(text=text, doc=doc, clauses=clauses, address=address,
                   address_tokens=address_tokens, labels=set(labels))
