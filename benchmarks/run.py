"""Benchmarks at the scale of a course; prints ratios measured in this one run.

    .venv/bin/python -m benchmarks.run                 # the full run (a few minutes)
    .venv/bin/python -m benchmarks.run --quick         # small sizes, for a smoke test

Every number is a ratio or a size measured here, next to its target. Timings take the
best of several repetitions because the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from annotate.check import check_file
from annotate.schema import json_schema_text

from .generate import write_corpus

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=3600)
    return time.perf_counter() - start, result


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, what: str, value: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("met" if ok else "MISSED")
        self.rows.append((what, value, target, verdict))
        print(f"  {what}: {value} {('(target ' + target + ', ' + verdict + ')') if target else ''}",
              flush=True)

    def markdown(self) -> str:
        lines = ["| measure | result | target | |", "| --- | --- | --- | --- |"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)


def bench_check(table: Table, work: Path, stories: int, repeat: int) -> None:
    corpus = work / "corpus"
    paths = write_corpus(corpus, stories)
    texts = [p.read_bytes() for p in paths]
    del texts

    def floor() -> None:
        for p in paths:
            yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    def check() -> None:
        for p in paths:
            check_file(p)

    check()  # warm caches and imports once, for both
    _versus_floor(table, f"{stories} synthetic stories", paths, repeat)
    seeds = _seed_copies(work / "seeds", stories)
    _versus_floor(table, f"{len(seeds)} copies of the real seed stories", seeds, repeat)
    _one_file(table, paths[0], repeat)

    schema = work / "annotation.schema.json"
    schema.write_text(json_schema_text(), encoding="utf-8")
    cjs = shutil.which("check-jsonschema", path=str(BIN))
    files = [str(p) for p in paths]
    t_cli, cli = run([str(BIN / "annotate"), "check", "--format", "json", str(corpus)])
    report = json.loads(cli.stdout)
    errors = report["summary"]["error"]
    flagged = len({d["path"] for d in report["diagnostics"] if d["severity"] == "error"})
    if cjs:
        t_cjs, result = run([cjs, "--schemafile", str(schema), *files])
        table.add("`annotate check` CLI vs `check-jsonschema` (same files, same schema)",
                  f"{t_cli:.2f} s vs {t_cjs:.2f} s = {t_cli / t_cjs:.2f}×", "< 1× (faster)",
                  t_cli < t_cjs)
        broken = result.stdout.count("story-")
        table.add("files flagged: annotate / check-jsonschema",
                  f"{flagged} / {broken} files ({errors} errors from annotate: it also checks "
                  "anchors, references, mentions; one error per typo)")
    else:
        table.add("check-jsonschema", "not installed (pip install check-jsonschema)")

    small = work / "small"
    small.mkdir()
    for p in paths[: max(1, stories // 10)]:
        shutil.copy(p, small / p.name)
        shutil.copy(p.with_suffix(".txt"), small / p.with_suffix(".txt").name)
    rss = []
    for folder in (small, corpus):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        run([str(BIN / "annotate"), "check", "--format", "json", str(folder)])
        rss.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
    n_small = len(list(small.glob("*.yml")))
    table.add(f"peak memory of `annotate check`: {n_small} vs {stories} files",
              f"{rss[0]:.0f} MB vs {rss[1]:.0f} MB", "flat, < 150 MB",
              rss[1] < 150 and rss[1] <= rss[0] * 1.2)


def _versus_floor(table: Table, what: str, paths: list[Path], repeat: int) -> None:
    """``annotate check`` (one process, then every core) against loading the same files
    with libyaml in one process: the floor any YAML tool pays."""
    from annotate.parallel import available_cores, check_all

    def floor() -> None:
        for p in paths:
            yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    t_floor = best_of(floor, repeat)
    t_one = best_of(lambda: list(check_all(paths, jobs=1)), repeat)
    t_all = best_of(lambda: list(check_all(paths)), repeat)
    cores = available_cores()
    table.add(f"`annotate check` of {what}, one process, vs libyaml load (floor)",
              f"{t_one:.2f} s vs {t_floor:.2f} s = {t_one / t_floor:.2f}×", "≤ 1.5×",
              t_one / t_floor <= 1.5)
    table.add(f"`annotate check` of {what}, {cores} cores (process pool), vs the floor",
              f"{t_all:.2f} s vs {t_floor:.2f} s = {t_all / t_floor:.2f}×", "≤ 1.0×",
              t_all / t_floor <= 1.0)
    # the runs above find every story's suggestions remembered (annotate/suggest/cache.py);
    # a check after every story changed finds none
    os.environ["ANNOTATE_NO_CACHE"] = "1"
    try:
        t_cold = best_of(lambda: list(check_all(paths)), repeat)
    finally:
        del os.environ["ANNOTATE_NO_CACHE"]
    table.add(f"… the same, {cores} cores, with no suggestion remembered (every story "
              "changed)", f"{t_cold:.2f} s vs {t_floor:.2f} s = {t_cold / t_floor:.2f}×")
    t_bare = best_of(lambda: list(check_all(paths, suggestions=False)), repeat)
    table.add(f"… the same, {cores} cores, `--no-hints` (no suggestion engine)",
              f"{t_bare:.2f} s vs {t_floor:.2f} s = {t_bare / t_floor:.2f}×")


def _seed_copies(folder: Path, count: int) -> list[Path]:
    """``count`` annotation files: copies of the project's fixture seed stories."""
    seeds = sorted((ROOT / "tests" / "fixtures" / "stories").glob("*.yml"))
    out = []
    for i in range(count // len(seeds)):
        unit = folder / f"unit-{i:04d}"
        unit.mkdir(parents=True)
        for seed in seeds:
            shutil.copy(seed, unit / seed.name)
            shutil.copy(seed.with_suffix(".txt"), unit / seed.with_suffix(".txt").name)
            out.append(unit / seed.name)
    return out


def _one_file(table: Table, path: Path, repeat: int) -> None:
    """What an editor hook or pre-commit pays: the whole CLI on one file. Each run is a
    fraction of a second, so it takes the best of at least ten: one busy moment of a
    shared machine adds more than the whole check."""
    repeat = max(repeat, 10)
    t_cli = min(run([str(BIN / "annotate"), "check", str(path)])[0] for _ in range(repeat))
    t_bare = min(run([str(BIN / "annotate"), "check", "--no-hints", str(path)])[0]
                 for _ in range(repeat))
    t_python = min(run([sys.executable, "-c", "pass"])[0] for _ in range(repeat))
    # as the command imports it (annotate.__main__.run: no pydantic plugin lookup)
    t_import = min(run([sys.executable, "-c", "import os; os.environ.setdefault("
                        "'PYDANTIC_DISABLE_PLUGINS', '__all__'); import annotate.cli"])[0]
                   for _ in range(repeat)) - t_python
    table.add("`annotate check` of one file, start to finish (import time of annotate.cli)",
              f"{t_cli:.2f} s ({t_import:.2f} s importing, {t_python:.2f} s Python itself)",
              "≤ 0.3 s", t_cli <= 0.3)
    table.add("`annotate check --no-hints` of one file (what a pre-commit hook runs)",
              f"{t_bare:.2f} s", "≤ 0.3 s", t_bare <= 0.3)


BOOK_CONFIG = """\
title: Benchmark
only_build_toc_files: true
exclude_patterns: [_build, "**/.*"]
execute:
  execute_notebooks: "off"
sphinx:
  extra_extensions: [{extensions}]
  config:
    myst_disable_syntax: [html_block, html_inline]
"""


def _book(root: Path, stories: int, annotated: bool) -> Path:
    book = root / ("annotated" if annotated else "plain")
    sources = book / "sources"
    write_corpus(sources, stories)
    pages = book / "pages"
    pages.mkdir()
    for index in range(stories):
        slug = f"story-{index:04d}"
        if annotated:
            body = f"```{{annotated-story}} ../sources/{slug}.yml\n```\n"
        else:
            data = yaml.safe_load((sources / f"{slug}.yml").read_text(encoding="utf-8"))
            text = (sources / f"{slug}.txt").read_text(encoding="utf-8")
            body = f"# {data['story']['headline']}\n\n{text}"
        (pages / f"{slug}.md").write_text(body, encoding="utf-8")
    (book / "index.md").write_text("# Benchmark\n", encoding="utf-8")
    chapters = "\n".join(f"  - file: pages/story-{i:04d}" for i in range(stories))
    (book / "_toc.yml").write_text(f"format: jb-book\nroot: index\nchapters:\n{chapters}\n",
                                   encoding="utf-8")
    extensions = "annotate.sphinx, annotate.sphinx.theme_fixes" if annotated else ""
    (book / "_config.yml").write_text(BOOK_CONFIG.format(extensions=extensions),
                                      encoding="utf-8")
    return book


def bench_book(table: Table, work: Path, stories: int) -> None:
    jb = str(BIN / "jupyter-book")
    annotated, plain = _book(work, stories, True), _book(work, stories, False)
    t_plain, r_plain = run([jb, "build", "--all", str(plain)])
    t_ann, r_ann = run([jb, "build", "--all", str(annotated)])
    assert r_plain.returncode == 0 and r_ann.returncode == 0, r_ann.stdout[-2000:]
    table.add(f"full `jupyter-book build --all`, {stories} annotated stories vs plain pages",
              f"{t_ann:.1f} s vs {t_plain:.1f} s = {t_ann / t_plain:.2f}×", "≤ 1.5×",
              t_ann / t_plain <= 1.5)

    # The floor of any rebuild: the CLI starting, loading the saved environment and
    # finding nothing to do. An edit can never rebuild faster than this.
    t_noop, r_noop = run([jb, "build", str(annotated)])
    assert r_noop.returncode == 0, r_noop.stdout[-2000:]
    table.add("no-change rebuild (the floor of any rebuild) vs full build",
              f"{t_noop:.1f} s vs {t_ann:.1f} s = {100 * t_noop / t_ann:.0f} %")

    yml = annotated / "sources" / "story-0003.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("Note 0", "Note zero", 1),
                   encoding="utf-8")
    t_inc, r_inc = run([jb, "build", str(annotated)])
    plain_out = re.sub(r"\x1b\[[0-9;]*m", "", r_inc.stdout)
    read = sorted(set(re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", plain_out)))
    table.add("one-shot `jupyter-book build` after editing one annotation file vs full build",
              f"{t_inc:.1f} s vs {t_ann:.1f} s = {100 * t_inc / t_ann:.0f} %", "≤ 10 %",
              t_inc / t_ann <= 0.10)
    table.add("that rebuild above the no-change floor",
              f"{t_inc - t_noop:.2f} s = {100 * (t_inc - t_noop) / t_ann:.0f} % of the full build")
    table.add("pages re-read after that edit", ", ".join(read) or "(none)",
              "only that story's page", read == ["pages/story-0003"])
    bench_preview(table, annotated, t_ann)

    html = annotated / "_build" / "html"
    page = html / "pages" / "story-0003.html"
    text = page.read_text(encoding="utf-8")
    own = sum((html / "_static" / name).stat().st_size for name in ("annotate.js",
                                                                     "annotate.css"))
    assets = set(re.findall(r'(?:src|href)="\.\./(_static/[^"?#]+)', text))
    total = page.stat().st_size + sum((html / a).stat().st_size for a in assets
                                      if (html / a).is_file())
    table.add("bytes a story page loads: HTML / own JS+CSS / everything",
              f"{page.stat().st_size / 1024:.0f} kB / {own / 1024:.1f} kB / "
              f"{total / 1024:.0f} kB ({len(assets)} files)")


EXPLORER_PAGE = """\
---
jupytext:
  text_representation: {extension: .md, format_name: myst}
kernelspec: {display_name: Python 3, language: python, name: python3}
---

# Explore

```{code-cell} ipython3
from annotate.widgets import explore_collection, explore_stories

explore_stories("../sources")
```

```{code-cell} ipython3
explore_collection("../sources")
```
"""


def with_indexes(book: Path, *extra: str) -> None:
    """Add the people and speakers index pages (and ``extra`` pages) to the book's toc."""
    pages = book / "pages"
    for kind, title in (("entities", "People"), ("speakers", "Speakers")):
        (pages / f"{kind}.md").write_text(f"# {title}\n\n```{{annotated-index}} {kind}\n```\n",
                                          encoding="utf-8")
    toc = book / "_toc.yml"
    toc.write_text(toc.read_text(encoding="utf-8") + "".join(
        f"  - file: pages/{name}\n" for name in ("entities", "speakers", *extra)),
        encoding="utf-8")


def _with_explorer_and_indexes(book: Path) -> None:
    """Give the benchmark book what a course has besides stories: indexes and explorer."""
    (book / "pages" / "explore.md").write_text(EXPLORER_PAGE, encoding="utf-8")
    with_indexes(book, "explore")
    config = book / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'execute_notebooks: "off"', "execute_notebooks: cache\n  timeout: 600"),
        encoding="utf-8")


def bench_preview(table: Table, book: Path, t_full: float, repeat: int = 3,
                  explorer: bool = True) -> None:
    """The rebuild an instructor waits for: ``annotate preview``'s, in a warm process.

    The preview keeps one Sphinx application alive, so its rebuild pays neither the CLI
    start nor the environment load. Measured as the preview does it, on the book with
    its people and speakers indexes and an explorer notebook over every story: check the
    edited file, rebuild what the browser shows (the story page), then, once saves
    pause, the indexes and the explorer. ``repeat`` edits of different stories.
    """
    from io import StringIO

    from annotate.preview import WarmBuilder

    if explorer:
        _with_explorer_and_indexes(book)
    builder = WarmBuilder(book, StringIO())
    builder()  # the preview's first build (a full one, into _build/preview)
    assert builder.app is not None, builder.out.getvalue()[-2000:]  # type: ignore[attr-defined]
    story_page = builder.html / "pages" / "story-0000.html"
    sizes = [story_page.stat().st_size]
    times, refreshes, reread = [], [], []
    for index in range(repeat):
        yml = book / "sources" / f"story-{index:04d}.yml"
        yml.write_text(yml.read_text(encoding="utf-8").replace("Note 0", "Note zero", 1),
                       encoding="utf-8")
        started = time.perf_counter()
        builder([yml])
        times.append(time.perf_counter() - started)
        reread.append(sorted(builder.read))
        started = time.perf_counter()
        builder.refresh_waiting()
        refreshes.append(time.perf_counter() - started)
        sizes.append(story_page.stat().st_size)
    worst = max(times)
    stories = len(list((book / "sources").glob("*.yml")))
    what = "indexes and explorer" if explorer else "indexes"
    table.add("save → story page rebuilt in `annotate preview` (worst of "
              f"{repeat} edits; {stories} stories, book with {what})",
              f"{worst:.2f} s (full build {t_full:.1f} s)", "≤ 0.5 s", worst <= 0.5)
    expected = [[f"pages/story-{i:04d}"] for i in range(repeat)]
    table.add("pages re-read by those rebuilds (indexes and explorer wait)",
              "; ".join(", ".join(r) for r in reread), "the edited story's page",
              reread == expected)
    table.add("indexes and explorer refreshed after the saves pause (notebook re-executed)",
              f"{min(refreshes):.1f}–{max(refreshes):.1f} s")
    growth = sizes[-1] - sizes[0]
    table.add(f"a story page's bytes over {repeat} preview rebuilds",
              " → ".join(f"{s / 1024:.0f} kB" for s in sizes), "no growth",
              growth <= 0 or sizes[-1] == sizes[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--book-stories", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="20 stories, 5 in the book")
    parser.add_argument("--skip-book", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.stories, args.book_stories, args.repeat = 20, 5, 1
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("measuring annotate check …", flush=True)
        bench_check(table, work, args.stories, args.repeat)
        if not args.skip_book:
            print("measuring book builds …", flush=True)
            bench_book(table, work, args.book_stories)
    print()
    print(table.markdown())


if __name__ == "__main__":
    main()
