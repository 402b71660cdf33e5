"""Document issuers end at a known organ name: no cut-off letters, verbs or clauses after it."""

from __future__ import annotations

import pytest
from danvan.nlp.extractors.document_issuers import clean_issuer


@pytest.mark.parametrize(
    ("phrase", "issuer"),
    [
        ("Ban Bí thư T", "Ban Bí thư"),
        ("Bộ Chính trị sửa đổi", "Bộ Chính trị"),
        ("Chính phủ có hiệu lực từ", "Chính phủ"),
        ("Thủ tướng Chính phủ phê duyệt Đề án", "Thủ tướng Chính phủ"),
        ("UBND tỉnh Lào Cai ký", "UBND tỉnh Lào Cai"),
        ("Tỉnh ủy Hậu Giang", "Tỉnh ủy Hậu Giang"),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Bộ Tài chính sửa đổi", "Bộ Tài chính"),
        ("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
        ("Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam"),
        ("UBND tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh Bà Rịa - Vũng Tàu"),
        ("Bộ chính trị", "Bộ chính trị"),
        ("Sở nêu", None),
        ("TP", None),
    ],
)
def test_issuer_ends_at_a_known_organ(phrase: str, issuer: str | None) -> None:
    assert clean_issuer(phrase) == issuer


def test_extracted_issuer_is_clean(facts) -> None:
    got = facts(
        "Thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư T.Ư về giáo dục lý tưởng cách mạng.", "documents"
    )
    assert [(d.number, d.issuer) for d in got] == [("42-CT/TW", "Ban Bí thư")]
