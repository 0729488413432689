"""The fictional sentence material of ``gen_versions``: word lists (names, roles,
outlets, topic nouns, verbs, ...), the sentence, clause and quote templates
``gen_versions_writer.Writer`` fills, and the boilerplate and round-up lines
``gen_versions.generate`` adds. Everything is made up: no real news."""

from __future__ import annotations

import re

# Word lists.

FIRST_NAMES = """
Ada Alma Anselm Arvid Beatrix Benedikt Bram Calla Cyril Dagny Delphine Edda Elio Emmett
Fenna Florin Greta Halvard Hana Idris Ilona Ines Jarek Jonna Kasimir Kerstin Lavinia
Leif Linnea Lorcan Maren Mattis Mirela Nadia Nils Odile Oskar Petra Quentin Rafe Rosalind
Runa Sabine Saul Selma Silas Solveig Tamsin Teodor Thea Ulla Valter Vesna Wendel Wilma
Xavier Yara Yusuf Zelda Zora Agnes Bastian Cosima Dorian Elin Fabian Gisela Henrik Ivo
Juno Konrad Liesel Magnus Noor Orla Piet Rhea Sven Tilde Ugo Vera Wim
""".split()

ONSETS = "b br c ch d dr f fr g gr h j k kl l m n p pr r s sk sl st t tr v w z sh th".split()
VOWELS = "a e i o u a e o ai ea ou ie".split()
CODAS = ["", "", "", "n", "r", "l", "s", "th", "nd", "rk", "ll", "m", "x", "st", "rn"]
SURNAME_ENDS = ["", "", "son", "ley", "ford", "wick", "er", "ard", "ing", "mann"]
PLACE_ENDS = [" Bay", " Falls", "ton", "ville", " Harbour", "by", "mouth", " Ridge", "field", ""]
STREET_KINDS = "Street Road Lane Avenue Terrace Way Quay Row".split()
ORG_KINDS = """
Council|Harbour Authority|Water Board|Transit Agency|Health Trust|Police Service|
University|Chamber of Commerce|Fire Service|Port Company|Rail Union|Housing Association|
District Court|School Board|Energy Cooperative|Planning Office|Museum Trust|Football Club|
Weather Service|Teachers' Union|Hospital|Ferry Company|Farmers' Cooperative|Library Service
""".replace("\n", "").split("|")
COMPANY_KINDS = "Industries|Holdings|Group|Logistics|Brothers|Foods|Shipping|Works".split("|")
ROLES = """
mayor|chief executive|spokeswoman|spokesman|director|chair|head of operations|
senior engineer|union representative|lawyer|district commissioner|chief inspector|
headteacher|ward nurse|board member|press officer|treasurer|site manager|curator|coach|
researcher|deputy mayor|harbour master|station manager
""".replace("\n", "").split("|")
OUTLETS = """
The Marlow Courier|Eastfield Gazette|Harbour Daily|The Northgate Post|Valley Ledger|
Coastline Herald|Riverside Chronicle|The Kestrel Times|Westmere Record|Lakeland Observer|
Summit Bulletin|Meridian Press|Continental Wire|The Fenwick Star
""".replace("\n", "").split("|")

TOPICS: dict[str, list[str]] = {
    "transport": """ferry tram timetable platform depot route fare signal carriage
        bus-lane terminal crossing ticket-office junction timetable-change driver
        conductor shuttle ramp bypass toll""".split(),
    "weather": """storm flood gust rainfall levee river-bank warning evacuation shelter
        sandbag drainage snowfall heatwave forecast power-line landslide tide
        embankment culvert hail""".split(),
    "courts": """trial jury verdict appeal defendant prosecutor sentence hearing witness
        testimony judge courtroom bail plea indictment settlement damages tribunal
        ruling affidavit""".split(),
    "health": """clinic ward vaccine outbreak patient nurse waiting-list ambulance
        surgery pharmacy screening infection doctor bed-shortage prescription
        maternity-unit helpline dentist therapy theatre""".split(),
    "education": """school pupil teacher exam curriculum campus classroom enrolment
        tuition lecture scholarship playground timetable headcount library dormitory
        graduation inspection canteen syllabus""".split(),
    "business": """merger shares profit factory contract supplier warehouse layoffs
        dividend takeover shareholder invoice export tariff output wages
        boardroom forecast loan brand""".split(),
    "environment": """forest wetland species pollution reserve river otter meadow
        reef emissions recycling landfill hedgerow beetle seabird estuary
        rewilding quarry sewage orchard""".split(),
    "housing": """tenants rent estate developer planning-permission landlord eviction
        flats tower-block mortgage renovation council-house lease heating damp
        allotment caretaker waiting-list deposit terrace""".split(),
    "sport": """match league coach stadium season striker goalkeeper penalty
        tournament referee squad transfer injury fixture trophy captain pitch
        supporters kickoff relegation""".split(),
    "culture": """museum exhibition festival orchestra gallery sculpture concert
        theatre choir manuscript archive painting premiere rehearsal curator
        mural recital collection auction poetry""".split(),
    "science": """telescope laboratory study sample researchers experiment satellite
        microscope dataset vaccine-trial fossil sensor probe observatory
        specimen journal genome glacier survey prototype""".split(),
    "police": """burglary arrest investigation witness patrol suspect robbery
        warrant cordon inquiry detective custody evidence lorry theft vandalism
        checkpoint raid informant fraud""".split(),
}

NOUNS = """
budget plan proposal report meeting vote project scheme review decision deadline
agreement statement survey figure estimate policy rule programme consultation grant
fund repair upgrade closure opening extension delay shortage complaint petition
campaign strike protest deal offer bid audit study warning notice permit licence
inquiry target schedule network system service building site bridge road tunnel
harbour square market centre office hall station pier warehouse garden park yard
tower gate wall roof floor basement kitchen boat van truck crane engine pump
generator cable pipe valve sign barrier fence queue crowd team panel committee board
""".split()

VERBS_PAST = """
announced approved rejected delayed confirmed reviewed expanded postponed cancelled
opened closed inspected repaired replaced suspended extended questioned defended
criticised welcomed challenged funded launched restored completed abandoned
resumed investigated reported estimated promised denied admitted warned urged
proposed blocked backed signed published released examined measured collected
""".split()

VERBS_BASE = """
approve reject delay confirm review expand postpone cancel open close inspect repair
replace suspend extend question defend fund launch restore complete resume
investigate publish release examine measure collect reduce increase protect rebuild
""".split()

VERBS_PP = """
approved rejected delayed confirmed reviewed expanded postponed cancelled opened
closed inspected repaired replaced suspended extended funded launched restored
completed resumed investigated published released examined measured collected
reduced increased protected rebuilt damaged moved evacuated
""".split()

ADJECTIVES = """
new old large small early late final temporary permanent local regional national
public private costly cheap busy quiet damaged empty crowded narrow wide brief long
key major minor urgent overdue second third last next first northern southern
eastern western central coastal rural urban annual weekly nightly revised disputed
controversial popular modest sharp sudden steady gradual rare familiar unusual
""".split()

ADVERBS = """
quickly slowly again sharply briefly formally quietly publicly already still later
eventually partly fully largely mostly reluctantly firmly openly
""".split()

PREPOSITIONS = "in near outside behind beside across along around below above".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = """January February March April May June July August September October
November December""".split()
NUMBER_WORDS = "Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty".split()
TIMES = [
    "on {day}",
    "late on {day}",
    "early on {day}",
    "on {day} morning",
    "on {day} afternoon",
    "on {day} evening",
    "overnight",
    "this week",
    "last week",
    "in {month}",
    "earlier this month",
]
ATTRIBUTIONS = [
    "officials said",
    "{person} said",
    "according to the {org}",
    "the {org} said",
    "{person} told reporters",
    "a spokesperson said",
    "records show",
    "witnesses said",
]

# Sentence templates: every {slot} is filled by ``gen_versions_writer.Writer.slot``;
# {full}, {last}, {role} and {porg} name one person of the story, the same throughout a
# sentence.
SLOT = re.compile(r"\{(\w+)\}")
SENTENCES = [
    "{subject} {vpast} the {adj} {noun} {time}, {attr}.",
    "{full}, {role} of the {porg}, said {clause}.",
    '"{quote}," {last} said.',
    '"{quote}," said {full}, who {vpast} the {noun} {prep} {place}.',
    "About {num} {nouns} were {vpp} {prep} {place} {time}, {attr}.",
    "The {noun} {prep} {place} had been {vpp} {times} times since {since}.",
    "{full} told the {outlet} that {clause}.",
    "Officials {vpast} {num} {nouns} and {vpast} a {adj} {noun} near the {noun}.",
    "In {month}, the {org} {vpast} plans to {vbase} the {adj} {noun} on {street}.",
    "The cost of the {noun} rose to {money}, up from {money} in {later}.",
    "{subject} said {clause}, but {clause}.",
    "Residents of {street} {vpast} the {noun} and asked the {org} to {vbase} it {adv}.",
    "It was not clear whether the {noun} would {vbase} the {adj} {noun}.",
    "{last} {vpast} the {noun} {adv} after the {noun} {prep} {place} was {vpp} {time}.",
    "A spokesperson for the {org} said {clause}.",
    "{numword} {nouns} were {vpp} at the {adj} {noun} in {place} {time}.",
    "{stock}",
]
CLAUSES = [
    "the {adj} {noun} would {vbase} the {noun} {prep} {place}",
    "the {noun} had been {vpp} {adv}",
    "{num} {nouns} were {vpp} {time}",
    "the {org} {vpast} a {adj} {noun}",
    "nobody had {vpp} the {noun} since {since}",
]
QUOTES = [
    "We {vpast} the {noun} and we will {vbase} the {adj} {noun} {time}",
    "Nobody expected the {noun} to be {vpp} so {adv}",
    "This {noun} is {adj} for {place}, and the {noun} has to be {vpp}",
    "I have lived {prep} {place} for {years} years and never seen a {adj} {noun} like this",
]
STOCK = [
    "The {org} did not respond to a request for comment {time}.",
    "{full} declined to comment further.",
    "It was not immediately clear how many people were affected.",
    "The investigation is continuing, {attr}.",
    "This story will be updated.",
    "No one was injured, {attr}.",
    "A decision is expected {time}.",
]

NEWSLETTER = (
    "Sign up for the {day} Briefing, our free newsletter with the day's local news, "
    "weather and events, delivered to your inbox every morning before seven. You can "
    "unsubscribe at any time, and we will never share your email address with anyone."
)
FAQ_BOX = (
    "Frequently asked questions about the regional water restrictions. What is "
    "restricted? Hosepipes, sprinklers and the filling of private pools are banned "
    "until further notice, and car washing is allowed only with a bucket. Who decides "
    "when the restrictions end? The regional water board reviews reservoir levels "
    "every fortnight and publishes its decision on its website and in local libraries. "
    "What happens if I break the rules? Households can be fined, although inspectors "
    "say most cases so far have ended with a warning letter. Are businesses exempt? "
    "Farms, hospitals and care homes may apply for an exemption, and garden centres "
    "may water stock in the early morning. How can I report a leak? Call the board's "
    "free helpline, which is staffed around the clock, or use the form on its website. "
    "Where can I find my reservoir's level? Weekly figures are posted online."
)
FAQ_UPDATED = "This guide was last updated on {day}, {month} {date}, at {hour} a.m."
ROUNDUP_OPENINGS = [
    "Good morning. Here are the {n} stories our editors are following this {day}.",
    "The week in brief: {n} stories you may have missed, chosen by our newsroom.",
    "Catch up fast. These are the {n} reports readers shared most on {day}.",
]
ROUNDUP_LINKS = [
    "First, from {place}:",
    "Meanwhile, in {place}:",
    "And finally, a report from {place}:",
    "Elsewhere, our correspondents in {place} wrote:",
    "Over in {place}, the picture was different:",
]
ROUNDUP_CLOSINGS = [
    "That is all for today. Send your tips and questions to our newsroom.",
    "We will be back tomorrow with more. Thank you for reading.",
]
