"""Articles and web archive records written for the batch-ingest tests (texts written here, not copied)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = [
    ("Trà Vinh", "Lê Văn Hẳn", "Bí thư Tỉnh ủy"),
    ("Bến Tre", "Hồ Thị Hoàng Yến", "Bí thư Tỉnh ủy"),
    ("Long An", "Nguyễn Văn Được", "Bí thư Tỉnh ủy"),
    ("Cà Mau", "Nguyễn Hồ Hải", "Bí thư Tỉnh ủy"),
    ("Sóc Trăng", "Lâm Văn Mẫn", "Bí thư Tỉnh ủy"),
    ("Bạc Liêu", "Lữ Văn Hùng", "Bí thư Tỉnh ủy"),
    ("Hậu Giang", "Nghiêm Xuân Thành", "Bí thư Tỉnh ủy"),
    ("An Giang", "Lê Hồng Quang", "Bí thư Tỉnh ủy"),
]
TOPICS = [
    ('tổng kết phong trào thi đua "Dân vận khéo"', "mô hình dân vận khéo được công nhận"),
    ("xây dựng nông thôn mới nâng cao", "xã đạt chuẩn nông thôn mới nâng cao"),
    ("giảm nghèo bền vững", "hộ nghèo được hỗ trợ xây nhà đại đoàn kết"),
    ("thực hiện dân chủ ở cơ sở", "cuộc đối thoại giữa người đứng đầu cấp ủy với nhân dân"),
    ("công tác dân vận của chính quyền", "thủ tục hành chính được giải quyết đúng hạn"),
]


def article(n: int) -> tuple[str, str]:
    """(title, body) of the n-th written article: a different place, topic and figures each time."""
    province, official, title = PLACES[n % len(PLACES)]
    topic, unit = TOPICS[n % len(TOPICS)]
    heading = f"{province} {topic} năm {2020 + n % 5}"
    body = (
        f"Ngày {1 + n % 27}/{1 + n % 12}/2024, Ban Dân vận Tỉnh ủy {province} tổ chức hội nghị {topic}. "
        f"Theo báo cáo, toàn tỉnh có {100 + 7 * n} {unit}, tăng {3 + n % 9} so với cùng kỳ. "
        f"Phát biểu tại hội nghị, đồng chí {official}, {title} {province}, đề nghị các cấp ủy tiếp tục "
        f"quán triệt Nghị quyết số {10 + n}-NQ/TU của Tỉnh ủy, phát huy vai trò của Mặt trận Tổ quốc "
        f"và các đoàn thể. Tổng kinh phí huy động đạt {20 + n},5 tỉ đồng, trong đó nhân dân đóng góp "
        f"{5 + n % 4} tỉ đồng và hàng nghìn ngày công lao động.\n"
        f"Dịp này, {5 + n % 6} tập thể và {10 + n % 8} cá nhân có thành tích xuất sắc được khen thưởng. "
        f"Hội nghị cũng đề ra chỉ tiêu đến năm 2025 có thêm {n % 7 + 2} xã, phường điển hình về {topic}."
    )
    return heading, body


def write_texts(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        title, body = article(n)
        path = folder / f"bai-{n:03d}.txt"
        path.write_text(f"{title}\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def article_html(n: int, charset_meta: str | None = "utf-8") -> str:
    title, body = article(n)
    paragraphs = "".join(f"<p>{para}</p>" for para in body.replace(". ", ".\n").split("\n"))
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return (
        f"<!doctype html><html><head>{meta}<title>{title}</title>"
        '<meta property="og:type" content="article">'
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}"}}</script>'
        f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def listing_html(host: str) -> str:
    links = "".join(
        f'<li><a href="http://{host}/tin-tuc/bai-viet-so-{i}-ve-cong-tac-dan-van.html">'
        f"{article(i)[0]} - xem chi tiết bài viết</a></li>"
        for i in range(20)
    )
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Chuyên mục Dân vận</title>'
        f'<meta property="og:type" content="website"></head><body><ul>{links}</ul></body></html>'
    )


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    """records: (kind "response"|"resource", url, payload, Content-Type)."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for kind, url, payload, content_type in records:
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=http
                )
            else:
                record = writer.create_warc_record(
                    url, "resource", payload=io.BytesIO(payload), warc_content_type=content_type
                )
            writer.write_record(record)
