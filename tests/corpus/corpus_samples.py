"""Sample articles for the corpus tests: short dân vận news items written for these tests."""

from __future__ import annotations

from danvan.nlp.record import (
    Article,
    CampaignFact,
    DocumentFact,
    FigureFact,
    OfficialFact,
    ProvinceFact,
    ThemeFact,
)

DVK_STORY = (
    "Sáng 12/3, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết 5 năm thực hiện phong trào "
    "thi đua Dân vận khéo giai đoạn 2020 - 2025. Theo báo cáo, toàn tỉnh đã xây dựng và nhân rộng "
    "1.250 mô hình dân vận khéo trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng và an ninh. "
    "Nhiều mô hình như tổ tự quản giữ gìn đường làng sạch đẹp, nhóm hộ nuôi cá sạch và điểm đọc "
    "sách cộng đồng được người dân đồng tình hưởng ứng. Phát biểu tại hội nghị, đồng chí Lê Minh "
    "Khang, Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết số "
    "08-NQ/TU của Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới, gắn phong trào với "
    "việc giải quyết kịp thời kiến nghị chính đáng của nhân dân ở cơ sở. Dịp này, 36 tập thể và "
    "52 cá nhân được tặng giấy khen vì có thành tích xuất sắc trong phong trào."
)

DVK_REPRINT = (
    "Ngày 12/3, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết 5 năm thực hiện phong trào "
    "thi đua Dân vận khéo giai đoạn 2020 - 2025. Theo báo cáo, toàn tỉnh đã xây dựng và nhân rộng "
    "1.250 mô hình dân vận khéo trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng và an ninh. "
    "Nhiều mô hình như tổ tự quản giữ gìn đường làng sạch đẹp, nhóm hộ nuôi cá sạch và điểm đọc "
    "sách cộng đồng được người dân đồng tình hưởng ứng. Phát biểu tại hội nghị, ông Lê Minh "
    "Khang, Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết số "
    "08-NQ/TU của Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới, gắn phong trào với "
    "việc giải quyết kịp thời kiến nghị chính đáng của nhân dân ở cơ sở. Dịp này, 36 tập thể và "
    "52 cá nhân được tặng giấy khen vì có thành tích xuất sắc trong phong trào. (TTXVN)"
)

HOUSES = (
    "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ vừa bàn giao 120 căn nhà Đại đoàn kết cho "
    "hộ nghèo và hộ cận nghèo ở các quận, huyện. Tổng kinh phí hơn 6 tỉ đồng được vận động từ Quỹ "
    "Vì người nghèo và các doanh nghiệp trên địa bàn. Bà Phạm Thị Thu Vân, Chủ tịch Ủy ban Mặt "
    "trận Tổ quốc Việt Nam thành phố, cho biết việc xây nhà được thực hiện theo Kế hoạch số "
    "45/KH-MTTQ với sự tham gia giám sát của người dân, bảo đảm công khai, minh bạch."
)

HA_GIANG = (
    "Các đồn biên phòng ở Hà Giang phối hợp với cấp ủy, chính quyền xã vùng cao triển khai chương "
    "trình nâng bước em tới trường, giúp đồng bào dân tộc Mông sửa đường liên thôn và trồng rau "
    "trái vụ. Đại tá Hoàng Văn Sơn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, cho biết "
    "đơn vị đã hỗ trợ 85 hộ thoát nghèo trong năm qua."
)

HA_GIANG_NO_MARKS = (
    "Bai viet cu khong dau: tinh Ha Giang day manh cong tac dan van o vung bien, can bo xuong tan "
    "thon ban lang nghe y kien nguoi dan va ho tro ba con lam nha."
)

HAU_GIANG_SCHOOL = (
    "Đoàn Thanh niên tỉnh Hậu Giang ra quân chiến dịch tình nguyện hè, sửa chữa 12 cây cầu nông "
    "thôn và tặng 300 suất học bổng cho học sinh nghèo vượt khó."
)

CA_MAU = (
    "Huyện ủy Trần Văn Thời, tỉnh Cà Mau tổ chức đối thoại giữa người đứng đầu cấp ủy với nhân dân "
    "về thực hiện dân chủ ở cơ sở. Các ý kiến tập trung vào đền bù giải phóng mặt bằng tuyến đường "
    "ven biển; lãnh đạo huyện đã trả lời trực tiếp 18 kiến nghị theo Quy chế dân chủ ở cơ sở."
)


def sample_articles() -> list[Article]:
    """Seven articles: a story and its reprint, Hà Giang with and without diacritics, …"""
    hau_giang = ProvinceFact("Hậu Giang", "Cần Thơ")
    return [
        Article(
            id="hg-001",
            source="fixtures/hg-001.html",
            title="Hậu Giang sơ kết phong trào Dân vận khéo",
            text=DVK_STORY,
            published="2025-03-12",
            author="Minh Tâm",
            url="https://baohaugiang.example/dan-van/hg-001.html?utm_source=fb",
            outlet="Báo Hậu Giang",
            provinces=[hau_giang],
            officials=[
                OfficialFact(
                    "Lê Minh Khang",
                    "Trưởng Ban Dân vận Tỉnh ủy",
                    province="Hậu Giang",
                    titles=["Trưởng Ban Dân vận Tỉnh ủy"],
                )
            ],
            documents=[DocumentFact("Nghị quyết", "08-NQ/TU", issuer="Tỉnh ủy Hậu Giang")],
            figures=[
                FigureFact(
                    1250,
                    "mô hình",
                    "1.250 mô hình",
                    sentence="toàn tỉnh đã xây dựng và nhân rộng 1.250 mô hình dân vận khéo",
                ),
                FigureFact(36, "tập thể", "36 tập thể"),
            ],
            campaigns=[CampaignFact("Dân vận khéo", 3)],
            themes=[ThemeFact("dan_van_kheo", 0.93, ["dân vận khéo", "mô hình"])],
        ),
        Article(
            id="ttx-002",
            source="fixtures/ttx-002.html",
            title="Hậu Giang có 1.250 mô hình dân vận khéo",
            text=DVK_REPRINT,
            published="2025-03-13",
            url="https://tintuc.example/hau-giang-1250-mo-hinh.html",
            outlet="Báo Tin tức",
            provinces=[hau_giang],
            officials=[
                OfficialFact(
                    "Lê Minh Khang", "Trưởng Ban Dân vận", titles=["Trưởng Ban Dân vận", "Tỉnh ủy viên"]
                )
            ],
            documents=[DocumentFact("Nghị quyết", "08-NQ/TU")],
            figures=[FigureFact(1250, "mô hình", "1.250 mô hình")],
            campaigns=[CampaignFact("Dân vận khéo")],
            themes=[ThemeFact("dan_van_kheo", 0.9, ["dân vận khéo"])],
        ),
        Article(
            id="ct-003",
            source="fixtures/ct-003.txt",
            title="Cần Thơ bàn giao 120 căn nhà Đại đoàn kết",
            text=HOUSES,
            published="2025-04-02",
            url="https://baocantho.example/nha-dai-doan-ket.html",
            outlet="Báo Cần Thơ",
            provinces=[ProvinceFact("Cần Thơ", "Cần Thơ")],
            officials=[OfficialFact("Phạm Thị Thu Vân", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
            documents=[DocumentFact("Kế hoạch", "45/KH-MTTQ", issuer="Ủy ban MTTQ thành phố")],
            figures=[
                FigureFact(120, "căn nhà Đại đoàn kết", "120 căn nhà Đại đoàn kết"),
                FigureFact(6_000_000_000, "đồng", "hơn 6 tỉ đồng", approx="hơn"),
            ],
            themes=[
                ThemeFact("giam_ngheo_an_sinh", 0.88, ["nhà Đại đoàn kết", "hộ nghèo"]),
                ThemeFact("mat_tran_doan_the", 0.61, ["Mặt trận"]),
            ],
        ),
        Article(
            id="hgi-004",
            source="fixtures/hgi-004.txt",
            title="Bộ đội Biên phòng Hà Giang giúp dân vùng cao",
            text=HA_GIANG,
            published="2024-11-20",
            outlet="Báo Hà Giang",
            provinces=[ProvinceFact("Hà Giang", "Tuyên Quang", 2)],
            officials=[OfficialFact("Hoàng Văn Sơn", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh")],
            figures=[FigureFact(85, "hộ", "85 hộ")],
            themes=[ThemeFact("quoc_phong_an_ninh", 0.8, ["biên phòng"])],
        ),
        Article(
            id="old-005",
            source="fixtures/old-005.txt",
            title="Ha Giang: dan van vung bien",
            text=HA_GIANG_NO_MARKS,
            published="2016-05-04",
            outlet="Trang cũ",
            provinces=[ProvinceFact("Hà Giang", "Tuyên Quang")],
        ),
        Article(
            id="hg-006",
            source="fixtures/hg-006.txt",
            title="Tuổi trẻ Hậu Giang tình nguyện hè",
            text=HAU_GIANG_SCHOOL,
            published="2024-07-01",
            outlet="Báo Hậu Giang",
            provinces=[hau_giang],
            figures=[FigureFact(300, "suất học bổng", "300 suất học bổng")],
            themes=[ThemeFact("mat_tran_doan_the", 0.7, ["Đoàn Thanh niên"])],
        ),
        Article(
            id="cm-007",
            source="fixtures/cm-007.txt",
            title="Cà Mau đối thoại về dân chủ ở cơ sở",
            text=CA_MAU,
            published="2024-10-15",
            outlet="Báo Cà Mau",
            provinces=[ProvinceFact("Cà Mau", "Cà Mau")],
            documents=[DocumentFact("Quy chế", None, title="Quy chế dân chủ ở cơ sở")],
            figures=[FigureFact(18, "kiến nghị", "18 kiến nghị")],
            themes=[
                ThemeFact("dan_chu_co_so", 0.85, ["dân chủ ở cơ sở", "đối thoại"]),
                ThemeFact("dat_dai_giai_phong_mat_bang", 0.55, ["giải phóng mặt bằng"]),
            ],
        ),
    ]


def exact_copy() -> Article:
    """The Cần Thơ houses story, byte-for-byte, under another outlet and id."""
    return Article(
        id="copy-008",
        source="fixtures/copy-008.txt",
        title="Bàn giao 120 căn nhà Đại đoàn kết",
        text=HOUSES,
        published="2025-04-03",
        url="https://daidoanket.example/nha-120.html",
        outlet="Báo Đại Đoàn Kết",
        provinces=[ProvinceFact("Cần Thơ", "Cần Thơ")],
    )
