#!/usr/bin/env python3
"""Makes the WOFF2 fonts in fonts/ and the @font-face rules of style.css that name them.

They are subsets of Noto Sans Arabic and Noto Sans Ethiopic (Debian 12's fonts-noto-core
20201225, SIL Open Font License 1.1, see fonts/OFL.txt). Made once and committed; run again only
to change them, or when a language's strings or own name gain a letter (tests/tests/locales.rs
says so when they do):

    pip install fonttools brotli      # fonttools 4.69.1 made the committed files
    python3 src-ui/subset-fonts.py

Each script's block is cut in two faces of one family, told apart by unicode-range, so that a
page downloads only the one whose characters it shows:
- the UI's face: every letter the UI's strings in that script use (locales/ and the lists the
  device starts with, src-core/seed/reference-data.json), with the digits and
  punctuation numbers and dates are written with; for the Arabic script also every letter of
  Arabic's, Persian's, Dari's and Sorani's alphabets and their vowel marks, because letters
  join only within one face and a resident's name of a place or a guide's note uses them all;
- the rest of the block (Ethiopic syllables the strings do not use; Arabic-script letters of
  other languages), which a page downloads only when it shows one of them.
Ethiopic syllables do not join, so their cut costs nothing; a word of another language's
Arabic letters loses its joins where it mixes the two faces.

Hinting is dropped (a quarter of the size; phones and high-density screens ignore it) and only
the layout features browsers apply by default are kept (Arabic joining, ligatures, marks,
kerning); Ethiopic keeps its marks but not its kerning, which is half of its subset's size
for a spacing the eye hardly sees between syllables. The licence's name strings (IDs 13 and
14) stay in each font.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOTO = os.environ.get("NOTO", "/usr/share/fonts/truetype/noto")
FONTS = os.path.join(HERE, "fonts")
STYLE = os.path.join(HERE, "style.css")
BEGIN = "/* The @font-face rules below are written by subset-fonts.py. */"
END = "/* The rules subset-fonts.py writes end here. */"
# Zero-width joiners and direction marks, which Arabic-script text carries.
JOINERS = [(0x200C, 0x200F)]
WEIGHTS = [("Regular", 400), ("Bold", 700)]

ARABIC_BLOCK = (0x0600, 0x06FF)
ARABIC_ALPHABETS = (
    [(0x060C, 0x060C), (0x061B, 0x061B), (0x061F, 0x061F), (0x0621, 0x063A), (0x0640, 0x0655)]
    # Arabic-Indic digits, percent and separators; the superscript alef.
    + [(0x0660, 0x066D), (0x0670, 0x0670)]
    # Persian and Dari: پ چ ژ ک گ ی and the Persian digits.
    + [(c, c) for c in (0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC)] + [(0x06F0, 0x06F9)]
    # Sorani: ڕ ڤ ڵ ھ ۆ ۇ ۈ ێ ە.
    + [(c, c) for c in (0x0695, 0x06A4, 0x06B5, 0x06BE, 0x06C6, 0x06C7, 0x06C8, 0x06CE, 0x06D5)]
)
ETHIOPIC_BLOCK = (0x1200, 0x137F)
# Ethiopic punctuation and numerals.
ETHIOPIC_EXTRAS = [(0x1360, 0x137C)]

SCRIPTS = [
    # (face, family, block, the UI's languages in the script, what the UI's face always has,
    # pyftsubset's options for the script)
    ("NotoSansArabic", "Brobygge Arabic", ARABIC_BLOCK, ["ar", "fa", "fa-AF", "ckb"],
     ARABIC_ALPHABETS, []),
    ("NotoSansEthiopic", "Brobygge Ethiopic", ETHIOPIC_BLOCK, ["ti"], ETHIOPIC_EXTRAS,
     ["--layout-features=ccmp,locl,mark,mkmk"]),
]


def expand(ranges):
    return {c for first, last in ranges for c in range(first, last + 1)}


def in_block(text, block):
    return {ord(c) for c in text if block[0] <= ord(c) <= block[1]}


def strings_of(locales):
    """The locales' strings, and the labels of the lists a device starts with (those of other
    languages' scripts fall outside the block asked for)."""
    with open(os.path.join(ROOT, "src-core", "seed", "reference-data.json"), encoding="utf-8") as f:
        text = f.read()
    for locale in locales:
        folder = os.path.join(ROOT, "locales", locale)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text += f.read()
    return text


def native_names():
    """Every language's own name, as LocaleCode::native_name gives it."""
    with open(os.path.join(ROOT, "src-model", "src", "locale.rs"), encoding="utf-8") as f:
        source = f.read()
    body = source[source.index("fn native_name"):]
    body = body[: body.index("\n    }\n")]
    return "".join(re.findall(r'"([^"]*)"', body))


def ranges_of(points):
    """The code points as unicode-range parts, runs joined: ["U+0621-063A", "U+0640", ...]."""
    out, points = [], sorted(points)
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = points[i], points[j]
        out.append(f"U+{first:04X}" if first == last else f"U+{first:04X}-{last:04X}")
        i = j + 1
    return out


def subset(source, points, output, options):
    # The dotted circle is kept for the shaper to show a lone mark on; no rule names it.
    unicodes = ",".join(ranges_of(points | {0x25CC}))
    subprocess.run(
        ["pyftsubset", os.path.join(NOTO, source), f"--unicodes={unicodes}", "--flavor=woff2",
         "--no-hinting", "--name-IDs=0,1,2,3,4,5,6,13,14", f"--output-file={output}"] + options,
        check=True,
    )


def rule(family, weight, src, points):
    parts = ranges_of(points)
    lines = ["@font-face {", f'  font-family: "{family}"; font-weight: {weight}; font-display: swap;',
             f"  src: {src};", "  unicode-range:"]
    # Six parts a line, so that a long list stays readable.
    for k in range(0, len(parts), 6):
        last = k + 6 >= len(parts)
        lines.append("    " + ", ".join(parts[k:k + 6]) + (";" if last else ","))
    lines.append("}")
    return "\n".join(lines)


def main():
    names = native_names()
    rules = []
    for face, family, block, locales, always, options in SCRIPTS:
        joiners = expand(JOINERS) if face == "NotoSansArabic" else set()
        ui = (in_block(strings_of(locales), block) | expand(always)) & expand([block])
        rest = expand([block]) - ui
        name_points = in_block(names, block)
        for weight, css_weight in WEIGHTS:
            source = f"{face}-{weight}.ttf"
            out = os.path.join(FONTS, face)
            subset(source, ui | joiners, f"{out}-{weight}.woff2", options)
            subset(source, rest, f"{out}Rest-{weight}.woff2", options)
            subset(source, name_points | joiners, f"{out}Names-{weight}.woff2", options)
            full_name = "Noto Sans " + face[len("NotoSans"):] + " " + weight
            local = f'local("{full_name}"), local("{face}-{weight}")'
            rules.append(rule(family, css_weight,
                              f'{local},\n    url("/fonts/{face}-{weight}.woff2") format("woff2")',
                              ui | joiners))
            rules.append(rule(family, css_weight,
                              f'{local},\n    url("/fonts/{face}Rest-{weight}.woff2") format("woff2")',
                              rest))
            rules.append(rule("Brobygge Names", css_weight,
                              f'url("/fonts/{face}Names-{weight}.woff2") format("woff2")',
                              in_block(names, block) | joiners))
    with open(STYLE, encoding="utf-8") as f:
        style = f.read()
    if BEGIN not in style or END not in style:
        sys.exit(f"style.css lacks the lines {BEGIN!r} and {END!r}")
    head, tail = style.split(BEGIN)[0], style.split(END)[1]
    with open(STYLE, "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + "\n".join(rules) + "\n" + END + tail)


if __name__ == "__main__":
    main()
