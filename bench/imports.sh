#!/usr/bin/env bash
# A large import at -Xmx64m: bench/imports.sh [cards] [photo-bytes]   (default 9000 cards, 2400-byte photos: ~30 MiB)
#
# The app on a fresh embedded database at -Xmx64m, and one address book written as Apple's Contacts exports it
# (vCard 3.0, a JPEG photo per card, base64 folded at 75 characters) imported in one POST, then again as a dry
# run; the baseline, first, is the same cards without their photos, after one untimed import of it (the code's
# first compilation). Each one's status, seconds and entries reported, the files' sizes, and the most memory the
# process held (VmHWM). Past its first MiB, which an import keeps in memory, a file goes to a temporary file.
set -euo pipefail

CARDS=${1:-9000}
PHOTO_BYTES=${2:-2400}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${BENCH_JAR:-$ROOT/contacts-app/target/contacts-app.jar}
BENCH_OUT=${BENCH_OUT:-$BENCH/target/imports-$(date +%Y%m%d-%H%M%S)}
PASSWORD=bench-password-$RANDOM$RANDOM

# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"
mkdir -p "$BENCH_OUT/data"
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; }
trap cleanup EXIT

log "writing $CARDS cards with $PHOTO_BYTES-byte photos, and without"
book() { # photo-bytes -> the file on stdout
python3 - "$CARDS" "$1" <<'PY'
import base64, os, sys
cards, photo = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout
for n in range(cards):
    data = base64.b64encode(os.urandom(photo)).decode()
    folded = "\r\n ".join(data[i:i + 74] for i in range(0, len(data), 74))
    out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\nN:Person{n};Given{n};;;\r\n"
              f"FN:Given{n} Person{n}\r\nitem1.EMAIL;type=INTERNET;type=pref:p{n}@example.com\r\n"
              f"TEL;type=CELL;type=VOICE;type=pref:+1 555 {n:07d}\r\n"
              + (f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n" if photo else "") + "END:VCARD\r\n")
PY
}
book "$PHOTO_BYTES" > "$BENCH_OUT/book.vcf"
book 0 > "$BENCH_OUT/plain.vcf"
PLAIN_BYTES=$(stat -c %s "$BENCH_OUT/plain.vcf")
BYTES=$(stat -c %s "$BENCH_OUT/book.vcf")

export CONTACTS_DATA_DIR=$BENCH_OUT/data
ACCOUNT=$(java -jar "$JAR" account create --name "Benchmark" | sed -n 's/^Created account \([0-9]*\).*/\1/p')
printf '%s\n' "$PASSWORD" | java -jar "$JAR" user create --account "$ACCOUNT" --email bench@example.com \
    --first-name Bench --last-name Mark --password-stdin >/dev/null
TOKEN=$(java -jar "$JAR" token create --email bench@example.com)
CONTACTS_HTTP_PORT=0 CONTACTS_RATE_LIMIT=off java -Xmx64m -XX:+UseSerialGC -jar "$JAR" > "$BENCH_OUT/app.log" 2>&1 &
APP=$!
PORT=$(wait_port "$BENCH_OUT/app.log" "$APP")
AUTH=(-H "Authorization: Bearer $TOKEN")
client() { # name -> id
    curl -sf "${AUTH[@]}" -H 'Content-Type: application/xml' -D - -o /dev/null \
        --data "<client><name>$1</name></client>" "http://127.0.0.1:$PORT/clients" \
        | sed -n 's|^Location: .*/clients/\([0-9]*\).*|\1|p' | tr -d '\r'
}
upload() { # file client query -> status seconds entries
    local status seconds
    read -r status seconds < <(curl -s -o "$BENCH_OUT/report.json" -w '%{http_code} %{time_total}\n' "${AUTH[@]}" \
        -H 'Accept: application/json' -H 'Content-Type: text/vcard' --data-binary "@$BENCH_OUT/$1" \
        "http://127.0.0.1:$PORT/clients/$2/contacts/import$3")
    echo "$status $seconds $(grep -o '"outcome"' "$BENCH_OUT/report.json" | wc -l)"
}
upload plain.vcf "$(client Warm-up)" "" > /dev/null
read -r PLAIN_STATUS PLAIN_SECONDS PLAIN_ENTRIES < <(upload plain.vcf "$(client Plain)" "")
CLIENT=$(client "Address book")
read -r STATUS TOOK ENTRIES < <(upload book.vcf "$CLIENT" "")
read -r DRY_STATUS DRY_SECONDS DRY_ENTRIES < <(upload book.vcf "$CLIENT" "?dry_run=true")
PEAK=$(sed -n 's/^VmHWM:[[:space:]]*//p' "/proc/$APP/status")
LEFT=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'contacts-body-*' 2>/dev/null | wc -l)

ratio() { awk -v a="$1" -v b="$PLAIN_SECONDS" 'BEGIN { printf "%.2f×", a / b }'; }
echo "| run | status | seconds | vs the baseline | entries reported |"
echo "|---|---|---|---|---|"
echo "| baseline: $CARDS cards without photos, $PLAIN_BYTES bytes | $PLAIN_STATUS | $PLAIN_SECONDS | 1.00× |" \
    "$PLAIN_ENTRIES |"
echo "| $CARDS cards with photos, $BYTES bytes | $STATUS | $TOOK | $(ratio "$TOOK") | $ENTRIES |"
echo "| the same again, dry run (every entry an update) | $DRY_STATUS | $DRY_SECONDS | $(ratio "$DRY_SECONDS") |" \
    "$DRY_ENTRIES |"
echo "the app at -Xmx64m: most memory held (VmHWM) $PEAK; temporary body files left: $LEFT"
