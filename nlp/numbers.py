"""Vietnamese number parsing: "52.828" -> 52828, "12,27" -> 12.27, "21,9 tỉ" -> 21900000000."""

from __future__ import annotations

import re

MULTIPLIERS = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "nghìn tỷ": 1e12,
    "nghìn tỉ": 1e12,
    "ngàn tỷ": 1e12,
    "ngàn tỉ": 1e12,
}
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


def parse_number(text: str, multiplier: str | None = None) -> int | float | None:
    """Value of a number written the Vietnamese way, times an optional multiplier word."""
    text = text.strip()
    if _THOUSANDS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    if multiplier:
        value *= MULTIPLIERS.get(multiplier, 1)
    value = round(value, 6)
    return int(value) if value.is_integer() else value
