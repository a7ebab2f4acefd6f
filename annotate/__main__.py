"""``python -m annotate`` is the ``annotate`` command."""

from .cli import main

raise SystemExit(main())
