"""The annotation format: pydantic models that are its single source of truth.

``annotate schema`` prints the JSON Schema generated from these classes and the
schema file in ``schema/`` is checked against them in the tests, so editors, the
validator and the documentation can never disagree.

Design rules: every model forbids unknown keys (a misspelt ``speakr:`` must be an
error, not silently ignored), validation is strict (a YAML number is not a name),
and every piece of the story that an annotation refers to is given as *quoted
words* (an :class:`Anchor`), never as character offsets.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Text = Annotated[str, StringConstraints(min_length=1)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$")]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]

#: The id pattern explained in words, for diagnostics.
ID_RULE = "ids are 1–64 lowercase letters, digits and hyphens, starting with a letter or digit"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Link(_Model):
    """A further-reading link shown under a note."""

    title: Text
    url: Url


class Anchor(_Model):
    """A passage of the story, given by its exact words (a W3C TextQuoteSelector).

    ``prefix``/``suffix`` are the words right before/after it and ``occurrence``
    (1-based) picks one of several matches; use them only when ``text`` occurs more
    than once — ``annotate check`` tells you when.
    """

    text: str = Field(description="The exact words of the story, as published.")
    prefix: str | None = Field(None, description="Words immediately before the passage.")
    suffix: str | None = Field(None, description="Words immediately after the passage.")
    occurrence: Annotated[int, Field(ge=1)] | None = Field(
        None, description="Which match to use (1 = first), after prefix/suffix filtering.")


class MaskSpan(Anchor):
    """Words to hide behind a content warning; ``occurrence: all`` masks every match."""

    occurrence: Annotated[int, Field(ge=1)] | Literal["all"] | None = Field(  # type: ignore[assignment]
        None, description="Which match to mask (1 = first), or 'all'.")


class StoryMeta(_Model):
    """What a student sees above the story, and where its text lives."""

    headline: Text
    source: Text | None = Field(
        None, description="Story text file, relative to this file; default: same name, .txt")
    outlet: Text
    date: IsoDate = Field(description="Publication date, YYYY-MM-DD (or YYYY-MM).")
    topics: list[Text] = Field(default_factory=list)
    byline: Text | None = None
    url: Url | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")] = "en"
    provenance: Text | None = Field(
        None, description="How the text reached us and what is uncertain about it (Markdown).")


class Alias(_Model):
    """A surface form that names the entity at some of its places only.

    "Home Secretary" may be one person in one paragraph and part of another's title
    ("Shadow Home Secretary") in the next: restrict it with the words right before or
    after it, or pick its ``occurrence`` (1 = its first place in the story).
    """

    text: Text = Field(description="The form as the story writes it.")
    prefix: str | None = Field(None, description="Words immediately before it there.")
    suffix: str | None = Field(None, description="Words immediately after it there.")
    occurrence: Annotated[int, Field(ge=1)] | None = Field(
        None, description="Which of its places in the story (1 = the first).")

    def allows(self, text: str, start: int, end: int, occurrence: int) -> bool:
        """Whether the form found at [start, end), its ``occurrence``-th place, counts."""
        if self.occurrence is not None and occurrence != self.occurrence:
            return False
        if self.prefix is not None:
            want = " ".join(self.prefix.split())
            before = " ".join(text[max(0, start - 4 * len(want) - 8):start].split())
            cut = len(before) - len(want)
            if not before.endswith(want) or (cut > 0 and want[:1].isalnum()
                                             and before[cut - 1].isalnum()):
                return False
        if self.suffix is not None:
            want = " ".join(self.suffix.split())
            after = " ".join(text[end:end + 4 * len(want) + 8].split())
            if not after.startswith(want) or (len(after) > len(want) and want[-1:].isalnum()
                                              and after[len(want)].isalnum()):
                return False
        return True


EntityType = Literal["person", "organisation", "group", "place", "event", "work", "other"]


class Entity(_Model):
    """Someone or something the story names; mentions are found by the library."""

    id: Id
    name: Text = Field(description="The name as the story writes it, e.g. 'Satana Deberry'.")
    type: EntityType
    aliases: list[Text | Alias] = Field(
        default_factory=list,
        description="Other surface forms in the story: 'Deberry', 'the mayor', '@MayorHancock';"
        " or {text, prefix, suffix, occurrence} for a form that names it at some places only.")

    def alias_texts(self) -> list[str]:
        """The aliases as the story writes them (restricted ones by their text)."""
        return [a if isinstance(a, str) else a.text for a in self.aliases]
    description: Text = Field(description="One or two sentences a student needs (Markdown).")
    role: Text | None = Field(None, description="Their role in this story, e.g. 'Mayor of Denver'.")
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")] | None = None


class _QuoteBase(_Model):
    """Who said what: ``text`` is the quoted (or paraphrased) words, verbatim from the story."""

    id: Id
    speaker: Id = Field(description="The id of the entity who said or wrote it.")
    text: str = Field(description="The words as they appear in the story.")
    prefix: str | None = None
    suffix: str | None = None
    occurrence: Annotated[int, Field(ge=1)] | None = None
    cue: Text | None = Field(None, description="The attribution words: 'said', 'told 9NEWS'.")
    note: Text | None = Field(None, description="Anything a student should notice (Markdown).")

    def anchor(self) -> Anchor:
        return Anchor(text=self.text, prefix=self.prefix, suffix=self.suffix,
                      occurrence=self.occurrence)


class DirectQuote(_QuoteBase):
    """Whole sentences in quotation marks."""

    kind: Literal["direct"]


class PartialQuote(_QuoteBase):
    """A few quoted words inside the reporter's sentence."""

    kind: Literal["partial"]


class IndirectQuote(_QuoteBase):
    """Reported speech: the reporter's paraphrase, no quotation marks."""

    kind: Literal["indirect"]


#: Where written words come from. ``article``: a newspaper or magazine piece;
#: ``social-post``: a post on a social network other than a tweet; ``post``: a blog or
#: forum post.
Medium = Literal["tweet", "social-post", "post", "statement", "press-release", "letter",
                 "email", "ticket", "document", "court-document", "report", "article",
                 "broadcast", "interview"]


class WrittenQuote(_QuoteBase):
    """Words from a written or recorded source: a tweet, a statement, another outlet's
    article or broadcast, a court document, a report."""

    kind: Literal["written"]
    medium: Medium = Field(description="Where the words come from: tweet, social-post, post, "
                           "statement, press-release, letter, email, ticket, document, "
                           "court-document, report, article (newspaper or magazine), "
                           "broadcast, interview.")


Quote = Annotated[DirectQuote | PartialQuote | IndirectQuote | WrittenQuote,
                  Field(discriminator="kind")]


class _NoteBase(_Model):
    """A numbered note beside a passage."""

    id: Id
    anchor: Anchor
    title: Text
    body: Text = Field(description="Markdown; raw HTML is not rendered.")
    links: list[Link] = Field(default_factory=list)


class ContextNote(_NoteBase):
    """Background a student needs: who someone is, what happened before."""

    kind: Literal["context"]


class DefinitionNote(_NoteBase):
    """What a term means (district attorney, cash bail)."""

    kind: Literal["definition"]


class MediaLiteracyNote(_NoteBase):
    """How the journalism works: sourcing, framing, what a word choice implies."""

    kind: Literal["media-literacy"]


class CorrectionNote(_NoteBase):
    """An error in the published text, kept verbatim; ``correct`` says what it should be."""

    kind: Literal["correction"]
    correct: Text


class ArtefactNote(_NoteBase):
    """Text that is not part of the story: photo credits, captions, embeds, glued stories."""

    kind: Literal["artefact"]
    artefact: Literal["photo-credit", "caption", "embed", "boundary", "other"]


Note = Annotated[ContextNote | DefinitionNote | MediaLiteracyNote | CorrectionNote | ArtefactNote,
                 Field(discriminator="kind")]


class Question(_Model):
    """A reading or discussion question; hint and answer are revealed on request."""

    id: Id
    kind: Literal["reading", "discussion"] = "reading"
    prompt: Text
    hint: Text | None = None
    answer: Text | None = Field(None, description="A model answer for self-checking.")
    anchors: list[Anchor] = Field(default_factory=list)


class ContentWarning(_Model):
    """A warning shown before the story, with the spans to mask until the reader asks."""

    id: Id
    label: Text = Field(description="Short, e.g. 'Homophobic slurs'.")
    description: Text | None = None
    mask: list[MaskSpan] = Field(default_factory=list)


class Annotation(_Model):
    """One story's annotation file."""

    model_config = ConfigDict(title="Annotated news story", extra="forbid", strict=True,
                              frozen=True)

    story: StoryMeta
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    content_warnings: list[ContentWarning] = Field(default_factory=list)
    not_entities: list[Text] = Field(
        default_factory=list,
        description="Capitalised words of the story that are not names students should "
        "notice ('English', 'Afghan'): 'annotate check' stops suggesting them.")
    not_quotes: list[Text] = Field(
        default_factory=list,
        description="Passages in quotation marks that report no one's words (scare quotes, "
        "titles, nicknames), as the story writes them inside the marks: 'annotate check' "
        "stops suggesting them as quotes.")


#: Section name → the type of one item, used to validate items one by one so that
#: one broken quote does not hide the semantic errors of all the others.
SECTION_ITEMS: dict[str, object] = {
    "entities": Entity,
    "quotes": Quote,
    "notes": Note,
    "questions": Question,
    "content_warnings": ContentWarning,
}
