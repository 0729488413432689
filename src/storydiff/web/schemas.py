"""The API's documents as Pydantic models: they draw the schemas of the OpenAPI
document, and the tests check every answer against them (no field more or less).
``Comparison`` and ``Story`` are ``docs/json-schema.md``'s ``storydiff.comparison``
and ``storydiff.story``, as the CLI prints them; the lists are the app's own."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

STORIES, STORIES_VERSION = "storydiff.stories", "1.0"
OUTLETS, OUTLETS_VERSION = "storydiff.outlets", "1.0"
CHANGES, CHANGES_VERSION = "storydiff.changes", "1.0"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Relation(Strict):
    verdict: Literal["identical", "same_story", "related", "unrelated"]
    kind: Literal["copy", "version"] | None
    jaccard: float
    containment_old_in_new: float
    containment_new_in_old: float
    kept_old: float
    kept_new: float


class Order(Strict):
    earlier: Literal["old", "new"] | None
    confidence: float
    basis: str
    reasons: list[str]


class Change(Strict):
    kind: str
    fact: str
    subject: str | None
    before: str | None
    after: str | None
    before_value: str | None
    after_value: str | None
    old_sentences: list[int]
    new_sentences: list[int]
    hidden: bool


class Op(Strict):
    op: Literal["equal", "replace", "insert", "delete"]
    old: list[int]
    new: list[int]
    old_text: str | None = None
    new_text: str | None = None


class Headline(Strict):
    old: str | None
    new: str | None
    changed: bool
    ops: list[Op]


class Link(Strict):
    id: int
    kind: Literal["unchanged", "edited", "split", "merged"]
    moved: bool
    changed: bool
    score: float
    old: list[int]
    new: list[int]
    ops: list[Op]


class Sentence(Strict):
    index: int
    start: int
    end: int
    paragraph: int
    role: str
    link: int | None


class Document(Strict):
    id: str
    source: str | None
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    updated: str | None
    retrieved: str | None
    language: str | None
    text: str
    sentences: list[Sentence]


class Comparison(Strict):
    """``storydiff.comparison`` 1.2."""

    schema_: Literal["storydiff.comparison"] = Field(alias="schema")
    schema_version: str
    relation: Relation
    order: Order
    counts: dict[str, int]
    has_differences: bool
    changes: list[Change]
    notes: list[str]
    headline: Headline | None
    links: list[Link]
    old: Document
    new: Document


class StoryVersion(Strict):
    id: str
    title: str | None
    when: str | None
    outlets: list[str]
    seen_at: list[str]


class Passage(Strict):
    old: list[int]
    new: list[int]
    words: int
    kind: Literal["body", "chrome"]


class StoryLink(Strict):
    old: int
    new: int
    old_id: str
    new_id: str
    shared_shingles: int
    containment: float
    body: float
    agreement: float | None
    passages: list[Passage]


class Story(Strict):
    """``storydiff.story`` 1.2."""

    schema_: Literal["storydiff.story"] = Field(alias="schema")
    schema_version: str
    id: str
    headline: str
    order_basis: Literal["timestamps", "evidence", "single"]
    outlets: list[str]
    versions: list[StoryVersion]
    steps: list[dict[str, Any]]
    """``storydiff.comparison`` documents."""
    links: list[StoryLink] | None


class ListedDocument(Strict):
    id: str
    at: str
    title: str | None
    date: str | None


class ListedStory(Strict):
    id: str
    headline: str
    outlets: list[str]
    first_seen: str | None
    last_seen: str | None
    versions: int
    documents: list[ListedDocument]


class StoryList(Strict):
    """``storydiff.stories`` 1.0: a page of the story list."""

    schema_: Literal["storydiff.stories"] = Field(alias="schema")
    schema_version: str
    total: int | None
    next: str | None
    notes: list[str]
    stories: list[ListedStory]


class Outlet(Strict):
    name: str
    count: int


class Outlets(Strict):
    """``storydiff.outlets`` 1.0."""

    schema_: Literal["storydiff.outlets"] = Field(alias="schema")
    schema_version: str
    notes: list[str]
    outlets: list[Outlet]


class Event(Strict):
    id: int
    kind: str
    url: str
    outlet: str | None
    story: str | None
    seen: str
    old: str | None
    new: str | None
    significance: str
    body: dict[str, Any]


class Changes(Strict):
    """``storydiff.changes`` 1.0."""

    schema_: Literal["storydiff.changes"] = Field(alias="schema")
    schema_version: str
    available: bool
    next: str | None
    notes: list[str]
    events: list[Event]
