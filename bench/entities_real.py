"""The names storydiff finds in real news, and their kinds, against blind labels.

Data: the English-English pairs of ``../shared/data/semeval2022-task8-sample/``
(``training_set.csv`` and ``testing_set.csv``; real news texts cut to their head and
tail). Labels: ``tests/facts/entities.blind.json``, written from the texts alone, before
any storydiff output was seen and without importing storydiff.

**Split.** Fixed before any text was read: every text (``pair_id``, 1 or 2) is ranked
by ``sha256("entities:" + pair_id + ":" + which)`` with ``which`` "1" or "2"; a text is
*tune* when that digest's first hex digit is below ``b`` (about 2/3), else *holdout*.
Texts were read in that order (a text whose body repeats one read before, or that is
not news prose, was passed over), in batches: batch 1 before storydiff ran on any
text; batch 2 (tune only) after the first entity rules were set on batch 1's tune
part, before storydiff ran on its texts, so that it measures the rules on texts they
were not made on.

**What is labelled.** The head of each text, from its start ``through`` a few words
that end about its tenth sentence. Every proper name there (a capitalised name of
someone or something, not a sentence's first word merely capitalised) gets one label
per text: ``name``, its exact extent (without "the", titles and honorifics such as
"President", "Mr.", "Sen.", "Pope", and without a possessive 's), optionally
``words``, a few words verbatim around it when the same name has another kind
elsewhere in the head, a ``kind`` and a ``category``.

**Categories**, decided before labelling and kept:

- ``person``: a person, real or fictional, by full name, surname or first name
  (``person``).
- ``organization``: ``company``; ``agency`` (a government, ministry, department,
  police force, army, court, parliament or legislature named as a body, "the White
  House", "the Kremlin", "the Pentagon" when they stand for a government); ``party``
  (also "Democrats", "Republicans", "Tories" for the party); ``team``; ``outlet`` (a
  newspaper, broadcaster or agency as a source: "Reuters reported", "told CNN");
  ``group`` (universities, hospitals, charities, unions, international bodies,
  armed groups, any other organisation).
- ``place``: ``country``; ``city`` (towns, villages, neighbourhoods); ``region``
  (states, provinces, counties, continents, areas); ``building`` (airports, stadiums,
  schools as buildings, bridges, prisons, hotels); ``street``; ``natural`` (rivers,
  seas, mountains, islands). A country or city name used as a modifier ("U.S.
  officials", "China's economy") is still a ``place``; a place in a dateline
  ("WASHINGTON (Reuters) -") too.
- ``not``: ``thing`` (products, vehicles, weapons, ships, software, diseases, brands
  as products); ``event`` (wars, storms, elections, festivals, games, summits);
  ``law`` (acts, bills, treaties, programmes); ``work`` (titles of books, films,
  songs, shows, reports); ``nationality`` (demonyms, religions, ethnic and political
  adjectives used as adjectives or for people: "American", "Muslim", "Democratic");
  ``credit`` (page furniture: photo credits such as "Getty Images", "AP Photo/...",
  an agency's tag in a dateline "(Reuters)", "(AP)"); ``byline`` (the name of the
  writer in a byline or a contributor line: the newsroom's, not the story's);
  ``other`` (days, months, titles of office alone, anything else capitalised).

**Per text**, the text goes through storydiff's own facts pass as ``compare`` does for
one version with no known date: ``Document(text=...)``, ``split_sentences``, then
``facts.analysis.analyse`` over every sentence with the whole text and
``published=None``; its facts of kind ``person``, ``organization`` and ``place`` that
start inside the labelled head are the *found* names.

**Matching rule.** A label stands for every place its ``words`` (else its ``name``)
occur in the head as whole words, and covers the characters of its ``name`` there; of
two overlapping places the longer label keeps it ("Washington Post" over
"Washington"). A found name is matched to the label place its characters overlap
most. It is *right* when that label's kind is the found kind, *wrong kind* when the
label is another of the three kinds, *not* when the label is ``not`` (counted by
category), and *unlabelled* when it overlaps no label (listed apart: some may be
labels missed). Precision is right over found. A label of a kind is *recalled* when
some found name of that kind overlaps one of its places (recall per kind); it is
*seen* when a found name of any kind does.

    .venv/bin/python bench/entities_real.py [--part tune|holdout] [--batch 0-2] [--show]

``--part tune`` is the default; the holdout part is measured once, at the end of a
piece of work, never to choose rules. ``--show`` lists the wrong, unlabelled and
missed ones (tune only).
"""
