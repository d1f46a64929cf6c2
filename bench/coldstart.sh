#!/usr/bin/env bash
# Cold start of the jar on the embedded store: wall time from launching `java -jar` to the first 200 on
# GET /health. Usage: bench/coldstart.sh [runs] [jar]   (default 5 runs, the project's jar)
# Each run starts twice in a new, empty directory: first on no database at all (it is created, migrated,
# and the first user's password is hashed), then again on the database the first start left.
# Prints one tab-separated line with every time and both medians, in milliseconds. Starts as the README
# does: with the class-data archive the build leaves beside the jar (contacts-app.jsa), when there is one.
# COLDSTART_JAVA_OPTS replaces that with other JVM options ("" measures the jar alone).
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(cd "$(dirname "${2:-$ROOT/contacts-app/target/contacts-app.jar}")" && pwd)/$(basename "${2:-contacts-app.jar}")
[ -f "$JAR" ] || { echo "no jar at $JAR: build it with ./mvnw -B -q package -DskipTests" >&2; exit 1; }
# The embedded store, whatever the caller's environment says (bench/run.sh exports its PostgreSQL database).
unset CONTACTS_DB_URL CONTACTS_DB_USER CONTACTS_DB_PASSWORD
if [ -z "${COLDSTART_JAVA_OPTS+set}" ] && [ -f "${JAR%.jar}.jsa" ]; then
    COLDSTART_JAVA_OPTS="-Xmx64m -XX:+UseSerialGC -XX:SharedArchiveFile=${JAR%.jar}.jsa"
fi

# Polled with bash's own /dev/tcp, no process per probe: a probe must not steal the CPU it measures.
free_port() {
    local port
    for port in $(seq 20000 40000); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    return 1
}
healthy() {
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
    local status
    read -r status <&3 || true
    exec 3>&-
    [[ $status == *" 200 "* ]]
}
start_once() { # directory -> milliseconds to the first 200
    local dir=$1 port start pid
    port=$(free_port)
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # COLDSTART_JAVA_OPTS is a list of JVM options
    (cd "$dir" && CONTACTS_HTTP_PORT=$port exec java ${COLDSTART_JAVA_OPTS:-} -jar "$JAR" > "$dir/out.log" 2>&1) &
    pid=$!
    until healthy "$port" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { cat "$dir/out.log" >&2; return 1; }
        sleep 0.01
    done
    echo $(( ($(date +%s%N) - start) / 1000000 ))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# One start that is not counted: it brings the jar into the page cache, as on any machine that ran it before.
warm=$(mktemp -d)
start_once "$warm" >/dev/null
rm -rf "$warm"
first=() restart=()
for _ in $(seq 1 "$RUNS"); do
    dir=$(mktemp -d)
    first+=("$(start_once "$dir")")
    restart+=("$(start_once "$dir")")
    rm -rf "$dir"
done
printf 'coldstart\t-\tapp\t-\tfirst_ms=%s restart_ms=%s first_median_ms=%s restart_median_ms=%s java_opts=%s\n' \
    "$(IFS=,; echo "${first[*]}")" "$(IFS=,; echo "${restart[*]}")" \
    "$(echo "${first[*]}" | median)" "$(echo "${restart[*]}" | median)" "${COLDSTART_JAVA_OPTS:-none}"
