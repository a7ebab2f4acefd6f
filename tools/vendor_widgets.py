"""Refresh the vendored ipywidgets runtime in annotate/sphinx/vendor/ipywidgets/.

Usage: python tools/vendor_widgets.py   (needs npm and the npm registry; run by hand)

By default myst-nb loads require.js from cdnjs and the widget manager from jsdelivr,
which fails for a student who is offline. The book serves its own copies instead:

* ``embed-amd.js`` of ``@jupyter-widgets/html-manager`` (the static widget manager that
  matches ipywidgets 8.1) and its Font Awesome fonts, woff2 only (every browser that runs
  the widgets reads woff2, and the other formats are 2 MB more);
* ``require.js`` of ``requirejs``, which ``embed-amd.js`` needs.

``npm pack`` fetches exactly the pinned release tarballs (checked against the
registry's integrity hashes) without installing anything. The licences are kept beside
the files, and MANIFEST.json records each file's SHA-256 so a test can tell that what
is served is what this script vendored. ``require-config.js`` is the project's own file
and is left alone.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "annotate" / "sphinx" / "vendor" / "ipywidgets"
PACKAGES = {"@jupyter-widgets/html-manager": "1.0.15", "requirejs": "2.3.8"}
OWN_FILES = {"require-config.js", "README.md"}

MIT_REQUIREJS = """\
Copyright jQuery Foundation and other contributors, https://jquery.org/

This software consists of voluntary contributions made by many individuals. For exact
contribution history, see the revision history available at
https://github.com/requirejs/requirejs

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE.
"""

BSD_JUPYTER = """\
Copyright (c) 2015 Project Jupyter Contributors
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""


def pack(name: str, version: str, into: Path) -> Path:
    """Download one release tarball with ``npm pack`` and unpack it; return its folder."""
    out = subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=into,
                         check=True, capture_output=True, text=True).stdout.split()[-1]
    folder = into / name.replace("/", "__")
    with tarfile.open(into / out) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.iterdir():
        if old.name not in OWN_FILES:
            old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        manager = pack("@jupyter-widgets/html-manager", PACKAGES["@jupyter-widgets/html-manager"],
                       work)
        dist = manager / "dist"
        shutil.copy(dist / "embed-amd.js", TARGET / "embed-amd.js")
        for font in sorted(dist.glob("*.woff2")):
            shutil.copy(font, TARGET / font.name)
        # embed-amd.js bundles the same third-party code as embed.js, whose notices these are.
        shutil.copy(dist / "embed.js.LICENSE.txt", TARGET / "embed-amd.js.LICENSE.txt")
        (TARGET / "LICENSE-html-manager.txt").write_text(BSD_JUPYTER, encoding="utf-8")
        requirejs = pack("requirejs", PACKAGES["requirejs"], work)
        shutil.copy(requirejs / "require.js", TARGET / "require.js")
        (TARGET / "LICENSE-requirejs.txt").write_text(MIT_REQUIREJS, encoding="utf-8")
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(TARGET.iterdir()) if p.name not in OWN_FILES | {"MANIFEST.json"}}
    manifest = {"packages": PACKAGES, "refresh": "python tools/vendor_widgets.py",
                "sha256": files}
    (TARGET / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n",
                                          encoding="utf-8")
    total = sum((TARGET / name).stat().st_size for name in files)
    print(f"vendored {len(files)} files, {total / 1e6:.1f} MB, into {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
