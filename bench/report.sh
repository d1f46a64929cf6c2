#!/usr/bin/env bash
# Prints the tables of a benchmark run from its raw results: bench/report.sh bench/target/run-…/results.tsv
# Figures are means over the rounds; "±" is half the spread between the rounds, relative to the mean.
set -euo pipefail
RESULTS=${1:?usage: report.sh results.tsv}

awk -F '\t' '
function kv(text, key,    n, parts, i, pair) {
    n = split(text, parts, " ")
    for (i = 1; i <= n; i++) {
        split(parts[i], pair, "=")
        if (pair[1] == key) return pair[2]
    }
    return ""
}
function add(key, value) {
    sum[key] += value; cnt[key]++
    if (!(key in lo) || value < lo[key]) lo[key] = value
    if (!(key in hi) || value > hi[key]) hi[key] = value
}
function mean(key) { return cnt[key] ? sum[key] / cnt[key] : 0 }
function spread(key) { return mean(key) ? 50 * (hi[key] - lo[key]) / mean(key) : 0 }
function verdict(ok) { return ok ? "met" : "MISSED" }
$1 == "list_all" {
    k = $3
    add("rows_s|" k, kv($5, "rows_per_s")); add("ttfb|" k, kv($5, "ttfb_s")); add("total|" k, kv($5, "total_s"))
    rows = kv($5, "rows"); mb = kv($5, "bytes") / 1048576
    hwm[k] = kv($5, "hwm_kb"); add("pauses|" k, kv($5, "gc_pauses")); add("pause_ms|" k, kv($5, "gc_pause_ms"))
    lists = 1
    next
}
$1 == "memory" { xmx[$3] = kv($5, "xmx"); endhwm[$3] = kv($5, "hwm_kb"); next }
$1 == "coldstart" { cold = $5; next }
{
    key = $1 "|" $2
    if (!(key in seen)) { seen[key] = 1; order[++n] = key }
    add("rps|" key "|" $3, kv($5, "rps")); add("p99|" key "|" $3, kv($5, "p99_us") / 1000)
    errors[key "|" $3] += kv($5, "errors")
}
END {
    if (n) {
        printf "\n%-12s %-6s | %17s %17s %6s | %9s %9s %6s | %-6s | %s\n", "scenario", "auth", "app req/s",
            "baseline req/s", "ratio", "app p99", "base p99", "ratio", "errors", "target"
        printf "%s\n", "-------------------------------------------------------------------------------------------------------------------"
        for (i = 1; i <= n; i++) {
            key = order[i]; split(key, part, "|")
            a = mean("rps|" key "|app"); b = mean("rps|" key "|baseline")
            pa = mean("p99|" key "|app"); pb = mean("p99|" key "|baseline")
            r = b ? a / b : 0; pr = pb ? pa / pb : 0
            target = "-"
            if (part[1] == "get_xml") target = verdict(r >= 0.90 && pr <= 1.2) " (>=0.90x, p99 <=1.2x)"
            if (part[1] == "post") target = verdict(r >= 0.85) " (>=0.85x)"
            printf "%-12s %-6s | %10.0f ±%3.0f%% %10.0f ±%3.0f%% %5.2fx | %7.2fms %7.2fms %5.2fx | %d/%-4d | %s\n",
                part[1], part[2], a, spread("rps|" key "|app"), b, spread("rps|" key "|baseline"), r, pa, pb, pr,
                errors[key "|app"], errors[key "|baseline"], target
        }
    }
    if (lists) {
        a = mean("rows_s|app"); b = mean("rows_s|baseline"); r = b ? a / b : 0
        printf "\nGET /contacts, whole account: %d rows, %.0f MiB of XML, both servers at -Xmx%s\n", rows, mb, xmx["app"]
        printf "  %-9s %12s %12s %12s %14s %18s\n", "", "rows/s", "first byte", "total", "peak RSS", "GC pauses (ms)"
        printf "  %-9s %12.0f %11.3fs %11.2fs %11.0f MiB %10.0f (%4.0f)\n", "app", a, mean("ttfb|app"),
            mean("total|app"), hwm["app"] / 1024, mean("pauses|app"), mean("pause_ms|app")
        printf "  %-9s %12.0f %11.3fs %11.2fs %11.0f MiB %10.0f (%4.0f)\n", "baseline", b, mean("ttfb|baseline"),
            mean("total|baseline"), hwm["baseline"] / 1024, mean("pauses|baseline"), mean("pause_ms|baseline")
        printf "  ratio %.2fx: target %s (>=0.8x, completes at -Xmx%s, first byte before the last row)\n", r,
            verdict(r >= 0.8 && mean("ttfb|app") < mean("total|app") / 10), xmx["app"]
        if ("app" in endhwm)
            printf "  peak RSS over the whole run: app %.0f MiB, baseline %.0f MiB\n", endhwm["app"] / 1024,
                endhwm["baseline"] / 1024
    }
    if (cold != "") {
        f = kv(cold, "first_median_ms"); s = kv(cold, "restart_median_ms")
        # The target is a start of the service; a first start also creates the schema and hashes the first
        # user password (600,000 PBKDF2 iterations, slow by design), so it is reported beside it.
        printf "\nCold start to the first 200 on /health, embedded store (median): restart %d ms, first start %d ms" \
            " (runs: %s; %s; JVM options: %s): target %s (restart <=1500 ms)\n", s, f, kv(cold, "restart_ms"),
            kv(cold, "first_ms"), substr(cold, index(cold, "java_opts=") + 10), verdict(s <= 1500)
    }
}' "$RESULTS"
