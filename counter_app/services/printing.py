"""Forms on A4 with the shipped CJK font embedded, so every counter PC prints the same page.

A form is data (`FormSpec`: title, form number, serial, blocks, signature boxes, footer);
`render_pdf` lays it out with reportlab platypus: a title, the form number, a QR code of the
serial for filing, ruled tables with shaded labels, tick boxes, a large text block (a plate),
a table of many rows (a roster), signature and date boxes, and the clerk and station in the
footer of every page. Output is byte-for-byte reproducible for the same spec.

The layout (reportlab platypus) lives in `pdf_layout`, imported on the first render: reportlab
and the parsed CJK font cost tens of MB and a few hundred ms that the log-in window and a
counter that has not printed yet do not need (issue 17). Prints run on the task runner's threads.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from counter_app import resources

FONT = "WQY"
_font_lock = threading.Lock()
_font_ready = False


def ensure_font() -> str:
    """Register the embedded CJK TrueType font once per process (thread-safe); returns its name."""
    global _font_ready
    if not _font_ready:
        with _font_lock:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            if FONT not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(FONT, str(resources.CJK_FONT), subfontIndex=0))
            _font_ready = True
    return FONT


# --- the form as data -------------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    """A label and its value in a ruled table; `span` widens the value over more columns."""

    label: str
    value: str = ""
    span: int = 1


@dataclass(frozen=True)
class Fields:
    """A ruled table of label/value cells, `columns` pairs per row."""

    rows: Sequence[Sequence[Cell]]
    heading: str | None = None
    columns: int = 2


@dataclass(frozen=True)
class Choice:
    """Tick boxes: ■ for the chosen options, □ for the others."""

    label: str
    options: Sequence[str]
    chosen: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Text:
    text: str
    size: float = 10.5
    align: str = "left"  # left | center | right


@dataclass(frozen=True)
class BigText:
    """One very large line, e.g. the plate on a confirmation notice."""

    text: str
    caption: str | None = None
    size: float = 48


@dataclass(frozen=True)
class Grid:
    """A table of many rows with a header repeated on every page (a roster)."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float] | None = None  # fractions of the content width
    row_height: float | None = None  # in mm, e.g. room for a photo
    heading: str | None = None


Block = Fields | Choice | Text | BigText | Grid


@dataclass(frozen=True)
class FormSpec:
    title: str
    form_number: str  # the form's own number, printed under the title (表号)
    serial: str  # what this copy is about (registration number…), also as a QR code
    blocks: Sequence[Block]
    signatures: Sequence[str] = ()
    notes: Sequence[str] = ()
    footer: str = ""  # clerk, station and time of printing
    subtitle: str | None = None
    serial_label: str = "编号"
    qr: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def render_pdf(spec: FormSpec) -> bytes:
    """The form as PDF bytes (A4, CJK font embedded and subset, reproducible)."""
    from counter_app.services import pdf_layout

    return pdf_layout.render(spec)
