#!/bin/sh
# Rebuilds src/main/resources/language/cldr-ngrams.tsv.gz, the character n-gram counts of
# CldrNgramModel, from the text of Unicode CLDR as Debian packages it (unicode-cldr-core; Unicode
# licence). Needs apt-get (download only, nothing is installed) and a built project
# (mvn -q -DskipTests package). The result is committed: running silkroute never needs the package.
set -eu
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
LANGUAGES=en,ru,uk,kk,ky,tg,mn,uz,uz-Cyrl,tk,tt,ug,tr,az,fa,ar,ur,ps,de,fr,es,it,pt,nl,pl
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && apt-get download unicode-cldr-core >/dev/null && dpkg-deb -x unicode-cldr-core_*.deb cldr)
mkdir -p "$HOME_DIR/src/main/resources/language"
java -cp "$HOME_DIR/target/silkroute.jar" dev.silkroute.language.CldrNgramImport \
  "$WORK/cldr/usr/share/unicode/cldr/common" "$LANGUAGES" "$HOME_DIR/src/main/resources/language/cldr-ngrams.tsv.gz"
