#!/usr/bin/env bash
# The benchmark in one command: bench/run.sh [contacts]   (default 1000000; see bench/README.md)
#
# For each store (PostgreSQL, then the embedded H2): seeds a fresh database, starts the app and the lean baseline
# (bench/Baseline.java) on it, streams the whole account through each, runs the same wrk scenarios against both
# (Basic auth, then a Bearer token), reading the CPU each server spends on every measured run from /proc, and then
# loads a freshly started app and baseline from their first request to draw the warm-up curve (coldcurve.sh).
# Finally measures the jar's cold start, prints the tables (report.sh) and plots the curve (plot.sh).
# Settings are environment variables (defaults below).
set -euo pipefail

CONTACTS=${1:-1000000}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${BENCH_JAR:-$ROOT/contacts-app/target/contacts-app.jar}

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER                      # PGPASSWORD too, when the server wants one
BENCH_STORES=${BENCH_STORES:-postgres h2}        # h2: the app's embedded store, one copy of the file per server
BENCH_DB=${BENCH_DB:-contacts_bench}
BENCH_CLIENTS=${BENCH_CLIENTS:-1000}
BENCH_SMALL=${BENCH_SMALL:-50}                   # contacts of the client in the list_client scenario
BENCH_START_WARMUP=${BENCH_START_WARMUP:-30}     # seconds of GETs each server gets once after it starts
BENCH_WARMUP=${BENCH_WARMUP:-10}                 # seconds of load before a server's first round of a scenario
BENCH_REWARM=${BENCH_REWARM:-3}                  # seconds of load before each later round; neither is counted
BENCH_DURATION=${BENCH_DURATION:-6}              # seconds measured per wrk run
BENCH_ROUNDS=${BENCH_ROUNDS:-6}                  # measured runs per scenario and server, alternating order
BENCH_THREADS=${BENCH_THREADS:-1}                # wrk threads: on 2 cores wrk competes with the servers
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-8}
BENCH_HEAP=${BENCH_HEAP:-64m}                    # -Xmx of the app and of the baseline, for every scenario
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}             # more JVM options for both servers (not the cold curve's)
BENCH_SCENARIOS=${BENCH_SCENARIOS:-list_all list_client get_xml get_json v2 put post}
BENCH_AUTHS=${BENCH_AUTHS:-basic bearer}         # on PostgreSQL
BENCH_H2_AUTHS=${BENCH_H2_AUTHS:-basic}          # on H2: authentication is the same code on either store
BENCH_LIST_ROUNDS=${BENCH_LIST_ROUNDS:-8}        # full-account streams per server, alternating order
BENCH_COLD_CURVE=${BENCH_COLD_CURVE:-1}          # 0 skips the warm-up curve from a fresh start
BENCH_COLD_STORES=${BENCH_COLD_STORES:-postgres} # stores (of BENCH_STORES) that get a curve
BENCH_COLD_WINDOWS=${BENCH_COLD_WINDOWS:-12}     # the curve: windows of BENCH_COLD_WINDOW seconds each
BENCH_COLD_WINDOW=${BENCH_COLD_WINDOW:-10}
BENCH_COLDSTART=${BENCH_COLDSTART:-5}            # cold starts to take the median of; 0 skips them
BENCH_KEEP_DB=${BENCH_KEEP_DB:-0}                # 1 keeps the databases (and an env file per store) after the run
BENCH_OUT=${BENCH_OUT:-$BENCH/target/run-$(date +%Y%m%d-%H%M%S)}
BENCH_EMAIL=bench@example.com
BENCH_PASSWORD=${BENCH_PASSWORD:-bench-password-$RANDOM$RANDOM}
export BENCH BENCH_JAR=$JAR BENCH_OUT BENCH_HEAP BENCH_THREADS BENCH_CONNECTIONS BENCH_COLD_WINDOWS BENCH_COLD_WINDOW \
    BENCH_EMAIL BENCH_PASSWORD

# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"

mkdir -p "$BENCH_OUT"
BENCH_OUT=$(cd "$BENCH_OUT" && pwd)
RESULTS=$BENCH_OUT/results.tsv
: > "$RESULTS"
printf 'settings\t-\t-\t-\tcontacts=%s clients=%s start_warmup_s=%s warmup_s=%s rewarm_s=%s duration_s=%s rounds=%s wrk=%st/%sc heap=%s list_rounds=%s cores=%s\n' \
    "$CONTACTS" "$BENCH_CLIENTS" "$BENCH_START_WARMUP" "$BENCH_WARMUP" "$BENCH_REWARM" "$BENCH_DURATION" "$BENCH_ROUNDS" \
    "$BENCH_THREADS" "$BENCH_CONNECTIONS" "$BENCH_HEAP" "$BENCH_LIST_ROUNDS" "$(nproc)" >> "$RESULTS"
APP_PID=
BASE_PID=
PG_CREATED=
H2_DIR=

cleanup() {
    for pid in $APP_PID $BASE_PID; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    done
    if [ "$BENCH_KEEP_DB" != 1 ]; then
        if [ -n "$PG_CREATED" ]; then
            psql -X -q -d postgres -c "drop database if exists $BENCH_DB" >/dev/null 2>&1 || true
        fi
        [ -n "$H2_DIR" ] && rm -rf "$H2_DIR"
    fi
    # The access log of a run is large; its head and tail are enough to see that it ran.
    for f in "$BENCH_OUT"/*app.log "$BENCH_OUT"/*baseline.log; do
        if [ -f "$f" ] && [ "$(wc -l < "$f")" -gt 400 ]; then
            { head -n 200 "$f"; echo "[... trimmed ...]"; tail -n 200 "$f"; } > "$f.trimmed" && mv "$f.trimmed" "$f"
        fi
    done
}
trap cleanup EXIT

# --- settings check and time estimate ------------------------------------------------------------------
for store in $BENCH_STORES; do
    case $store in postgres|h2) ;; *) die "unknown store $store in BENCH_STORES (postgres, h2)" ;; esac
done
# On H2 the whole list's row count is the seeded one (the servers hold the files), so no contacts may be added first.
case " $BENCH_SCENARIOS " in
    *" post "*" list_all "*) [[ " $BENCH_STORES " == *" h2 "* ]] && die "on h2, list_all must come before post in BENCH_SCENARIOS" ;;
esac
auths_of() { if [ "$1" = h2 ]; then echo "$BENCH_H2_AUTHS"; else echo "$BENCH_AUTHS"; fi; }
cold_curve_for() { [ "$BENCH_COLD_CURVE" != 0 ] && [[ " $BENCH_COLD_STORES " == *" $1 "* ]]; }
# Seconds, from this machine's figures (2 cores): PostgreSQL seeds ~150,000 rows/s, H2 ~6,000 rows/s; the whole
# list streams at ~100,000 rows/s; a server start, the checks and a stop take ~15 s.
estimate() {
    local total=0 store wrk_runs per_run
    per_run=$(( 2 * (BENCH_WARMUP + BENCH_DURATION + (BENCH_ROUNDS - 1) * (BENCH_REWARM + BENCH_DURATION)) ))
    for store in $BENCH_STORES; do
        wrk_runs=0
        for scenario in $BENCH_SCENARIOS; do
            [ "$scenario" = list_all ] && total=$(( total + 2 * BENCH_LIST_ROUNDS * (CONTACTS / 100000 + 1) )) && continue
            [ "$scenario" = v2 ] && total=$(( total + 4 * per_run )) && continue
            wrk_runs=$(( wrk_runs + $(wc -w <<< "$(auths_of "$store")") ))
        done
        total=$(( total + wrk_runs * per_run + 2 * BENCH_START_WARMUP + 30 ))
        if [ "$store" = h2 ]; then total=$(( total + CONTACTS / 6000 + 30 )); else total=$(( total + CONTACTS / 150000 + 15 )); fi
        cold_curve_for "$store" && total=$(( total + 2 * (BENCH_COLD_WINDOWS * BENCH_COLD_WINDOW + 10) ))
    done
    echo $(( total + BENCH_COLDSTART * 6 + 5 ))
}
ESTIMATE=$(estimate)
log "bench/run.sh $CONTACTS: stores $BENCH_STORES; estimated $(( ESTIMATE / 60 )) min $(( ESTIMATE % 60 )) s" \
    "(more on a busy machine); results in $BENCH_OUT"

# --- tools ---------------------------------------------------------------------------------------------
apt_install() { # on a fresh machine the package lists may be missing: then update them and try again
    local sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    log "installing $* (Debian packages)"
    $sudo apt-get install -y "$@" >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "$@" >/dev/null; }
}
command -v wrk >/dev/null || apt_install wrk
command -v gnuplot >/dev/null || apt_install gnuplot-nox
command -v curl >/dev/null || die "curl is needed"
if [[ " $BENCH_STORES " == *" postgres "* ]]; then command -v psql >/dev/null || die "psql (PostgreSQL client) is needed"; fi
if [ ! -f "$JAR" ]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl contacts-app -am)
fi

BASIC="Authorization: Basic $(printf '%s:%s' "$BENCH_EMAIL" "$BENCH_PASSWORD" | base64 | tr -d '\n')"
auth_header() { if [ "$1" = basic ]; then echo "$BASIC"; else echo "Authorization: Bearer $TOKEN"; fi; }

# The app's CLI creates what the servers need: schema, account, the user with the known password, a token.
create_account() { # runs the CLI as "cli" (a function of the store) and sets ACCOUNT and TOKEN
    cli migrate >/dev/null
    ACCOUNT=$(cli account create --name "Benchmark" | sed -n 's/^Created account \([0-9]*\).*/\1/p')
    [ -n "$ACCOUNT" ] || die "account create printed no id"
    printf '%s\n' "$BENCH_PASSWORD" | cli user create --account "$ACCOUNT" --email "$BENCH_EMAIL" \
        --first-name Bench --last-name Mark --password-stdin >/dev/null
    TOKEN=$(cli token create --email "$BENCH_EMAIL")
}

# --- PostgreSQL: one database for both servers -----------------------------------------------------------
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
prepare_postgres() {
    log "postgres: creating database $BENCH_DB on $PGHOST:$PGPORT"
    sql -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB" >/dev/null 2>&1 \
        || die "cannot create database $BENCH_DB as $PGUSER on $PGHOST:$PGPORT"
    PG_CREATED=1
    export CONTACTS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"
    export CONTACTS_DB_USER=$PGUSER
    [ -n "${PGPASSWORD:-}" ] && export CONTACTS_DB_PASSWORD=$PGPASSWORD
    cli() { java -jar "$JAR" "$@"; }
    create_account
    log "postgres: seeding $BENCH_CLIENTS clients and $CONTACTS contacts"
    local start
    start=$(date +%s)
    sql -d "$BENCH_DB" -v account="$ACCOUNT" -v clients="$BENCH_CLIENTS" -v contacts="$CONTACTS" \
        -v small="$BENCH_SMALL" -f "$BENCH/seed.sql"
    log "postgres: seeded in $(( $(date +%s) - start )) s"
    read -r BENCH_MIN_ID BENCH_MAX_ID < <(sql -d "$BENCH_DB" -At -F ' ' \
        -c "select min(id), max(id) from contacts where account_id = $ACCOUNT")
    read -r BENCH_CLIENT BENCH_MIN_CLIENT BENCH_MAX_CLIENT < <(sql -d "$BENCH_DB" -At -F ' ' \
        -c "select min(id), min(id) + 1, max(id) from clients where account_id = $ACCOUNT")
    APP_DB_URL=$CONTACTS_DB_URL
    BASE_DB_URL=$CONTACTS_DB_URL
}
count_contacts_postgres() { sql -d "$BENCH_DB" -At -c "select count(*) from contacts where account_id = $ACCOUNT"; }

# --- H2: seeded once, then one copy of the file per server (an embedded database has one process) --------
H2_SEED_CHUNK=50000                              # contacts per insert (and transaction) when seeding H2
h2_sql() { java -cp "$JAR" org.h2.tools.Shell -url "$(h2_url "$H2_DIR/seed/data")" -sql "$1" | sed -n 2p | tr -d ' ' | tr '|' ' '; }
prepare_h2() {
    H2_DIR=$BENCH_OUT/h2
    rm -rf "$H2_DIR"
    mkdir -p "$H2_DIR/seed"
    # The CLI as a user runs it: in a directory of its own, no CONTACTS_DB_URL, so the default ./data store.
    cli() { (cd "$H2_DIR/seed" && env -u CONTACTS_DB_URL -u CONTACTS_DB_USER -u CONTACTS_DB_PASSWORD java -jar "$JAR" "$@"); }
    log "h2: creating the embedded store in $H2_DIR/seed/data"
    create_account
    [ -f "$H2_DIR/seed/data/contacts.mv.db" ] || die "the CLI left no database in $H2_DIR/seed/data"
    log "h2: seeding $BENCH_CLIENTS clients and $CONTACTS contacts"
    local start
    start=$(date +%s)
    { printf 'set @account = %s;\nset @clients = %s;\nset @contacts = %s;\nset @small = %s;\n' \
          "$ACCOUNT" "$BENCH_CLIENTS" "$CONTACTS" "$BENCH_SMALL"
      cat "$BENCH/seed-h2.sql"
      local from
      for (( from = 1; from <= CONTACTS; from += H2_SEED_CHUNK )); do
          printf 'set @chunk_start = %s;\nset @chunk_end = %s;\n' "$from" "$(( from + H2_SEED_CHUNK - 1 < CONTACTS ? from + H2_SEED_CHUNK - 1 : CONTACTS ))"
          cat "$BENCH/seed-h2-contacts.sql"
      done
      cat "$BENCH/seed-h2-counts.sql"
      # Statistics, and the file rewritten without the pages the chunks left behind: smaller to copy twice.
      printf 'analyze;\nshutdown compact;\n'; } > "$H2_DIR/seed.sql"
    java -cp "$JAR" org.h2.tools.RunScript -url "$(h2_url "$H2_DIR/seed/data")" -script "$H2_DIR/seed.sql"
    log "h2: seeded in $(( $(date +%s) - start )) s"
    read -r BENCH_MIN_ID BENCH_MAX_ID H2_ROWS < <(h2_sql "select min(id), max(id), count(*) from contacts where account_id = $ACCOUNT")
    read -r BENCH_CLIENT BENCH_MIN_CLIENT BENCH_MAX_CLIENT < <(h2_sql "select min(id), min(id) + 1, max(id) from clients where account_id = $ACCOUNT")
    [ -z "$(find "$H2_DIR/seed/data" -name '*.lock.db')" ] || die "the seeded H2 database is still open"
    for target in app baseline; do
        mkdir -p "$H2_DIR/$target"
        cp -r "$H2_DIR/seed/data" "$H2_DIR/$target/data"
    done
    rm -rf "$H2_DIR/seed"
    APP_DB_URL=$(h2_url "$H2_DIR/app/data")
    BASE_DB_URL=$(h2_url "$H2_DIR/baseline/data")
    unset CONTACTS_DB_URL CONTACTS_DB_USER CONTACTS_DB_PASSWORD
}

# --- servers -------------------------------------------------------------------------------------------
JVM_OPTS=(-Xmx"$BENCH_HEAP")
# shellcheck disable=SC2206 # a list of JVM options
[ -n "$BENCH_JAVA_OPTS" ] && JVM_OPTS+=($BENCH_JAVA_OPTS)
start_servers() {
    log "$STORE: starting the app and the baseline (${JVM_OPTS[*]})"
    CONTACTS_DB_URL=$APP_DB_URL CONTACTS_HTTP_PORT=0 CONTACTS_RATE_LIMIT=off \
        java "${JVM_OPTS[@]}" -Xlog:gc:file="$BENCH_OUT/${FILES}app-gc.log" -jar "$JAR" > "$BENCH_OUT/${FILES}app.log" 2>&1 &
    APP_PID=$!
    CONTACTS_DB_URL=$BASE_DB_URL CONTACTS_HTTP_PORT=0 \
        java "${JVM_OPTS[@]}" -Xlog:gc:file="$BENCH_OUT/${FILES}baseline-gc.log" -cp "$JAR" "$BENCH/Baseline.java" \
        > "$BENCH_OUT/${FILES}baseline.log" 2>&1 &
    BASE_PID=$!
    APP_PORT=$(wait_port "$BENCH_OUT/${FILES}app.log" "$APP_PID")
    BASE_PORT=$(wait_port "$BENCH_OUT/${FILES}baseline.log" "$BASE_PID")
    log "$STORE: app on port $APP_PORT (pid $APP_PID), baseline on port $BASE_PORT (pid $BASE_PID)"
}
stop_servers() {
    kill "$APP_PID" "$BASE_PID" 2>/dev/null || true
    wait "$APP_PID" "$BASE_PID" 2>/dev/null || true
    APP_PID= BASE_PID=
}
port_of() { if [ "$1" = app ]; then echo "$APP_PORT"; else echo "$BASE_PORT"; fi; }
pid_of() { if [ "$1" = app ]; then echo "$APP_PID"; else echo "$BASE_PID"; fi; }

# Same documents from both, or the comparison means nothing: one client's list, one contact in XML and in JSON.
check_same_documents() {
    local target status path
    for target in app baseline; do
        status=$(curl -s -o /dev/null -w '%{http_code}' -H "$BASIC" "http://127.0.0.1:$(port_of $target)/contacts/$BENCH_MIN_ID")
        [ "$status" = 200 ] || die "$STORE: $target answered $status to an authenticated GET"
    done
    for path in "/clients/$BENCH_CLIENT/contacts" "/contacts/$BENCH_MIN_ID" "/contacts/$BENCH_MAX_ID"; do
        cmp -s <(curl -s -H "$BASIC" "http://127.0.0.1:$APP_PORT$path") <(curl -s -H "$BASIC" "http://127.0.0.1:$BASE_PORT$path") \
            || die "$STORE: the app and the baseline send different documents for GET $path"
    done
    cmp -s <(curl -s -H "$BASIC" -H 'Accept: application/json' "http://127.0.0.1:$APP_PORT/contacts/$BENCH_MIN_ID") \
           <(curl -s -H "$BASIC" -H 'Accept: application/json' "http://127.0.0.1:$BASE_PORT/contacts/$BENCH_MIN_ID") \
        || die "$STORE: the app and the baseline send different JSON for GET /contacts/$BENCH_MIN_ID"
}

# Order of the two servers in round r: alternating, so that neither always runs on a warmer machine.
order() { if [ $(( $1 % 2 )) = 1 ]; then echo "app baseline"; else echo "baseline app"; fi; }
gc_lines() { wc -l < "$BENCH_OUT/${FILES}$1-gc.log"; }
hwm_kb() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" 2>/dev/null || echo 0; }

# --- the whole account, streamed -----------------------------------------------------------------------
stream_all() {
    local rows round target
    if [ "$STORE" = h2 ]; then rows=$H2_ROWS; else rows=$(count_contacts_postgres); fi
    for round in $(seq 1 "$BENCH_LIST_ROUNDS"); do
        for target in $(order "$round"); do
            local before pid out ticks status ttfb total bytes pauses pause_ms
            pid=$(pid_of "$target")
            # One GET first, untimed: the app re-verifies a credential it has not seen for a minute (a password
            # hash, 0.1-0.4 s), the baseline never does; the list's first byte should measure the list.
            curl -s -o /dev/null -H "$BASIC" "http://127.0.0.1:$(port_of "$target")/contacts/$BENCH_MIN_ID"
            before=$(gc_lines "$target")
            ticks=$(cpu_ticks "$pid")
            out=$(curl -s -o /dev/null -H "$BASIC" --max-time 900 \
                -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
                "http://127.0.0.1:$(port_of "$target")/contacts")
            ticks=$(( $(cpu_ticks "$pid") - ticks ))
            read -r status ttfb total bytes <<< "$out"
            [ "$status" = 200 ] || die "$STORE: $target answered $status to GET /contacts"
            pauses=$(tail -n +"$((before + 1))" "$BENCH_OUT/${FILES}$target-gc.log" | grep -c 'Pause' || true)
            pause_ms=$(tail -n +"$((before + 1))" "$BENCH_OUT/${FILES}$target-gc.log" | grep 'Pause' \
                | awk '{sub(/ms$/, "", $NF); sum += $NF} END {printf "%.0f", sum}')
            printf '%slist_all\tbasic\t%s\t%s\trows=%s ttfb_s=%s total_s=%s bytes=%s rows_per_s=%s cpu_us=%s cpu_s=%s gc_pauses=%s gc_pause_ms=%s hwm_kb=%s\n' \
                "$KEY" "$target" "$round" "$rows" "$ttfb" "$total" "$bytes" \
                "$(awk -v r="$rows" -v t="$total" 'BEGIN{printf "%.0f", r/t}')" \
                "$(awk -v t="$ticks" -v hz="$CLK_TCK" -v r="$rows" 'BEGIN{printf "%.2f", t * 1e6 / hz / r}')" \
                "$(awk -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN{printf "%.2f", t / hz}')" \
                "$pauses" "$pause_ms" "$(hwm_kb "$pid")" >> "$RESULTS"
            log "$STORE list_all $target round $round: $rows rows in ${total}s, first byte after ${ttfb}s, $(awk -v t="$ticks" -v hz="$CLK_TCK" 'BEGIN{printf "%.2f", t / hz}') s CPU"
        done
    done
}

# --- Harvest v2 against v1, on the app alone ------------------------------------------------------------
# Pairs label:a:b, each measured in alternating rounds on the same server: a is the reference, b/a the ratio.
# A page by cursor (middle, last) is what a walk reads: the cursor carries the count, so the page is one range of
# the index; the first page also counts the list.
V2_PAIRS="get:get_json:get_v2 client_list:list_big_json:page_client position:page_middle:page_last
    first_page:page_middle:page_first"
v2_cursor() { # the cursor a walk would follow after id $1 in a list of $2 entries
    printf '{"after":{"id":%s},"total":%s}' "$1" "$2" | base64 -w0 | tr '+/' '-_' | tr -d '='
}
v2_pairs() {
    local pair label a b round side scenario line status connections
    BENCH_ACCOUNT=$ACCOUNT
    BENCH_CURSOR_MIDDLE=$(v2_cursor $(( (BENCH_MIN_ID + BENCH_MAX_ID) / 2 )) "$CONTACTS")
    BENCH_CURSOR_LAST=$(v2_cursor $(( BENCH_MIN_ID + 2000 )) "$CONTACTS")
    export BENCH_ACCOUNT BENCH_CURSOR_MIDDLE BENCH_CURSOR_LAST
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H "Harvest-Account-Id: $ACCOUNT" \
        -H 'User-Agent: bench (bench@example.com)' "http://127.0.0.1:$APP_PORT/v2/contacts?per_page=2000&cursor=$BENCH_CURSOR_LAST")
    [ "$status" = 200 ] || die "$STORE: the app answered $status to a v2 page"
    for pair in $V2_PAIRS; do
        IFS=: read -r label a b <<< "$pair"
        # Lists and pages are long answers, of which one user may stream two at once (docs/reliability.md): more
        # connections would measure the 503s of the others.
        connections=$([ "$label" = get ] && echo "$BENCH_CONNECTIONS" || echo 2)
        for round in $(seq 1 "$BENCH_ROUNDS"); do
            for side in $(if [ $(( round % 2 )) = 1 ]; then echo "a b"; else echo "b a"; fi); do
                scenario=$([ "$side" = a ] && echo "$a" || echo "$b")
                BENCH_CONNECTIONS=$connections wrk_target app bearer "$scenario" \
                    "$([ "$round" = 1 ] && echo "$BENCH_WARMUP" || echo "$BENCH_REWARM")" >/dev/null
                line=$(BENCH_CONNECTIONS=$connections wrk_target app bearer "$scenario" "$BENCH_DURATION")
                printf '%sv2pair\t%s\t%s\t%s\t%s scenario=%s\n' "$KEY" "$label" "$side" "$round" "$line" "$scenario" >> "$RESULTS"
                log "$STORE v2 $label $scenario round $round: $line"
            done
        done
    done
}

# --- wrk scenarios -------------------------------------------------------------------------------------
wrk_target() { # target auth scenario seconds -> result fields
    wrk_measured "$(pid_of "$1")" "$(port_of "$1")" "$(auth_header "$2")" "$3" "$4"
}
load_scenario() {
    local auth=$1 scenario=$2 round target line
    for round in $(seq 1 "$BENCH_ROUNDS"); do
        for target in $(order "$round"); do
            # A warm-up before every measured run: the first one long, for the scenario's own code paths.
            wrk_target "$target" "$auth" "$scenario" "$([ "$round" = 1 ] && echo "$BENCH_WARMUP" || echo "$BENCH_REWARM")" >/dev/null
            line=$(wrk_target "$target" "$auth" "$scenario" "$BENCH_DURATION")
            printf '%s%s\t%s\t%s\t%s\t%s\n' "$KEY" "$scenario" "$auth" "$target" "$round" "$line" >> "$RESULTS"
            log "$STORE $scenario $auth $target round $round: $line"
        done
    done
}

bench_store() {
    STORE=$1
    if [ "$STORE" = h2 ]; then KEY=h2: FILES=h2-; else KEY= FILES=; fi
    "prepare_$STORE"
    export BENCH_MIN_ID BENCH_MAX_ID BENCH_CLIENT BENCH_MIN_CLIENT BENCH_MAX_CLIENT
    # What coldcurve.sh needs to run alone on this store's database(s) later (with BENCH_KEEP_DB=1).
    { printf 'BENCH_STORE=%q\nBENCH_APP_DB_URL=%q\nBENCH_BASE_DB_URL=%q\n' "$STORE" "$APP_DB_URL" "$BASE_DB_URL"
      [ "$STORE" = postgres ] && printf 'CONTACTS_DB_USER=%q\n' "$PGUSER"
      printf 'BENCH_EMAIL=%q\nBENCH_PASSWORD=%q\nBENCH_MIN_ID=%s\nBENCH_MAX_ID=%s\nBENCH_JAR=%q\n' \
          "$BENCH_EMAIL" "$BENCH_PASSWORD" "$BENCH_MIN_ID" "$BENCH_MAX_ID" "$JAR"; } > "$BENCH_OUT/$STORE.env"

    start_servers
    check_same_documents
    # Both get the same start-up load, once; each scenario's own warm-up then only adds to it.
    if [ "$BENCH_START_WARMUP" -gt 0 ]; then
        log "$STORE: start-up warm-up, ${BENCH_START_WARMUP}s of GETs for each server"
        for target in app baseline; do
            log "$STORE: start-up warm-up $target: $(wrk_target "$target" basic get_xml "$BENCH_START_WARMUP")"
        done
    fi
    log "$STORE: load: $BENCH_THREADS wrk thread(s), $BENCH_CONNECTIONS connections, ${BENCH_WARMUP}s warm-up (${BENCH_REWARM}s later)" \
        "+ ${BENCH_DURATION}s, $BENCH_ROUNDS round(s); machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    for scenario in $BENCH_SCENARIOS; do
        if [ "$scenario" = list_all ]; then
            stream_all
            continue
        fi
        if [ "$scenario" = v2 ]; then
            v2_pairs
            continue
        fi
        for auth in $(auths_of "$STORE"); do
            load_scenario "$auth" "$scenario"
        done
    done
    for target in app baseline; do
        printf '%smemory\t-\t%s\t-\txmx=%s hwm_kb=%s gc_pauses=%s\n' "$KEY" "$target" "$BENCH_HEAP" "$(hwm_kb "$(pid_of $target)")" \
            "$(grep -c Pause "$BENCH_OUT/${FILES}$target-gc.log" || true)" >> "$RESULTS"
    done
    stop_servers

    if cold_curve_for "$STORE"; then
        log "$STORE: warm-up curve from a fresh start, $BENCH_COLD_WINDOWS x ${BENCH_COLD_WINDOW}s per server"
        BENCH_STORE=$STORE BENCH_APP_DB_URL=$APP_DB_URL BENCH_BASE_DB_URL=$BASE_DB_URL "$BENCH/coldcurve.sh" >> "$RESULTS"
    fi
}

RUN_START=$(date +%s)
for store in $BENCH_STORES; do
    bench_store "$store"
done

# --- cold start ----------------------------------------------------------------------------------------
if [ "$BENCH_COLDSTART" -gt 0 ]; then
    log "cold start, embedded store, $BENCH_COLDSTART runs"
    "$BENCH/coldstart.sh" "$BENCH_COLDSTART" "$JAR" >> "$RESULTS"
fi

log "took $(( ($(date +%s) - RUN_START) / 60 )) min (estimated $(( ESTIMATE / 60 ))); load average at the end:" \
    "$(cut -d' ' -f1-3 /proc/loadavg); raw results in $RESULTS"
"$BENCH/report.sh" "$RESULTS"
if grep -q 'cold_curve' "$RESULTS"; then
    for store in $BENCH_COLD_STORES; do
        grep -q "^$([ "$store" = h2 ] && echo 'h2:')cold_curve" "$RESULTS" || continue
        png=$BENCH_OUT/warmup.png
        [ "$store" = h2 ] && png=$BENCH_OUT/warmup-h2.png
        PLOT_STORE=$store "$BENCH/plot.sh" "$png" "$RESULTS" && log "plot: $png"
    done
fi
