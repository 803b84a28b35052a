"""The printing service: embedded font, real Chinese text, reproducible bytes, preview, printing."""
import re
import shutil
import subprocess

import pytest

from counter_app.services.printing import BigText, Cell, Choice, Fields, FormSpec, Grid, Text, render_pdf

SPEC = FormSpec(
    title="互联网个人用户注册/变更申请表", form_number="NJ122-GR-01", serial="R20261125000123",
    blocks=[
        Choice("申请类型", ["新注册", "变更"], frozenset({"变更"})),
        Fields(heading="申请人信息", rows=[[Cell("姓名", "张三"), Cell("用户类型", "车主用户")],
                                          [Cell("证件号码", "320102199001011234", span=2)]]),
        BigText("苏A8B88C", caption="号牌号码"),
        Grid(["序号", "姓名", "签字"], [[str(i), f"考生{i}", ""] for i in range(1, 60)], widths=[1, 3, 3]),
        Text("本人承诺所填信息真实有效。"),
    ],
    signatures=["申请人签字", "经办民警签字"], notes=["请携带身份证明原件。"],
    footer="经办：王警官（clerk01）　南京市车管所　打印时间 2026-11-25 09:30",
)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} not found: install Debian's poppler-utils (make test does as root)", pytrace=False)
    return path


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory):  # noqa: ANN001, ANN201
    path = tmp_path_factory.mktemp("print") / "form.pdf"
    path.write_bytes(render_pdf(SPEC))
    return path


def test_only_the_embedded_cjk_font_is_used(pdf_path):
    out = subprocess.run([_tool("pdffonts"), str(pdf_path)], capture_output=True, text=True, check=True).stdout
    rows = out.strip().splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "WenQuanYiZenHei" in row, row
        emb, sub = row.split()[-5], row.split()[-4]
        assert (emb, sub) == ("yes", "yes"), row


def test_the_text_is_real_chinese_not_boxes(pdf_path):
    text = subprocess.run([_tool("pdftotext"), "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("互联网个人用户注册/变更申请表", "NJ122-GR-01", "R20261125000123", "□ 新注册", "■ 变更",
                     "320102199001011234", "苏A8B88C", "考生59", "经办民警签字", "请携带身份证明原件"):
        assert expected in text, expected


def test_long_tables_repeat_their_header_and_every_page_has_the_footer(pdf_path, tmp_path):
    pages = text_pages(pdf_path)
    assert len(pages) >= 2  # 59 roster rows cannot fit on one A4 page
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"第\s*{number}\s*页", page), number
        assert "南京市车管所" in page
    assert all("序号" in page for page in pages[1:-1])
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "50", str(pdf_path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(pages)


def text_pages(pdf_path) -> list[str]:  # noqa: ANN001
    text = subprocess.run([_tool("pdftotext"), "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def test_same_spec_same_bytes():
    assert render_pdf(SPEC) == render_pdf(SPEC)


def test_preview_shows_the_pages_and_prints_them(qtbot, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from counter_app.views.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(render_pdf(SPEC), SPEC.title)
    qtbot.addWidget(dialog)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    expected_pages = len(text_pages(_write(tmp_path / "form.pdf")))
    assert dialog.document.pageCount() == expected_pages
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == expected_pages
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def _write(path):  # noqa: ANN001, ANN202
    path.write_bytes(render_pdf(SPEC))
    return path
