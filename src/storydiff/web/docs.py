"""``/docs``: the API's OpenAPI document drawn as a page on the server (FastAPI's own
page loads Swagger UI from a CDN, which this app never does)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from storydiff.web import params
from storydiff.web.pages import render

router = APIRouter(include_in_schema=False)


def _schema_name(response: dict[str, Any]) -> str:
    ref = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    return str(ref).rsplit("/", 1)[-1]


@router.get("/docs")
def api_docs(request: Request) -> HTMLResponse:
    params.only(request, ())
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": [
                        {
                            "name": p["name"],
                            "where": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "schema": _schema_name(op.get("responses", {}).get("200", {})),
                }
            )
    schemas = spec.get("components", {}).get("schemas", {})
    shown = {
        name: [(k, _type(v)) for k, v in s.get("properties", {}).items()]
        for name, s in schemas.items()
        if "properties" in s and name not in ("HTTPValidationError", "ValidationError")
    }
    return render(request, "docs.html.j2", endpoints=endpoints, schemas=shown)


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in prop:
        return " | ".join(_type(p) for p in prop["anyOf"])
    if prop.get("type") == "array":
        return f"list of {_type(prop.get('items', {}))}"
    if "const" in prop:
        return repr(prop["const"])
    if "enum" in prop:
        return " | ".join(repr(x) for x in prop["enum"])
    return str(prop.get("type", "any"))
