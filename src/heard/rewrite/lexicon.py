"""Word lists the rewrites draw on: absolutes and fillers to drop, feelings, traits, amends."""

from __future__ import annotations

import re
from types import MappingProxyType

# Adverbs that turn one occasion into a verdict on the person ("you always", "AGAIN").
ABSOLUTES = frozenset("""always constantly continually forever again anymore perpetually
repeatedly endlessly nonstop non-stop""".split())  # "non-stop" is one token (hyphen_prefixes.py)
# Intensifiers and stance adverbs that sharpen an accusation and carry no content.
INTENSIFIERS = frozenset("""honestly seriously literally clearly obviously frankly genuinely truly
actually basically apparently just even ever officially physically simply totally completely
absolutely definitely sheer purely exactly precisely""".split())
# Words that open or close a message to signal tone rather than content.
INTERJECTIONS = frozenset("""lol lmao lmfao rofl omg wow ugh ok okay oh well look listen yeah yep
fine sure um uh hmm jeez god ffs smh bruh whatever please hey ah wtf tbh ngl seriously
honestly cool noted riveting shocker shocking bravo congrats congratulations yay great nice
brilliant incredible right amazing fantastic wonderful lovely dear newsflash whoa
eish yoh haibo jislaaik abeg chai ehn oi blimey crikey gosh geez sheesh yikes jesus christ""".split())  # "oh dear,"; "Eish, Sipho, …"
# Words that make a clause sarcastic or contemptuous by themselves.
SARCASM = frozenset("""genius typical classic unbelievable pathetic ridiculous shocking shocker
bravo riveting visionary incredible congrats congratulations embarrassing unreal""".split())
# Time words that make "the specific occasion" when a message names one.
TIME_WORDS = frozenset("""today tonight yesterday morning afternoon evening night week weekend
month year monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december christmas easter birthday
anniversary""".split())

# Feelings and what in a message points to each (lemmas of its words). The first listed feeling
# wins a tie. Each feeling has the phrase a rewrite uses after "I feel" / "I felt".
FEELING_CUES = MappingProxyType({
    "unheard": """listen hear interrupt ignore talk cut answer respond dismiss subject
        point question opinion explain mid-sentence sentence word speak""".split(),
    "hurt": """lie liar tell laugh mock insult judge flirt betray behind mean cruel cold rude
        embarrass divorce secret private name shout yell swear grandma grandpa died funeral
        miscarriage pain thumbs waitress bartender needs sorry apologise apologize apology""".split(),
    "worried": """late drink drunk hospital sick safe safety money debt bill owe overdraft
        antibiotic vet disappear call text phone reply night midnight home drive rent bank
        tax penalty audit audited patient triage lock unlocked a&e ambulance emergency icu""".split(),
    "overwhelmed": """mess clean dish dishes chore laundry bin bins tidy kitchen cook pick gutter
        toilet paper everything alone weight share fridge counter sink mug mugs""".split(),
    "let down": """promise forget forgot miss recital birthday anniversary scan show cancel flake
        plan back venmo pay weekend holiday christmas party wedding match game gift finish""".split(),
    "frustrated": """again schedule calendar deadline review meeting code ticket bug push pr prs
        main repo fix repeat rule process agenda spreadsheet report chart source thread post
        shift on-call variable column team feedback instructions assignment""".split(),
    "left out": """decide invite plan without asking ask include exclude choose book booked
        booking""".split(),
    "alone": """side support sit sat stand defend brother dad mom mum family""".split(),  # not "back": "put it back", "the back door"
    "embarrassed": """everyone public front chat company whole everybody floor""".split(),
    # Being together but not present: after "worried" so that "phone" alone still means no reply.
    "disconnected": """hang together screen scroll scrolling laptop xbox game gaming tiktok instagram
        dinner date phone""".split(),
})
FEELINGS = tuple(FEELING_CUES)
# Cue names that point to a feeling by themselves.
CUE_FEELINGS = MappingProxyType({
    "contempt": "hurt", "character_attack": "hurt", "accusing_question": "frustrated",
    "absolute_accusation": "frustrated", "fault_attribution": "upset",
})
# How the feeling can open a sentence besides "I feel X when" ("It worries me when…").
FEELING_VERBS = MappingProxyType({
    "hurt": "it hurts", "worried": "it worries me", "frustrated": "it's frustrating for me",
    "upset": "it upsets me", "unheard": None, "overwhelmed": None, "let down": None,
    "left out": None, "alone": None, "embarrassed": None, "disconnected": None,
})

# Traits hurled at a person → the behaviour or need underneath, said as the speaker's own want
# ("Behaviour, not character"), and the feeling behind it.
TRAITS = MappingProxyType({
    **dict.fromkeys("""lazy laziest useless slob slack lazier""".split(),
                    ("I could really use more help{with_topic}", "overwhelmed")),
    **dict.fromkeys("""selfish self-centered selfcentered entitled spoiled ungrateful
        narcissistic""".split(), ("I'd like my needs to count too", "hurt")),
    **dict.fromkeys("""controlling""".split(),
                    ("I'd like some room to make my own choices", "uneasy")),
    **dict.fromkeys("""liar lying dishonest fake manipulative""".split(),
                    ("I need to be able to trust what you tell me", "hurt")),
    **dict.fromkeys("""rude mean cruel cold heartless disrespectful condescending arrogant bully
        toxic ruthless caustic vicious spiteful callous vindictive nasty""".split(),
                    ("I'd like us to be gentler with each other", "hurt")),
    **dict.fromkeys("""immature childish child baby brat""".split(),
                    ("I'd like us to handle this calmly together", "frustrated")),
    **dict.fromkeys("""careless sloppy irresponsible unreliable flaky incompetent clueless slow
        passive hopeless""".split(), ("I need to be able to count on you{with_topic}", "worried")),
    **dict.fromkeys("""coward""".split(),
                    ("I needed you to stand up for me", "alone")),
    **dict.fromkeys("""drunk""".split(),
                    ("I'm worried about the drinking and I'd like us to talk about it", "worried")),
    **dict.fromkeys("""annoying exhausting unbearable insufferable impossible needy clingy
        dramatic crazy insane""".split(),
                    ("I'm finding this hard right now and I'd like us to talk about it", "drained")),
    **dict.fromkeys("""judgmental judging""".split(), ("I'd like to feel I can talk to you without being judged", "hurt")),
    **dict.fromkeys("""listener""".split(), ("I'd like to feel listened to", "unheard")),
    **dict.fromkeys("""know-it-all""".split(), ("I'd like us to hear each other out", "frustrated")),
    **dict.fromkeys("""inconsiderate thoughtless""".split(),
                    ("I'd like us to look out for each other", "hurt")),
})

# Amends that follow taking responsibility, chosen by what the defence was about.
AMENDS = (
    # first, so lateness wins a tie (defence.py finds this line by its "late" cue for "I'm sorry I kept you waiting")
    ("late traffic train flight bus delay delayed gps m25 road plane".split(),  # not "stuck": "stuck in a meeting"
     "Next time I'll let you know as soon as I know I'm running late."),
    # "I was only trying to help by booking…": acting unasked is mended by asking first (amends.py)
    ("_helping".split(), "Next time I'll check with you first."),
    # a delay someone else caused (excuse_closings.py): reported, not promised away as the speaker's slip
    ("_outside".split(), "If it happens again, I'll let you know straight away."),
    ("_missed".split(), "I'll catch up on what I missed."),  # "I missed the standup" (excuse_closings.py)
    # a piece of work that ran late ("the report was late": "_slipped", see amends.py), not a person
    ("_slipped deadline deadlines overdue extension submission deliverable".split(),
     "Next time I'll flag it as soon as I see it might slip."),
    ("forget forgot remember remind slip cake birthday recital".split(),
     "I'll set myself a reminder so it doesn't slip again."),
    ("info information details specs brief".split(),
     "Next time I'll ask for what I need before I start."),
    ("_i_tell".split(), "I should have told you sooner."),  # "I was going to tell you" (amends.py)
    ("know realise realize tell told notice aware mind-reader mind reader instruction ticket".split(),
     "Next time I'll check for myself instead of waiting to be told."),
    ("say said joke word tone voice rude talk comment feedback lie".split(),
     "I'll be more careful about how I say things."),
    ("text call reply phone message send answer".split(),
     "Next time I'll send a quick message so you're not left wondering."),
    ("pay money bill fee rent tax deposit debt owe credit bank spend".split(),
     "Can we sit down and go through the money together?"),
    ("clean dish dishes mess bin bins tidy crumb".split(),  # not "kitchen": "scratches on the kitchen floor"
     "I'll finish it properly today."),
    ("work shift busy swamped tired exhausted project double quarter".split(),  # not "hour": "within the allowed hours"
     "When I'm that stretched, I'll say so early."),
)
DEFAULT_AMENDS = "Tell me what would help, and I'll do my part."

# Verbs whose participle names how the speaker felt when the listener did them to the speaker
# Roads and transport that hold people up ("the M6 was shut", "the tube was delayed"): defence._HELD_UP and
# circumstances.py read the same list.
TRANSPORT = r"M\d+|A\d+|I-\d+|motorway|highway|freeway|road|bridge|tube|train|bus|flight|line|tunnel|ferry"


# ("you judge me" → "I feel judged").
FELT_PARTICIPLES = frozenset("""judge ignore dismiss interrupt criticise criticize belittle mock
blame rush pressure control abandon exclude embarrass humiliate patronise patronize lecture
corner attack accuse guilt-trip manipulate hurt leave reject push""".split())


# -- Readings of character attacks (appended) -----------------------------------------------------
# Nouns that name a trait of the person ("your ignorance", "your laziness"): a clause with one as its
# subject is a character attack. Each maps to the TRAITS word whose need it points to, or None.
TRAIT_NOUNS = MappingProxyType({
    "laziness": "lazy", "selfishness": "selfish", "entitlement": "entitled", "arrogance": "arrogant",
    "rudeness": "rude", "cruelty": "cruel", "disrespect": "disrespectful", "immaturity": "immature",
    "childishness": "childish", "carelessness": "careless", "incompetence": "incompetent",
    "irresponsibility": "irresponsible", "unreliability": "unreliable", "dishonesty": "dishonest",
    "narcissism": "narcissistic", "cowardice": "coward", "neediness": "needy", "ingratitude": "ungrateful",
    "thoughtlessness": "thoughtless", "condescension": "condescending", "toxicity": "toxic",
    "ignorance": None, "stupidity": None, "idiocy": None, "attitude": None, "hypocrisy": None,
    "pettiness": None, "negativity": None, "ego": None, "smugness": None, "sloppiness": "sloppy",
    "cluelessness": "clueless", "inconsideration": "inconsiderate",
})


# -- Arguments about views (discussion.py, threads.py) ---------------------------------------------
# Things a discussion is about: what someone said, read, counted or believes.
VIEW_NOUNS = frozenset("""comment comments post posts logic math maths argument arguments point points
take takes opinion opinions reasoning numbers number source sources study studies article articles
headline headlines fact facts claim claims theory theories propaganda statistics stats data research
views view politics ideology narrative spin chart charts graph evidence thread""".split())
# Personal matters: a message about these is about the relationship, not about views.
PERSONAL = re.compile(r"\b(?:me|us|my|our|mine|ours)\b(?!\s+(?:point|comment|post|argument|view|opinion|take)s?\b)|"
                       r"\bI\b(?!\s+(?:think|believe|mean|guess|bet|suppose|'d say|’d say)\b)|\bI(?:'m|’m|'ve|’ve|'d|’d)\b(?!\s+(?:sure|pretty sure|guessing))",
                       re.I)


# A put-down said as a request: "stop acting like a child", "learn how tracking works before you wreck…", "leave it
# to the adults". Asked back ("Could you stop acting like a child?") it keeps the jab (asking.py, orders.py).
PUT_DOWN = re.compile(r"\bact(?:ing|s)? like an? (?:child|baby|kid|toddler|teenager|idiot)\b|^learn how\b|\bbefore you wreck\b"
                      r"|\blearn to (?:count|read|spell|drive|park|cook|listen|add|do (?:basic )?maths?)\b"
                      r"|\bgrow up\b|\bget a (?:life|grip|clue)\b|\bleave it to the adults\b"
                      r"|^sit down(?:,? (?:mate|pal|son|love|bro|buddy|sunshine))?\W*$", re.I)  # "Sit down mate.": told to shut up

# A sanction for next time, not an act: "Next time you can find your own way there", "you can book your own taxi".
SANCTION = (r"^\W*next\s+time,?\s+(?:you\s+can|u\s+can|you're|ur)\b"
            r"|\b(?:you|u)\s+can\s+(?:find|sort|make|get|book|organi[sz]e)\s+your\s+own\b")

# The intent denied beside an act ("I didn't miss it on purpose", "not like I skipped it for fun"): the act owned.
MOTIVES = r"(?:on purpose|deliberately|intentionally|for (?:fun|a laugh|kicks|the fun of it))"
