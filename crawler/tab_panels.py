"""An article's text split into in-page tabs ("Trang 1/2" / "Trang 2/2"): every panel is in the HTML, all
but the shown one hidden by a style, an attribute or a class, and the extractor drops hidden elements. The
hidden panels of the article's own text are read as shown."""

from __future__ import annotations

import re
from functools import cache

from danvan.crawler.detection_rules import rules
from lxml import etree

_DISPLAY_NONE = re.compile(r"display\s*:\s*none\s*;?", re.IGNORECASE)


@cache
def _hidden() -> etree.XPath:
    return etree.XPath(rules()["tab_panels"]["hidden"])


def _is_hidden(el: etree._Element) -> bool:
    classes = set((el.get("class") or "").split())
    return bool(
        _DISPLAY_NONE.search(el.get("style") or "")
        or el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or classes & set(rules()["tab_panels"]["hidden_classes"])
    )


def _link_share(el: etree._Element) -> float:
    text = "".join(el.itertext())
    links = "".join(t for a in el.iter("a") for t in a.itertext())
    return len(links.strip()) / max(len(text.strip()), 1)


def hidden_panels(root: etree._Element) -> list[etree._Element]:
    """Hidden elements holding paragraphs beside a shown sibling of the same tag sharing a class (the
    panel shown first), little of their text links."""
    found = []
    for el in _hidden()(root):
        if not _is_hidden(el):
            continue
        parent, classes = el.getparent(), set((el.get("class") or "").split())
        if parent is None or not classes or _link_share(el) > rules()["tab_panels"]["max_link_share"]:
            continue
        if any(
            sib is not el
            and sib.tag == el.tag
            and classes & set((sib.get("class") or "").split())
            and not _is_hidden(sib)
            for sib in parent
        ):
            found.append(el)
    return found


def show(el: etree._Element) -> None:
    """Take away what hides an element."""
    if style := el.get("style"):
        el.set("style", _DISPLAY_NONE.sub("", style))
    for attr in ("hidden", "aria-hidden"):
        el.attrib.pop(attr, None)
    if cls := el.get("class"):
        hiding = set(rules()["tab_panels"]["hidden_classes"])
        el.set("class", " ".join(c for c in cls.split() if c not in hiding))
