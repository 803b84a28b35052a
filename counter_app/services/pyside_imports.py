"""What PySide6 does at every import, made cheap (issue 17: a fast start, a smaller counter).

Once `PySide6.QtCore` is imported, PySide replaces `builtins.__import__` and, after each module
is imported, asks whether that module mentions "PySide6" (to give it its own `__feature__`
selection: snake_case, true_property). It answers with `inspect.getsource(module)`, which reads
the whole source through `linecache` and keeps every line in that cache for the life of the
process. Over the counter's ~400 modules that was ~13 MB of cached source lines (137,000 line
strings) after sign-in, and the reading is on the start-up path (measured, docs/DECISIONS.md).

The counter never selects a feature, so the answer only has to be the same, not cached: the
source file is read as bytes and searched, and nothing is kept. Modules without a source file
(a frozen bundle's archive, built-ins) answer False, as before.
"""
from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


def _mentions_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def scan_imports_without_caching() -> bool:
    """Replace PySide's per-import source scan by one that keeps nothing (call once, after the
    first PySide6 import and before the application's own). False if this PySide has none."""
    import PySide6.QtCore  # noqa: F401 - installs the import hook and its feature module

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.info("PySide6 has no per-import source scan here; nothing to change")
        return False
    feature._mod_uses_pyside = _mentions_pyside  # noqa: SLF001 - PySide's own hook, by design here
    return True
