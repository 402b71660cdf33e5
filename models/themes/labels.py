"""The fixed theme label set of THEMES.md (stable keys, multi-label)."""

from __future__ import annotations

THEMES: tuple[str, ...] = (
    "dan_van_kheo",
    "dan_van_chinh_quyen",
    "dan_chu_co_so",
    "mat_tran_doan_the",
    "nong_thon_moi_do_thi_van_minh",
    "hang_viet",
    "hoc_tap_lam_theo_bac",
    "xay_dung_dang",
    "giam_ngheo_an_sinh",
    "dan_toc_ton_giao",
    "dat_dai_giai_phong_mat_bang",
    "quoc_phong_an_ninh",
)


class UnknownTheme(ValueError):
    """A label that is not one of the THEMES.md keys."""


def check_themes(themes: list[str] | set[str], where: str = "") -> set[str]:
    """`themes` as a set, or UnknownTheme naming the first key outside the label set."""
    out = set(themes)
    for theme in sorted(out):
        if theme not in THEMES:
            raise UnknownTheme(f"unknown theme {theme!r}{' in ' + where if where else ''}")
    return out
