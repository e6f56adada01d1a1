#!/usr/bin/env python3
"""Makes NotoSansSC-kg-subset.ttf, the CJK font the tests draw PDFs with.

PDFBox embeds TrueType outlines only, and Debian's Noto CJK is CFF in a .ttc collection, so this takes the
Simplified Chinese face, keeps the characters of the bundled newsletter (plus ASCII and CJK punctuation) and
converts the outlines to TrueType quadratics. Needs python3-fonttools and fonts-noto-cjk (Debian).

    /usr/bin/python3 src/test/resources/fonts/make-subset.py
"""
import pathlib
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.ttCollection import TTCollection

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = "NotoSansCJKsc-Regular"
PUNCTUATION = "，。、；：？！“”‘’（）《》「」【】—…·～％＋－　年月日第期总页一二三四五六七八九十百零〇"


def characters():
    chars = set((ROOT / "data/newsletters/gongzuo-dongtai-2025-1.txt").read_text(encoding="utf-8"))
    chars |= {chr(c) for c in range(0x20, 0x7F)} | set(PUNCTUATION)
    return "".join(sorted(chars - {"\n", "\r", "\ufeff"}))


def subset_face():
    index = next(i for i, f in enumerate(TTCollection(SOURCE).fonts) if f["name"].getDebugName(6) == FACE)
    font = TTFont(SOURCE, fontNumber=index)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters())
    subsetter.subset(font)
    return font


def to_truetype(font):
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quadratic[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quadratic
    for table in ("CFF ", "VORG", "GPOS", "GSUB", "GDEF", "BASE"):
        if table in font:
            del font[table]
    glyf.compile(font)
    for name in order:
        advance, _ = font["hmtx"][name]
        font["hmtx"][name] = (advance, getattr(glyf[name], "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


if __name__ == "__main__":
    to_truetype(subset_face()).save(HERE / "NotoSansSC-kg-subset.ttf")
