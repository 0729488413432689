"""The comparison as JSON: schema ``storydiff.comparison``, documented in
``docs/json-schema.md``. Offsets are Python string indices into ``old.text`` and
``new.text``, which the output includes."""

from __future__ import annotations

import json
from typing import Any

from storydiff.diff.words import WordOp
from storydiff.document import Document
from storydiff.pair.compare import Comparison
from storydiff.text.sentences import Sentence

SCHEMA = "storydiff.comparison"
SCHEMA_VERSION = "1.2"


def _ops(ops: list[WordOp], old_text: str, new_text: str) -> list[dict[str, Any]]:
    out = []
    for op in ops:
        item: dict[str, Any] = {
            "op": op.tag,
            "old": [op.old_start, op.old_end],
            "new": [op.new_start, op.new_end],
        }
        if op.tag != "equal":
            item["old_text"] = old_text[op.old_start : op.old_end]
            item["new_text"] = new_text[op.new_start : op.new_end]
        out.append(item)
    return out


def _updated(doc: Document) -> str | None:
    """When the document's page says it last changed, as stored (ISO 8601)."""
    value = doc.metadata.get("updated")
    return (value.strip() or None) if isinstance(value, str) else None


def _document(
    doc: Document, sentences: list[Sentence], roles: list[str], links: list[int | None]
) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published.isoformat() if doc.published else None,
        "updated": _updated(doc),
        "retrieved": doc.retrieved.isoformat() if doc.retrieved else None,
        "language": doc.language,
        "text": doc.text,
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "paragraph": s.paragraph,
                "role": role,
                "link": link,
            }
            for s, role, link in zip(sentences, roles, links, strict=True)
        ],
    }


def to_dict(c: Comparison) -> dict[str, Any]:
    """The comparison as plain data (the JSON document, before serialising)."""
    al = c.alignment
    r = c.relation
    headline = None
    if c.headline is not None:
        headline = {
            "old": c.headline.old,
            "new": c.headline.new,
            "changed": c.headline.changed,
            "ops": _ops(c.headline.ops, c.headline.old or "", c.headline.new or ""),
        }
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "relation": {
            "verdict": r.verdict.value,
            "kind": r.kind,
            "jaccard": round(r.jaccard, 4),
            "containment_old_in_new": round(r.containment_old, 4),
            "containment_new_in_old": round(r.containment_new, 4),
            "kept_old": round(r.kept_old, 4),
            "kept_new": round(r.kept_new, 4),
        },
        "order": {
            "earlier": c.order.earlier,
            "confidence": round(c.order.confidence, 4),
            "basis": c.order.basis,
            "reasons": c.order.reasons,
        },
        "counts": {str(k): v for k, v in c.counts().items()},
        "has_differences": c.has_differences,
        "changes": [
            {
                "kind": ch.kind,
                "fact": ch.fact,
                "subject": ch.subject,
                "before": ch.before,
                "after": ch.after,
                "before_value": ch.before_value,
                "after_value": ch.after_value,
                "old_sentences": ch.old_sentences,
                "new_sentences": ch.new_sentences,
                "hidden": ch.hidden,
            }
            for ch in c.changes
        ],
        "notes": c.notes,
        "headline": headline,
        "links": [
            {
                "id": k,
                "kind": link.kind,
                "moved": link.moved,
                "changed": link.changed,
                "score": round(link.score, 4),
                "old": list(link.old),
                "new": list(link.new),
                "ops": _ops(link.ops, c.old.text, c.new.text),
            }
            for k, link in enumerate(al.links)
        ],
        "old": _document(c.old, c.old_sentences, [x.value for x in al.old_roles], al.old_link),
        "new": _document(c.new, c.new_sentences, [x.value for x in al.new_roles], al.new_link),
    }


def render_json(c: Comparison, indent: int | None = 2) -> str:
    """The comparison as a JSON string."""
    return json.dumps(to_dict(c), ensure_ascii=False, indent=indent)
