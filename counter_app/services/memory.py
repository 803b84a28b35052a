"""How the counter process asks the C allocator for memory (issue 17, the soak).

glibc gives each thread that allocates under contention an arena of its own (up to 8 per core),
and memory freed in one arena is not reused by a thread on another. The counter's few threads
(the UI, the task pool, the health probe) moved between arenas as the task pool's idle threads
expired and new ones started: the resident set stepped up ~20 MB at a random moment of the day
and stayed (seen in the 2,000-transaction soak, docs/DECISIONS.md). The interpreter's lock
serializes almost all of that allocation anyway, so one shared arena costs nothing measurable and
keeps the resident set level (and ~45 MB lower after a day's work).
"""
from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 1


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas for the threads started from now on (call it first thing, before
    any worker thread). True where the cap was set; elsewhere (Windows, macOS, musl) nothing to do."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        # The process's own symbols hold the C library's; ctypes.util.find_library("c") would run
        # ldconfig in a subprocess first (~25 ms of the start).
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = mallopt(M_ARENA_MAX, arenas) == 1
    if not done:
        log.info("mallopt(M_ARENA_MAX) refused: the allocator keeps its default arenas")
    return done
