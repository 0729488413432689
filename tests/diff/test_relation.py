from __future__ import annotations

from storydiff import compare
from storydiff.config import CompareConfig, RelationConfig

STORY = (
    "A cargo ship ran aground off Kestrel Bay early on Saturday as a storm battered the coast. "
    "Coastguard helicopters lifted 14 sailors from the deck before dawn. "
    "The port was closed to all traffic, the port authority said. "
    "The vessel was carrying about 32,000 tonnes of iron ore to the smelter at Tollmouth."
)


def test_scores_of_a_grown_version() -> None:
    extra = " The operator said it was in contact with the authorities. Salvage teams set out."
    later = STORY + extra
    r = compare(STORY, later).relation
    assert r.containment_old == 1.0
    assert 0.5 < r.containment_new < 1.0
    assert r.jaccard == r.containment_new  # old's shingles are a subset of new's
    assert r.kept_old == 1.0 and r.kept_new == 4 / 6
    assert r.verdict.value == "same_story" and r.kind == "version"


def test_copy_identical_and_thresholds_from_config() -> None:
    copy = STORY.replace("14 sailors", "fourteen sailors")
    r = compare(STORY, copy).relation
    assert r.verdict.value == "same_story" and r.kind == "copy"
    assert compare(STORY, STORY).relation.verdict.value == "identical"
    strict = CompareConfig(relation=RelationConfig(copy_jaccard=0.99))
    assert compare(STORY, copy, strict).relation.kind == "version"


def test_related_but_not_the_same_story() -> None:
    other = (
        "Kestrel Bay is the second-busiest port in the country. "
        "Coastguard helicopters lifted 14 sailors from the deck before dawn. "
        "The city council approved a new budget for the harbour. "
        "Libraries will open on Sundays. The mayor spoke. Taxes rise in April. Parks close at nine."
    )
    r = compare(STORY, other).relation
    assert r.verdict.value == "related"
