"""A department-sized book: build time, peak memory and page sizes, 100 vs N stories.

    python -m benchmarks.scale [--small 100] [--large 1000]

Builds the benchmark's synthetic course (annotated story pages plus the people and
speakers index pages, no explorer notebook) twice from scratch with ``jupyter-book build
--all``, and prints for each size the time, the peak memory of the build, the size of a
story page and of the index pages. Targets (issue 15): the large build ≤ 12× the small
one for 10× the stories; a story page's size independent of the number of stories; each
index page ≤ 500 kB; the preview's rebuild of a saved story ≤ 0.5 s on the large book
(with the indexes; the explorer notebook over every story is left out at this size).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
from pathlib import Path

from .run import BIN, Table, _book, bench_preview, run, with_indexes


def build(work: Path, stories: int, table: Table | None = None) -> dict[str, float]:
    book = _book(work / f"n{stories}", stories, True)
    with_indexes(book)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    seconds, result = run([str(BIN / "jupyter-book"), "build", "--all", str(book)])
    assert result.returncode == 0, result.stdout[-3000:]
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    html = book / "_build" / "html" / "pages"
    indexes = [p for p in html.glob("*.html") if p.stem.startswith(("entities", "speakers"))]
    if table is not None:  # what an instructor waits for after a save, at this size
        bench_preview(table, book, seconds, explorer=False)
    return {"seconds": seconds, "peak_mb": peak,
            "story_kb": (html / "story-0003.html").stat().st_size / 1024,
            "largest_index_kb": max(p.stat().st_size for p in indexes) / 1024,
            "index_pages": len(indexes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=1000)
    args = parser.parse_args()
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        small = build(work, args.small)
        large = build(work, args.large, table)
    ratio = large["seconds"] / small["seconds"]
    times = args.large / args.small
    table.add(f"full build with indexes: {args.small} vs {args.large} stories",
              f"{small['seconds']:.1f} s vs {large['seconds']:.1f} s = {ratio:.1f}×",
              f"≤ {1.2 * times:.0f}× for {times:.0f}× the stories", ratio <= 1.2 * times)
    table.add("peak memory of the build", f"{small['peak_mb']:.0f} MB vs "
              f"{large['peak_mb']:.0f} MB")
    table.add("a story page", f"{small['story_kb']:.0f} kB vs {large['story_kb']:.0f} kB",
              "independent of the number of stories",
              large["story_kb"] <= small["story_kb"] * 1.05)
    table.add("largest index page (index pages)",
              f"{small['largest_index_kb']:.0f} kB ({small['index_pages']:.0f}) vs "
              f"{large['largest_index_kb']:.0f} kB ({large['index_pages']:.0f})", "≤ 500 kB",
              large["largest_index_kb"] <= 500)
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
