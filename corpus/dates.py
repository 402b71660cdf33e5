"""Reading publication dates into ISO days for filtering and bucketing."""

from __future__ import annotations

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
