"""The counter's log file, for the help desk: rotating, size-capped, kept 190 days, no whole
personal numbers.

Rotation: one file per day (TimedRotatingFileHandler at midnight, 190 old files kept, so at
least 180 days are always there), and each day's file capped at `DAILY_CAP_BYTES`: past the cap
the day's remaining INFO/DEBUG lines are dropped (warnings and errors are still written, up to
twice the cap). Worst case on disk: 191 × 2 × 4 MB ≈ 1.5 GB; a normal counter day writes well
under 1 MB. The folder is 0700 and each file 0600 from its creation (issue 11). Every line goes through `PersonalDataFilter`: 18-character ID numbers and mobile
numbers are masked the way lists show them (3201**********1234, 138****5678).
"""
from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import TimedRotatingFileHandler
from pathlib import Path

from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.services.store_protection import private_dir

LOG_NAME = "counter-app.log"
KEEP_DAYS = 190
DAILY_CAP_BYTES = 4 * 1024 * 1024
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

# Resident IDs, residence permits and the 2023 foreigners' card: 17 digits and a check character;
# mobiles: 11 digits starting 1[3-9]. Not inside longer runs of digits (amounts, serials).
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)")


def mask_personal_numbers(text: str) -> str:
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m.group()), text)
    return _MOBILE.sub(lambda m: m.group()[:-11] + mask_mobile(m.group()[-11:]), text)


class PersonalDataFilter(logging.Filter):
    """Masks personal numbers in the message, its arguments and the traceback of any record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_numbers(record.exc_text)
        record.exc_info = None  # the masked exc_text is what the formatter prints
        record.msg, record.args = mask_personal_numbers(message), None
        return True


class CappedDailyFileHandler(TimedRotatingFileHandler):
    """A new file each midnight; within a day, INFO stops at the cap and everything at twice it."""

    def __init__(self, path: Path, *, keep_days: int = KEEP_DAYS, daily_cap: int = DAILY_CAP_BYTES) -> None:
        super().__init__(path, when="midnight", backupCount=keep_days, encoding="utf-8", delay=False)
        self.daily_cap = daily_cap
        self._cap_noted = False

    def _open(self):  # noqa: ANN202 - each day's new file is the signed-in user's only, whatever the umask
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        if self.shouldRollover(record):
            self.doRollover()
            self._cap_noted = False
        size = self.stream.tell() if self.stream else 0
        limit = self.daily_cap if record.levelno < logging.WARNING else 2 * self.daily_cap
        if size >= limit:
            if not self._cap_noted and size < 2 * self.daily_cap:
                self._cap_noted = True
                self.stream.write(f"--- log cap of {self.daily_cap} bytes reached: INFO lines dropped until midnight\n")
            return
        super().emit(record)


def configure_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = True) -> Path:
    """Root logging to the rotating file (and stderr); returns the file's path."""
    private_dir(log_dir)
    path = log_dir / LOG_NAME
    masking = PersonalDataFilter()
    handler = CappedDailyFileHandler(path)
    handler.addFilter(masking)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, CappedDailyFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if console and not any(type(h) is logging.StreamHandler for h in root.handlers):
        stream = logging.StreamHandler()
        stream.addFilter(masking)
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    return path
