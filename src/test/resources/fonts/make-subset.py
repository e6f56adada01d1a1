#!/usr/bin/env python3
"""Makes the fonts the tests draw PDFs with: NotoSansSC-kg-subset.ttf and DejaVuSans-kg-subset.ttf.

PDFBox embeds TrueType outlines only, and Debian's Noto CJK is CFF in a .ttc collection, so this takes the
Simplified Chinese face, keeps the characters of the bundled newsletter (plus ASCII and CJK punctuation) and
converts the outlines to TrueType quadratics. The few characters Noto CJK lacks (CO₂, m⁻²) or draws with the
glyph of a CJK one (·) come from DejaVu Sans, cut down to them. Needs python3-fonttools, fonts-noto-cjk and fonts-dejavu-core (Debian).

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
FALLBACK = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SUPERSCRIPTS_AND_SUBSCRIPTS = "".join(chr(c) for c in range(0x2070, 0x20A0))
FACE = "NotoSansCJKsc-Regular"
PUNCTUATION = "，。、；：？！“”‘’（）《》「」【】—…～％＋－　年月日第期总页一二三四五六七八九十百零〇"


def characters():
    chars = set((ROOT / "data/newsletters/gongzuo-dongtai-2025-1.txt").read_text(encoding="utf-8"))
    chars |= {chr(c) for c in range(0x20, 0x7F)} | set(PUNCTUATION)
    return "".join(sorted(chars - {"\n", "\r", "\ufeff"}))


def noto():
    index = next(i for i, f in enumerate(TTCollection(SOURCE).fonts) if f["name"].getDebugName(6) == FACE)
    return TTFont(SOURCE, fontNumber=index)


def split_characters():
    """The characters Noto draws, and those left to DejaVu: the ones Noto lacks, and the Latin ones whose glyph
    Noto shares with a CJK character (· and ・), which would come back out of a PDF as the CJK one."""
    cmap = noto().getBestCmap()
    by_glyph = {}
    for c in characters():
        if ord(c) in cmap:
            by_glyph.setdefault(cmap[ord(c)], []).append(c)
    shared = {c for chars in by_glyph.values() if len(chars) > 1 for c in chars if ord(c) < 0x2E80}
    drawn = "".join(c for c in characters() if ord(c) in cmap and c not in shared)
    left = "".join(c for c in characters() if ord(c) not in cmap or c in shared)
    return drawn, left


def subset_face():
    return cut(noto(), split_characters()[0])


def fallback_face():
    return cut(TTFont(FALLBACK), split_characters()[1] + SUPERSCRIPTS_AND_SUBSCRIPTS)


def cut(font, text):
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
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
    fallback_face().save(HERE / "DejaVuSans-kg-subset.ttf")
