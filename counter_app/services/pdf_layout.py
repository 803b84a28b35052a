"""The layout of a FormSpec with reportlab platypus (imported by printing.render_pdf on the first print).

Table cells that fit on one line are plain strings (drawn with drawString, nothing parsed); a
Paragraph is built only where text wraps. Paragraph styles are made once.
"""
from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter_app.services.printing import (
    FONT,
    BigText,
    Choice,
    Fields,
    FormSpec,
    Grid,
    Text,
    ensure_font,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_FILL = colors.HexColor("#eef1f5")
RULE = colors.HexColor("#222222")
CHECKED, UNCHECKED = "■", "□"
LABEL_WIDTH = 34 * mm  # "统一社会信用代码" on one line


@functools.lru_cache(maxsize=64)
def _style(size: float = 10.5, align: int = TA_LEFT, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        f"s{size}-{align}", fontName=FONT, fontSize=size, leading=leading or size * 1.35,
        alignment=align, wordWrap="CJK", bulletFontName=FONT,
    )


_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


NBSP = "\u00a0"


def _p(text: str, size: float = 10.5, align: int = TA_LEFT) -> Paragraph:
    """A paragraph of plain text; newlines break lines, ideographic spaces are kept."""
    markup = escape(text).replace("\n", "<br/>").replace("\u3000", "&nbsp;" * 2)
    return Paragraph(markup, _style(size, align))


CELL_PADDING = 6  # reportlab's default left and right padding of a table cell
_LEADING = 1.35  # line height / font size, as the paragraphs have it


def _cell(text: str, size: float, width: float, align: int = TA_LEFT) -> str | Paragraph:
    """What a table cell holds: the plain string (drawn with drawString, nothing parsed) when it
    fits on one line, a wrapping Paragraph only when it does not."""
    if "\n" not in text and pdfmetrics.stringWidth(text, FONT, size) <= width - 2 * CELL_PADDING:
        return text
    return _p(text, size, align)


def _text_style(cells: tuple[int, int], end: tuple[int, int], size: float, align: str = "LEFT") -> list[tuple]:
    """Font size, line height and alignment of the plain-string cells of a range."""
    return [("FONTSIZE", cells, end, size), ("LEADING", cells, end, size * _LEADING), ("ALIGN", cells, end, align)]


class _Qr(Flowable):
    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        # The dark modules as plain rectangles, one per run in a row, straight from the encoder's
        # matrix (the widget's Drawing would be built twice and name Helvetica, unembedded, in
        # the PDF). Same geometry as QrCodeWidget: a 4-module quiet zone around the symbol.
        widget = QrCodeWidget(self.data, barLevel="M")
        qr = widget.qr
        qr.make()
        border = widget.barBorder
        box = self.size / (qr.getModuleCount() + 2 * border)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(widget.barFillColor)
        for r, row in enumerate(qr.modules):
            c = 0
            for dark, run in itertools.groupby(map(bool, row)):
                count = len(list(run))
                if dark:
                    canvas.rect((c + border) * box, self.size - (r + border + 1) * box, count * box, box,
                                stroke=0, fill=1)
                c += count
        canvas.restoreState()


def _header(spec: FormSpec) -> list[Flowable]:
    """Title centred between the margins, the QR of the serial at the right, the numbers below."""
    title = [_p(spec.title, 17, TA_CENTER)]
    if spec.subtitle:
        title.append(_p(spec.subtitle, 10.5, TA_CENTER))
    qr_size = 22 * mm
    side = qr_size + 4 * mm
    table = Table([[Spacer(1, 1), title, _Qr(spec.serial, qr_size) if spec.qr else Spacer(1, 1)]],
                  colWidths=[side, CONTENT_WIDTH - 2 * side, side])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    meta = _p(f"表号：{spec.form_number}\u3000\u3000{spec.serial_label}：{spec.serial}", 9, TA_RIGHT)
    return [table, Spacer(1, 1 * mm), meta, Spacer(1, 3 * mm)]


def _fields(block: Fields) -> list[Flowable]:
    cols = block.columns
    label_w = LABEL_WIDTH
    value_w = (CONTENT_WIDTH - cols * label_w) / cols
    widths = [label_w, value_w] * cols
    data: list[list[object]] = []
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for c in range(cols):
        style += _text_style((2 * c, 0), (2 * c, -1), 10) + _text_style((2 * c + 1, 0), (2 * c + 1, -1), 10.5)
    start = 0
    if block.heading:
        data.append([_cell(block.heading, 11, CONTENT_WIDTH)] + [""] * (2 * cols - 1))
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                  *_text_style((0, 0), (-1, 0), 11)]
        start = 1
    for r, cells in enumerate(block.rows, start=start):
        row: list[object] = []
        col = 0
        for cell in cells:
            span = max(1, min(cell.span, cols - col // 2))
            # The value's width: its spanned columns, or to the edge for the last cell of a short row.
            end = 2 * cols if cell is cells[-1] else col + 2 * span
            value_width = sum(widths[col + 1:end])
            row += [_cell(cell.label, 10, label_w), _cell(cell.value, 10.5, value_width)] + [""] * (2 * (span - 1))
            style.append(("BACKGROUND", (col, r), (col, r), LABEL_FILL))
            if span > 1:
                style.append(("SPAN", (col + 1, r), (col + 2 * span - 1, r)))
            col += 2 * span
        row += [""] * (2 * cols - len(row))
        if col < 2 * cols:  # an incomplete row: the last value runs to the edge
            style.append(("SPAN", (col - 1, r), (-1, r)))
        data.append(row)
    table = Table(data, colWidths=widths, repeatRows=start)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *style]))
    return [table, Spacer(1, 3 * mm)]


def _choice(block: Choice) -> list[Flowable]:
    marks = "　".join(f"{CHECKED if o in block.chosen else UNCHECKED} {o}" for o in block.options)
    table = Table([[_cell(block.label, 10, LABEL_WIDTH), _cell(marks, 11, CONTENT_WIDTH - LABEL_WIDTH)]],
                  colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        *_text_style((0, 0), (0, 0), 10), *_text_style((1, 0), (1, 0), 11),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [table, Spacer(1, 3 * mm)]


def _big(block: BigText) -> list[Flowable]:
    rows: list[list[object]] = [[_cell(block.text, block.size, CONTENT_WIDTH, TA_CENTER)]]
    if block.caption:
        rows.insert(0, [_cell(block.caption, 11, CONTENT_WIDTH, TA_CENTER)])
    table = Table(rows, colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        *_text_style((0, 0), (0, -1), 11, "CENTER"), *_text_style((0, -1), (0, -1), block.size, "CENTER"),
        ("BOX", (0, 0), (-1, -1), 1.2, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), block.size * 0.45),
    ]))
    return [table, Spacer(1, 4 * mm)]


class _PagedGrid(Flowable):
    """A grid of fixed-height rows that splits page by page in constant time: a page takes as
    many rows as fit under the repeated header. Reportlab's own Table.split rebuilds the whole
    remaining table (cells and style commands) at every page, which made a 1,000-candidate
    roster's 92 pages quadratic (issue 17)."""

    def __init__(self, header: list[object], rows: list[list[object]], widths: list[float], header_height: float,
                 row_height: float, style: TableStyle) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # where a Table sits in the frame, so a page looks the same either way
        self.header, self.rows, self.widths = header, rows, widths
        self.header_height, self.row_height, self.style = header_height, row_height, style
        self._page: Table | None = None

    def _table(self, rows: list[list[object]]) -> Table:
        table = Table([self.header, *rows], colWidths=self.widths,
                      rowHeights=[self.header_height] + [self.row_height] * len(rows), repeatRows=1)
        table.setStyle(self.style)
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + self.row_height * len(self.rows)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fit = int((available_height - self.header_height) // self.row_height)
        if fit <= 0:
            return []
        if fit >= len(self.rows):
            return [self._table(self.rows)]
        return [self._table(self.rows[:fit]),
                _PagedGrid(self.header, self.rows[fit:], self.widths, self.header_height, self.row_height, self.style)]

    def draw(self) -> None:
        table = self._table(self.rows)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _grid(block: Grid) -> list[Flowable]:
    fractions = block.widths or [1 / len(block.headers)] * len(block.headers)
    widths = [CONTENT_WIDTH * f / sum(fractions) for f in fractions]
    header = [_cell(h, 9.5, w, TA_CENTER) for h, w in zip(block.headers, widths)]
    rows = [[_cell(v, 9.5, w) for v, w in zip(row, widths)] for row in block.rows]
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *_text_style((0, 0), (-1, -1), 9.5), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
    ])
    grid: Flowable
    if block.row_height:
        heading_row = Table([header], colWidths=widths)
        heading_row.setStyle(style)
        _width, header_height = heading_row.wrap(CONTENT_WIDTH, A4[1])
        grid = _PagedGrid(header, rows, widths, header_height, block.row_height * mm, style)
    else:
        grid = Table([header, *rows], colWidths=widths, repeatRows=1)
        grid.setStyle(style)
    out: list[Flowable] = []
    if block.heading:
        out.append(_p(block.heading, 11))
        out.append(Spacer(1, 1.5 * mm))
    return out + [grid, Spacer(1, 3 * mm)]


def _signatures(labels: Sequence[str]) -> list[Flowable]:
    if not labels:
        return []
    n = len(labels)
    width = CONTENT_WIDTH / n
    cells = [[_p(f"{label}：", 10.5) for label in labels],
             [_p("年\u3000\u3000月\u3000\u3000日", 10.5, TA_RIGHT) for _ in labels]]
    table = Table(cells, colWidths=[width] * n, rowHeights=[26 * mm, 9 * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (0, -1), 0.6, RULE),
        *[("BOX", (i, 0), (i, -1), 0.6, RULE) for i in range(1, n)],
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("RIGHTPADDING", (0, 1), (-1, 1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [KeepTogether([table]), Spacer(1, 3 * mm)]


def _notes(notes: Sequence[str]) -> list[Flowable]:
    if not notes:
        return []
    text = "\n".join(f"{i}. {n}" for i, n in enumerate(notes, start=1))
    return [_p("说明：", 9.5), _p(text, 9)]


_RENDERERS = {Fields: _fields, Choice: _choice, BigText: _big, Grid: _grid}


def render(spec: FormSpec) -> bytes:
    """The form as PDF bytes (A4, CJK font embedded and subset, reproducible)."""
    ensure_font()
    story: list[Flowable] = _header(spec)
    for block in spec.blocks:
        if isinstance(block, Text):
            story += [_p(block.text, block.size, _ALIGN[block.align]), Spacer(1, 2 * mm)]
        else:
            story += _RENDERERS[type(block)](block)
    story += _signatures(spec.signatures)
    story += _notes(spec.notes)

    def footer(canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, 12 * mm, PAGE_WIDTH - MARGIN, 12 * mm)
        canvas.drawString(MARGIN, 8 * mm, spec.footer)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 8 * mm, f"{spec.form_number}　第 {doc.page} 页")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=18 * mm,
        title=spec.title, author=spec.footer, subject=spec.serial, creator="counter-app", invariant=1,
        # Otherwise every page's preamble names Helvetica, a font the PDF does not embed.
        initialFontName=FONT, initialFontSize=10.5,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
