"""benchmarks/RESULTS.md: each benchmark owns one `## ` section and rewrites only that one."""
from __future__ import annotations

import os
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def small() -> bool:
    """BENCH_SMALL=1: the sizes CI runs (a report, never a verdict on a time)."""
    return os.environ.get("BENCH_SMALL", "") not in ("", "0")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=RESULTS.parent).stdout.strip()
    except OSError:
        commit = "?"
    return (f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} × {cpu}, "
            f"Python {platform.python_version()}, load average {load} at the start, commit {commit or '?'}"
            + (", BENCH_SMALL sizes" if small() else ""))


def write_section(heading: str, body: str) -> None:
    """Replace (or append) the section `## heading`, keeping every other section as it is."""
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    lines = text.splitlines()
    title = f"## {heading}"
    try:
        start = lines.index(title)
    except ValueError:
        new = text.rstrip("\n") + f"\n\n{title}\n\n{body.strip()}\n"
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        new = "\n".join(lines[:start] + [title, "", body.strip(), ""] + lines[end:]).rstrip("\n") + "\n"
    RESULTS.write_text(new)
