"""Writing made-up articles as PDF, DOCX, ODT and RTF files for the format tests.

Every article here is invented; none comes from a newspaper or a database export.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

STORY_TITLE = "Council votes to close the old harbour bridge"
STORY_PARAGRAPHS = [
    "The city council of Eastmouth voted on Tuesday to close the old harbour bridge to "
    "motor traffic from next spring, ending a dispute that has divided the town for a decade.",
    "\u201cWe cannot keep patching a structure that was built for horses and carts,\u201d said "
    "Margaret Ellison, the council\u2019s head of transport. \u201cThe engineers have been "
    "clear with us, and we owe it to the people who cross it every day to act now.\u201d",
    "Shopkeepers on the western bank were less convinced. \u201cThis will empty our streets "
    "in a month,\u201d said Tom Barraclough, who runs a hardware shop near the bridge. He "
    "said the traders' association would ask for an independent review of the decision.",
    "The council said a footbridge would open alongside the old crossing before the closure, "
    "and that the international design competition for a replacement would start in May.",
    "\u201cNobody wants to lose the bridge, but nobody wants it to fall down either,\u201d "
    "said the mayor, Priya Natarajan. \u201cWe will listen to the traders before we decide "
    "how the footbridge is lit and signposted.\u201d",
]


def write_pdf(
    path: Path,
    paragraphs: list[str],
    *,
    title: str | None = None,
    header: str | None = "The Eastmouth Gazette \u2013 Local news",
    page_numbers: bool = True,
    lines_per_page: int = 22,
    password: str | None = None,
    author: str | None = None,
    footer_url: str | None = None,
) -> Path:
    """A PDF with the paragraphs wrapped at the column width (hard line breaks, as printed),
    hyphenating nothing, a running header and a page number on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=password)
    if author:
        c.setAuthor(author)
    if title:
        c.setTitle(title)
    page = 1
    y = height - 110

    def furniture() -> None:
        c.setFont("Helvetica", 8)
        if header:
            c.drawString(72, height - 50, header)
        if page_numbers:
            c.drawCentredString(width / 2, 40, str(page))
        if footer_url:  # as a browser prints a page: its address and "page/pages"
            c.drawString(36, 20, f"{footer_url}   {page}/3")

    def new_line(step: float) -> None:
        nonlocal y, page
        y -= step
        if y < 90:
            furniture()
            c.showPage()
            page += 1
            y = height - 110

    if title:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, y, title)
        new_line(30)
    for paragraph in paragraphs:
        for line in simpleSplit(paragraph, "Helvetica", 11, width - 144):
            c.setFont("Helvetica", 11)
            c.drawString(72, y, line)
            new_line(14)
        new_line(8)
    furniture()
    c.showPage()
    c.save()
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose only content is a picture of a page, as a scanner writes it."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(image)
    for row in range(40, 520, 18):
        draw.line((30, row, 370, row), fill=40, width=6)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(image), 72, 150, width=450, height=630)
    c.showPage()
    c.save()
    return path


def write_docx(
    path: Path,
    paragraphs: list[str],
    *,
    heading: str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> Path:
    import datetime

    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    props = document.core_properties
    props.title = title or ""
    props.author = author or ""
    props.created = datetime.datetime(2021, 6, 3, 9, 30)
    document.save(str(path))
    return path


def write_rtf(path: Path, paragraphs: list[str]) -> Path:
    """An RTF file (Windows-1252 code page, \\uN escapes for the rest), one \\par per paragraph."""

    def escape(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        return "".join(out)

    body = "\n".join(f"{escape(p)}\\par" for p in paragraphs)
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n\\f0\\fs24\n"
        f"{body}\n}}\n",
        encoding="ascii",
    )
    return path


def write_odt(path: Path, paragraphs: list[str], *, title: str | None = None) -> Path:
    from xml.sax.saxutils import escape

    text = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{text}</office:text></office:body>"
        "</office:document-content>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2">'
        f"<office:meta><dc:title>{escape(title or '')}</dc:title>"
        "<meta:creation-date>2021-06-03T09:30:00</meta:creation-date></office:meta>"
        "</office:document-meta>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("meta.xml", meta)
    path.write_bytes(buffer.getvalue())
    return path


# --- made-up database exports -----------------------------------------------------------------

STORIES = [
    {
        "headline": STORY_TITLE,
        "publication": "The Eastmouth Gazette",
        "date": ("June 3, 2021 Thursday", "3 June 2021", "Jun 3, 2021", "2021-06-03"),
        "byline": ("Jane Whitfield", "Whitfield, Jane"),
        "body": STORY_PARAGRAPHS[:3],
    },
    {
        "headline": "Library to open on Sundays after petition",
        "publication": "Northvale Evening Post",
        "date": ("June 5, 2021 Saturday", "5 June 2021", "Jun 5, 2021", "2021-06-05"),
        "byline": ("Omar Haddad", "Haddad, Omar"),
        "body": [
            "Northvale's central library will open on Sundays from July after more than 4,000 "
            "residents signed a petition asking for longer hours.",
            "\u201cStudents told us they had nowhere quiet to work at weekends,\u201d said Helen "
            "Osei, the chief librarian. \u201cThis is the most direct answer we could give.\u201d",
            "The extra hours will be paid for by closing the mobile library service on Mondays.",
        ],
    },
    {
        "headline": "Ferry operator warns of summer cancellations",
        "publication": "Coastal Business Weekly",
        "date": ("June 7, 2021 Monday", "7 June 2021", "Jun 7, 2021", "2021-06-07"),
        "byline": ("Lucy Brennan", "Brennan, Lucy"),
        "body": [
            "The island ferry operator Bluewater Lines said on Monday that it could cancel up to "
            "one sailing in ten this summer because of a shortage of qualified crew.",
            "\u201cWe are recruiting as fast as the training colleges allow,\u201d said chief "
            "executive Daniel Kerr. \u201cBut we will not sail short-handed.\u201d",
        ],
    },
]
# Words that appear only in the exports' boilerplate, never in a story.
BOILERPLATE_MARKERS = [
    "End of Document", "Load-Date", "Length:", "Byline", "Job Number", "Search Terms",
    "Copyright", "Classification", "Document ", "words", "Full text", "ProQuest",
    "Publication-Type", "Section:", "Example University",
]


def nexis_paragraphs(stories: list[dict] = STORIES) -> list[str]:
    out = [
        "User Name: =Example University=",
        "Date and Time: Thursday, June 10, 2021 10:15:00 AM EDT",
        "Job Number: 123456789",
        f"Documents ({len(stories)})",
        *[f"{i}. {s['headline']}" for i, s in enumerate(stories, 1)],
        "Client/Matter: -None-",
        "Search Terms: harbour OR library OR ferry",
        "Search Type: Natural Language",
        "Narrowed by:",
        "Content Type Narrowed by",
        "News Timeline: Jun 01, 2021 to Jun 10, 2021",
    ]
    for s in stories:
        out += [
            s["headline"], s["publication"], s["date"][0], "First Edition",
            f"Copyright 2021 {s['publication']} Ltd All Rights Reserved",
            "Section: NEWS; Pg. 4", f"Length: {sum(len(p.split()) for p in s['body'])} words",
            f"Byline: {s['byline'][0]}", "Body", *s["body"], "Classification",
            "Language: ENGLISH", "Publication-Type: Newspaper", "Subject: LOCAL NEWS (90%)",
            f"Load-Date: {s['date'][0].rsplit(' ', 1)[0]}", "End of Document",
        ]
    return out


def factiva_paragraphs(stories: list[dict] = STORIES) -> list[str]:
    out = []
    for n, s in enumerate(stories):
        out += [
            s["headline"], f"By {s['byline'][0]}",
            f"{sum(len(p.split()) for p in s['body'])} words", s["date"][1], "14:05",
            s["publication"], "EXGZT", "English",
            f"(c) 2021 {s['publication']} Ltd. All rights reserved.", *s["body"],
            f"Document EXGZT00020210603eh63000{n:02d}",
        ]
    out += ["Search Summary", "Text harbour", "Date 01/06/2021 to 10/06/2021"]
    return out


def proquest_paragraphs(stories: list[dict] = STORIES) -> list[str]:
    rule = "_" * 60
    out = [rule, "Report Information from ProQuest", "June 10 2021 10:15", rule, "",
           "Table of contents", *[f"{i}. {s['headline']}" for i, s in enumerate(stories, 1)], rule]
    for i, s in enumerate(stories, 1):
        out += [
            f"Document {i} of {len(stories)}", "", s["headline"], f"Author: {s['byline'][1]}",
            f"Publication info: {s['publication']}; Eastmouth [Eastmouth]. {s['date'][2]}: 4.",
            "ProQuest document link", "Abstract: None available.",
            f"Full text: {s['body'][0]}", *s["body"][1:],
            "Subject: Local news", f"Title: {s['headline']}", f"Author: {s['byline'][1]}",
            f"Publication title: {s['publication']}; Eastmouth", "First page: 4",
            f"Publication date: {s['date'][2]}", "Language of publication: English",
            f"ProQuest document ID: 25{i:08d}",
            f"Document URL: https://www.proquest.com/docview/25{i:08d}?accountid=00000",
            f"Copyright: Copyright {s['publication']} Ltd. {s['date'][2]}",
            "Database: Example Newsstream", rule,
        ]
    out += ["Contact ProQuest", "Copyright © 2021 ProQuest LLC. All rights reserved."]
    return out


def write_text(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def write_two_column_pdf(path: Path, paragraphs: list[str]) -> Path:
    """One page set in two columns, the left one filled first, as a newspaper page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    column_width = (width - 144 - 20) / 2
    c = canvas.Canvas(str(path), pagesize=A4)
    x, y = 72.0, height - 80
    for paragraph in paragraphs:
        for line in simpleSplit(paragraph, "Helvetica", 10, column_width):
            c.setFont("Helvetica", 10)
            c.drawString(x, y, line)
            y -= 12
            if y < 100:
                if x > 72:
                    c.showPage()
                    x = 72.0
                else:
                    x += column_width + 20
                y = height - 80
        y -= 6
    c.showPage()
    c.save()
    return path


def write_lines_pdf(path: Path, lines: list[str | None]) -> Path:
    """A one-page PDF with exactly these lines (None: a paragraph gap), as a typesetter that
    hyphenates would set them."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    y = 720.0
    for line in lines:
        if line is None:
            y -= 10
            continue
        c.setFont("Helvetica", 11)
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return path
