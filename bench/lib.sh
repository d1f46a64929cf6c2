# Shared by bench/run.sh and bench/coldcurve.sh (sourced, not run): logging, starting a server and finding its
# port, the CPU a process has used, and one wrk run with the CPU the server spent on it.
# shellcheck shell=bash

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

CLK_TCK=$(getconf CLK_TCK)

# CPU time the process has used so far (user + system, every thread, in clock ticks): fields 14 and 15 of
# /proc/<pid>/stat. The command name (field 2) is in parentheses and may hold spaces, so count after it.
cpu_ticks() {
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# Both servers bind any free port (CONTACTS_HTTP_PORT=0) and log it: no fixed port can collide with another service.
wait_port() { # log file, pid -> port
    local port=
    for _ in $(seq 1 1200); do
        port=$(sed -n 's/.*Serving HTTP on [0-9.]*:\([0-9]*\).*/\1/p' "$1" | head -n 1)
        [ -n "$port" ] && { echo "$port"; return; }
        kill -0 "$2" 2>/dev/null || { cat "$1" >&2; die "server exited"; }
        sleep 0.1
    done
    die "no port in $1"
}

# The embedded store's URL for a directory, with the options the app's own default carries
# (contacts-persistence-jooq: H2Urls.file): commits reach the file at once; the app, not H2's shutdown hook,
# closes the database.
h2_url() { echo "jdbc:h2:file:$1/contacts;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"; }

# One wrk run: pid port auth-header scenario seconds -> the BENCH line of bench/wrk/contacts.lua without its
# "BENCH ", followed by the server's CPU over the run: cpu_us (per request) and cpu_s (the whole run). The
# count is in clock ticks (10 ms), so a run must cost the server a few seconds of CPU for cpu_us to mean much.
# Scenarios: get_xml, get_json (GET /contacts/{random id}), list_client, put, post; list_big_json (a client's
# ~1000 contacts, JSON); and Harvest v2's (get_v2, page_*), which also send the account id (BENCH_ACCOUNT) and a
# User-Agent as v2 asks.
wrk_measured() {
    local pid=$1 port=$2 header=$3 scenario=$4 seconds=$5 lua_scenario accept=() before after line requests
    case $scenario in
        get_xml) lua_scenario=get ;;
        get_json) lua_scenario=get; accept=(-H "Accept: application/json") ;;
        list_big_json) lua_scenario=list_big; accept=(-H "Accept: application/json") ;;
        get_v2|page_*) lua_scenario=$scenario
            accept=(-H "Harvest-Account-Id: $BENCH_ACCOUNT" -H "User-Agent: bench (bench@example.com)") ;;
        *) lua_scenario=$scenario ;;
    esac
    before=$(cpu_ticks "$pid")
    line=$(BENCH_SCENARIO=$lua_scenario wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${seconds}s" --timeout 10s \
        -s "$BENCH/wrk/contacts.lua" -H "$header" "${accept[@]}" "http://127.0.0.1:$port" | grep '^BENCH')
    after=$(cpu_ticks "$pid")
    line=${line#BENCH }
    requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<< "$line")
    awk -v l="$line" -v t=$((after - before)) -v hz="$CLK_TCK" -v n="$requests" \
        'BEGIN { printf "%s cpu_us=%.1f cpu_s=%.2f\n", l, n ? t * 1e6 / hz / n : 0, t / hz }'
}
