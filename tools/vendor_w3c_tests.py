"""Copy the parts of the W3C Web Annotation test suite the tests use, unchanged.

    python tools/vendor_w3c_tests.py [SUITE]   (default: ../shared/w3c-web-annotation-tests)

Copies, byte for byte, into tests/fixtures/w3c-web-annotation-tests/: the licence, the
source note and README, the shared definitions, the assertions named by the three MUST
lists (annotationMusts.test, collectionMusts.test, pages/pageMusts.test) with the lists
themselves, and the suite's correct and incorrect sample documents.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEST = ROOT / "tests" / "fixtures" / "w3c-web-annotation-tests"
MUSTS = ["annotations/annotationMusts.test", "collections/collectionMusts.test",
         "collections/pages/pageMusts.test"]


def main() -> None:
    suite = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / \
        "w3c-web-annotation-tests"
    wanted = {"license.md", "README.md", "SOURCE.txt", *MUSTS}
    wanted |= {str(p.relative_to(suite)) for p in (suite / "definitions").glob("*.json")}
    for test in MUSTS:
        wanted |= set(json.loads((suite / test).read_text(encoding="utf-8"))["assertions"])
    for kind in ("correct", "incorrect"):
        wanted |= {str(p.relative_to(suite))
                   for p in (suite / "tools" / "samples" / kind).glob("*.json")}
    if DEST.exists():
        shutil.rmtree(DEST)
    for name in sorted(wanted):
        target = DEST / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(suite / name, target)
    print(f"copied {len(wanted)} files into {DEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
