"""Twenty saves in one warm preview, then a clean build: every page must be identical.

Run by ``test_preview.py`` in a process of its own (``python -m tests.warm_saves ROOT
STORY``); an assertion that fails exits non-zero with its traceback.
"""

from __future__ import annotations

import shutil
import sys
from io import StringIO
from pathlib import Path

from annotate.preview import WarmBuilder


def pages(html: Path) -> dict[str, bytes]:
    """Every page, and the search index (written by the step the preview defers)."""
    files = [*sorted(html.rglob("*.html")), html / "searchindex.js"]
    return {p.relative_to(html).as_posix(): p.read_bytes() for p in files}


def main(root: Path, story: str) -> None:
    annotation = root / "sources" / f"{story}.yml"
    original = annotation.read_text("utf-8")
    edited = original.replace("title: Body cameras\n", "title: Cameras worn by officers\n")
    assert edited != original
    builder = WarmBuilder(root, StringIO())
    builder()
    first = pages(builder.html)
    for save in range(1, 21):
        annotation.write_text(edited if save % 2 else original, "utf-8")
        builder([annotation])
        assert builder.app is not None, builder.out.getvalue()[-2000:]  # type: ignore[attr-defined]
        # The story's page comes first; indexes and explorer wait until saves pause.
        assert builder.read == [f"book/{story}"], builder.read
        assert builder.waiting
        saved = pages(builder.html)[f"book/{story}.html"]
        assert (b"Cameras worn by officers" in saved) == bool(save % 2)
        if save % 5 == 0:
            builder.refresh_waiting()
            assert sorted(builder.read) == ["book/explore", "book/people", "book/speakers"]
            assert not builder.waiting
            # the refresh indexes the saved page for search, and must leave it as saved
            # (Sphinx's in-memory cache of doctrees once put back an older version)
            assert pages(builder.html)[f"book/{story}.html"] == saved, save
    warm = pages(builder.html)
    # 20 saves, the last one restoring the original file: the story page is as it was.
    assert warm[f"book/{story}.html"] == first[f"book/{story}.html"]

    # A clean build of the same files (the notebook cache kept, as a later preview would).
    shutil.rmtree(root / "_build" / "preview")
    clean = WarmBuilder(root, StringIO())
    clean()
    assert clean.read  # it did read every page again
    different = [page for page, data in pages(clean.html).items() if warm.get(page) != data]
    assert different == [] and set(warm) == set(pages(clean.html)), different
    print("20 saves: every page as a clean build makes it")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
