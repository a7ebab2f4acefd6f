"""Checking many files on every core, with results in the order a serial run gives.

``annotate check`` of a department's course (hundreds of stories) is bound by parsing
and validating each file, which is independent of the others. A process pool spreads
the files over the cores; ``Executor.map`` hands results back in submission order, so
the report, its order and the exit code are exactly those of a serial run. Workers
send back only the diagnostics (small, picklable), never the parsed documents, so each
process's memory stays flat. Below :data:`POOL_MIN_FILES` files, or with one core,
starting the workers would cost more than it saves and the check runs in-process.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path

from .check import check_file
from .diagnostics import Diagnostic

#: Fewer files than this are checked in this process.
POOL_MIN_FILES = 48


def available_cores() -> int:
    """The cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def workers_for(files: int, jobs: int | None = None) -> int:
    """How many processes to use: ``jobs`` if given, else one per core when it pays."""
    if jobs is not None:
        return max(1, jobs)
    if files < POOL_MIN_FILES:
        return 1
    return max(1, min(available_cores(), files // (POOL_MIN_FILES // 2)))


def _diagnostics(path: Path, suggestions: bool = True) -> list[Diagnostic]:
    return check_file(path, suggestions=suggestions).diagnostics


def check_all(files: list[Path], jobs: int | None = None, *,
              suggestions: bool = True) -> Iterator[list[Diagnostic]]:
    """Each file's diagnostics, in the order of ``files``, as soon as they are ready."""
    workers = workers_for(len(files), jobs)
    task = functools.partial(_diagnostics, suggestions=suggestions)
    if workers == 1:
        for path in files:
            yield task(path)
        return
    # (imported here: a one-file check, an editor's or a hook's, never starts a pool)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where it exists: the workers start with the library already imported
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    chunk = max(1, min(16, len(files) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(task, files, chunksize=chunk)
