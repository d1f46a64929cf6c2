#!/usr/bin/env bash
# The warm-up curve from a fresh start: a new app, then a new baseline (each alone, one after the other, on the same
# database), each loaded from its very first request with GET /contacts/{random id} (XML, Basic auth; wrk with
# BENCH_THREADS threads and BENCH_CONNECTIONS connections) for BENCH_COLD_WINDOWS consecutive wrk runs of
# BENCH_COLD_WINDOW seconds. Prints, to standard output, one results line per window and server:
#   [h2:]cold_curve  basic  app|baseline  <window>  rps=… cpu_us=<CPU µs per GET in that window> p99_us=… …
# and a window 0 line with the CPU the process used before its first request (its start-up).
#
# bench/run.sh calls it for each store of BENCH_COLD_STORES. Alone, on a database a run kept (BENCH_KEEP_DB=1):
#   set -a; . bench/target/run-…/postgres.env; set +a; bench/coldcurve.sh >> results.tsv
# Reads BENCH_STORE (postgres or h2), BENCH_APP_DB_URL and BENCH_BASE_DB_URL (default CONTACTS_DB_URL; on H2 each
# server needs its own copy of the file), CONTACTS_DB_USER/CONTACTS_DB_PASSWORD, BENCH_EMAIL and BENCH_PASSWORD (a
# user of the account), BENCH_MIN_ID and BENCH_MAX_ID (the contacts' ids), and the optional BENCH_JAR, BENCH_OUT,
# BENCH_HEAP, BENCH_THREADS, BENCH_CONNECTIONS, BENCH_COLD_WINDOWS, BENCH_COLD_WINDOW.
#
# The servers start as the README starts the app: -Xmx64m -XX:+UseSerialGC and the build's class-data archive
# (contacts-app.jsa beside the jar, when there is one); the baseline the same, without the archive, and compiled
# beforehand, so that its start-up is not javac's.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${BENCH_JAR:-$ROOT/contacts-app/target/contacts-app.jar}
STORE=${BENCH_STORE:-postgres}
APP_DB_URL=${BENCH_APP_DB_URL:-${CONTACTS_DB_URL:?set BENCH_APP_DB_URL or CONTACTS_DB_URL}}
BASE_DB_URL=${BENCH_BASE_DB_URL:-$APP_DB_URL}
EMAIL=${BENCH_EMAIL:?the e-mail of a user of the account}
PASSWORD=${BENCH_PASSWORD:?that user password}
export BENCH_MIN_ID=${BENCH_MIN_ID:?the lowest contact id} BENCH_MAX_ID=${BENCH_MAX_ID:?the highest contact id}
WINDOWS=${BENCH_COLD_WINDOWS:-12}
WINDOW=${BENCH_COLD_WINDOW:-10}
HEAP=${BENCH_HEAP:-64m}
BENCH_THREADS=${BENCH_THREADS:-1}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-8}
OUT=${BENCH_OUT:-$BENCH/target/coldcurve-$(date +%Y%m%d-%H%M%S)}
KEY=
[ "$STORE" = h2 ] && KEY=h2:

# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"
[ -f "$JAR" ] || die "no jar at $JAR"
mkdir -p "$OUT"
FILES=cold-${KEY%:}${KEY:+-}

APP_OPTS=(-Xmx"$HEAP" -XX:+UseSerialGC)
[ -f "${JAR%.jar}.jsa" ] && APP_OPTS+=(-XX:SharedArchiveFile="${JAR%.jar}.jsa")
BASE_OPTS=(-Xmx"$HEAP" -XX:+UseSerialGC)
CLASSES=$OUT/baseline-classes
javac -nowarn -cp "$JAR" -d "$CLASSES" "$BENCH/Baseline.java"

BASIC="Authorization: Basic $(printf '%s:%s' "$EMAIL" "$PASSWORD" | base64 | tr -d '\n')"
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; true' EXIT

curve() { # target
    local target=$1 log=$OUT/${FILES}$1.log opts start port ready_ms ticks first now w line
    start=$(date +%s%N)
    if [ "$target" = app ]; then
        opts="${APP_OPTS[*]}"
        opts=${opts//"$(dirname "$JAR")/"/}          # the archive by its name: it is the one beside the jar
        CONTACTS_DB_URL=$APP_DB_URL CONTACTS_HTTP_PORT=0 CONTACTS_RATE_LIMIT=off \
            java "${APP_OPTS[@]}" -jar "$JAR" > "$log" 2>&1 &
    else
        opts="${BASE_OPTS[*]}"
        CONTACTS_DB_URL=$BASE_DB_URL CONTACTS_HTTP_PORT=0 \
            java "${BASE_OPTS[@]}" -cp "$JAR:$CLASSES" Baseline > "$log" 2>&1 &
    fi
    PID=$!
    port=$(wait_port "$log" "$PID")
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    ticks=$(cpu_ticks "$PID")
    # Window 0: what the process spent before its first request (start-up, and whatever it compiled meanwhile).
    printf '%scold_curve\tbasic\t%s\t0\tstartup_cpu_s=%s ready_ms=%s window_s=%s java_opts=%s\n' "$KEY" "$target" \
        "$(awk -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN{printf "%.2f", t / hz}')" "$ready_ms" "$WINDOW" "$opts"
    log "$STORE cold curve $target: serving after $ready_ms ms, $(awk -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN{printf "%.2f", t / hz}') s CPU"
    first=$(date +%s%N)
    for w in $(seq 1 "$WINDOWS"); do
        now=$(date +%s%N)
        line=$(wrk_measured "$PID" "$port" "$BASIC" get_xml "$WINDOW")
        printf '%scold_curve\tbasic\t%s\t%s\t%s t0_s=%s t1_s=%s\n' "$KEY" "$target" "$w" "$line" \
            "$(awk -v a="$now" -v b="$first" 'BEGIN{printf "%.1f", (a - b) / 1e9}')" \
            "$(awk -v a="$(date +%s%N)" -v b="$first" 'BEGIN{printf "%.1f", (a - b) / 1e9}')"
        log "$STORE cold curve $target window $w: $line"
    done
    kill "$PID"
    wait "$PID" 2>/dev/null || true
    PID=
}

curve app
curve baseline
