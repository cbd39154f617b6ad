#!/bin/sh
# Makes the WOFF2 fonts in fonts/: subsets of Noto Sans Arabic and Noto Sans Ethiopic
# (Debian 12's fonts-noto-core 20201225, SIL Open Font License 1.1, see fonts/OFL.txt) holding only
# the scripts the UI's languages write. Made once and committed; run again only to change them:
#
#     pip install fonttools brotli      # fonttools 4.69.1 made the committed files
#     sh src-ui/subset-fonts.sh
#
# The character ranges below must stay those of the @font-face rules in src-ui/style.css (the
# dotted circle U+25CC is kept for the shaper to show a lone mark on, and is left out there);
# run it again when a language's own name changes.
# Hinting is dropped (a quarter of the size; phones and high-density screens ignore it) and only
# the layout features browsers apply by default are kept (Arabic joining, ligatures, marks,
# kerning). The licence's name strings (IDs 13 and 14) stay in each font.
set -eu

noto=${NOTO:-/usr/share/fonts/truetype/noto}
fonts=$(dirname "$0")/fonts

# Arabic, Persian, Dari and Sorani: the Arabic block (letters, Arabic-Indic and Persian digits,
# punctuation, the decimal and thousands separators) and the joiners and direction marks.
arabic="U+0600-06FF,U+200C-200F,U+25CC"
# Tigrinya: the Ethiopic block (syllables, punctuation, numerals).
ethiopic="U+1200-137F,U+25CC"

# The languages' own names, as the first start and the language picker show them (every name
# in LocaleCode::native_name): a few letters of each script, so that a page in another script
# does not download the whole font for them.
names=$(sed -n '/fn native_name/,/^    }/p' "$(dirname "$0")/../src-model/src/locale.rs" |
    grep -o '"[^"]*"' | tr -d '"\n')

subset() {
    pyftsubset "$noto/$1-$2.ttf" "$3" --flavor=woff2 --no-hinting \
        --name-IDs=0,1,2,3,4,5,6,13,14 --output-file="$fonts/$4-$2.woff2"
}

for weight in Regular Bold; do
    subset NotoSansArabic "$weight" --unicodes="$arabic" NotoSansArabic
    subset NotoSansEthiopic "$weight" --unicodes="$ethiopic" NotoSansEthiopic
    subset NotoSansArabic "$weight" --text="$names" NotoSansArabicNames
    subset NotoSansEthiopic "$weight" --text="$names" NotoSansEthiopicNames
done
