"""The fictional newsroom (examples/watch/newsroom.py), loaded once."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import EXAMPLES


def load_newsroom() -> ModuleType:
    name = "storydiff_watch_newsroom"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / "watch" / "newsroom.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
