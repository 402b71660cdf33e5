"""Dates in machine formats (sitemaps, feeds, meta tags) and a numeric fallback for printed ones."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# The sites' own zone (Vietnam: UTC+7, no daylight saving): a stamp written in UTC or another zone is read
# as the day the site printed ("2026-01-08T23:30:00Z" is 06:30 on 9 January there).
SITE_ZONE = timezone(timedelta(hours=7))
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")


def parse_structured_date(text: str | None) -> date | None:
    """ISO 8601 (sitemaps, Atom, JSON-LD) or RFC 822 (RSS) date, a stamp with a zone read in SITE_ZONE;
    None when unparseable."""
    if not text:
        return None
    if m := _ISO.match(text):
        try:
            stamp = datetime.fromisoformat(text.strip())
        except ValueError:
            stamp = None
        if stamp is not None and stamp.tzinfo is not None:
            return stamp.astimezone(SITE_ZONE).date()
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        parsed: datetime = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.astimezone(SITE_ZONE).date() if parsed.tzinfo is not None else parsed.date()


def day_in_the_other_zone(text: str) -> date | None:
    """The day a stamp names when its zone is taken the other way, if that is another day than
    parse_structured_date's: a stamp with no zone read as UTC ('2024-11-25 23:40:00' -> 26/11, Odoo and
    some frameworks write UTC without a zone), a stamp with a zone read as written ('2025-06-24T17:02:00
    +00:00' -> 24/06, a server set to UTC stamping the local hour); None otherwise."""
    try:
        stamp = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if (stamp.hour, stamp.minute) == (0, 0):
        return None
    if stamp.tzinfo is not None:
        written = stamp.date()
        return written if written != stamp.astimezone(SITE_ZONE).date() else None
    local = stamp.replace(tzinfo=UTC).astimezone(SITE_ZONE).date()
    return local if local != stamp.date() else None


def find_numeric_date(text: str) -> date | None:
    """First day/month/year date printed as digits (14/05/2024, 14-5-2024); the fallback used
    when the app hands in no Vietnamese date parser."""
    for m in _NUMERIC.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
