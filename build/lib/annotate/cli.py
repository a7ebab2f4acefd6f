"""The ``annotate`` command: check, fix, new, stats, export, import, preview, schema, codes.

Exit codes are a contract with CI: 0 clean, 1 problems found (errors; or, for
``schema --check``, a stale schema file), 2 usage errors (bad flags, missing paths).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .check import check_file, discover, display_path
from .diagnostics import CODES, Severity
from .reporters import REPORTERS
from .schema import json_schema_text

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit code 2 is what we want
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def default_paths() -> list[Path]:
    """The project's ``sources/``: below the working directory or the nearest parent."""
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "sources").is_dir():
            return [folder / "sources"]
    return []


def _codes(value: str) -> set[str]:
    codes = {c.strip().upper() for c in value.split(",") if c.strip()}
    unknown = sorted(c for c in codes if c not in CODES)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown code(s): {', '.join(unknown)}")
    return codes


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="annotate", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"annotate {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="validate annotation files against their stories")
    check.add_argument("paths", nargs="*", type=Path,
                       help="files or folders (default: the project's sources/)")
    check.add_argument("--format", choices=sorted(REPORTERS), default="text")
    check.add_argument("--ignore", type=_codes, default=set(), metavar="CODES",
                       help="comma-separated codes to leave out, e.g. N504,A402")
    check.add_argument("--no-hints", action="store_true", help="leave out hints")
    check.add_argument("--strict", action="store_true", help="warnings also make it fail")
    check.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                       help="processes to check with (default: one per core for large "
                       "courses, else 1)")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when problems are found (report only)")

    fix = sub.add_parser("fix", help="re-anchor drifted quotes and notes, in place")
    fix.add_argument("paths", nargs="*", type=Path,
                     help="files or folders (default: the project's sources/)")
    fix.add_argument("--dry-run", action="store_true", help="show the diff, write nothing")
    fix.add_argument("--threshold", type=float, default=80.0,
                     help="least similarity (0–100) of words that move with no context to "
                     "confirm them (default 80)")

    schema = sub.add_parser("schema", help="print the JSON Schema of annotation files")
    schema.add_argument("--check", type=Path, metavar="FILE",
                        help="exit 1 if FILE differs from the current schema")
    schema.add_argument("--output", "-o", type=Path, metavar="FILE", help="write it to FILE")

    new = sub.add_parser("new", help="add a story: its text, a starter annotation file, "
                         "the book page and the _toc.yml entry")
    new.add_argument("slug", help="short name for the files, e.g. denver-mayor-son")
    new.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE",
                     help="the story text, UTF-8, exactly as published (copied verbatim)")
    new.add_argument("--headline", help="asked for on a terminal when missing")
    new.add_argument("--outlet", help="asked for on a terminal when missing")
    new.add_argument("--date", help="publication date, YYYY-MM-DD (asked for on a terminal "
                     "when missing)")
    new.add_argument("--url", help="where the story was published")
    new.add_argument("--root", type=Path, help="project folder (default: the one holding "
                     "sources/, here or above)")
    new.set_defaults(func=_run_new)

    stats = sub.add_parser("stats", help="counts per story and in total, name coverage, "
                           "and the names not annotated yet")
    stats.add_argument("paths", nargs="*", type=Path,
                       help="files or folders (default: the project's sources/)")
    stats.add_argument("--format", choices=["text", "json"], default="text")
    stats.set_defaults(func=_run_stats)

    export = sub.add_parser("export", help="write the annotations as W3C Web Annotations "
                            "(JSON-LD)")
    export.add_argument("paths", nargs="*", type=Path,
                        help="files or folders (default: the project's sources/)")
    export.add_argument("--format", choices=["w3c"], default="w3c")
    export.add_argument("--base-url", default=None, metavar="URL",
                        help="prefix of every id and of the story texts' addresses: where "
                        "the story files are published, e.g. the repository's raw-file URL "
                        "of sources/ (default: urn:x-annotate:, ids that point nowhere)")
    export.add_argument("--output", "-o", type=Path, metavar="DIR",
                        help="write one STORY.jsonld per story into DIR (default: stdout)")
    export.set_defaults(func=_run_export)

    imp = sub.add_parser("import", help="add notes from a Hypothesis or W3C JSON export to "
                         "a story's annotation file")
    imp.add_argument("source", type=Path, help="the export: Hypothesis JSON or W3C JSON-LD")
    imp.add_argument("--into", type=Path, required=True, metavar="FILE",
                     help="the story's annotation file (.yml) to add the notes to")
    imp.add_argument("--kind", choices=["context", "definition", "media-literacy"],
                     default="context",
                     help="kind of note when an annotation's tags do not say (default: context)")
    imp.add_argument("--page", metavar="TEXT",
                     help="only annotations of pages whose address contains TEXT, e.g. "
                     "the story's page name (for an export of a whole group)")
    imp.add_argument("--dry-run", action="store_true", help="show the diff, write nothing")
    imp.set_defaults(func=_run_import)

    preview = sub.add_parser("preview", help="serve the book on this computer and rebuild "
                             "it on every save")
    preview.add_argument("--port", type=int, default=8000,
                         help="port to serve on (default 8000; 0 picks a free one)")
    preview.add_argument("--host", default="127.0.0.1",
                         help="address to serve on (default 127.0.0.1: this computer only)")
    preview.add_argument("--open", action="store_true", help="open the book in a browser")
    preview.add_argument("--root", type=Path, help="project folder (default: the one holding "
                         "_config.yml, here or above)")
    preview.add_argument("--editor", default="vscode", metavar="NAME|TEMPLATE",
                         help="where the page's 'open in editor' links go: vscode (default), "
                         "vscodium, cursor, idea, sublime, none, or an address with {path}, "
                         "{line} and {column}")
    preview.set_defaults(func=_run_preview)

    suggest = sub.add_parser("suggest", help="print the names and quotes a story's "
                             "annotation file could add")
    suggest.add_argument("story", type=Path, metavar="STORY",
                         help="the story's text (.txt) or its annotation file (.yml); "
                         "what the annotation file already covers is left out")
    suggest.add_argument("--format", choices=["yaml", "json"], default="yaml",
                         help="yaml: ready to paste into the annotation file (default); "
                         "json: for scripts")
    suggest.set_defaults(func=_run_suggest)

    codes = sub.add_parser("codes", help="list every diagnostic code")
    codes.set_defaults(func=_run_codes)
    check.set_defaults(func=_run_check)
    fix.set_defaults(func=_run_fix)
    schema.set_defaults(func=_run_schema)
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, "
                                         f"not {value!r}")
    return number


def _paths(args: argparse.Namespace) -> list[Path] | None:
    paths = list(args.paths) or default_paths()
    missing = [p for p in paths if not p.exists()]
    if not paths or missing:
        shown = ", ".join(map(str, missing)) or "no sources/ folder here or above"
        print(f"annotate {args.command}: error: not found: {shown}", file=sys.stderr)
        return None
    return paths


def _run_check(args: argparse.Namespace) -> int:
    paths = _paths(args)
    if paths is None:
        return EXIT_USAGE
    from .parallel import check_all

    files = list(discover(paths))
    diagnostics = []
    hinted = not args.no_hints and not {"N504", "Q603"} <= args.ignore
    results = check_all(files, args.jobs, suggestions=hinted)
    for _ in _progress(files, quiet=args.format not in ("text", "concise")):
        for d in next(results):
            if d.code in args.ignore or (args.no_hints and d.severity is Severity.HINT):
                continue
            diagnostics.append(d)
    REPORTERS[args.format](diagnostics, len(files), sys.stdout)
    failing = {Severity.ERROR, Severity.WARNING} if args.strict else {Severity.ERROR}
    found = any(d.severity in failing for d in diagnostics)
    return EXIT_PROBLEMS if found and not args.exit_zero else EXIT_OK


#: Below this many files a check is instant and a progress bar would only flicker.
PROGRESS_MIN_FILES = 50


def _progress(files: list[Path], *, quiet: bool) -> Iterator[Path]:
    """Yield ``files``, with a progress bar on an interactive terminal (stderr).

    Quiet for machine formats, in CI (``CI`` set) and when stderr is not a terminal,
    so logs and piped JSON stay clean.
    """
    if quiet or os.environ.get("CI") or not sys.stderr.isatty() or \
            len(files) < PROGRESS_MIN_FILES:
        yield from files
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=len(files))
        for path in files:
            yield path
            progress.advance(task)


def _run_fix(args: argparse.Namespace) -> int:
    from .fix import run_fix

    paths = _paths(args)
    if paths is None:
        return EXIT_USAGE
    return run_fix(list(discover(paths)), dry_run=args.dry_run, threshold=args.threshold,
                   out=sys.stdout)


def _run_new(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldError, TextProblem, create_story

    root = args.root or next((p.parent for p in default_paths()), Path.cwd())
    if not args.source.is_file():
        print(f"annotate new: error: not found: {args.source}", file=sys.stderr)
        return EXIT_USAGE
    missing = [flag for flag in ("headline", "outlet", "date") if not getattr(args, flag)]
    if missing and not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("annotate new: error: the following arguments are required: "
              + ", ".join(f"--{flag}" for flag in missing), file=sys.stderr)
        return EXIT_USAGE
    try:
        for flag in missing:
            setattr(args, flag, _ask(flag, args.source))
    except (EOFError, KeyboardInterrupt):
        print("\nannotate new: nothing created", file=sys.stderr)
        return EXIT_USAGE
    try:
        created = create_story(root, args.slug, args.source, headline=args.headline,
                               outlet=args.outlet, date=args.date, url=args.url)
    except ScaffoldError as exc:
        print(f"annotate new: error: {exc}", file=sys.stderr)
        if exc.hint:
            print(f"  hint: {exc.hint}", file=sys.stderr)
        return EXIT_PROBLEMS
    except TextProblem as exc:
        REPORTERS["text"](exc.diagnostics, 1, sys.stderr)
        return EXIT_PROBLEMS
    for path in (created.text, created.annotation, created.page):
        print(f"created {display_path(path)}")
    print(f"added book/{args.slug} to {display_path(created.toc)}")
    if created.suggestions:
        shown = ", ".join(name for name, _ in created.suggestions[:8])
        more = len(created.suggestions) - 8
        print(f"suggested {len(created.suggestions)} names in {display_path(created.annotation)}"
              f": {shown}{f' and {more} more' if more > 0 else ''}")
    if created.quote_suggestions:
        print(f"suggested {created.quote_suggestions} quotes in "
              f"{display_path(created.annotation)}")
    print(f"next: annotate the story, then 'annotate check {display_path(created.annotation)}'"
          " and 'make book'")
    return EXIT_OK


_QUESTIONS = {"headline": "Headline", "outlet": "Outlet (newspaper, site, broadcaster)",
              "date": "Publication date (YYYY-MM-DD)"}


def _ask(flag: str, source: Path) -> str:
    """Ask on the terminal for one missing piece of metadata, until it is usable."""
    default = ""
    if flag == "headline":  # pasted stories often start with their headline
        with contextlib.suppress(OSError, UnicodeDecodeError):
            lines = source.read_text(encoding="utf-8-sig").splitlines()
            default = next((line.strip() for line in lines if line.strip()), "")[:200]
    while True:
        shown = f" [{default}]" if default else ""
        answer = input(f"{_QUESTIONS[flag]}{shown}: ").strip() or default
        if flag == "date" and answer and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", answer):
            print("  write it as YYYY-MM-DD, e.g. 2018-05-09")
            continue
        if answer:
            return answer


def _run_suggest(args: argparse.Namespace) -> int:
    from .check import source_path
    from .suggest import suggest
    from .suggest.render import to_json, to_yaml
    from .yamlload import decode

    story: Path = args.story
    annotation_path = story if story.suffix in (".yml", ".yaml") else story.with_suffix(".yml")
    annotation = None
    if annotation_path.is_file():
        result = check_file(annotation_path)
        if result.validated is None or result.validated.annotation is None or \
                result.story is None:
            REPORTERS["text"](result.errors or result.diagnostics, 1, sys.stderr)
            print(f"annotate suggest: fix {display_path(annotation_path)} first; its "
                  "suggestions leave out what it covers", file=sys.stderr)
            return EXIT_PROBLEMS
        annotation = result.validated.annotation
        story = source_path(annotation_path, annotation)
        text = result.story.text
    elif story.suffix in (".yml", ".yaml") or not story.is_file():
        print(f"annotate suggest: error: not found: {story}", file=sys.stderr)
        return EXIT_USAGE
    else:
        text, _bom, problems = decode(story, story.read_bytes())
        if text is None:
            REPORTERS["text"](problems, 1, sys.stderr)
            return EXIT_PROBLEMS
    suggestions = suggest(text, annotation)
    shown = str(display_path(story))
    if args.format == "json":
        sys.stdout.write(to_json(suggestions, text, shown))
    else:
        body = to_yaml(suggestions)
        sys.stdout.write(f"# Suggested for {shown}: check each one, then paste it under the "
                         "same key of the annotation file.\n" + (body or "# nothing to add\n"))
    return EXIT_OK


def _run_stats(args: argparse.Namespace) -> int:
    from .stats import run_stats

    paths = _paths(args)
    if paths is None:
        return EXIT_USAGE
    return run_stats(list(discover(paths)), args.format, sys.stdout)


def _run_export(args: argparse.Namespace) -> int:
    from .w3c import DEFAULT_BASE, dumps, export_story

    paths = _paths(args)
    if paths is None:
        return EXIT_USAGE
    base = args.base_url or DEFAULT_BASE
    if args.base_url and not base.endswith(("/", ":", "#")):
        base += "/"
    if args.output:
        args.output.mkdir(parents=True, exist_ok=True)
    collections, broken = [], []
    for path in discover(paths):
        result = check_file(path)
        if result.story is None or result.errors:
            broken.extend(result.errors)
            continue
        collection = export_story(result.story, base)
        if args.output:
            target = args.output / f"{path.stem}.jsonld"
            target.write_text(dumps(collection), encoding="utf-8")
            print(f"wrote {display_path(target)}: {collection['total']} annotations")
        else:
            collections.append(collection)
    if not args.output and (collections or not broken):
        sys.stdout.write(dumps(collections[0] if len(collections) == 1 else collections))
    if broken:
        print("annotate export: not exported, fix these first ('annotate check'):",
              file=sys.stderr)
        REPORTERS["text"](broken, len({d.path for d in broken}), sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from .importer import run_import

    missing = [p for p in (args.source, args.into) if not p.is_file()]
    if missing:
        shown = ", ".join(map(str, missing))
        print(f"annotate import: error: not found: {shown}", file=sys.stderr)
        return EXIT_USAGE
    return run_import(args.source, args.into, kind=args.kind, dry_run=args.dry_run,
                      out=sys.stdout, err=sys.stderr, page=args.page)


def _run_preview(args: argparse.Namespace) -> int:
    from .preview import run_preview

    here = Path.cwd()
    root = args.root or next((p for p in (here, *here.parents)
                              if (p / "_config.yml").is_file()), None)
    if root is None or not (root / "_config.yml").is_file():
        print("annotate preview: error: no _config.yml here or above (is this the book?)",
              file=sys.stderr)
        return EXIT_USAGE
    from .authoring.server import editor_template

    try:
        editor_template(args.editor)
    except ValueError as exc:
        print(f"annotate preview: error: --editor {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run_preview(root, host=args.host, port=args.port, open_browser=args.open,
                       editor=args.editor)


def _run_schema(args: argparse.Namespace) -> int:
    text = json_schema_text()
    if args.check:
        try:
            current = args.check.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"annotate schema: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if current != text:
            print(f"{args.check} is out of date: run 'annotate schema -o {args.check}'")
            return EXIT_PROBLEMS
        return EXIT_OK
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _run_codes(args: argparse.Namespace) -> int:
    for code in CODES.values():
        print(f"{code.code}  {code.name:<26} {code.severity.value:<8} {code.summary}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (`annotate check | head`): stop quietly, as Unix tools do,
        # and keep Python from raising again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
