#!/bin/sh
# make wheelhouse: every wheel fieldkit needs, at the versions pinned in constraints.txt, for
# Windows (win_amd64), macOS (x86_64 and arm64, macOS 13 or newer) and Linux (x86_64, glibc 2.34
# or newer) and for Python 3.11, 3.12 and 3.13, beside the fieldkit wheel, in wheelhouse/. A
# machine without the package index then installs with
#
#   pip install --no-index --find-links wheelhouse fieldkit
#
# Binary wheels only (--only-binary=:all:), with one exception: sqlcipher3 publishes wheels for
# Windows and macOS arm64 only. For other platforms the wheelhouse holds its source and the
# setuptools that builds it (a C compiler is then needed on the target), and a wheel built here
# for this machine's Python and platform. The platforms left without a sqlcipher3 wheel are
# named at the end.
#
# macOS x86_64 (Intel) is tried but cannot be complete: cryptography publishes no Intel macOS
# wheels since version 49 (constraints.txt pins 50.0.2). It is named, and does not fail the run.
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
SQLCIPHER=$(grep -i '^sqlcipher3==' constraints.txt)
pin() { grep -i "^$1==" constraints.txt; }

# fieldkit's own requirements as the wheel states them (no extras), sqlcipher3 apart.
REQS=$(mktemp)
trap 'rm -f "$REQS"' EXIT
"$BIN/python" - "$WHEEL" > "$REQS" <<'PY'
import sys, zipfile
from email.parser import Parser
from packaging.requirements import Requirement
with zipfile.ZipFile(sys.argv[1]) as whl:
    meta = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
    for text in Parser().parsestr(whl.read(meta).decode()).get_all("Requires-Dist") or []:
        req = Requirement(text)
        if req.marker is None and req.name.lower() != "sqlcipher3":
            print(text)
PY

failed=""
incomplete=""
nowheel=""
# pip widens a macOS platform to older macOS versions itself, but not a manylinux one: the
# glibc levels the pinned wheels use are listed (all run on glibc 2.34).
linux="manylinux_2_34_x86_64 manylinux_2_28_x86_64 manylinux_2_27_x86_64 manylinux_2_24_x86_64"
linux="$linux manylinux_2_17_x86_64 manylinux2014_x86_64"
for platform in win_amd64 macosx_13_0_x86_64 macosx_13_0_arm64 manylinux_2_34_x86_64; do
    case $platform in
        manylinux*) tags=$(for tag in $linux; do printf ' --platform %s' "$tag"; done) ;;
        *) tags="--platform $platform" ;;
    esac
    for python in 3.11 3.12 3.13; do
        echo "wheelhouse: $platform, Python $python"
        target="--only-binary=:all: $tags --python-version $python --implementation cp"
        if ! $PIP download --quiet $target -c constraints.txt -r "$REQS" -d "$OUT"; then
            case $platform in
                macosx_*_x86_64) incomplete="$incomplete $platform/$python" ;;
                *) failed="$failed $platform/$python" ;;
            esac
        fi
        $PIP download --quiet --no-deps $target -d "$OUT" "$SQLCIPHER" 2>/dev/null \
            || nowheel="$nowheel $platform/$python"
    done
done
# Where sqlcipher3 has no wheel: its source, what builds it, and a wheel for this machine.
$PIP download --quiet --no-deps --no-binary=:all: -d "$OUT" "$SQLCIPHER" || failed="$failed sqlcipher3-source"
$PIP download --quiet --no-deps --only-binary=:all: -d "$OUT" "$(pin setuptools)" || failed="$failed setuptools"
$PIP wheel --quiet --no-deps --no-binary=sqlcipher3 -w "$OUT" "$SQLCIPHER" || failed="$failed sqlcipher3-build"

(cd "$OUT" && sha256sum ./*.whl ./*.tar.gz > SHA256SUMS)
echo "wheelhouse: $(ls "$OUT"/*.whl | wc -l) wheels and $(ls "$OUT"/*.tar.gz | wc -l) source archive(s), $(du -sh "$OUT" | cut -f1) in $OUT/"
[ -z "$incomplete" ] || echo "wheelhouse: incomplete (no wheel of a pinned version) for:$incomplete"
[ -z "$nowheel" ] || echo "wheelhouse: sqlcipher3 is built from source (a C compiler needed) on:$nowheel"
if [ -n "$failed" ]; then
    echo "wheelhouse: incomplete for:$failed" >&2
    exit 1
fi
