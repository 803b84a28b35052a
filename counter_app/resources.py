"""Where the shipped resources live: fonts, translations (a frozen build points elsewhere)."""
from __future__ import annotations

import os
from pathlib import Path

RESOURCES = Path(os.environ.get("COUNTER_APP_RESOURCES") or Path(__file__).resolve().parents[1] / "resources")
FONTS = RESOURCES / "fonts"
CJK_FONT = FONTS / "wqy-zenhei.ttc"
CJK_FAMILY = "WenQuanYi Zen Hei"
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("zh_CN", "en")


def translation_file(language: str) -> Path:
    return TRANSLATIONS / f"counter_app_{language}.qm"
