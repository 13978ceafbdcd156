"""English verb forms (past, participle, -ing, third person) from a lemma, for rewritten clauses."""

from __future__ import annotations

import re

# base: (past, past participle). Only verbs whose forms are not "-ed"; the rest follow the rules.
_IRREGULAR = {
    "be": ("was", "been"), "have": ("had", "had"), "do": ("did", "done"), "go": ("went", "gone"),
    "say": ("said", "said"), "make": ("made", "made"), "get": ("got", "got"),
    "know": ("knew", "known"), "think": ("thought", "thought"), "take": ("took", "taken"),
    "see": ("saw", "seen"), "come": ("came", "come"), "give": ("gave", "given"),
    "find": ("found", "found"), "tell": ("told", "told"), "feel": ("felt", "felt"),
    "leave": ("left", "left"), "keep": ("kept", "kept"), "let": ("let", "let"),
    "begin": ("began", "begun"), "bring": ("brought", "brought"), "buy": ("bought", "bought"),
    "write": ("wrote", "written"), "sit": ("sat", "sat"), "stand": ("stood", "stood"),
    "lose": ("lost", "lost"), "pay": ("paid", "paid"), "meet": ("met", "met"),
    "run": ("ran", "run"), "hear": ("heard", "heard"), "put": ("put", "put"),
    "mean": ("meant", "meant"), "set": ("set", "set"), "speak": ("spoke", "spoken"),
    "read": ("read", "read"), "spend": ("spent", "spent"), "lead": ("led", "led"),
    "understand": ("understood", "understood"), "send": ("sent", "sent"),
    "build": ("built", "built"), "fall": ("fell", "fallen"), "cut": ("cut", "cut"),
    "drive": ("drove", "driven"), "break": ("broke", "broken"), "eat": ("ate", "eaten"),
    "forget": ("forgot", "forgotten"), "forgive": ("forgave", "forgiven"),
    "sleep": ("slept", "slept"), "drink": ("drank", "drunk"), "hide": ("hid", "hidden"),
    "throw": ("threw", "thrown"), "wake": ("woke", "woken"), "choose": ("chose", "chosen"),
    "catch": ("caught", "caught"), "teach": ("taught", "taught"), "fight": ("fought", "fought"),
    "win": ("won", "won"), "sell": ("sold", "sold"), "hold": ("held", "held"),
    "hit": ("hit", "hit"), "hurt": ("hurt", "hurt"), "shut": ("shut", "shut"),
    "quit": ("quit", "quit"), "ring": ("rang", "rung"), "sing": ("sang", "sung"),
    "swim": ("swam", "swum"), "fly": ("flew", "flown"), "blow": ("blew", "blown"),
    "grow": ("grew", "grown"), "draw": ("drew", "drawn"), "show": ("showed", "shown"),
    "wear": ("wore", "worn"), "tear": ("tore", "torn"), "steal": ("stole", "stolen"),
    "ride": ("rode", "ridden"), "rise": ("rose", "risen"), "shake": ("shook", "shaken"),
    "bite": ("bit", "bitten"), "feed": ("fed", "fed"), "lend": ("lent", "lent"),
    "bend": ("bent", "bent"), "deal": ("dealt", "dealt"), "dig": ("dug", "dug"),
    "hang": ("hung", "hung"), "lay": ("laid", "laid"), "lie": ("lied", "lied"),  # tell lies
    "light": ("lit", "lit"), "shoot": ("shot", "shot"), "stick": ("stuck", "stuck"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "sweep": ("swept", "swept"),
    "bet": ("bet", "bet"), "cost": ("cost", "cost"), "spread": ("spread", "spread"),
    "upset": ("upset", "upset"), "overhear": ("overheard", "overheard"),
    "undertake": ("undertook", "undertaken"), "mislead": ("misled", "misled"),
    "withdraw": ("withdrew", "withdrawn"), "freeze": ("froze", "frozen"),
    "forbid": ("forbade", "forbidden"),
    "fling": ("flung", "flung"), "sting": ("stung", "stung"), "swing": ("swung", "swung"),
    "cling": ("clung", "clung"), "wring": ("wrung", "wrung"), "sling": ("slung", "slung"),
    "spring": ("sprang", "sprung"), "string": ("strung", "strung"),
}
_PARTICIPLES = frozenset(participle for _, participle in _IRREGULAR.values())
_VOWELS = set("aeiou")
# Verbs of one stressed syllable ending consonant-vowel-consonant double the consonant;
# longer ones (visit, open) mostly don't. These are the two-syllable exceptions that do.
_DOUBLING = {"admit", "commit", "control", "forget", "occur", "omit", "patrol", "permit",
             "prefer", "refer", "regret", "submit", "transfer", "upset", "begin", "equip",
             # a final "l" doubles in the English of most of heard's users: "cancelled", "travelling"
             "cancel", "travel", "label", "signal", "level", "model", "total", "channel", "quarrel"}


_PAST_FORMS = {forms[0]: base for base, forms in _IRREGULAR.items() if forms[0] != base}
_PAST_FORMS.update({forms[1]: base for base, forms in _IRREGULAR.items() if forms[1] != base})


# "overdraw", "rebuild", "mistake" inflect like the verb they are built on ("overdrew", not
# "overdrawed"). "un"/"be" build few irregular verbs, so they are listed; "relay" and "resent" are
# words of their own, not "re" + "lay"/"sent".
_PREFIXES = ("over", "under", "out", "mis", "with", "fore", "up", "re")
_PREFIXED = {"undo": ("un", "do"), "become": ("be", "come"), "befall": ("be", "fall"), "behold": ("be", "hold"),
             "beget": ("be", "get")}
_NOT_PREFIXED = {"relay", "resent", "outlay", "output", "relied"}


def _prefixed(verb: str, table) -> tuple[str, str] | None:
    """("over", "draw") for "overdraw" when the rest is a word in table; None otherwise."""
    if verb in _NOT_PREFIXED or verb in table:
        return None
    for base, (prefix, rest) in _PREFIXED.items():
        if table is _IRREGULAR and verb == base:
            return prefix, rest
        if table is _PAST_FORMS and verb in (prefix + f for f in _IRREGULAR[rest]):
            return prefix, verb[len(prefix):]
    for prefix in _PREFIXES:
        rest = verb[len(prefix):]
        if verb.startswith(prefix) and (len(rest) >= 3 or rest in ("do", "go", "did", "went")) and rest in table:
            return prefix, rest
    return None


def base_of(word: str) -> str:
    """The base form of an irregular past ("forgot" → "forget"); other words come back as they are."""
    split = _prefixed(word.lower(), _PAST_FORMS)
    if split:
        return split[0] + _PAST_FORMS.get(split[1], split[1])  # "become": its participle is its base
    return _PAST_FORMS.get(word.lower(), _LEMMA_SLIPS.get(word.lower(), word.lower()))


def looked_up_base(word: str) -> str | None:
    """The base spaCy's English lookup table gives a form ("telling" → "tell", "booked" → "book"), or None."""
    from ..cues import lemma_lookup_table  # the table the cue component already loaded

    return lemma_lookup_table("en").get(word.lower())


def base_of_gerund(word: str) -> str:
    """"telling" → "tell", "making" → "make" (spaCy's English lookup table), "texting" → "text"."""
    word = word.lower()
    found = looked_up_base(word)
    return found if found and found != word else re.sub(r"ing$", "", word)


def base_of_third_person(verb: str) -> str | None:
    """"reverses" → "reverse", "watches" → "watch", "tries" → "try"; None when `verb` is no third-person form
    (checked against `third_person`, so "does" and "is" pass only as what they are)."""
    for cut, add in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("oes", "o"), ("s", "")):
        if verb.endswith(cut):
            base = verb[:-len(cut)] + add
            if third_person(base) == verb:
                return base
    return None


def lemma_of(tok) -> str:
    """A token's lemma, less the "e" the tagger adds to "texting"/"texted" ("texte")."""
    lemma = tok.lemma_.lower() or tok.lower_
    if lemma.endswith("e") and tok.lower_ in (lemma[:-1] + "ing", lemma[:-1] + "ed") and lemma[-3:-1] in _NO_E:
        return lemma[:-1]
    return lemma


# Consonant pairs a base verb ends in with no "e" after them, so an "e" there is the tagger's slip.
_NO_E = {"xt", "ck", "sh", "lk", "rk", "nk", "mp", "ld", "nd", "rt", "ft", "pt", "ct", "wn", "rn", "lp", "ll"}
# Lemmas the tagger gets wrong for new verbs ("texted" → "texte").
_LEMMA_SLIPS = {"texte": "text", "venmoe": "venmo", "snapchatte": "snapchat", "ubere": "uber", "gatekeepe": "gatekeep"}


def _onset(word: str) -> bool:
    """The rest of "unplug" starts like an English word ("pl"); the rest of "render" ("nd") doesn't."""
    first, second = word[0], word[1]
    return first not in _VOWELS and (second in _VOWELS or second in "lrwy" or word[:2] in ("sh", "ch", "th", "st", "sp",
                                                                                      "sk", "sl", "sn", "sm", "sc"))


def _doubles(verb: str) -> bool:
    for prefix in ("un", "re", "mis", "out", "over", "under", "up"):  # "unplug" doubles like "plug"
        rest = verb[len(prefix):]
        if verb.startswith(prefix) and len(rest) >= 3 and verb not in _NOT_PREFIXED and _onset(rest) and _doubles(rest):
            return True
    if len(verb) < 3 or verb[-1] in "wxy" or verb[-1] in _VOWELS:
        return False
    if not (verb[-2] in _VOWELS and verb[-3] not in _VOWELS):
        return False
    syllables = sum(1 for i, ch in enumerate(verb) if ch in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS))
    return syllables == 1 or verb in _DOUBLING


def is_participle(word: str) -> bool:
    """"checked", "done", "booked": a word that reads as a past participle (a regular "-ed" or an irregular one);
    not "come" or "put", which read as the base form just as well."""
    word = word.lower()
    return word.endswith("ed") and len(word) > 4 or word in _PARTICIPLES and word not in _IRREGULAR


def past(verb: str) -> str:
    """Simple past: "forget" → "forgot", "check" → "checked", "stop" → "stopped"."""
    if "-" in verb.strip("-"):  # "guilt-trip" → "guilt-tripped": the last part is the verb
        head, _, last = verb.rpartition("-")
        return f"{head}-{past(last)}"
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][0]
    split = _prefixed(verb, _IRREGULAR)
    if split:
        return split[0] + _IRREGULAR[split[1]][0]
    return _regular_ed(verb)


def participle(verb: str) -> str:
    """Past participle: "forget" → "forgotten", "ignore" → "ignored"."""
    if "-" in verb.strip("-"):
        head, _, last = verb.rpartition("-")
        return f"{head}-{participle(last)}"
    if verb in _IRREGULAR:
        return _IRREGULAR[verb][1]
    split = _prefixed(verb, _IRREGULAR)
    if split:
        return split[0] + _IRREGULAR[split[1]][1]
    return _regular_ed(verb)


def _regular_ed(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def gerund(verb: str) -> str:
    """-ing form: "make" → "making", "stop" → "stopping", "lie" → "lying"."""
    if verb == "be":
        return "being"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def plural(noun: str) -> str:
    """Plural of a common noun: "phone" → "phones", "switch" → "switches", "knife" → "knives"."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    return third_person(noun) if noun not in ("be", "have", "do", "go") else noun + "s"


_IRREGULAR_PLURALS = {"life": "lives", "wife": "wives", "knife": "knives", "half": "halves", "shelf": "shelves",
              "leaf": "leaves", "loaf": "loaves", "thief": "thieves", "scarf": "scarves", "wolf": "wolves",
              "calf": "calves", "self": "selves", "man": "men", "woman": "women", "child": "children",
              "person": "people", "foot": "feet", "tooth": "teeth", "mouse": "mice"}


def third_person(verb: str) -> str:
    """Present, third person singular: "go" → "goes", "try" → "tries"."""
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if verb in special:
        return special[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


# Auxiliary + "n't", for turning "never" into an ordinary negation ("you have never" → "you haven't").
NEGATED_AUX = {
    "have": "haven't", "'ve": "haven't", "has": "hasn't", "had": "hadn't", "will": "won't",
    "'ll": "won't", "would": "wouldn't", "'d": "wouldn't", "can": "can't", "could": "couldn't",
    "should": "shouldn't", "do": "don't", "does": "doesn't", "did": "didn't", "are": "aren't",
    "'re": "aren't", "is": "isn't", "'s": "isn't", "was": "wasn't", "were": "weren't",
    "am": "am not", "'m": "am not", "must": "mustn't",
}
