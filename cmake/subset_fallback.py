# Build step (cmake/assets.cmake): subsets a fallback font (Noto) to the
# characters the UI font subset (Inter) lacks.
#   subset_fallback.py HAVE.otf OUT CMAP.txt -- FONT [pyftsubset options...]
# The pyftsubset options (--text-file=, --unicodes=, --font-number=...) pick
# the characters, exactly as for Inter (the same --text-file list). Then the
# characters HAVE already has are dropped, and OUT keeps the rest: a glyph
# Inter has stays Inter's. CMAP.txt, for src/ui/fonts_embedded.cpp, starts
# with "size R": ImGui sizes a font by its line height (hhea ascent - descent),
# and OUT's em is as big as HAVE's at R/10000 times HAVE's pixel size (an
# integer: no locale's decimal point to parse); then it lists
# what OUT covers, one "first last" pair of hex codepoints a line.
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# As Inter's: no layout, hinting or names (ImGui's stb_truetype reads none).
KEEP = ["--layout-features=", "--no-hinting", "--desubroutinize", "--name-IDs=", "--notdef-outline",
        "--drop-tables+=GSUB,GPOS,GDEF"]


def main(argv):
    have_path, out, cmap_out, sep, font, *opts = argv
    assert sep == "--", "usage: subset_fallback.py HAVE OUT CMAP -- FONT [pyftsubset options]"
    wanted = out + ".all"
    subset.main([font, "--output-file=" + wanted, *opts, *KEEP])
    have = set(TTFont(have_path).getBestCmap())
    control = lambda c: c < 0x20 or 0x7F <= c < 0xA0  # line breaks in the text files: never drawn
    cps = sorted(c for c in TTFont(wanted).getBestCmap() if c not in have and not control(c))
    assert cps, font + ": has none of the characters " + have_path + " lacks"
    subset.main([wanted, "--output-file=" + out, "--unicodes=" + ",".join("%04X" % c for c in cps), *KEEP])
    os.remove(wanted)
    def line_height(path):  # in ems
        f = TTFont(path)
        return (f["hhea"].ascent - f["hhea"].descent) / f["head"].unitsPerEm

    lines = []
    for c in cps:
        if lines and lines[-1][1] == c - 1:
            lines[-1][1] = c
        else:
            lines.append([c, c])
    with open(cmap_out, "w") as f:
        f.write("size %d\n" % round(10000 * line_height(out) / line_height(have_path)))
        f.writelines("%04X %04X\n" % (a, b) for a, b in lines)


if __name__ == "__main__":
    main(sys.argv[1:])
