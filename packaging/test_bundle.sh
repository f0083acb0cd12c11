#!/bin/sh
# The frozen bundle at work, as an interviewer's and a lead's machine would run it: no Python on
# PATH, no network, no environment of the build machine.
#
#   packaging/test_bundle.sh [FIELDKIT] [WORKDIR]
#
# FIELDKIT is the program to test (default: dist/fieldkit/fieldkit, made by `make bundle`; the
# wheel test passes an installed wheel's `fieldkit`). WORKDIR (default: a new temporary folder)
# keeps what the run wrote: stores, the session file, the export and study.pdf.
#
# It checks `fieldkit --version`, `fieldkit gui --smoke` (Qt offscreen), and a round trip through
# the command line: a lead's store and an interviewer's store, an XLSForm imported to YAML, a
# shipped protocol added by its forms/ name, two interviews imported (one with a phone number,
# a web address, a city and a country in a quote, for the redaction's data files), a session
# file exported, merged into the lead's master, exported (CSV, Stata, SPSS, GraphML) and reported
# as a PDF. Every step prints one line; the first failure ends the run with exit status 1.
set -eu

ROOT=${FIELDKIT_BUNDLE_TEST_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
FK=${1:-$ROOT/dist/fieldkit/fieldkit}
case $FK in /*) ;; *) FK=$(pwd)/$FK ;; esac
WORK=${2:-$(mktemp -d "${TMPDIR:-/tmp}/fieldkit-bundle-test.XXXXXX")}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

if [ "${FIELDKIT_BUNDLE_TEST_INSIDE:-}" != 1 ]; then
    [ -x "$FK" ] || { echo "test_bundle: $FK is not a program (run make bundle first)" >&2; exit 1; }
    # A PATH of the few tools this script uses and nothing else: no python3 anywhere on it.
    mkdir -p "$WORK/bin" "$WORK/home"
    for tool in sh cat grep sed awk mkdir ls rm head tail tr wc; do
        ln -sf "$(command -v "$tool")" "$WORK/bin/$tool"
    done
    # No network: a new network namespace with only a loopback that is down.
    NONET=""
    if unshare -rn true 2>/dev/null; then NONET="unshare -rn"
    else echo "test_bundle: unshare is not allowed here; the network stays reachable"; fi
    exec $NONET env -i PATH="$WORK/bin" HOME="$WORK/home" LANG=C.UTF-8 \
        FIELDKIT_BUNDLE_TEST_INSIDE=1 FIELDKIT_BUNDLE_TEST_ROOT="$ROOT" ${PYTHONPATH:+PYTHONPATH="$PYTHONPATH"} \
        sh "$0" "$FK" "$WORK"
fi

cd "$WORK"
rm -rf lead laptop out study.pdf ./*.json ./*.fksession study-a.yaml fieldkit.log
step() { echo "test_bundle: $*"; }
fail() { echo "test_bundle: FAILED: $*" >&2; exit 1; }
# fieldkit's warnings (below thresholds, overridden) go to fieldkit.log, shown on a failure.
fk() { "$FK" "$@" 2>>fieldkit.log || { tail -5 fieldkit.log >&2; fail "fieldkit $*"; }; }

if command -v python3 >/dev/null 2>&1 || command -v python >/dev/null 2>&1; then
    fail "a Python is on PATH"
fi
export FIELDKIT_PASSPHRASE="violet harbour gravel pumpkin lantern quarry" QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$WORK/home/config" XDG_DATA_HOME="$WORK/home/data"
export XDG_STATE_HOME="$WORK/home/state" XDG_CACHE_HOME="$WORK/home/cache"

version=$(fk --version)
case $version in "fieldkit "[0-9]*) step "$version" ;; *) fail "--version said '$version'" ;; esac

fk gui --smoke >/dev/null
step "gui --smoke: the first question showed"

fk protocol import forms/informal-relations.xlsx --out study-a.yaml >/dev/null
fk protocol validate study-a.yaml forms/field-cooperation.yaml >/dev/null
step "XLSForm imported to YAML; protocols valid"

fk store init --role lead --store lead >/dev/null
key=$(fk store info --store lead --json | tr -d '\n ' | sed 's/.*"lead_public_key":"\(age1[a-z0-9]*\)".*/\1/')
case $key in age1*) ;; *) fail "no lead key in store info" ;; esac
fk store init --store laptop --interviewer INT-03 --lead-key "$key" >/dev/null
fk protocol add forms/informal-relations.yaml --store laptop >/dev/null
step "stores made; the shipped protocol added by its forms/ name"

# Two back-entry interviews, from the example in docs/interview-format.md.
awk '/```json/{f=1;next} /```/{if(f)exit} f' "$ROOT/docs/interview-format.md" > i0.json
QUOTE='We met at the Kenyan embassy in Nairobi; call +32 2 555 01 23 or see www.example-mission.be.'
sed -e 's/"brussels"/"washington"/' -e 's/"eu"/"oas"/' -e 's/"role": "ambassador",/&"consent_quotes": "yes",/' \
    -e "s|Everything is decided over lunch.|$QUOTE|" \
    -e '/"friends_eu"/,/^    \]/d' -e 's/"negotiations_informal": {"special": "refused"},/"negotiations_informal": {"special": "refused"}/' \
    i0.json > i1.json
fk interview import i0.json i1.json --store laptop >/dev/null
step "two interviews imported"

fk session export --out "$WORK" --store laptop >/dev/null
session=$(ls "$WORK"/*.fksession 2>/dev/null | head -1)
[ -n "$session" ] || fail "no session file written"
fk merge "$session" --store lead --accept-new-signer >/dev/null
[ "$(fk interview list --json --store lead | grep -o '"id"' | wc -l)" -eq 2 ] \
    || fail "the master does not hold the two interviews"
step "session file merged into the lead's master"

fk export --store lead --out out --override-k "two-interview check of the bundle" >/dev/null
for f in interviews.csv interviews.dta interviews.sav; do
    [ -s "out/$f" ] || fail "export wrote no $f"
done
ls out/*.graphml >/dev/null 2>&1 || fail "export wrote no GraphML"
grep -q "call" out/quotes.csv || fail "the consented quote is not in quotes.csv"
if grep -r -l -e "555 01 23" -e "example-mission" -e "Nairobi" -e "Kenyan" out >/dev/null 2>&1; then
    fail "a phone number, web address, city or nationality was left in the export"
fi
step "exported: $(ls out | wc -l | tr -d ' ') files (CSV, Stata, SPSS, GraphML), the quote redacted"

fk report study --store lead --out study.pdf --override-k "two-interview check of the bundle" >/dev/null
[ "$(head -c 5 study.pdf)" = "%PDF-" ] || fail "study.pdf is not a PDF"
step "study report written ($(wc -c < study.pdf | tr -d ' ') bytes)"
step "all passed in $WORK"
