#!/bin/sh
# Rebuilds src/main/resources/gazetteer/subdivisions.tsv from Unicode CLDR's subdivision names, as
# Debian packages them (unicode-cldr-core; Unicode licence). Needs apt-get (download only, nothing is
# installed) and a built project (mvn -q -DskipTests package). The result is committed: running
# silkroute never needs the package.
set -eu
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && apt-get download unicode-cldr-core >/dev/null && dpkg-deb -x unicode-cldr-core_*.deb cldr)
java -cp "$HOME_DIR/target/silkroute.jar" dev.silkroute.normalize.SubdivisionsImport \
  "$WORK/cldr/usr/share/unicode/cldr/common" "$HOME_DIR/src/main/resources/gazetteer/subdivisions.tsv"
