"""Comparing two versions (``diff``, ``facts``, ``pair``): alignment, relation, order, facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from storydiff.config.text import SHINGLE_WORDS


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """How sentences of two versions are paired.

    Similarity is the token-level Indel ratio 2*LCS/(len(a)+len(b)) over lower-cased
    word tokens: the measure that matched BERT for sentence alignment in the
    NewsEdits study (difflib ratio, F1 0.897).
    """

    edit_threshold: float = 0.5
    """Two sentences at least this similar are one sentence, edited."""
    reorder_threshold: float = 0.75
    """Two sentences that have at least this share of their words in common, in any
    order, are one sentence, edited: a clause or an attribution moved ("The operator
    said ticket prices would be reduced by a quarter on the route." / "Ticket prices on
    the route will be reduced by 25 percent, the operator said."), which the Indel
    ratio, an ordered measure, scores low. Their score stays the Indel ratio: they are
    accepted after the edits of words in place."""
    group_max: int = 3
    """A split or merge joins at most this many sentences."""
    group_gain: float = 0.02
    """A split/merge must beat the best one-to-one pairing of its parts by this much."""
    group_part_containment: float = 0.5
    """Each part of a split/merge must have at least this share of its tokens in the
    other side."""
    near_tie: float = 0.02
    """Candidate pairs whose similarity differs by less than this prefer the pair
    nearer in (relative) position."""


LONG_SPAN_ITEMS = 4000
"""Words and gaps of both sides of an edited sentence above which the word diff
(``diff.words``) matches only words (about 1,000 words a side: no sentence of news is
that long)."""


@dataclass(frozen=True, slots=True)
class RelationConfig:
    """Scores and verdict of how two texts relate.

    Thresholds come from 100 real AP/NYT version pairs (5-word shingles): median
    containment 0.81, p25 0.54, p10 0.29, and 95% of pairs share at least 5% of the
    shorter text; sentence pairing also catches rewritten sentences that share no
    5-word run.
    """

    shingle_size: int = SHINGLE_WORDS
    copy_jaccard: float = 0.8
    """Same story with Jaccard at least this: a copy rather than a version."""
    same_story_containment: float = 0.25
    same_story_kept: float = 0.4
    """Share of the shorter text's sentences paired with the other text."""
    related_containment: float = 0.05
    related_kept: float = 0.15


@dataclass(frozen=True, slots=True)
class OrderConfig:
    """How the earlier version is inferred when timestamps do not say."""

    min_confidence: float = 0.5
    """Below this the order is reported as unknown. At 0.5 only a dead heat is unknown;
    every guess carries its confidence and reasons, and renderers word guesses under
    ``weak_confidence`` as weak."""
    weak_confidence: float = 0.6


ORDER_WEIGHTS = {
    # Fitted by logistic regression (no intercept, L2 1.0, every weight kept >= 0) on
    # the 50 real AP/NYT pairs of ../shared/data/newsedits-cke-dev.csv, each pair used
    # both ways round (bench/order_cv.py). Cross-validated (5 folds) these clues get
    # 0.90 of the pairs right (0.88 over ten other splits); on the 50 fitted on, 0.94.
    "growth": 1.42,  # net share of words added in whole sentences ...
    "growth_log": 1.33,  # ... and log1p(|d| / 100) times that share, so big growth counts
    "length": 1.23,  # tanh(d / 5) of the total word-count difference, less in a rewrite
    "weekday": 1.72,
    "tense": 0.77,  # per verb, net ("has" -> "had", "will travel" -> "traveled")
    "future": 0.10,  # per plan or expectation, net
    "reaction": 0.0,  # rate in the changes; fitted to 0 (reactions are in early takes too)
    "counts": 0.75,  # per toll, net: no real pair has one, so hand-set, as one verb's tense
    "developing": 1.5,  # no real pair has one, so nothing to fit: the hand-set weight
    "correction": 0.19,
    "updated": 0.53,
    "credit": 0.0,  # pointed the wrong way on the 50 pairs: fitted to 0
    "followup": 0.32,  # rate of follow-up wording ("a day after", "had planned")
    "aspect": 0.40,  # rate of done ("has arrived") against ongoing ("are meeting")
    "promo": 1.61,  # per bracketed link line ("[Read our full coverage here.]"), net
    "date": 0.75,  # no real pair has one ("May 30" -> "June 2"), so hand-set, as tense
    "copyedit": 0.83,  # per copy-desk fix, net ("compared to" -> "compared with")
}
"""The weight of each clue of version order (``diff.order.evidence``): a clue votes its
value times its weight, and the sum goes through a logistic function."""
ORDER_CONFIDENCE_SCALE = 1.94
"""The factor on the summed votes before the logistic function, so that the stated
confidence is an honest probability: fitted on the out-of-fold scores of the 5-fold
cross-validation (``bench/order_cv.py``). Above 1: held out, the summed votes are
right more often than their logistic alone would say (the L2 penalty shrinks them)."""


FACTS_MAX_CHARS = 200_000
"""Longest text, in characters, given to the facts step (about 33,000 words, several
times the longest news feature): past it, facts are skipped with a note rather than
spending minutes and gigabytes (a 10 MB text took 589 s and 1 GB)."""
MAX_SENTENCE_CHARS = 5000
"""Longer "sentences" (tables, run-on lists) are not parsed: spaCy's cost grows with
them and they carry no readable facts."""
FACTS_CONTEXT_BEFORE = 2
"""Sentences before each changed one that the facts step parses too (``facts.analysis``);
no other unchanged sentence is parsed."""
FACTS_CONTEXT_QUOTED = 5
"""Sentences before a changed one with a quotation mark in it and no speaker named with
its speech verb that the facts step parses too: who speaks may have been named or
titled a few paragraphs up ("Wolves coach Dario Venn said …" … "“…,” the Wolves coach
said"). Fitted on the tuning sets: 5 gives two more right speakers of 207 fictional
quotes than 2, and the same on the real tuning part."""
CITATION_WORDS = 14
"""At most this many words of what a citation cites ("according to the most recent
estimate from the Centers for Disease Control and Prevention")."""
MIN_CLAIM_WORDS = 6
"""Shorter added sentences ("He declined to comment.") are kept as claims only when
they carry a negation; fragments such as a byline line are not claims."""
CLAIM_CONTEXT_WORDS = 3
"""Words either side of each edit shown with it in an edited sentence's claim."""
REWRITE_SHARE = 0.7
"""An added and a removed sentence that share this share of the shorter one's content
words say the same thing reworded (the aligner left them apart): neither is a claim."""
KEPT_SHARE = 0.4
"""An added and a removed sentence with no fact, negation, hedge or number changed
that share this share of the shorter one's word stems (and at least ``KEPT_MIN``)
are a rewording with the meaning kept: neither is a claim (set on the tuning pairs
of the real labelled set)."""
KEPT_MIN = 3
"""The fewest shared word stems for ``KEPT_SHARE``'s rewording."""
RESPELLED_SIMILARITY = 0.88
"""Two first names at least this similar (Jaro-Winkler, the same initial) before one
surname, each in one version only, are one name spelled anew ("Katherine" /
"Kathryn" 0.905, "Jon" / "John" 0.933; not "Mark" / "Maria" 0.848, two people;
hand-set on these examples, not fitted on labelled data)."""
QUOTE_PAIR_SHARE = 0.6
"""Two quotes of one speaker in sentences the aligner left apart are one quotation
said two ways when this share of the shorter one's content words (stems) is in the
other (``facts.quote_pairs``; hand-set: "I know of no delay" / "I know of nobody who
delayed anything" share both of the shorter's; "The port will stay open this winter" /
"The port will need more money next winter" two of four, two statements)."""
QUOTE_PAIR_MIN = 2
"""The fewest content words ``QUOTE_PAIR_SHARE``'s two quotes share."""
QUOTE_PAIR_LONG_SHARE = 0.4
"""The share of the longer quote's content words the two must share as well: "The city
needs its port" is not "The port cost the city millions in lost trade" (two of six;
hand-set: "I know of no delay" / "I know of nobody who delayed anything" share two of
four)."""
QUOTE_PAIR_SIMILAR = 0.4
"""Or two quotes this alike letter by letter (normalised Levenshtein) when they share
less of the longer's words: quotes said two ways read 0.43-0.55 on the MRPC tuning
pairs, two quotes of one speaker on two things 0.24-0.26 in the fictional tests
(hand-set between)."""
SPEAKER_SURNAME_EDITS = 1
"""Two surnames this many edits apart (a letter changed, added, dropped or two swapped)
name one speaker of one quotation ("Kellsey" / "Kellesy"; hand-set, as the quotation
the two versions share already says it is one person)."""
SPEAKER_SURNAME_MIN = 5
"""The fewest letters of a surname ``SPEAKER_SURNAME_EDITS`` reads as respelt."""
CLAIM_REWRITE_SHARE = 0.5
"""A removed and an added sentence that share this share of the shorter one's word
stems, and differ in a negation or a hedge, are one statement with its meaning
changed: one claim update (``facts.rewritten_claims``)."""
COUNT_REWRITE_SHARE = 0.4
"""A removed and an added sentence that share this share of the shorter one's words
(of four letters or more) are one rewritten from the other: the same figure of ten or
more in them, of two nouns of one group ("some 40 rebels" / "about 40 insurgents";
``facts.groups``), is one count said in other words (``facts.count_pairs``)."""
FIGURE_CONTEXT_WORDS = 8
"""Words before a percentage or a sum of money (half as many after it) that must share
a content word with those near the other figure, in a removed and an added sentence
rewritten one from the other, for the two to be one figure said anew ("the varn
slipped 1.2% against the dollar" / "the varn rose 0.8% against the dollar"; not
"Shares of Halvern rose 4.2%" / "The broader index rose 0.3%", a clause split off
into its own sentence; ``facts.figure_pairs``). Hand-set on fictional passages."""
RESTATED_SHARE = 0.6
"""An added or removed sentence with no fact changed that has this share of what it
says (the stems of its lower-case content words) in one sentence of the other version,
with the same negations, figures and hedges, says again what that version tells: no
claim."""
RESTATED_PARTNER_EXTRA = 2
"""A one-sided sentence that another says again (``RESTATED_SHARE``) hides that other
too when it is one-sided as well and says at most this many content words of its own
beyond it ("Vask's next court date is Jan. 12." / "Vask is due back in court Jan.
12."): more, and it tells something new ("…, when prosecutors will ask that he be
held without bail")."""
HEADLINE_NEW_WORDS = 1
"""A rewritten headline may have this many words (not figures or negations) that
neither the old version nor a changed sentence of the new one has and still say no
news of its own ("Korvik-Sellby rail line faces three-week summer closure": headlines
have verbs of their own); more, and it is a claim."""
RESOLVED_KEY_WORDS = 4
"""Words of what a removed sentence said was not known ("whether patient data had been
stolen") that are looked for in an added sentence that may tell it (``facts.resolved``)."""
RESOLVED_TOLD_WORDS = 2
"""Of those, how many the added sentence must have to tell it (all, when fewer)."""
CARRY_NARRATION = 0
"""Sentences of narration (no quote, no speech verb) a speaker is carried over to a
bare quote after them: none. Copy that lost its paragraph breaks reads as one
paragraph, and a quote after narration there is most often someone else's."""
PAIR_REACH = 3
"""Lines (paragraphs) after two people were named together as a subject ("Ana Ruiz
and Tom Hale are set to marry"), or last called "the couple", within which "the
couple" or "the pair" stands for them; later, it may be another pair the text has not
named."""
AUTHOR_REACH = 4
"""Sentences after a writing was named with its author ("a 2019 report by the Varnos
inspector general") within which "the report says" speaks for that author; later, the
text may mean another report."""
LEAD_SENTENCES = 2
"""The lead: a story's first sentences (a dateline line may be the first)."""
QUOTE_KEPT = 0.3
"""Two quotes of one speaker in one link whose words are at least this similar (or
one inside the other) and that share a content word are one quote edited; less
similar, two quotes."""
QUOTE_KEPT_ALONE = 0.5
"""Two such quotes this similar letter by letter are one quote edited though they
share no content word (a word respelled: "organisation" / "organization")."""
QUOTE_SAID_MORE = 2
"""A quote said longer by at least this many content words (``claims.content_words``)
is an update, not a quote only cut longer ("it has done nothing" -> "it has done
nothing but hold meetings")."""
FRACTION_NEAR = 1.5
"""Points a percentage may round a fraction by and say the same share ("two-thirds of
voters" / "about 67% of voters": ``facts.ratios``)."""
COUNT_LIKE_SIZE = 1.5
"""Two counts of one noun far apart, each the only one of its side, are one thing
counted again when the larger is at most this many times the smaller ("32 counties" /
"29 counties"; not "three soldiers" / "500 soldiers": ``facts.count_pairs``)."""
UNIT_NEAR = 0.05
"""Share two measures in different units may differ by and be one measure said again
("about 30 miles" / "about 48km", "50 km (32 miles)": ``facts.units``); news copy rounds
conversions."""
FUZZY_MIN_CHARS = 12
"""Names at least this long may differ by a letter or two and still be one name."""


@dataclass(frozen=True, slots=True)
class CompareConfig:
    """Everything ``storydiff.compare`` can be told."""

    facts: bool = True
    """Say what changed as facts (needs the ``facts`` extra: spaCy and its English model).
    Skipped, with a note, for texts not in English or when the extra is missing."""
    facts_max_chars: int = FACTS_MAX_CHARS
    align: AlignConfig = field(default_factory=AlignConfig)
    relation: RelationConfig = field(default_factory=RelationConfig)
    order: OrderConfig = field(default_factory=OrderConfig)


DEFAULT_COMPARE = CompareConfig()
