#!/usr/bin/env bash
# Prints the tables of a benchmark run from its raw results: bench/report.sh bench/target/run-…/results.tsv
#
# Per store (PostgreSQL, H2): requests per second and the servers' CPU per request in every scenario, the whole
# account streamed, and the warm-up curve from a fresh start; then the jar's cold start.
# A server's figure is the mean over its rounds, "±" half the spread between its rounds relative to the mean.
# A ratio pairs round r of the app with round r of the baseline (which ran right before or after it):
# ratio_r = app_r / baseline_r; the table shows the mean of the ratio_r and [their min-max]. A target is
# "met" when the mean meets it, "within noise" when it lies inside the min-max, and "MISSED" otherwise.
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
function store_label(s) { return s == "h2" ? "H2 (embedded)" : s == "postgres" ? "PostgreSQL" : s }
# Mean, min and max of metric m of target t over the rounds of key k: S_mean, S_lo, S_hi, S_n.
function stat(k, m, t,    r, v) {
    S_n = 0; S_sum = 0
    for (r = 1; r <= rounds[k]; r++) {
        if (!((k, m, t, r) in V)) continue
        v = V[k, m, t, r]
        if (!S_n || v < S_lo) S_lo = v
        if (!S_n || v > S_hi) S_hi = v
        S_sum += v; S_n++
    }
    S_mean = S_n ? S_sum / S_n : 0
    return S_mean
}
function spread(k, m, t) { stat(k, m, t); return S_mean ? 50 * (S_hi - S_lo) / S_mean : 0 }
function total(k, m, t) { stat(k, m, t); return S_sum }
# The per-round ratios app_r / baseline_r of metric m: R_mean, R_lo, R_hi, R_n.
function ratio(k, m,    r, a, b, q) {
    R_n = 0; R_sum = 0
    for (r = 1; r <= rounds[k]; r++) {
        if (!((k, m, "app", r) in V) || !((k, m, "baseline", r) in V)) continue
        a = V[k, m, "app", r]; b = V[k, m, "baseline", r]
        if (b == 0) continue
        q = a / b
        if (!R_n || q < R_lo) R_lo = q
        if (!R_n || q > R_hi) R_hi = q
        R_sum += q; R_n++
    }
    R_mean = R_n ? R_sum / R_n : 0
    return R_mean
}
function ratio_text() { return R_n ? sprintf("%5.2fx [%4.2f-%4.2f]", R_mean, R_lo, R_hi) : sprintf("%-19s", "-") }
# Verdicts on the last ratio(): the mean meets the target, or the target lies within the rounds, or neither.
function at_least(goal) {
    if (!R_n) return "no data"
    return R_mean >= goal ? "met" : (R_lo <= goal && goal <= R_hi) ? "within noise" : "MISSED"
}
function at_most(goal) {
    if (!R_n) return "no data"
    return R_mean <= goal ? "met" : (R_lo <= goal && goal <= R_hi) ? "within noise" : "MISSED"
}
function goal_of(name) {
    return name == "get_xml" || name == "get_json" || name == "put" ? 0.90 : name == "post" ? 0.85 : 0
}
{
    store = "postgres"; name = $1
    if (index($1, ":")) { store = substr($1, 1, index($1, ":") - 1); name = substr($1, index($1, ":") + 1) }
    if (name == "settings") { settings = $5; next }
    if (name == "coldstart") { cold = $5; next }
    if (!(store in seen_store)) { seen_store[store] = 1; stores[++nstores] = store }
}
name == "memory" { xmx[store] = kv($5, "xmx"); endhwm[store, $3] = kv($5, "hwm_kb"); next }
name == "cold_curve" {
    if ($4 == 0) {
        startup[store, $3] = kv($5, "startup_cpu_s"); ready[store, $3] = kv($5, "ready_ms")
        window_s[store] = kv($5, "window_s"); curve_opts[store, $3] = substr($5, index($5, "java_opts=") + 10)
    } else {
        C[store, "rps", $3, $4] = kv($5, "rps"); C[store, "cpu", $3, $4] = kv($5, "cpu_us")
        C[store, "p99", $3, $4] = kv($5, "p99_us") / 1000; C[store, "t0", $3, $4] = kv($5, "t0_s")
        C[store, "t1", $3, $4] = kv($5, "t1_s"); C[store, "err", $3, $4] = kv($5, "errors")
        C[store, "n", $3, $4] = kv($5, "requests")
        if ($4 > windows[store]) windows[store] = $4
    }
    curves[store] = 1
    next
}
# Harvest v2 pairs on the app alone: side a (the reference) is kept as "baseline", b as "app", so that ratio() is b/a.
name == "v2pair" {
    k = store "|v2pair|" $2
    if (!(k in seen)) { seen[k] = 1; pairs[store, ++npairs[store]] = k; pair_a[k] = ""; pair_b[k] = "" }
    t = $3 == "a" ? "baseline" : "app"
    if ($3 == "a") pair_a[k] = kv($5, "scenario"); else pair_b[k] = kv($5, "scenario")
    if ($4 > rounds[k]) rounds[k] = $4
    V[k, "rps", t, $4] = kv($5, "rps"); V[k, "cpu", t, $4] = kv($5, "cpu_us"); V[k, "p99", t, $4] = kv($5, "p99_us") / 1000
    V[k, "errors", t, $4] = kv($5, "errors")
    next
}
name == "list_all" {
    k = store "|list_all"
    if ($4 > rounds[k]) rounds[k] = $4
    V[k, "rows_s", $3, $4] = kv($5, "rows_per_s"); V[k, "ttfb", $3, $4] = kv($5, "ttfb_s")
    V[k, "total", $3, $4] = kv($5, "total_s"); V[k, "cpu", $3, $4] = kv($5, "cpu_us")
    V[k, "cpu_s", $3, $4] = kv($5, "cpu_s"); V[k, "pauses", $3, $4] = kv($5, "gc_pauses")
    V[k, "pause_ms", $3, $4] = kv($5, "gc_pause_ms")
    hwm[store, $3] = kv($5, "hwm_kb"); rows[store] = kv($5, "rows"); mb[store] = kv($5, "bytes") / 1048576
    lists[store] = 1
    next
}
{
    k = store "|" name "|" $2
    if (!(k in seen)) { seen[k] = 1; order[store, ++n[store]] = k }
    if ($4 > rounds[k]) rounds[k] = $4
    V[k, "rps", $3, $4] = kv($5, "rps"); V[k, "cpu", $3, $4] = kv($5, "cpu_us")
    V[k, "cpu_s", $3, $4] = kv($5, "cpu_s"); V[k, "p99", $3, $4] = kv($5, "p99_us") / 1000
    V[k, "errors", $3, $4] = kv($5, "errors")
}
END {
    if (settings != "") printf "\nSettings: %s\n", settings
    for (s = 1; s <= nstores; s++) {
        store = stores[s]
        printf "\n=== %s ===\n", store_label(store)
        if (n[store]) scenario_tables(store)
        if (lists[store]) list_table(store)
        if (npairs[store]) pair_table(store)
        if (curves[store]) curve_table(store)
    }
    if (cold != "") {
        f = kv(cold, "first_median_ms"); r = kv(cold, "restart_median_ms")
        # The target is a start of the service; a first start also creates the schema and hashes the first
        # user password (600,000 PBKDF2 iterations, slow by design), so it is reported beside it.
        printf "\nCold start to the first 200 on /health, embedded store (median): restart %d ms, first start %d ms" \
            " (runs: %s; %s; JVM options: %s): target %s (restart <=1500 ms)\n", r, f, kv(cold, "restart_ms"),
            kv(cold, "first_ms"), substr(cold, index(cold, "java_opts=") + 10), r <= 1500 ? "met" : "MISSED"
    }
}
function scenario_tables(store,    i, k, part, goal, a, b) {
    printf "\nRequests per second; app/base pairs round r of each (mean [min-max] of the per-round ratios)\n"
    printf "%-12s %-6s | %15s %15s | %-19s | %8s %8s | %-7s | %s\n", "scenario", "auth", "app req/s", "base req/s",
        "app/base req/s", "app p99", "base p99", "errors", "target: req/s app/base"
    printf "%s\n", "--------------------------------------------------------------------------------------------------------------------------"
    for (i = 1; i <= n[store]; i++) {
        k = order[store, i]; split(k, part, "|")
        a = stat(k, "rps", "app"); b = stat(k, "rps", "baseline")
        ratio(k, "rps"); goal = goal_of(part[2])
        printf "%-12s %-6s | %8.0f ±%3.0f%% %8.0f ±%3.0f%% | %s | %6.2fms %6.2fms | %3d/%-3d | %s\n",
            part[2], part[3], a, spread(k, "rps", "app"), b, spread(k, "rps", "baseline"), ratio_text(),
            stat(k, "p99", "app"), stat(k, "p99", "baseline"), total(k, "errors", "app"), total(k, "errors", "baseline"),
            goal ? sprintf(">=%.2fx: %s", goal, at_least(goal)) : "-"
    }
    printf "\nServer CPU per request (utime+stime of all its threads, /proc/<pid>/stat, over each measured run);\n"
    printf "app/base is app CPU / baseline CPU: above 1 the app spends more CPU on a request than the baseline\n"
    printf "%-12s %-6s | %15s %15s | %-19s | %s\n", "scenario", "auth", "app us/req", "base us/req",
        "app/base CPU", "CPU s over the rounds, app / base"
    printf "%s\n", "--------------------------------------------------------------------------------------------------------"
    for (i = 1; i <= n[store]; i++) {
        k = order[store, i]; split(k, part, "|")
        a = stat(k, "cpu", "app"); b = stat(k, "cpu", "baseline")
        ratio(k, "cpu")
        printf "%-12s %-6s | %8.1f ±%3.0f%% %8.1f ±%3.0f%% | %s | %.1f / %.1f\n", part[2], part[3],
            a, spread(k, "cpu", "app"), b, spread(k, "cpu", "baseline"), ratio_text(),
            total(k, "cpu_s", "app"), total(k, "cpu_s", "baseline")
    }
}
function list_table(store,    k, t, targets, i) {
    k = store "|list_all"
    printf "\nGET /contacts, the whole account: %d rows, %.0f MiB of XML, both servers at -Xmx%s, %d stream(s) each\n",
        rows[store], mb[store], xmx[store], rounds[k]
    printf "  %-9s %15s %13s %11s %16s %9s %10s %16s\n", "", "rows/s", "first byte", "total", "CPU us/row", "CPU s",
        "peak RSS", "GC pauses (ms)"
    split("app baseline", targets, " ")
    for (i = 1; i <= 2; i++) {
        t = targets[i]
        printf "  %-9s %8.0f ±%3.0f%% %12.3fs %10.2fs %8.2f ±%3.0f%% %9.2f %6.0f MiB %9.0f (%4.0f)\n", t,
            stat(k, "rows_s", t), spread(k, "rows_s", t), stat(k, "ttfb", t), stat(k, "total", t), stat(k, "cpu", t),
            spread(k, "cpu", t), stat(k, "cpu_s", t), hwm[store, t] / 1024, stat(k, "pauses", t), stat(k, "pause_ms", t)
    }
    ratio(k, "rows_s"); printf "  app/base: rows/s %s, target >=0.95x: %s\n", ratio_text(), at_least(0.95)
    ratio(k, "ttfb"); printf "            first byte %s, target <=2x: %s\n", ratio_text(), at_most(2)
    ratio(k, "cpu"); printf "            CPU per row %s (above 1: the app spends more)\n", ratio_text()
    if ((store, "app") in endhwm)
        printf "  peak RSS over the whole run: app %.0f MiB, baseline %.0f MiB\n", endhwm[store, "app"] / 1024,
            endhwm[store, "baseline"] / 1024
}
function pair_table(store,    i, k, part) {
    printf "\nHarvest v2 against v1, and a v2 page by position: pairs a, b on the app alone, Bearer (b/a per round)\n"
    printf "%-12s %-14s %15s %-14s %15s | %-19s | %-19s | %s\n", "pair", "a", "a req/s", "b", "b req/s",
        "b/a req/s", "b/a CPU per req", "errors a/b"
    printf "%s\n", "--------------------------------------------------------------------------------------------------------------------------------"
    for (i = 1; i <= npairs[store]; i++) {
        k = pairs[store, i]; split(k, part, "|")
        printf "%-12s %-14s %8.0f ±%3.0f%% %-14s %8.0f ±%3.0f%% | ", part[3], pair_a[k], stat(k, "rps", "baseline"),
            spread(k, "rps", "baseline"), pair_b[k], stat(k, "rps", "app"), spread(k, "rps", "app")
        ratio(k, "rps"); printf "%s | ", ratio_text()
        ratio(k, "cpu"); printf "%s | %d/%d\n", ratio_text(), total(k, "errors", "baseline"), total(k, "errors", "app")
    }
}
function per_get(store, t, w) { return C[store, "n", t, w] > 0 ? sprintf("%.1f", C[store, "cpu", t, w]) : "-" }
function curve_table(store,    w, last, from, nsteady, sa, sb, lo, hi, ra, rb, w3, g, verdict, k, scen) {
    last = windows[store]; from = last > 3 ? last - 2 : 1
    printf "\nFrom a fresh start: GET /contacts/{random id}, XML, Basic, from the first request, %d windows of %s s\n",
        last, window_s[store]
    printf "  before the first request: app %.2f s CPU, serving after %d ms (%s);\n", startup[store, "app"],
        ready[store, "app"], curve_opts[store, "app"]
    printf "                       baseline %.2f s CPU, serving after %d ms (%s)\n", startup[store, "baseline"],
        ready[store, "baseline"], curve_opts[store, "baseline"]
    printf "  %6s %9s | %9s %11s %9s | %9s %11s %9s | %s\n", "window", "seconds", "app req/s", "app us/GET",
        "app p99", "base req/s", "base us/GET", "base p99", "app/base us/GET"
    for (w = 1; w <= last; w++) {
        # A window in which no request was answered (the first Basic sign-in hashes a password) has no CPU per GET.
        printf "  %6d %4.0f-%-4.0f | %9.0f %11s %7.2fms | %9.0f %11s %7.2fms | %s\n", w, C[store, "t0", "app", w],
            C[store, "t1", "app", w], C[store, "rps", "app", w], per_get(store, "app", w), C[store, "p99", "app", w],
            C[store, "rps", "baseline", w], per_get(store, "baseline", w), C[store, "p99", "baseline", w],
            ((C[store, "n", "app", w] > 0 && C[store, "n", "baseline", w] > 0) \
                ? sprintf("%5.2fx", C[store, "cpu", "app", w] / C[store, "cpu", "baseline", w]) : "-")
    }
    nsteady = 0; sa = 0; sb = 0; ra = 0; rb = 0
    for (w = from; w <= last; w++) {
        if (!(C[store, "n", "app", w] > 0 && C[store, "n", "baseline", w] > 0)) continue
        g = C[store, "cpu", "app", w]
        if (!nsteady || g < lo) lo = g
        if (!nsteady || g > hi) hi = g
        sa += g; sb += C[store, "cpu", "baseline", w]; ra += C[store, "rps", "app", w]; rb += C[store, "rps", "baseline", w]
        nsteady++
    }
    if (!nsteady) { printf "  no steady state: no window from %d to %d answered requests on both servers\n", from, last; return }
    sa /= nsteady; sb /= nsteady; ra /= nsteady; rb /= nsteady
    printf "  steady state (mean of windows %d-%d): app %.1f us/GET [%.1f-%.1f], %.0f req/s; baseline %.1f us/GET, %.0f req/s\n",
        from, last, sa, lo, hi, ra, sb, rb
    w3 = last >= 3 ? 3 : last
    if (!(C[store, "n", "app", w3] > 0)) { printf "  window %d: the app answered no request: target <=1.10x: MISSED\n", w3; return }
    g = C[store, "cpu", "app", w3]
    # Within noise: above 1.1x the mean of the steady windows, but not above 1.1x the highest of them.
    verdict = g <= 1.1 * sa ? "met" : g <= 1.1 * hi ? "within noise" : "MISSED"
    printf "  window %d: app %.1f us/GET = %.2fx its steady state: target <=1.10x: %s\n", w3, g, sa ? g / sa : 0, verdict
    k = store "|get_xml|basic"
    if (k in seen) {
        scen = stat(k, "cpu", "app")
        printf "  app steady state against the get_xml basic scenario (%.1f us/req): %.2fx; window %d against it: %.2fx\n",
            scen, scen ? sa / scen : 0, w3, scen ? g / scen : 0
        printf "  (the scenarios run with -Xmx%s and the JVM default collector, the curve with the options above)\n", xmx[store]
    }
}' "$RESULTS"
