"""Parses a page's text into a parsel Selector whose lxml.html elements are made in C."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html
from parsel import Selector

# lxml.html's own parser picks each element's class in a Python callback (form and input elements get
# classes of their own), run for every element the detector's walks and trafilatura touch; one class for
# every element is chosen in C. Nothing here uses the form classes.
_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)


def html_selector(text: str, base_url: str) -> Selector:
    """The page as parsel would parse it (same cleaning of the text, an empty page read as <html/>)."""
    body = text.strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    root = etree.fromstring(body, parser=_PARSER, base_url=base_url)
    if root is None:
        root = etree.fromstring(b"<html/>", parser=_PARSER, base_url=base_url)
    return Selector(root=root, type="html", base_url=base_url)
