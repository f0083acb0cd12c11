#!/bin/sh
# make bundle: the one-folder bundle dist/fieldkit/, its reproducible tarball, the fieldkit wheel,
# a CycloneDX SBOM of the bundle and SHA256SUMS of every artefact, all in dist/.
#
# Reproducible: SOURCE_DATE_EPOCH is the last commit's time (unless set), PYTHONHASHSEED is
# fixed, every file in the bundle gets that time, and the tarball is written with sorted names,
# owner and group 0 and no gzip name or time, so the same tree gives the same bytes.
set -eu
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH PYTHONHASHSEED
VERSION=$("$BIN/python" -c 'import fieldkit; print(fieldkit.__version__)')
PLATFORM=$("$BIN/python" -c 'import sys, platform; print(f"{sys.platform}-{platform.machine().lower()}")')
NAME=fieldkit-$VERSION-$PLATFORM

rm -rf dist/fieldkit build/pyinstaller
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/fieldkit.spec
find dist/fieldkit -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

rm -f "dist/$NAME.tar.gz"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C dist -cf - fieldkit | gzip -9n > "dist/$NAME.tar.gz"

rm -f dist/fieldkit-*.whl
"$BIN/python" -m pip wheel --quiet --no-deps --no-build-isolation --no-index -w dist .

"$BIN/cyclonedx-py" environment --pyproject pyproject.toml --output-reproducible --of JSON \
    -o build/environment.cdx.json "$BIN/python"
"$BIN/python" packaging/sbom.py build/environment.cdx.json dist/fieldkit "dist/$NAME.cdx.json"

(cd dist && sha256sum "$NAME.tar.gz" "$NAME.cdx.json" fieldkit-"$VERSION"-py3-none-any.whl > SHA256SUMS)
echo "bundle: dist/fieldkit ($(du -sh dist/fieldkit | cut -f1)), dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1))"
cat dist/SHA256SUMS
