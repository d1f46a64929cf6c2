#!/usr/bin/env bash
# The benchmark in one command: bench/run.sh [contacts]   (default 1000000; see bench/README.md)
#
# Seeds a fresh PostgreSQL database, starts the app and the lean baseline (bench/Baseline.java) on it,
# runs the same wrk scenarios against both (Basic auth, then a Bearer token), streams the whole account
# once through each, measures the jar's cold start on the embedded store, and prints a table with the
# app's figures as ratios to the baseline's. Settings are environment variables (defaults below).
set -euo pipefail

CONTACTS=${1:-1000000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${BENCH_JAR:-$ROOT/contacts-app/target/contacts-app.jar}

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER                      # PGPASSWORD too, when the server wants one
BENCH_DB=${BENCH_DB:-contacts_bench}
BENCH_CLIENTS=${BENCH_CLIENTS:-1000}
BENCH_SMALL=${BENCH_SMALL:-50}                   # contacts of the client in the list_client scenario
BENCH_DURATION=${BENCH_DURATION:-10}             # seconds measured per wrk run
BENCH_START_WARMUP=${BENCH_START_WARMUP:-120}    # seconds of GETs each server gets once, before anything is measured
BENCH_WARMUP=${BENCH_WARMUP:-60}                 # seconds of load before a server's first round of a scenario
BENCH_REWARM=${BENCH_REWARM:-10}                 # seconds of load before each later round; neither is counted
BENCH_ROUNDS=${BENCH_ROUNDS:-4}                  # measured runs per scenario and server, alternating order:
                                                 # more short rounds average out the machine's drift better
BENCH_THREADS=${BENCH_THREADS:-1}                # wrk threads: on 2 cores wrk competes with the servers
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-8}
BENCH_HEAP=${BENCH_HEAP:-64m}                    # -Xmx of the app and of the baseline, for every scenario
BENCH_SCENARIOS=${BENCH_SCENARIOS:-list_all list_client get_xml get_json put post}
BENCH_AUTHS=${BENCH_AUTHS:-basic bearer}
BENCH_LIST_ROUNDS=${BENCH_LIST_ROUNDS:-2}        # full-account streams per server
BENCH_COLDSTART=${BENCH_COLDSTART:-5}            # cold starts to take the median of; 0 skips them
BENCH_KEEP_DB=${BENCH_KEEP_DB:-0}                # 1 keeps the database after the run
BENCH_OUT=${BENCH_OUT:-$BENCH/target/run-$(date +%Y%m%d-%H%M%S)}
EMAIL=bench@example.com
PASSWORD=${BENCH_PASSWORD:-bench-password-$RANDOM$RANDOM}

mkdir -p "$BENCH_OUT"
RESULTS=$BENCH_OUT/results.tsv
: > "$RESULTS"
APP_PID=
BASE_PID=

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

cleanup() {
    for pid in $APP_PID $BASE_PID; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    done
    if [ "$BENCH_KEEP_DB" != 1 ] && [ -n "${DB_CREATED:-}" ]; then
        sql -d postgres -c "drop database if exists $BENCH_DB" >/dev/null 2>&1 || true
    fi
    # The access log of a run is large; its head and tail are enough to see that it ran.
    for f in "$BENCH_OUT"/app.log "$BENCH_OUT"/baseline.log; do
        if [ -f "$f" ] && [ "$(wc -l < "$f")" -gt 400 ]; then
            { head -n 200 "$f"; echo "[... trimmed ...]"; tail -n 200 "$f"; } > "$f.trimmed" && mv "$f.trimmed" "$f"
        fi
    done
}
trap cleanup EXIT

# --- tools ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
command -v psql >/dev/null || die "psql (PostgreSQL client) is needed"
command -v curl >/dev/null || die "curl is needed"
if [ ! -f "$JAR" ]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

# --- database ------------------------------------------------------------------------------------------
log "creating database $BENCH_DB on $PGHOST:$PGPORT"
sql -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB" >/dev/null 2>&1 \
    || die "cannot create database $BENCH_DB as $PGUSER on $PGHOST:$PGPORT"
DB_CREATED=1
export CONTACTS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"
export CONTACTS_DB_USER=$PGUSER
[ -n "${PGPASSWORD:-}" ] && export CONTACTS_DB_PASSWORD=$PGPASSWORD
app_cli() { java -jar "$JAR" "$@"; }
app_cli migrate >/dev/null
ACCOUNT=$(app_cli account create --name "Benchmark" | sed -n 's/^Created account \([0-9]*\).*/\1/p')
[ -n "$ACCOUNT" ] || die "account create printed no id"
printf '%s\n' "$PASSWORD" | app_cli user create --account "$ACCOUNT" --email "$EMAIL" \
    --first-name Bench --last-name Mark --password-stdin >/dev/null
TOKEN=$(app_cli token create --email "$EMAIL")
log "seeding $BENCH_CLIENTS clients and $CONTACTS contacts"
seed_start=$(date +%s)
sql -d "$BENCH_DB" -v account="$ACCOUNT" -v clients="$BENCH_CLIENTS" -v contacts="$CONTACTS" \
    -v small="$BENCH_SMALL" -f "$BENCH/seed.sql"
log "seeded in $(( $(date +%s) - seed_start )) s"
read -r MIN_ID MAX_ID < <(sql -d "$BENCH_DB" -At -F ' ' \
    -c "select min(id), max(id) from contacts where account_id = $ACCOUNT")
read -r SMALL_CLIENT MIN_CLIENT MAX_CLIENT < <(sql -d "$BENCH_DB" -At -F ' ' \
    -c "select min(id), min(id) + 1, max(id) from clients where account_id = $ACCOUNT")
export BENCH_MIN_ID=$MIN_ID BENCH_MAX_ID=$MAX_ID BENCH_CLIENT=$SMALL_CLIENT
export BENCH_MIN_CLIENT=$MIN_CLIENT BENCH_MAX_CLIENT=$MAX_CLIENT
count_contacts() { sql -d "$BENCH_DB" -At -c "select count(*) from contacts where account_id = $ACCOUNT"; }

# --- servers -------------------------------------------------------------------------------------------
# Both bind any free port (CONTACTS_HTTP_PORT=0) and log it: no fixed port can collide with another service.
wait_port() { # log file, pid -> port
    local port=
    for _ in $(seq 1 600); do
        port=$(sed -n 's/.*Serving HTTP on [0-9.]*:\([0-9]*\).*/\1/p' "$1" | head -n 1)
        [ -n "$port" ] && { echo "$port"; return; }
        kill -0 "$2" 2>/dev/null || { cat "$1" >&2; die "server exited"; }
        sleep 0.1
    done
    die "no port in $1"
}
JVM_OPTS=(-Xmx"$BENCH_HEAP")
log "starting the app and the baseline (-Xmx$BENCH_HEAP)"
CONTACTS_HTTP_PORT=0 CONTACTS_RATE_LIMIT=off \
    java "${JVM_OPTS[@]}" -Xlog:gc:file="$BENCH_OUT/app-gc.log" -jar "$JAR" > "$BENCH_OUT/app.log" 2>&1 &
APP_PID=$!
CONTACTS_HTTP_PORT=0 \
    java "${JVM_OPTS[@]}" -Xlog:gc:file="$BENCH_OUT/baseline-gc.log" -cp "$JAR" "$BENCH/Baseline.java" \
    > "$BENCH_OUT/baseline.log" 2>&1 &
BASE_PID=$!
APP_PORT=$(wait_port "$BENCH_OUT/app.log" "$APP_PID")
BASE_PORT=$(wait_port "$BENCH_OUT/baseline.log" "$BASE_PID")
port_of() { if [ "$1" = app ]; then echo "$APP_PORT"; else echo "$BASE_PORT"; fi; }
pid_of() { if [ "$1" = app ]; then echo "$APP_PID"; else echo "$BASE_PID"; fi; }

BASIC="Authorization: Basic $(printf '%s:%s' "$EMAIL" "$PASSWORD" | base64 | tr -d '\n')"
BEARER="Authorization: Bearer $TOKEN"
auth_header() { if [ "$1" = basic ]; then echo "$BASIC"; else echo "$BEARER"; fi; }
for target in app baseline; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$BASIC" "http://127.0.0.1:$(port_of $target)/contacts/$MIN_ID")
    [ "$status" = 200 ] || die "$target answered $status to an authenticated GET"
done
# Same document from both, or the comparison means nothing.
cmp -s <(curl -s -H "$BASIC" "http://127.0.0.1:$APP_PORT/clients/$SMALL_CLIENT/contacts") \
       <(curl -s -H "$BASIC" "http://127.0.0.1:$BASE_PORT/clients/$SMALL_CLIENT/contacts") \
    || die "the app and the baseline send different documents"
log "app on port $APP_PORT (pid $APP_PID), baseline on port $BASE_PORT (pid $BASE_PID)"

# Order of the two servers in round r: alternating, so that neither always runs on a warmer machine.
order() { if [ $(( $1 % 2 )) = 1 ]; then echo "app baseline"; else echo "baseline app"; fi; }
gc_lines() { wc -l < "$BENCH_OUT/$1-gc.log"; }
hwm_kb() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" 2>/dev/null || echo 0; }

# --- the whole account, streamed -----------------------------------------------------------------------
stream_all() {
    local rows
    rows=$(count_contacts)
    for round in $(seq 1 "$BENCH_LIST_ROUNDS"); do
        for target in $(order "$round"); do
            local before pid out
            pid=$(pid_of "$target")
            before=$(gc_lines "$target")
            out=$(curl -s -o /dev/null -H "$BASIC" --max-time 600 \
                -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
                "http://127.0.0.1:$(port_of "$target")/contacts")
            read -r status ttfb total bytes <<< "$out"
            [ "$status" = 200 ] || die "$target answered $status to GET /contacts"
            local pauses pause_ms
            pauses=$(tail -n +"$((before + 1))" "$BENCH_OUT/$target-gc.log" | grep -c 'Pause' || true)
            pause_ms=$(tail -n +"$((before + 1))" "$BENCH_OUT/$target-gc.log" | grep 'Pause' \
                | awk '{sub(/ms$/, "", $NF); sum += $NF} END {printf "%.0f", sum}')
            printf 'list_all\tbasic\t%s\t%s\trows=%s ttfb_s=%s total_s=%s bytes=%s rows_per_s=%s gc_pauses=%s gc_pause_ms=%s hwm_kb=%s\n' \
                "$target" "$round" "$rows" "$ttfb" "$total" "$bytes" \
                "$(awk -v r="$rows" -v t="$total" 'BEGIN{printf "%.0f", r/t}')" "$pauses" "$pause_ms" "$(hwm_kb "$pid")" \
                >> "$RESULTS"
            log "list_all $target round $round: $rows rows in ${total}s, first byte after ${ttfb}s"
        done
    done
}

# --- wrk scenarios -------------------------------------------------------------------------------------
wrk_run() { # target auth scenario seconds -> BENCH line
    local target=$1 auth=$2 scenario=$3 seconds=$4 lua_scenario accept=()
    case $scenario in
        get_xml) lua_scenario=get ;;
        get_json) lua_scenario=get; accept=(-H "Accept: application/json") ;;
        *) lua_scenario=$scenario ;;
    esac
    BENCH_SCENARIO=$lua_scenario wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${seconds}s" --timeout 10s \
        -s "$BENCH/wrk/contacts.lua" -H "$(auth_header "$auth")" "${accept[@]}" \
        "http://127.0.0.1:$(port_of "$target")" | grep '^BENCH'
}
load_scenario() {
    local auth=$1 scenario=$2
    for round in $(seq 1 "$BENCH_ROUNDS"); do
        for target in $(order "$round"); do
            # The JIT is still compiling the app's hot paths for a minute of load (see docs/performance.md).
            wrk_run "$target" "$auth" "$scenario" "$([ "$round" = 1 ] && echo "$BENCH_WARMUP" || echo "$BENCH_REWARM")" >/dev/null
            local line
            line=$(wrk_run "$target" "$auth" "$scenario" "$BENCH_DURATION")
            printf '%s\t%s\t%s\t%s\t%s\n' "$scenario" "$auth" "$target" "$round" "${line#BENCH }" >> "$RESULTS"
            log "$scenario $auth $target round $round: ${line#BENCH }"
        done
    done
}

# The app's JIT needs 90-100 s of load before a GET costs what it will (docs/performance.md, change 20); the
# baseline's is done in seconds. Both get the same, once; each scenario's own warm-up then only adds to it.
if [ "$BENCH_START_WARMUP" -gt 0 ]; then
    log "warm-up: ${BENCH_START_WARMUP}s of GETs for each server"
    for target in app baseline; do
        wrk_run "$target" basic get_xml "$BENCH_START_WARMUP" >/dev/null
    done
fi
log "load: $BENCH_THREADS wrk thread(s), $BENCH_CONNECTIONS connections, ${BENCH_WARMUP}s warm-up (${BENCH_REWARM}s later) + ${BENCH_DURATION}s," \
    "$BENCH_ROUNDS round(s); machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in $BENCH_SCENARIOS; do
    if [ "$scenario" = list_all ]; then
        stream_all
        continue
    fi
    for auth in $BENCH_AUTHS; do
        load_scenario "$auth" "$scenario"
    done
done
for target in app baseline; do
    printf 'memory\t-\t%s\t-\txmx=%s hwm_kb=%s gc_pauses=%s\n' "$target" "$BENCH_HEAP" "$(hwm_kb "$(pid_of $target)")" \
        "$(grep -c Pause "$BENCH_OUT/$target-gc.log" || true)" >> "$RESULTS"
done
kill "$APP_PID" "$BASE_PID" 2>/dev/null || true
wait "$APP_PID" "$BASE_PID" 2>/dev/null || true
APP_PID= BASE_PID=

# --- cold start ----------------------------------------------------------------------------------------
if [ "$BENCH_COLDSTART" -gt 0 ]; then
    log "cold start, embedded store, $BENCH_COLDSTART runs"
    "$BENCH/coldstart.sh" "$BENCH_COLDSTART" "$JAR" >> "$RESULTS"
fi

log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); raw results in $RESULTS"
"$BENCH/report.sh" "$RESULTS"
