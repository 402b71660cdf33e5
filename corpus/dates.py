"""Reading publication dates into ISO days for filtering and bucketing."""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def iso_day(value: str | None) -> str | None:
    """ "2024-10-15T08:00+07:00", "15/10/2024" or "2024-10-15" -> "2024-10-15"; else None."""
    if not value:
        return None
    match = _ISO.search(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.search(value)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_bound(value: str, *, upper: bool) -> str:
    """A date filter bound as an ISO day: YYYY, YYYY-MM or YYYY-MM-DD, widened to the year or month.

    The one parser of --from and --to: "2025-13" and "2017-13-01" are both refused.
    """
    text = value.strip()
    match = _BOUND.fullmatch(text)
    if match is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-03)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 12, 31).isoformat() if upper else date(year, 1, 1).isoformat()
        if day is None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return date(year, month, last if upper else 1).isoformat()
        return date(year, month, day).isoformat()
    except ValueError:
        raise ValueError(
            f"not a date: {value!r} (no such month or day; use YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None
