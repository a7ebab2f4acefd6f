"""Annotated news stories for teaching: format, validation, CLI and book rendering."""

__version__ = "0.1.0"
