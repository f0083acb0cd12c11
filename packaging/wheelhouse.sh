#!/bin/sh
# make wheelhouse: every wheel fieldkit needs, at the versions pinned in constraints.txt, for
# Windows (win_amd64), macOS (arm64, and x86_64 as far as it goes) and Linux (x86_64, glibc 2.34
# or newer) and for Python 3.11, 3.12 and 3.13, beside the fieldkit wheel, in wheelhouse/. A
# machine without the package index then installs with
#
#   pip install --no-index --find-links wheelhouse fieldkit
#
# Binary wheels only (--only-binary=:all:): nothing is compiled on the interviewer's machine.
# macOS x86_64 (Intel) is tried but cannot be complete: cryptography publishes no Intel macOS
# wheel since version 49 (constraints.txt pins 50.0.2). It is named, and does not fail the run.
set -u
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
OUT=${WHEELHOUSE:-wheelhouse}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export SOURCE_DATE_EPOCH
PIP="$BIN/python -m pip --disable-pip-version-check"
mkdir -p "$OUT"
rm -f "$OUT"/fieldkit-*.whl
$PIP wheel --quiet --no-deps --no-build-isolation --no-index -w "$OUT" . || exit 1
WHEEL=$(ls "$OUT"/fieldkit-*.whl)

# pip widens a macOS platform to older macOS versions itself, but not a manylinux one: the
# glibc levels the pinned wheels use are listed (all run on glibc 2.34).
linux="manylinux_2_34_x86_64 manylinux_2_28_x86_64 manylinux_2_27_x86_64 manylinux_2_24_x86_64"
linux="$linux manylinux_2_17_x86_64 manylinux2014_x86_64"
failed=""
incomplete=""
for platform in win_amd64 macosx_13_0_arm64 macosx_13_0_x86_64 manylinux_2_34_x86_64; do
    case $platform in
        manylinux*) tags=$(for tag in $linux; do printf ' --platform %s' "$tag"; done) ;;
        *) tags="--platform $platform" ;;
    esac
    for python in 3.11 3.12 3.13; do
        echo "wheelhouse: $platform, Python $python"
        if ! $PIP download --quiet --only-binary=:all: $tags --python-version "$python" \
                --implementation cp -c constraints.txt -d "$OUT" "$WHEEL"; then
            case $platform in
                macosx_*_x86_64) incomplete="$incomplete $platform/$python" ;;
                *) failed="$failed $platform/$python" ;;
            esac
        fi
    done
done
(cd "$OUT" && sha256sum ./*.whl > SHA256SUMS)
echo "wheelhouse: $(ls "$OUT"/*.whl | wc -l) wheels, $(du -sh "$OUT" | cut -f1) in $OUT/"
[ -z "$incomplete" ] || echo "wheelhouse: incomplete (no wheel of a pinned version) for:$incomplete"
if [ -n "$failed" ]; then
    echo "wheelhouse: incomplete for:$failed" >&2
    exit 1
fi
