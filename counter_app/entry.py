"""The counter program's one entry point, frozen or not.

A frozen program has no `python -m`: `sys.executable` is the counter itself. So the embedded
centre is started as `counter-app --run-central-api …` (hidden argument, dispatched here before
Qt is imported), which runs `central_api.cli.main` in the child process.
"""
from __future__ import annotations

import sys

from counter_app.services.embedded_api import RUN_CENTRAL_API


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [RUN_CENTRAL_API]:
        from central_api.cli import main as central_main

        return central_main(args[1:])
    from counter_app.services.memory import limit_malloc_arenas
    from counter_app.services.pyside_imports import scan_imports_without_caching

    limit_malloc_arenas()  # before Qt starts a thread (services/memory.py)
    scan_imports_without_caching()  # before the application's own imports (services/pyside_imports.py)
    from counter_app.app import main as counter_main

    return counter_main(args)


if __name__ == "__main__":
    sys.exit(main())
