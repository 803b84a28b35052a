"""The counter's threads share one malloc arena (counter_app/services/memory.py): glibc gives each
new thread an arena of its own, and a thread pool whose idle threads expire and restart moved the
counter's memory between arenas, a ~20 MB step in the resident set at a random moment of the soak.

Counted in a fresh interpreter started as `counter-app` starts (entry.main calls the cap before
anything else): glibc's malloc_info lists one <heap> per arena."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")

PROBE = textwrap.dedent("""
    import ctypes, os, sys, tempfile, threading
    if sys.argv[1] == "capped":
        from counter_app.services.memory import limit_malloc_arenas
        assert limit_malloc_arenas()
    barrier = threading.Barrier(6)
    def work():
        junk = [bytearray(256) for _ in range(2000)]  # each thread allocates while the others live
        barrier.wait()
    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads: t.start()
    for t in threads: t.join()
    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
    libc.malloc_info.argtypes = (ctypes.c_int, ctypes.c_void_p)
    libc.fclose.argtypes = (ctypes.c_void_p,)
    path = os.path.join(tempfile.mkdtemp(), "info.xml")
    f = libc.fopen(path.encode(), b"w")
    libc.malloc_info(0, f)
    libc.fclose(f)
    print(open(path).read().count("<heap nr="))
""")


def arenas(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60, check=True)
    return int(out.stdout.strip())


def test_six_threads_share_one_arena_once_capped() -> None:
    assert arenas("capped") == 1


def test_without_the_cap_glibc_gives_threads_arenas_of_their_own() -> None:
    """The probe can tell: the same six threads uncapped make more than one arena."""
    assert arenas("default") > 1
