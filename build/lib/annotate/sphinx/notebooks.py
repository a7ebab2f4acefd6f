"""Explore notebooks depend on the annotation files they read: make the build know it.

An Explore page is a MyST text notebook that calls :mod:`annotate.widgets`; myst-nb
executes it with ``execute_notebooks: cache``, and jupyter-cache keys its cache on the
code cells only. Editing a story or its annotations would leave the page's widgets
showing the old annotations, in incremental and in ``--all`` builds alike.

So, for every page whose source imports ``annotate.widgets``, this handler

* records every file under the project's ``sources/`` (and the library's own code)
  as a dependency of the page, so Sphinx re-reads it when one changes, and
* appends a hidden, do-nothing code cell holding the digest of those files, so the
  execution cache misses exactly when they change (and hits otherwise).

``.ipynb`` notebooks get the dependencies but not the cell (their JSON is left alone):
clear ``_build/.jupyter_cache`` after editing annotations, or use ``force``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sphinx.application import Sphinx

from .collect import explorer_pages

#: A notebook is an explorer page when its code imports the widgets module (a Markdown
#: page that only shows such code, like the instructors' guide, is not).
_USES_WIDGETS = re.compile(
    r'^\s*"?(?:from\s+annotate\.widgets\s+import|import\s+annotate\.widgets)', re.MULTILINE)
_LIBRARY = Path(__file__).resolve().parent.parent
_INPUT_SUFFIXES = {".yml", ".yaml", ".txt"}


def explorer_inputs(srcdir: Path) -> list[Path]:
    """The files an explorer page's output depends on, in a stable order."""
    sources = srcdir / "sources"
    files = {p.resolve() for p in sources.rglob("*") if p.suffix in _INPUT_SUFFIXES}
    files.update(p.resolve() for p in _LIBRARY.glob("*.py"))
    return sorted(p for p in files if p.is_file())


def digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    text_notebook = Path(app.env.doc2path(docname)).suffix == ".md" and \
        "kernelspec:" in source[0]
    notebook = text_notebook or Path(app.env.doc2path(docname)).suffix == ".ipynb"
    if not notebook or not _USES_WIDGETS.search(source[0]):
        return
    explorer_pages(app.env).add(docname)
    inputs = explorer_inputs(Path(app.srcdir))
    for path in inputs:
        app.env.note_dependency(str(path))
    if text_notebook:
        source[0] += ("\n\n```{code-cell} ipython3\n:tags: [remove-cell]\n\n"
                      f"# annotate inputs {digest(inputs)}: re-run when they change\n```\n")
