"""Annotating by selecting words in ``annotate preview``: anchors computed from the
selection (:mod:`anchors`), items appended to the story's annotation file exactly as an
instructor would type them, checked before an atomic write, with undo (:mod:`edits`).
"""
