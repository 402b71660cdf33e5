"""Every fact kind's spans point at the characters of the text they were read from."""

from danvan.nlp.extractors.campaigns import normalize_campaign

TEXT = (
    "Sáng 12/3, Bí thư Tỉnh ủy Hậu Giang Lữ Văn Hùng chủ trì hội nghị triển khai Nghị quyết số "
    "08-NQ/TU và phong trào thi đua “Dân vận khéo”. Toàn tỉnh có 7.274 mô hình, tăng 12,5%. "
    "UBND tỉnh Cà Mau cử 2 Phó Chủ tịch gồm các ông: Lâm Văn Bi và Huỳnh Quốc Việt."
)


def test_spans_point_at_their_text(extractor):
    doc = extractor.doc("", TEXT)
    text = doc.user_data["text"]
    facts = doc.user_data["facts"]
    for kind in ("provinces", "officials", "documents", "figures", "campaigns"):
        assert doc.spans[kind], kind
        for span in doc.spans[kind]:
            assert text[span.start_char : span.end_char] == span.text
    provinces = {s.text for s in doc.spans["provinces"]}
    assert {"Hậu Giang", "Cà Mau"} <= provinces
    officials = [s.text for s in doc.spans["officials"]]
    assert (
        officials == [o.name for o in facts["officials"]] == ["Lữ Văn Hùng", "Lâm Văn Bi", "Huỳnh Quốc Việt"]
    )
    assert next(s.text for s in doc.spans["documents"]).startswith("Nghị quyết số 08-NQ/TU")
    assert "7.274 mô hình" in [s.text for s in doc.spans["figures"]]
    campaigns = [s.text for s in doc.spans["campaigns"]]
    assert [normalize_campaign(c) for c in campaigns] == ["Dân vận khéo"]
