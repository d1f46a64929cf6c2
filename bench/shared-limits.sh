#!/usr/bin/env bash
# The price of shared limits: bench/shared-limits.sh BEFORE_JAR   (see bench/README.md, "Shared limits")
#
# One PostgreSQL database, three servers on it, measured in turns in the same run: the jar of a release that counts
# the rate limit on each node alone (BEFORE_JAR: build it from the commit before shared limits), and this build's jar
# with the limit shared in leases of CONTACTS_RATE_LIMIT_LEASE=10 (the default) and of 1 (exact, a round trip per
# request). Each serves GET /contacts/{id} (JSON, Bearer tokens) under a limit too high to refuse anything, so that
# every request pays the count and none is refused: first for one user on every connection (the worst case: one
# lease, taken by one request while the user's others on that node wait for it), then for BENCH_USERS users at
# random. Per run: requests per second, the server's CPU per
# request, and the database's transactions per request (pg_stat_database.xact_commit: one per autocommit statement,
# i.e. a round trip), whose difference to the per-node release is what the shared count costs in round trips.
set -euo pipefail

BEFORE_JAR=$(realpath "${1:?usage: bench/shared-limits.sh BEFORE_JAR (a jar that counts limits per node)}")
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${BENCH_JAR:-$ROOT/contacts-app/target/contacts-app.jar}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
BENCH_DB=${BENCH_DB:-contacts_bench_limits}
BENCH_CONTACTS=${BENCH_CONTACTS:-10000}
BENCH_USERS=${BENCH_USERS:-200}
BENCH_LEASES=${BENCH_LEASES:-10 1}     # the two leases this build is measured with, against the per-node release
BENCH_USER_MODES=${BENCH_USER_MODES:-one many}
BENCH_WARMUP=${BENCH_WARMUP:-20}       # seconds of load each server gets once after it starts
BENCH_REWARM=${BENCH_REWARM:-3}
BENCH_DURATION=${BENCH_DURATION:-10}
BENCH_ROUNDS=${BENCH_ROUNDS:-6}
BENCH_THREADS=${BENCH_THREADS:-1}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-8}
BENCH_OUT=${BENCH_OUT:-$BENCH/target/limits-$(date +%Y%m%d-%H%M%S)}
BENCH_EMAIL=bench@example.com
BENCH_PASSWORD=bench-password-$RANDOM$RANDOM
export BENCH BENCH_THREADS BENCH_CONNECTIONS

# shellcheck source=bench/lib.sh
. "$BENCH/lib.sh"
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"
mkdir -p "$BENCH_OUT"
RESULTS=$BENCH_OUT/results.tsv
: > "$RESULTS"

sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    sql -d postgres -c "drop database if exists $BENCH_DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "creating database $BENCH_DB with $BENCH_CONTACTS contacts"
sql -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB" >/dev/null
export CONTACTS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" CONTACTS_DB_USER=$PGUSER
cli() { java -jar "$JAR" "$@"; }
cli migrate >/dev/null
ACCOUNT=$(cli account create --name "Benchmark" | sed -n 's/^Created account \([0-9]*\).*/\1/p')
printf '%s\n' "$BENCH_PASSWORD" | cli user create --account "$ACCOUNT" --email "$BENCH_EMAIL" \
    --first-name Bench --last-name Mark --password-stdin >/dev/null
TOKEN=$(cli token create --email "$BENCH_EMAIL")
sql -d "$BENCH_DB" -v account="$ACCOUNT" -v clients=100 -v contacts="$BENCH_CONTACTS" -v small=50 \
    -f "$BENCH/seed.sql" >/dev/null
read -r BENCH_MIN_ID BENCH_MAX_ID < <(sql -d "$BENCH_DB" -At -F ' ' \
    -c "select min(id), max(id) from contacts where account_id = $ACCOUNT")
export BENCH_MIN_ID BENCH_MAX_ID
# The other users and their tokens straight into the tables (a token is stored as its SHA-256, as the app does).
sql -d "$BENCH_DB" -v account="$ACCOUNT" -v users="$BENCH_USERS" >/dev/null <<'SQL'
insert into users (account_id, email, first_name, last_name, password_hash, created_at)
select :account, 'bench' || n || '@example.com', 'Bench', 'User ' || n, 'unused', now()
from generate_series(1, :users) as n;
insert into access_tokens (digest, account_id, user_id, created_at)
select encode(sha256(convert_to('bench-token-' || u.id, 'UTF8')), 'hex'), u.account_id, u.id, now()
from users as u where u.account_id = :account and u.email like 'bench_%@example.com';
SQL
TOKENS=$BENCH_OUT/tokens.txt
sql -d "$BENCH_DB" -At -c "select 'bench-token-' || id from users where account_id = $ACCOUNT and email like 'bench_%@example.com'" > "$TOKENS"

declare -A PID PORT
start() { # name jar lease
    local log=$BENCH_OUT/$1.log
    CONTACTS_HTTP_PORT=0 CONTACTS_RATE_LIMIT=999999999/15s CONTACTS_RATE_LIMIT_LEASE=$3 \
        java -Xmx64m -XX:+UseSerialGC -jar "$2" > "$log" 2>&1 &
    PID[$1]=$!
    PIDS+=("$!")
    PORT[$1]=$(wait_port "$log" "$!")
    log "$1 serves on ${PORT[$1]}"
}
read -r LEASE_A LEASE_B <<< "$BENCH_LEASES"
start per_node "$BEFORE_JAR" 10
start "lease$LEASE_A" "$JAR" "$LEASE_A"
start "lease$LEASE_B" "$JAR" "$LEASE_B"
SERVERS=(per_node "lease$LEASE_A" "lease$LEASE_B")
HEADER="Authorization: Bearer $TOKEN"
commits() { sql -d postgres -At -c "select xact_commit from pg_stat_database where datname = '$BENCH_DB'"; }

for server in "${SERVERS[@]}"; do
    wrk_measured "${PID[$server]}" "${PORT[$server]}" "$HEADER" get_json "$BENCH_WARMUP" >/dev/null
done
measure() { # users server round
    local before after line requests trips
    wrk_measured "${PID[$2]}" "${PORT[$2]}" "$HEADER" get_json "$BENCH_REWARM" >/dev/null
    before=$(commits)
    line=$(wrk_measured "${PID[$2]}" "${PORT[$2]}" "$HEADER" get_json "$BENCH_DURATION")
    after=$(commits)
    requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<< "$line")
    trips=$(awk -v c=$((after - before - 1)) -v n="$requests" 'BEGIN { printf "%.3f", n ? c / n : 0 }')
    printf '%s\t%s\t%s\t%s trips_per_request=%s\n' "$1" "$2" "$3" "$line" "$trips" >> "$RESULTS"
    log "$1: $2 round $3: $line trips_per_request=$trips"
}
for users in $BENCH_USER_MODES; do
    if [ "$users" = many ]; then export BENCH_TOKENS=$TOKENS; fi
    for round in $(seq 1 "$BENCH_ROUNDS"); do
        # Each round in another order, so that no server is always the one measured after a rest.
        order=("${SERVERS[@]:$(( round % 3 ))}" "${SERVERS[@]:0:$(( round % 3 ))}")
        for server in "${order[@]}"; do
            measure "$users" "$server" "$round"
        done
    done
done

# Medians per server, and each against the per-node release of the same run.
awk -F'\t' -v modes="$BENCH_USER_MODES" -v servers="${SERVERS[*]}" '
    { split($4, f, " "); for (i in f) { split(f[i], kv, "="); k = $1 SUBSEP $2 SUBSEP kv[1]; v[k, ++n[k]] = kv[2] } }
    function median(u, s, name,   k, m, i, j, t, a) {
        k = u SUBSEP s SUBSEP name; m = n[k]; for (i = 1; i <= m; i++) a[i] = v[k, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
    }
    END {
        printf "| users | server | req/s | vs per node | CPU µs/request | round trips/request |\n"
        printf "|---|---|---|---|---|---|\n"
        nu = split(modes, us, " "); split(servers, s, " ")
        for (x = 1; x <= nu; x++) {
            base = median(us[x], "per_node", "rps")
            for (i = 1; i <= 3; i++) printf "| %s | %s | %.0f | %.2f× | %.1f | %.3f |\n", us[x], s[i],
                median(us[x], s[i], "rps"), median(us[x], s[i], "rps") / base, median(us[x], s[i], "cpu_us"),
                median(us[x], s[i], "trips_per_request")
        }
    }' "$RESULTS" | tee "$BENCH_OUT/report.md"
