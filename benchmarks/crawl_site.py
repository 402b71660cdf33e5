"""Generates a loopback benchmark site of N dân vận article pages (sitemaps + listings)."""

from __future__ import annotations

import argparse
import html
import json
import random
from datetime import date, timedelta
from pathlib import Path

PROVINCES = [
    "Cần Thơ",
    "Hậu Giang",
    "Cà Mau",
    "Sóc Trăng",
    "Bạc Liêu",
    "Kiên Giang",
    "An Giang",
    "Vĩnh Long",
    "Trà Vinh",
    "Bến Tre",
]
OFFICIALS = [
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Hoàng Minh",
    "Phạm Thu Hằng",
    "Võ Quốc Huy",
    "Huỳnh Ngọc Lan",
    "Đặng Văn Tùng",
    "Bùi Thị Mai",
]
ROLES = [
    "Trưởng Ban Dân vận Tỉnh ủy",
    "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh",
    "Phó Bí thư Tỉnh ủy",
    "Chủ tịch Hội Nông dân tỉnh",
    "Phó Trưởng Ban Dân vận Trung ương",
]
TOPICS = [
    "phong trào thi đua “Dân vận khéo”",
    "công tác dân vận chính quyền",
    "cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
    "thực hiện dân chủ ở cơ sở",
    "xây dựng nhà Đại đoàn kết cho hộ nghèo",
    "cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
]
DOCS = [
    "Nghị quyết số 43-NQ/TW",
    "Kết luận số 114-KL/TW",
    "Chỉ thị số 05-CT/TU",
    "Quy định số 11-QĐ/TW",
    "Kế hoạch số 27-KH/HU",
]
SENTENCES = [
    "Ngày {d}/{m}, Ban Dân vận Tỉnh ủy {p} tổ chức hội nghị sơ kết {t}.",
    "Đồng chí {o}, {r}, dự và phát biểu chỉ đạo hội nghị.",
    "Theo báo cáo, toàn tỉnh đã xây dựng {n} mô hình, tăng {k}% so với cùng kỳ năm trước.",
    "Các cấp ủy, chính quyền đã tiếp nhận và giải quyết {n} kiến nghị của cử tri.",
    "Việc triển khai {doc} được các địa phương thực hiện nghiêm túc, hiệu quả.",
    "Mặt trận Tổ quốc và các đoàn thể đã vận động được {k} tỷ đồng hỗ trợ hộ nghèo.",
    "Hội nghị đề ra nhiệm vụ tiếp tục đổi mới nội dung, phương thức công tác dân vận.",
    "Dịp này, {k} tập thể và {n} cá nhân được khen thưởng vì có thành tích xuất sắc.",
    "Người dân phấn khởi, đồng tình với chủ trương và tích cực tham gia thực hiện.",
    "Thời gian tới, tỉnh {p} sẽ nhân rộng các mô hình hiệu quả ra toàn địa bàn.",
]
PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="{og}">{head}</head><body>
<header class="site-header"><nav class="menu"><a href="/">Trang chủ</a>
<a href="/dan-van/">Dân vận</a></nav></header><main>{body}</main>
<footer class="site-footer"><p>Trang tin thử nghiệm hiệu năng.</p></footer></body></html>
"""


def article(rng: random.Random, i: int, day: date) -> tuple[str, str]:
    p, t = rng.choice(PROVINCES), rng.choice(TOPICS)
    title = f"{p}: sơ kết {t} (bài {i})"
    paras = []
    for _ in range(rng.randint(4, 7)):
        sents = [
            rng.choice(SENTENCES).format(
                d=day.day,
                m=day.month,
                p=rng.choice(PROVINCES),
                t=rng.choice(TOPICS),
                o=rng.choice(OFFICIALS),
                r=rng.choice(ROLES),
                n=rng.randint(12, 2400),
                k=rng.randint(2, 60),
                doc=rng.choice(DOCS),
            )
            for _ in range(rng.randint(2, 4))
        ]
        paras.append(f"<p>{html.escape(' '.join(sents))}</p>")
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": day.isoformat(),
        },
        ensure_ascii=False,
    )
    body = (
        f'<article><h1>{html.escape(title)}</h1><time datetime="{day.isoformat()}">'
        f"{day:%d/%m/%Y}</time>{''.join(paras)}</article>"
    )
    head = f'<script type="application/ld+json">{ld}</script>'
    return title, PAGE.format(title=html.escape(title), og="article", head=head, body=body)


def generate(root: Path, n: int = 2000, per_page: int = 20, seed: int = 7) -> list[str]:
    """Write the site; returns the article paths."""
    rng = random.Random(seed)
    start = date(2024, 6, 30)
    paths, titles = [], []
    for i in range(n):
        day = start - timedelta(days=i // 10)
        title, page = article(rng, i, day)
        path = f"/dan-van/bai-viet-so-{i:05d}-{day:%Y%m%d}.html"
        (root / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (root / path.lstrip("/")).write_text(page, encoding="utf-8")
        paths.append(path)
        titles.append((title, day))
    pages = (n + per_page - 1) // per_page
    for k in range(pages):
        items = "".join(
            f'<div class="item"><a href="{paths[j]}">{html.escape(titles[j][0])}</a> '
            f"<span>{titles[j][1]:%d/%m/%Y}</span></div>"
            for j in range(k * per_page, min(n, (k + 1) * per_page))
        )
        nxt = f'<a rel="next" href="/dan-van/trang-{k + 2}/">Trang sau</a>' if k + 1 < pages else ""
        rel = "dan-van/index.html" if k == 0 else f"dan-van/trang-{k + 1}/index.html"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(
            PAGE.format(title="Dân vận", og="website", head="", body=items + nxt), encoding="utf-8"
        )
    (root / "index.html").write_text(
        PAGE.format(title="Trang chủ", og="website", head="", body='<a href="/dan-van/">Dân vận</a>'),
        encoding="utf-8",
    )
    chunks = [paths[i : i + 500] for i in range(0, n, 500)]
    (root / "sitemaps").mkdir(exist_ok=True)
    for c, chunk in enumerate(chunks):
        urls = "".join(f"<url><loc>{{{{BASE}}}}{p}</loc></url>" for p in chunk)
        (root / f"sitemaps/{c}.xml").write_text(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>",
            encoding="utf-8",
        )
    index = "".join(
        f"<sitemap><loc>{{{{BASE}}}}/sitemaps/{c}.xml</loc></sitemap>" for c in range(len(chunks))
    )
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{index}</sitemapindex>",
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nSitemap: {{BASE}}/sitemap.xml\n")
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("-n", type=int, default=2000)
    args = parser.parse_args()
    args.directory.mkdir(parents=True, exist_ok=True)
    print(len(generate(args.directory, args.n)), "articles written to", args.directory)
