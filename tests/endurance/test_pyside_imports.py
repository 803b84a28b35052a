"""PySide6's per-import source scan keeps nothing (issue 17: RSS after sign-in).

After `PySide6.QtCore` is imported, PySide looks at every newly imported module's source for the
word "PySide6" through `inspect.getsource`, which leaves the whole file in `linecache` for the
life of the process (~13 MB over the counter's modules). `counter_app.entry` replaces the scan by
one that reads the file as bytes and keeps nothing. Checked in a fresh interpreter: the same
answers as PySide's own scan, and no module's source left in the cache.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent("""
    import json, linecache, sys
    sys.path.insert(0, sys.argv[2])
    if sys.argv[1] == "patched":
        from counter_app.services.pyside_imports import scan_imports_without_caching
        assert scan_imports_without_caching()
    else:
        import PySide6.QtCore
    import uses_qt, plain_module
    import shibokensupport.feature as feature
    cached = [name for name in linecache.cache if name.endswith(("uses_qt.py", "plain_module.py"))]
    print(json.dumps({"uses_qt": feature.pyside_feature_dict["uses_qt"],
                      "plain_module": feature.pyside_feature_dict["plain_module"], "cached": cached}))
""")


def _probe(mode: str, modules: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, mode, str(modules)], capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_scan_gives_pysides_answers_and_caches_no_source(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n" + "x = 1\n" * 2000)
    (tmp_path / "plain_module.py").write_text("import json\n" + "y = 2\n" * 2000)
    pyside_own = _probe("pyside", tmp_path)
    ours = _probe("patched", tmp_path)
    # PySide's own answers: 0 = "uses PySide, no feature selected", -1 = "ignore this module".
    assert (pyside_own["uses_qt"], pyside_own["plain_module"]) == (0, -1)
    assert (ours["uses_qt"], ours["plain_module"]) == (0, -1)
    assert len(pyside_own["cached"]) == 2  # what the scan left behind before
    assert ours["cached"] == []
