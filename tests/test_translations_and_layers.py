"""Every visible string is translated and placeholders agree. (The layers are import-linter's
contracts: tests/test_import_contracts.py.)"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from counter_app import resources

ROOT = Path(__file__).resolve().parents[1]
TS = resources.TRANSLATIONS / "counter_app_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%\d")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in ET.parse(path).getroot().iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_message_has_a_finished_chinese_translation_with_the_same_placeholders():
    messages = _messages(TS)
    assert messages
    for context, source, translation in messages:
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        assert translation.text and translation.text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), (
            context, source, translation.text)


def test_ts_file_is_up_to_date_with_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "counter_app").rglob("*.py")]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    have = {(c, s) for c, s, t in _messages(TS) if t.get("type") not in ("obsolete", "vanished")}
    assert wanted - have == set(), "run `make lupdate` and translate the new strings"


def test_compiled_translation_loads(qapp):  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(resources.translation_file("zh_CN")))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Sync status") == "同步状态"
    finally:
        qapp.removeTranslator(translator)


def test_shipped_font_draws_chinese(qapp):  # noqa: ANN001
    from PySide6.QtGui import QFont, QFontMetrics

    from counter_app.app import register_fonts

    family = register_fonts()
    assert family == resources.CJK_FAMILY
    metrics = QFontMetrics(QFont(family, 10))
    for char in "南京市车管所面签注册号牌确认考试预约":
        assert metrics.inFontUcs4(ord(char)), char
