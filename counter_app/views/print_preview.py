"""Print preview of one of our PDFs, with the system print dialog and "save as PDF"."""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.services.print_history import PrintedDocument, PrintHistory

log = logging.getLogger(__name__)


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str = "form.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Print preview: {0}").format(title))
        self.resize(900, 720)
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages = QLabel(self.tr("{0} page(s)").format(self.document.pageCount()))
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save as PDF..."))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button.clicked.connect(self.accept)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page at the printer's resolution; returns the pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            log.error("printer refused to start")
            return 0
        try:
            count = self.document.pageCount()
            for index in range(count):
                if index:
                    printer.newPage()
                target: QRect = painter.viewport()
                points = self.document.pagePointSize(index)
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                painter.drawImage(QRect(target.topLeft(), size), self.document.render(index, size))
            return count
        finally:
            painter.end()

    def save_with_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name, "PDF (*.pdf)")
        if path:
            Path(path).write_bytes(self.pdf)


def show_preview(parent: QWidget, pdf: bytes, title: str, suggested_name: str, *,
                 history: PrintHistory | None = None, now: datetime | None = None) -> PrintPreviewDialog:
    """Open the preview (non-modal) and note the document for a reprint from 打印."""
    if history is not None and now is not None:
        history.record(PrintedDocument(title, suggested_name, now, pdf))
    dialog = PrintPreviewDialog(pdf, title, suggested_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
