"""Render stage: a comparison for the terminal, as JSON, or as an HTML report."""

from storydiff.render.html import render_html
from storydiff.render.json import SCHEMA_VERSION, render_json, to_dict
from storydiff.render.terminal import render_terminal

__all__ = ["SCHEMA_VERSION", "render_html", "render_json", "render_terminal", "to_dict"]
