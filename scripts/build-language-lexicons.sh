#!/bin/sh
# Rebuilds src/main/resources/language/lexicons.bin, the word lexicons of WordLexicons, from the word
# lists inside Tesseract's OCR models (tessdata_fast as Debian packages it; Apache License 2.0).
# Needs apt-get (download only, nothing is installed), the shared libraries Debian's tesseract-ocr
# links against besides its own (libarchive, libcurl, libgif, libjpeg, libpng, libtiff, libwebp; on a
# machine without them, apt-get install tesseract-ocr), and a built project (mvn -q -DskipTests
# package). The result is committed: running silkroute never needs Tesseract.
set -eu
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
# project language = Tesseract model(s); Turkmen has no model
MODELS="ar=ara az=aze de=deu en=eng es=spa fa=fas fr=fra it=ita kk=kaz ky=kir mn=mon nl=nld pl=pol pt=por
ps=pus ru=rus tg=tgk tr=tur tt=tat ug=uig uk=ukr ur=urd uz=uzb,uzb_cyrl"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PACKAGES="tesseract-ocr libtesseract5 liblept5 libwebpmux3 libopenjp2-7"
for m in $MODELS; do
  for t in $(echo "${m#*=}" | tr , ' '); do PACKAGES="$PACKAGES tesseract-ocr-$(echo "$t" | tr _ -)"; done
done
(cd "$WORK" && apt-get download $PACKAGES >/dev/null 2>&1 && for f in *.deb; do dpkg-deb -x "$f" root; done)
BIN="$WORK/root/usr/bin"
TESSDATA=$(dirname "$(find "$WORK/root" -name eng.traineddata | head -1)")
export LD_LIBRARY_PATH="$WORK/root/usr/lib/x86_64-linux-gnu"
ARGS=""
for m in $MODELS; do
  FILES=""
  for t in $(echo "${m#*=}" | tr , ' '); do
    mkdir -p "$WORK/$t"
    (cd "$WORK/$t" && "$BIN/combine_tessdata" -u "$TESSDATA/$t.traineddata" "$t." >/dev/null 2>&1 \
      && "$BIN/dawg2wordlist" "$t.lstm-unicharset" "$t.lstm-word-dawg" words.txt >/dev/null 2>&1)
    FILES="${FILES:+$FILES,}$WORK/$t/words.txt"
  done
  ARGS="$ARGS ${m%%=*}=$FILES"
done
mkdir -p "$HOME_DIR/src/main/resources/language"
java -cp "$HOME_DIR/target/silkroute.jar" dev.silkroute.language.LexiconImport \
  "$HOME_DIR/src/main/resources/language/lexicons.bin" $ARGS
