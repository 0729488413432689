"""The facts storydiff shows on fictional wire and newspaper rewrites, scored against
blind labels: a check of the rules on copy none of them was written from.

Data: ``tests/facts/fiction/{a,...,z,aa,...,ar}/`` — 220 fictional version pairs (``N_A.txt``
earlier, ``N_B.txt`` later; 230-900 words a version) in forty-four styles (a: wire copy, b:
a US newspaper with honorifics, c: British outlets, d: US wire and local news, e:
international wires, f: business and science desks, g: local sites, broadcasters and a
wire's first take grown into a full story, h: AP national copy on politics, courts and
public safety, i: The New York Times's national and international news, j: Reuters
markets, companies and international politics, k: US newspaper politics and courts
heavy with quotations, l: US wire and newspaper copy heavy with numbers and with
quotes carried by pronouns, m: The New York Times and a regional daily, with
honorifics and title-case headlines, n: AP and New York Times body copy as NewsEdits
stores it, a paragraph a line, no headline; o: the same storage, AP and New York
Times copy made hard for who-said-what: organisations called by what they are, a
document that "says", an obituary of a woman known by two married names, pronouns
after a person of the other sex; p: wire and New York Times copy stored exactly as
NewsEdits stores it, a sentence a line with a leading space on a paragraph's first
line and a paragraph's closing quotation mark moved to the next line, with background
paragraphs added; q: AP and New York Times copy stored a paragraph a line, heavy with
figures that move through the day, a flood's tolls, a council's budget vote, a
company's results, a trial's verdict, an election's count, and with organisations
by name, initials and kind; r: AFP, Reuters, New York Times and Washington Post copy
stored so, on talks, a recall, a scandal, a derailment and a regulator's fine, with
bodies by name, initials and what they are and a correction notice; s: AP and New
York Times copy stored so, hard for who-said-what: quotes over paragraphs, "he" and
"she" after a man and a woman, roles, statements and posts; t: wire and newspaper copy
heavy with figures of every kind, a game, markets, a wildfire, an election, a budget,
two with a headline line; u: AP, Reuters, AFP and New York Times copy hard for
who-said-what, bodies, spokespeople, documents and rulings that speak, two people of
one surname, two stored a sentence a line; v: wire and newspaper copy that grows from
a first take into a full story, or is cut and reorganised, with background old and
new; w: breaking news as a wire updates it, stored a sentence a line as NewsEdits
stores it, with tolls, a rate decision, a verdict, a rescue and an outage; x: copy
hard for who-said-what, writings that read, people described without their name, an
interview in questions and answers, a quote inside a quote; y: AP, Reuters, AFP and
New York Times stories updated through a day, a paragraph a line, with a vote, results,
a cup final, a summit and an earthquake; z: crawled copy with messy quotation marks,
curly and straight, a quote over two paragraphs, a stray mark, quotes within quotes,
scare quotes and titles, chains of "he added"; aa: long New York Times and AP stories
stored a paragraph a line whose claims change, a denial turned admission, "may" to
"will", "some" to "most", with many rewrites that keep the meaning; ab: stories dense
with figures, ranges, approximations, restated counts, a measure that changed; ac:
bodies, places and people named many ways, by initials, kind, short name and AP state
abbreviation; ad: long stories with many quotations, speakers named after the quote,
"he" and "she" after another person, a spokesperson, a person by description; ae: many
quotations of men and women named by ordinary given names from many countries, some
borne by both, a couple and siblings of one surname, people by role; af: stories
updated through a day stored a sentence a line, figures, quantifiers and pending
statements that change, with figures written two ways as traps; ag: long features
full of incidental figures that mostly stay, heavily reworded; ah: breaking news whose
counts are updated and said many ways, by place and by group; ai: business and
government stories whose bodies are named every way, parents and subsidiaries apart;
aj: AP and New York Times stories grown longer with background that says again in new
words what the first version told; ak: English-language papers of South Asia, Africa,
the Gulf and East Asia, long offices before names, single quotation marks, headlines
run into the first paragraph; al: business and public-safety copy whose figures mostly
stay but are written another way; am: New York Times copy heavy with quotations,
honorifics, relatives of one surname, people described before they are named; an: AP
breaking news whose claims firm up through a day; ao: politics, business and court
copy stored a sentence a line, quotations over lines and paragraphs; ap: politics and
national-security copy whose attributions change; aq: AFP and Reuters international
copy with officials of several countries quoted in turn; ar: US local news full of
numbers an editor counts and numbers the guide does not), each set
written by a helper (a-g on 2026-12-05, h-k in the next session, l and m in the
nineteenth, n in the twentieth, o and p in the twenty-first, q, r and s in the
thirty-fourth, t to z in the thirty-fifth, aa to ai in the thirty-sixth, aj to ao in
the thirty-seventh, with ap to ar) together with
``labels.blind.json``: every
change an editor would want reported, by ``docs/facts-labels.md``, written before
any storydiff output was seen (the helpers neither ran nor read storydiff). The
labels' SHA-256 are checked below; a label added or fixed after storydiff's output
was seen would go to a separate file, as for the real set (none is).

These are fictional texts, so the figures are regression figures, not quality
figures: the quality figures are ``bench/facts_real.py``'s, on real copy. Sets a and
b were read for errors on 2026-12-05 and rules were made from them; c and d were
scored first after those rules (precision 0.808, recall 0.801, against 0.784 / 0.801
before them) and two rules came from them after (British titles without a full
stop, "This article was amended on …" notices); e was scored first after those and a
review's mends (0.775 / 0.773, against 0.795 / 0.773 before the day's rules: two new
errors, an age of another person and a dropped count the old code hid for a wrong
reason) and two rules came from it (a death toll said two ways, an age by who it is
of); f was scored first after those (0.733 / 0.684, against 0.706 / 0.684) and rules
came from it (an amount in the same place of a rewritten sentence, taken out after a
review, and a name with "and" before "Authority"); g was scored first at the end of the
session (0.738 / 0.753, against 0.724 / 0.753 before the day's rules) and two rules came
from it (a plain text's "By …" line as its byline, "UPDATE 2:45 p.m.:" as a stamp).
h and i were scored first at the code of that session's end (h 0.843 / 0.800, i 0.719
/ 0.683) and then with the first form of the rule of a pending sentence and its outcome
(``facts.resolved``), made from a-g and the real tuning pairs before h and i were
read (h 0.854 / 0.812, i 0.730 / 0.695); the rule's later words (a passive "were not
released", "looking into whether", "No injuries were reported") came from reading
them. j was scored first after those (0.732 / 0.770, against 0.732 / 0.759 at the code
of the session before) and rules came from it (a wire's "(Adds …)" note as furniture, a
silent party by its head noun, a sentence edited into its outcome); k first after
those (0.870 / 0.696, against 0.868 / 0.684). l was scored first at the code of the
nineteenth session's start, ``d608719``, and after its first rule (``8762f06``: 0.735 /
0.743, the same), and rules came from it (a title-case headline's names, a count an
update already said, names as whole words, a surname inside a longer name, a state
after its city, title words such as "sheriff", one update of a value said twice); m
was scored first after those and a review's mends (0.733 / 0.705, against 0.670 /
0.705 at ``d608719``), and rules came from it (dotted initials after "or", "dies at
87", a first name spelled anew). n was scored first at the code of the twentieth
session after its "twice" rule (``5f324ef``: 0.785 / 0.797; 0.785 / 0.797 at the
session's start ``0344ac5`` and 0.782 / 0.781 at ``d608719``), and rules came from it
(initials with "&", a speaker named by initials the texts spell out, a source said by
its kind beside its name, a dateline read as the subject of "said"). o was scored
first at the twenty-first session's start, ``23ee127`` (0.957 / 0.857, 46 shown;
speakers 0.800 of 50), and speaker rules came from it ("the regulator" and "the
utility" for a name that says the kind in other words, court papers that speak as
themselves). p was scored first at that session's end, ``b74e643`` (0.808 / 0.835, 99
shown; speakers 0.946 of 37); one rule came from it at once ("May" and "March" as
months after "in": 0.818 / 0.848). q was scored first at the thirty-fourth session's
start, ``dbbcdb6`` (0.848 / 0.869, 151 shown, 130 labels; speakers 1.000 of 35), and
rules came from it (the dead, the missing and the injured as three tolls, "7.3
percentage points" the recogniser missed, a group counted alike as one source, a
company by its trade, "vote no", a date told again with its event, "passed 34 to
17"). r was scored first after q's rules, at ``cafe281`` (0.763 / 0.823, 139 shown,
113 labels; the same at ``dbbcdb6``; speakers 0.917 of 36 at both), and rules came
from it (a notice that names one figure corrects that one of its kind, "three of whom
have died", a company an apposition calls a maker, a sentence rewritten with only its
figures updated, a regulator described and named, a date the recogniser missed, a
company without its legal form). s was scored first at the end of that session, at
``fed4441`` (0.975 / 0.939, 80 shown, 82 labels; speakers 0.944 of 54; the same at
``dbbcdb6``), and one rule came from it at once (a relative clause that made a writing,
"who wrote the bill", says no quote: speakers 0.963 of 54). t, u and v were scored
first at the thirty-fifth session's start, ``1e1479c``: t 0.804 / 0.830 (112 shown, 94
labels; speakers 1.000 of 18), u 0.845 / 0.878 (84 shown, 74 labels; speakers 0.875
of 64), v 0.885 / 0.906 (165 shown, 117 labels; speakers 0.969 of 32); rules came from
them. w and x were scored first at ``1e1479c``, and again at the code of the commit
after the one that adds them (with the first rules from t, u and v): w 0.694 / 0.700
(134 shown, 100 labels; speakers 1.000 of 26), then 0.692 / 0.700; x 0.806 / 0.787
(72 shown, 61 labels; speakers 0.833 of 42), then 0.817 / 0.803. y and z were scored
first at ``1e1479c`` and at ``8414cc3``, after the rules from t to x: y 0.768 / 0.743
(125 shown, 101 labels), then 0.782 / 0.752 (124 shown), speakers 0.929 of 28 at
both; z 0.871 / 0.893 (62 shown, 56 labels) and speakers 0.906 of 53 at both. aa,
ab, ac and ad were scored first at the thirty-sixth session's start, ``654f53b``: aa
0.922 / 0.754 (51 shown, 57 labels), ab 0.857 / 0.908 (112 shown, 87 labels), ac
0.819 / 0.877 (72 shown, 57 labels), ad 0.845 / 0.841 (129 shown, 113 labels); rules
came from them.
ae and af were written after those rules and scored first with them (the check of them
on copy they were not made from) and at ``654f53b``: ae 0.883 / 0.849 (94 shown, 86
labels; 0.894 / 0.860 at ``654f53b``), af 0.824 / 0.822 (85 shown, 73 labels; 0.756 /
0.795, 90 shown, at ``654f53b``); rules came from them after. ag, ah and ai were
scored first at ``3c7fb3c``, after the rules from aa-af: ag 0.656 / 0.804 (96 shown,
56 labels), ah 0.817 / 0.734 (82 shown, 64 labels), ai 0.762 / 0.884 (122 shown, 86
labels); rules came from them. aj, ak and al were scored first at ``7f92d20``: aj
0.753 / 0.825 (85 shown, 63 labels), ak 0.857 / 0.836 (70 shown, 61 labels), al 0.696
/ 0.838 (92 shown, 68 labels); rules came from them. am, an and ao were written after
those rules and scored first both at ``7f92d20`` and with them, the same: am 0.729 /
0.867 (85 shown, 60 labels), an 0.650 / 0.662 (80 shown, 65 labels), ao 0.924 / 0.879
(66 shown, 66 labels); rules came from them after. ap, aq and ar were written after
those and scored first at ``7f92d20`` and at ``c156476``, the same: ap 0.768 / 0.742
(69 shown, 66 labels), aq 0.803 / 0.848 (76 shown, 66 labels), ar 0.720 / 0.789 (93
shown, 71 labels).

Sets k to z and aa to ar also label every quotation of their later versions with its
speaker (``speakers.blind.json``, same helpers, same blind rule); ``--speakers`` scores
them by ``speakers_real``'s matching rule (at first: k 0.957 of 70, at both codes; l
0.909 of 44 at ``d608719``; m 0.930 of 43 after l's rules, as at ``d608719``; n 1.000
of 30 at ``5f324ef``, ``0344ac5`` and ``d608719``; o 0.800 of 50 at ``23ee127``; p
0.946 of 37 at ``b74e643``; q 1.000 of 35 at ``dbbcdb6``; r 0.917 of 36 at
``cafe281``; s 0.944 of 54 at ``fed4441``; t 1.000 of 18, u 0.875 of 64, v 0.969 of 32,
w 1.000 of 26, x 0.833 of 42, y 0.929 of 28 and z 0.906 of 53 at ``1e1479c``; aa 1.000
of 31, ab 1.000 of 23, ac 0.962 of 26 and ad 0.870 of 92 at ``654f53b``; ae 0.828 of
64 and af 0.952 of 21 at ``654f53b`` and with the rules from aa to ad; ag 0.882 of 51,
ah 1.000 of 22 and ai 0.966 of 29 at ``3c7fb3c``; aj 1.000 of 25, ak 0.904 of 52, al
1.000 of 15, am 0.952 of 63, an 1.000 of 29 and ao 0.932 of 59 at ``7f92d20``; ap 1.000
of 21, aq 0.909 of 55 and ar 1.000 of 27 at ``7f92d20`` and at ``c156476``).

Matching rule: ``bench/facts_real.py``'s (``score_pair``), unchanged.

    .venv/bin/python bench/facts_fiction.py [--set a|b|...|ar] [--show] [--speakers]

``--show`` prints each pair's labels no shown change matches (L-) and shown changes
no label matches (C-).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from blind import read_blind

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_real

ROOT = Path(__file__).resolve().parents[1]
FICTION = ROOT / "tests" / "facts" / "fiction"
BLIND_SHA256 = {
    "a": "97a160f61508224cb704d3cfffecd75ff94ea6100c1d88c980878a857d4693a7",
    "b": "2946a44d56edf01cb44d842c6c2a3ce779bce858ff63b3e3eb31cc6ec5a8800a",
    "c": "cadfa6531febc434c7c377d90d7dc086b449ac1006ff0c20c774f39b8eadf6d3",
    "d": "7976d7e1eac9ccb040686989be22243009dcb2ab81422b6e322c2cad0bc4c2b1",
    "e": "639c662d2d211931b6b73bd980c3e023e644437d8d8182bf487da3873d99c7ea",
    "f": "c10fd75bb498787d8c50f00bcf0a0a6dc8a289f762912ffdc73df6a7b580cef3",
    "g": "08a2283edf65e4c1dde606ca8bbd848cfa2cea0192dab5b340b152f076ddf8ac",
    "h": "e15d8307792f34872146472bb0a83926766fb1ef5d3a03409d08b4ac561dc270",
    "i": "9bbf8727ef34d703b65a9a3586988f4f5fc8efe28d68a6cbb5fc4233ce5ddd17",
    "j": "6d5b1336b66f598afcac83dac9d2bbcbf0f3e09dc68f7a34eefc8a922d7e601f",
    "k": "ae68ccbc8c56a0453f5252cc3e86fee8c9b05f994504d5f1c488cc97fdea94da",
    "l": "a7af8e4968de7a2ad49ccec6920cc953be1f625b39debc63e76492d724564213",
    "m": "75438ea10c663101933d3600b5015f8d9c391ffc5c639bad4519d1aa8c5633c6",
    "n": "bf566c0b88bbf024fa5ee8460044799b5aa7403ef8f32adbf391ce4d67468535",
    "o": "3b5cf99b6ce658c1ce215598609abae6f0593ae76ca0bf54be3034a36dc921bf",
    "p": "82f8bf95fe44d44becd7dbeddc0b5d7f48516ff93cf43d8e5c82ca0da918ae20",
    "q": "678f13d5357678ad5881e662491826db71e23ea610a95e69c05ec9d6a6003a2f",
    "r": "e15f991bb9717f92c911c2a9ae5c8b5009410aa22717a0323eca4ee33b786a80",
    "s": "897abd6ffa796c0409b34f6b572d918b5795d4f9478bf70b829f92fba5a734f6",
    "t": "e59e7892b5adc259d0647674079bb933a3b030ec3d6197bffc7eba6cb26f1f50",
    "u": "a2c9b90177a5ab334138571fcbe08531bb39a68f52c639b32aaf6f56d624041f",
    "v": "0d99f7ae93a126fa8535f8c57953260bec8ee3e8f9d9e99497aed9021221484d",
    "w": "02b5a26558440be059eb3d3199eb146e54dedf52b03312b0d77310ab1ce4c5ca",
    "x": "31f35c08c35efe4a7a1132695893e8674c2bbd3d88c1c4460f4bdb8c85dd6562",
    "y": "cc770e8256a598bd7b96796ae3602750ef69986a1f4435125fa777b0c86fe0a4",
    "z": "db4885e2e27dc55ed87d2099ce48f6082ff6a6375bfca42873cb48d24260ca5b",
    "aa": "56a837061e939f9fbe2ee9564c0a33468364392e8cdf46ce9f9cf2a4cd555a62",
    "ab": "588ba0e72ffffa3b1d662eecd7e7b3d2d38fe896901112ef68342ca6e919ee09",
    "ac": "926b3565ea0eb8d5965b8be73953215c990d250d68e7b1691a06ce44983a1aed",
    "ad": "49f4c3fd8bb7c078ef19df8b9566b34e303b4cdecf16700daf8918f5a3d83b1c",
    "ae": "147c1e991e17eb6f67c21741b4a203fda4defb04dfe7546eb1e6743f67a993a0",
    "af": "035ef60da24dff56047e49ab8796e68f57d9c56b99e542492c8c164a2a1d24cd",
    "ag": "6c4d02ef6379577923589d922f96f2771f7410102cb8f02126bcc3fa086f5b49",
    "ah": "2a49cdd89e5943725e2308620b6379767f95fdbe1c633acb0ef5a33a628c8ef0",
    "ai": "8705b7a957dc03fddfbfc139da79afa8c343881d4d992248bf324069e2a3a84a",
    "aj": "b38a16b0b1a88029678d3d91f859fd5e86196473de731a455c3eb8ce97812c1f",
    "ak": "cf98b69d221344936053ac9b1f52bbe035ccdb541d82bc3c36e71453121d0506",
    "al": "ac1ff26f4c5f1e32d96931d0c450f78c1f6df05bb7f498066a18cbb2fa08bb49",
    "am": "9bd03c3afdd827067b5fe4830c1b95036ec590d8a9c8592d9fb4658e7c959f83",
    "an": "9afb5f04a45f92619c09bb81e1e90335795a7013a731f232cc42cf21988bef70",
    "ao": "0a79e4d2fddedeec304ca2c575698bf13a89b8ef80c3658d8bac42bf5a943cea",
    "ap": "0ed6c435f2815803635e786ed4670fe1b23364b96258a049139f30c654219bc5",
    "aq": "55a4406aa47f2e9251afd2b4eb8363d9585bd15ee7b9f2142990ed1c557919be",
    "ar": "63b437796f5ebd446659bf5497bb732a9f4662ce0e620e35984c847e23027e1e",
}
SPEAKERS_SHA256 = {
    "k": "824349237fe2f934b71160022a6b87db377216e6fb36a2f335627a7a70a2f559",
    "l": "e95054e5cbb952daf59a47a85531b7724294bbc9a4c16d71ea3b058ba23826b1",
    "m": "ed31e437102eaf444ca4b6104da69133a2aee40bde5d421675b745d087aa87b0",
    "n": "ffac982dfa795ec88002939a90003d9037fef617d1af1e5dac0664e7bf3d7f6e",
    "o": "8af15d283d6ee3d3418c0948ae7806b09e8ca1a9bcc2833fec9721fcbdea9d93",
    "p": "1469d7eebac1f69d933352ed6f62d8b1d88a9081dc733e741c8455ec9a5604f8",
    "q": "cbd73ffd686c2e6fdf4f3aea90342e539337878832e3e024557e9455ed24071d",
    "r": "6ad108c13c6de7386f2a5b81d20adfce92d5dc8c5a7f417b523a791c6cea17a2",
    "s": "6478287a3dc929fb60fd79a07c3b333171e285024192ca81a867e592045d3d53",
    "t": "de8332b499b134a447ee8ac8c210b9bee92a0b893aab996136e84ac434d6ad26",
    "u": "3874042036de3c9b09bdb4dafadf59277ef095b8a628ca2b117e2fdd0cc28228",
    "v": "86e4f569f3c350f9650c74d3e7a6706e0dc028a2aa1c7ded1a97ddb84bea852d",
    "w": "d5950d89ecb0f53556a327003bb8b74b4b98e5c1ac4751745f7638d32d15aa0b",
    "x": "b410a53d55e612d480c281439fc2c0d76826e08aff53c42df8c06873761d533e",
    "y": "71bb6303dc23cf64b330bddbda6521b32eafe28eed4e40123ad5cac6d6da6d62",
    "z": "a3bc80424934c9dd46660921cb2e3b28d865444190a23a92bfa428879b9b9527",
    "aa": "a733da6422568b7f8e501c8fea7a6138149f0aa7606940dd7f879f1e28fc8e6b",
    "ab": "8687a1dca8f86b9082a973ee7962167a45febd98b5ae1ad012c1d6a6a36e48fd",
    "ac": "b78328dc3674ed9b0a41579b8c69c48bfca71fdeff80f24f54b6776574a430d6",
    "ad": "609d839286160e1c18ab4622090aec42e98f7678b5554bd4c1382608aa42451b",
    "ae": "6ca0672a655d9fd22c1d12c69beeef55bf7bbd60380dd07e2e6df0f522d062e6",
    "af": "8ba77604b9cfe0ffeb13be22060be57ca776016ee2c0c22c458dccd236e61f97",
    "ag": "20ece745b0c9be69b18c76a6fe7597fb64a3cf6c156b4911a8f6136704baadcf",
    "ah": "57d43291d4e5418cf79c0ac529685d72d50982b03678e2064f05334241724d25",
    "ai": "1244cd35ae8b288e99cd6d88c874d27c0a81df9ae839438fa3ce0de725b1854a",
    "aj": "3f19ebe6116a062e2b19289dec728d29cb72850f62dc36dba86d1ffbbab73524",
    "ak": "84a7d51741c4514b173e898390d07368319ebd52991daad68e06e246f59a4b1c",
    "al": "a75a4502c883166c4acfee4d697698e68d78119a58252cfa36e9dd25d4a9b278",
    "am": "196728baf90319caeff8d2bc89c03bb5b4d119fe39ecabed408e551c0eb82ab5",
    "an": "49253a5a9e5fabee294aa4a897dae21c5419d5d69648162a3f4662f627414c57",
    "ao": "7a2a2ef2e944841ab7e8a9d1c9189975422f84ccb2ab0bca7fb9cb457199c3d2",
    "ap": "b190c2956e2956a680ecce0bc749268c0570cd5517ed7e83959842d460b5fa5f",
    "aq": "4fcfb6926d5115f71d24ae6d54047dc004c1e82e141dfc8b00669d220452cc7a",
    "ar": "ffb1a02655a1ceb28ffd8bc338f3a58743b430fc53c130574aaace1c8ff05226",
}
"""Sets with every quotation of their later versions labelled with its speaker
(``speakers.blind.json``), scored with ``--speakers``."""


def load(name: str) -> dict[str, Any]:
    """One set's blind labels, refused when they are not the file recorded above."""
    data: dict[str, Any] = read_blind(FICTION / name / "labels.blind.json", BLIND_SHA256[name])
    return data


def pair_texts(name: str, pid: str) -> tuple[str, str]:
    folder, n = FICTION / name, pid[len(name) :]
    return (
        (folder / f"{n}_A.txt").read_text(encoding="utf-8"),
        (folder / f"{n}_B.txt").read_text(encoding="utf-8"),
    )


def speakers(show: bool = False) -> Any:
    """Who storydiff says spoke each labelled quotation of the later versions of the
    sets in ``SPEAKERS_SHA256`` (``speakers_real``'s matching rule), as its Score."""
    import speakers_real

    score = speakers_real.Score()
    for name, sha in SPEAKERS_SHA256.items():
        for pid, quotes in sorted(read_blind(FICTION / name / "speakers.blind.json", sha).items()):
            text = pair_texts(name, pid)[1]
            entry = {"pair_id": pid, "text": 2, "labels": [{**q, "how": "-"} for q in quotes]}
            speakers_real.score_text(entry, speakers_real.quotes_of(text), score)
    if show:
        print("\n".join(score.wrong))
    return score


def evaluate(
    sets: Sequence[str], show: bool = False
) -> tuple[facts_real.Score, dict[str, facts_real.Score]]:
    total, per = facts_real.Score(), {}
    for name in sets:
        for pid, pair in sorted(load(name)["pairs"].items()):
            labels = pair["changes"]
            changes = facts_real.change_dicts(*pair_texts(name, pid))
            per[pid] = facts_real.score_pair(labels, changes)
            total.add(per[pid])
            if show:
                _show(pid, labels, changes)
    return total, per


def _show(pid: str, labels: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    print(pid)
    for lab in labels:
        if not any(facts_real.matches(lab, c) for c in changes):
            print("  L-", "?" if lab.get("doubt") else " ", lab["kind"], lab["change"],
                  repr(lab.get("before")), "->", repr(lab.get("after")))  # fmt: skip
    for c in changes:
        right = any(facts_real.matches(lab, c) for lab in labels) or (
            c["fact"] == "claim"
            and any(facts_real.matches(lab, c, any_kind=True) for lab in labels)
        )
        if not right:
            print("  C-", c["kind"], c["fact"], repr(c["subject"]),
                  repr((c["before"] or "")[:80]), "->", repr((c["after"] or "")[:80]))  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=sorted(BLIND_SHA256), action="append")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--speakers", action="store_true", help="the quotations' speakers")
    args = parser.parse_args(argv)
    if args.speakers:
        got = speakers(args.show).figures()
        print(f"speakers: {got['labels']} quotations, found {got['found']:.3f}, "
              f"speaker right {got['speaker']:.3f} of {got['matched']}")  # fmt: skip
        return 0
    sets = args.set or sorted(BLIND_SHA256)
    total, per = evaluate(sets, args.show)
    f = total.figures()
    print(f"sets {','.join(sets)}: {len(per)} pairs, {f['shown']} shown, {f['labels']} labels")
    print(f"precision {f['precision']:.3f}  recall {f['recall']:.3f}  speaker "
          f"{f['speaker']:.3f} ({total.quotes_matched} quotes)  dates {f['date_precision']:.3f} "
          f"({total.dates_shown} shown)")  # fmt: skip
    for pid, s in per.items():
        g = s.figures()
        print(f"  {pid:>4} shown {s.shown:3} right {s.right:3} labels {s.labels:3} "
              f"found {s.found:3}  p {g['precision']:.2f} r {g['recall']:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
