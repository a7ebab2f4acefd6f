"""``python -m annotate`` is the ``annotate`` command (and ``run`` its entry point)."""

from __future__ import annotations

import os
import sys


def run() -> int:
    """Start the command. pydantic looks for plugins (observability hooks) in every
    installed package's metadata the first time it builds a model, about 40 ms of a
    one-file check that should take well under a second; the command uses none, so it
    does not look, unless ``PYDANTIC_DISABLE_PLUGINS`` says otherwise."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from .cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
