#!/usr/bin/env bash
# Exports against the XML list: bench/exports.sh [contacts]   (default 1000000; see bench/README.md, "Exports")
#
# One PostgreSQL database seeded with a million contacts (bench/seed.sql), the app on it at -Xmx64m, and the whole
# account streamed in turns as the XML list (GET /contacts), vCard 4.0 (GET /contacts.vcf), vCard 3.0 and CSV
# (GET /contacts.csv): rows per second of each, and each against the XML list of the same round.
set -euo pipefail

CONTACTS=${1:-1000000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${BENCH_JAR:-$ROOT/contacts-app/target/contacts-app.jar}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
BENCH_DB=${BENCH_DB:-contacts_bench_exports}
BENCH_ROUNDS=${BENCH_ROUNDS:-4}
BENCH_OUT=${BENCH_OUT:-$BENCH/target/exports-$(date +%Y%m%d-%H%M%S)}
BENCH_PASSWORD=bench-password-$RANDOM$RANDOM

# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"
mkdir -p "$BENCH_OUT"
RESULTS=$BENCH_OUT/results.tsv
: > "$RESULTS"
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
    sql -d postgres -c "drop database if exists $BENCH_DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "creating database $BENCH_DB with $CONTACTS contacts"
sql -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB" >/dev/null
export CONTACTS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" CONTACTS_DB_USER=$PGUSER
java -jar "$JAR" migrate >/dev/null
ACCOUNT=$(java -jar "$JAR" account create --name "Benchmark" | sed -n 's/^Created account \([0-9]*\).*/\1/p')
printf '%s\n' "$BENCH_PASSWORD" | java -jar "$JAR" user create --account "$ACCOUNT" --email bench@example.com \
    --first-name Bench --last-name Mark --password-stdin >/dev/null
TOKEN=$(java -jar "$JAR" token create --email bench@example.com)
sql -d "$BENCH_DB" -v account="$ACCOUNT" -v clients=1000 -v contacts="$CONTACTS" -v small=50 -f "$BENCH/seed.sql" >/dev/null

CONTACTS_HTTP_PORT=0 CONTACTS_RATE_LIMIT=off java -Xmx64m -XX:+UseSerialGC -jar "$JAR" > "$BENCH_OUT/app.log" 2>&1 &
APP=$!
PORT=$(wait_port "$BENCH_OUT/app.log" "$APP")
stream() { # path accept -> seconds bytes
    curl -sf -o /dev/null -w '%{time_total} %{size_download}\n' -H "Authorization: Bearer $TOKEN" \
        -H "Accept: $2" "http://127.0.0.1:$PORT$1"
}
FORMATS=("xml|/contacts|application/xml" "vcf4|/contacts.vcf|text/vcard" "vcf3|/contacts.vcf?version=3.0|text/vcard"
         "csv|/contacts.csv|text/csv")
log "one untimed stream of each format first (the code paths' first compilation)"
for format in "${FORMATS[@]}"; do IFS='|' read -r _ path accept <<< "$format"; stream "$path" "$accept" >/dev/null; done
for round in $(seq 1 "$BENCH_ROUNDS"); do
    for i in $(seq 0 3); do
        IFS='|' read -r name path accept <<< "${FORMATS[$(( (i + round) % 4 ))]}"
        read -r seconds bytes < <(stream "$path" "$accept")
        printf '%s\t%s\t%s\t%s\n' "$name" "$round" "$seconds" "$bytes" >> "$RESULTS"
        log "$name round $round: $seconds s, $bytes bytes"
    done
done

awk -F'\t' -v n="$CONTACTS" '
    { s[$1, ++c[$1]] = $3; b[$1] = $4 }
    function median(f,   m, i, j, t, a) {
        m = c[f]; for (i = 1; i <= m; i++) a[i] = s[f, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    END {
        printf "| format | seconds for %d contacts | rows/s | vs XML list | bytes |\n|---|---|---|---|---|\n", n
        split("xml vcf4 vcf3 csv", f, " ")
        for (i = 1; i <= 4; i++) printf "| %s | %.2f | %.0f | %.2f× | %d |\n", f[i], median(f[i]),
            n / median(f[i]), median("xml") / median(f[i]), b[f[i]]
    }' "$RESULTS" | tee "$BENCH_OUT/report.md"
