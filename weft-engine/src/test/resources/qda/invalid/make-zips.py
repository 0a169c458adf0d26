#!/usr/bin/env python3
"""Writes the .qdpx fixtures of this folder (run it here to make them again; the output is the same every time).

Every project in them is written by hand for Weft's tests: one code, one text source, a sentence of our own.
"""
import zipfile

PROJECT = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="fixture" origin="Weft test fixture">
<Users><User guid="10000000-0000-0000-0000-000000000001" name="Coder A"/></Users>
<CodeBook><Codes>
<Code guid="20000000-0000-0000-0000-000000000001" name="Routines" isCodable="true"/>
</Codes></CodeBook>
<Sources>
<TextSource guid="40000000-0000-0000-0000-000000000001" name="Interview 1.txt" plainTextPath="internal://AAAA0000-0000-0000-0000-000000000001.txt">
<PlainTextSelection guid="50000000-0000-0000-0000-000000000001" name="s1" startPosition="{start}" endPosition="{end}">
<Coding guid="60000000-0000-0000-0000-000000000001" creatingUser="10000000-0000-0000-0000-000000000001"><CodeRef targetGUID="{code}"/></Coding>
</PlainTextSelection>
</TextSource>
</Sources>
</Project>
"""
TEXT = "Work and sleep, so each day is planned around the shifts.\n"
SOURCE = "Sources/AAAA0000-0000-0000-0000-000000000001.txt"
CODE = "20000000-0000-0000-0000-000000000001"


def write(name, entries):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for entry, data in entries:
            info = zipfile.ZipInfo(entry, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def project(start=0, end=14, code=CODE):
    return PROJECT.format(start=start, end=end, code=code).encode("utf-8")


write("zip-slip-parent.qdpx", [("project.qde", project()), ("../evil.txt", b"x")])
write("zip-slip-absolute.qdpx", [("project.qde", project()), ("/abs/evil.txt", b"x")])
write("zip-slip-drive.qdpx", [("project.qde", project()), ("C:\\x\\evil.txt", b"x")])
write("zip-bomb.qdpx", [("project.qde", bytes(65 * 1024 * 1024))])
write("external-entity.qdpx", [("project.qde", project().replace(
    b'<Project xmlns', b'<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<Project xmlns', 1)
    .replace(b'name="fixture"', b'name="&secret;"', 1)), (SOURCE, TEXT)])
write("missing-source.qdpx", [("project.qde", project()), ("Sources/AAAA0000-0000-0000-0000-000000000009.txt", TEXT)])
write("beyond-end.qdpx", [("project.qde", project(start=40, end=400)), (SOURCE, TEXT)])
write("coding-to-no-code.qdpx", [("project.qde", project(code="20000000-0000-0000-0000-0000000000FF")), (SOURCE, TEXT)])

# LibreOffice spreadsheets (.ods): the mimetype first and stored, as OpenDocument asks, then the sheet.
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
{doctype}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
<office:body><office:spreadsheet><table:table table:name="Analysis">
<table:table-row><table:table-cell office:value-type="string"><text:p>Quote</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Category</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>{quote}</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Routines</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>
"""


def write_ods(name, content):
    with zipfile.ZipFile(name, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, ODS_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        info = zipfile.ZipInfo("content.xml", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


write_ods("sheet-zip-bomb.ods", bytes(65 * 1024 * 1024))
write_ods("sheet-no-sheet.ods", ODS_CONTENT.format(doctype="", quote="Work and sleep.").encode("utf-8"))
write_ods("sheet-external-entity.ods", ODS_CONTENT.format(
    doctype='<!DOCTYPE office:document-content [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n',
    quote="Work and sleep, &secret;").encode("utf-8"))
