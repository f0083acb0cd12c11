#!/bin/sh
# make wheelhouse: every wheel fieldkit needs, at the versions pinned in constraints.txt, for
# Windows (win_amd64), macOS (x86_64 and arm64, macOS 13 or newer) and Linux (x86_64, glibc 2.34
# or newer) and for Python 3.11, 3.12 and 3.13, beside the fieldkit wheel, in wheelhouse/. A
# machine without the package index then installs with
#
#   pip install --no-index --find-links wheelhouse fieldkit
#
# Binary wheels only (--only-binary=:all:): nothing is compiled on the interviewer's machine.
# A platform and Python for which some pinned version has no wheel is named at the end.
set -u
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
OUT=${WHEELHOUSE:-wheelhouse}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export SOURCE_DATE_EPOCH
mkdir -p "$OUT"
rm -f "$OUT"/fieldkit-*.whl
"$BIN/python" -m pip wheel --quiet --no-deps --no-build-isolation --no-index -w "$OUT" . || exit 1
WHEEL=$(ls "$OUT"/fieldkit-*.whl)

failed=""
for platform in win_amd64 macosx_13_0_x86_64 macosx_13_0_arm64 manylinux_2_34_x86_64; do
    for python in 3.11 3.12 3.13; do
        echo "wheelhouse: $platform, Python $python"
        if ! "$BIN/python" -m pip download --quiet --disable-pip-version-check \
                --only-binary=:all: --platform "$platform" --python-version "$python" \
                --implementation cp -c constraints.txt -d "$OUT" "$WHEEL"; then
            failed="$failed $platform/$python"
        fi
    done
done
(cd "$OUT" && sha256sum ./*.whl > SHA256SUMS)
echo "wheelhouse: $(ls "$OUT"/*.whl | wc -l) wheels, $(du -sh "$OUT" | cut -f1) in $OUT/"
if [ -n "$failed" ]; then
    echo "wheelhouse: no complete set of wheels for:$failed" >&2
    exit 1
fi
