"""Shared bounds for numbers and dates that reach the database (issue 11 item 8).

A value the database or the date arithmetic cannot hold is a caller's mistake: 422 with a
stable code, never a 500. Query and body fields use these types; `out_of_range` is the net
under everything else (an OverflowError from date arithmetic, a DataError from the driver).
"""
from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator

from central_api.platform.errors import Unprocessable

MAX_BIGINT = 2**63 - 1
# Dates a counter's business can mean: registrations, exams and reports of a working office.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def _plausible_date(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"date outside {FIRST_YEAR}–{LAST_YEAR}")
    return value


BoundedDate = Annotated[date, AfterValidator(_plausible_date)]


def out_of_range(exc: BaseException) -> Unprocessable | None:
    """The API's 422 for a value the database or the arithmetic could not hold, else None."""
    from sqlalchemy.exc import DataError, StatementError

    if isinstance(exc, OverflowError) or isinstance(exc, DataError) or (
            isinstance(exc, StatementError) and isinstance(exc.orig, OverflowError)):
        return Unprocessable("value_out_of_range", "请求中的数字或日期超出允许范围，未办理")
    return None
