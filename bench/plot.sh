#!/usr/bin/env bash
# Plots the warm-up curves from a fresh start (the cold_curve lines of results.tsv, bench/coldcurve.sh) into a PNG:
# top, the server's CPU per GET; bottom, requests per second; x, seconds since the first request.
#
#   bench/plot.sh out.png results.tsv                                   # the app's and the baseline's curve
#   bench/plot.sh out.png results-before.tsv:before results-after.tsv:after
#                                         # the app's curve from each file, and each file's baseline (dashed)
#
# PLOT_STORE=h2 plots the embedded store's curves (default: postgres). Needs gnuplot (apt-get install gnuplot-nox);
# uses its pngcairo terminal when it has one, else png.
set -euo pipefail

OUT=${1:?usage: plot.sh out.png results.tsv[:label] [results.tsv[:label] ...]}
shift
[ $# -ge 1 ] || { echo "usage: plot.sh out.png results.tsv[:label] [results.tsv[:label] ...]" >&2; exit 2; }
STORE=${PLOT_STORE:-postgres}
command -v gnuplot >/dev/null || { echo "plot.sh needs gnuplot (apt-get install gnuplot-nox)" >&2; exit 1; }
KEY=cold_curve
[ "$STORE" = h2 ] && KEY=h2:cold_curve

DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

# One data file per input and server: x (the window's middle, seconds since the first request), CPU us/GET, req/s.
plots_cpu=() plots_rps=() i=0 title_note=
for arg in "$@"; do
    file=$arg label=
    if [[ $arg == *:* ]] && [ ! -f "$arg" ]; then file=${arg%:*} label=${arg##*:}; fi
    [ -f "$file" ] || { echo "no results file $file" >&2; exit 1; }
    i=$((i + 1))
    for target in app baseline; do
        awk -F '\t' -v key="$KEY" -v t="$target" '
            function kv(text, k,    n, parts, j, pair) {
                n = split(text, parts, " ")
                for (j = 1; j <= n; j++) { split(parts[j], pair, "="); if (pair[1] == k) return pair[2] }
                return ""
            }
            $1 == key && $3 == t && $4 > 0 {
                # No request answered in the window (the first Basic sign-in may take a while): no CPU per GET.
                printf "%s %s %s\n", (kv($5, "t0_s") + kv($5, "t1_s")) / 2, (kv($5, "requests") > 0 ? kv($5, "cpu_us") : "NaN"),
                    kv($5, "rps")
            }' "$file" | sort -n > "$DATA/$target-$i.dat"
        [ -s "$DATA/$target-$i.dat" ] || { echo "no $KEY lines for $target in $file" >&2; exit 1; }
    done
    startup=$(awk -F '\t' -v key="$KEY" '$1 == key && $4 == 0 {
        split($5, parts, " "); for (j in parts) if (parts[j] ~ /^startup_cpu_s=/) { sub(/.*=/, "", parts[j]); s[$3] = parts[j] } }
        END { printf "start-up CPU: app %s s, baseline %s s", s["app"], s["baseline"] }' "$file")
    title_note="$title_note${title_note:+; }${label:+$label: }$startup"
    if [ $# = 1 ]; then
        app_title=app base_title=baseline
    else
        app_title="app${label:+ ($label)}" base_title="baseline${label:+ ($label)}"
    fi
    # The app in a colour per file; the baseline dashed, in grey when there are several files.
    plots_cpu+=("'$DATA/app-$i.dat' using 1:2 with linespoints linestyle $i title '$app_title'")
    plots_cpu+=("'$DATA/baseline-$i.dat' using 1:2 with linespoints linestyle $((10 + i)) title '$base_title'")
    plots_rps+=("'$DATA/app-$i.dat' using 1:3 with linespoints linestyle $i notitle")
    plots_rps+=("'$DATA/baseline-$i.dat' using 1:3 with linespoints linestyle $((10 + i)) notitle")
done
join() { local IFS=,; echo "$*"; }

if gnuplot -e 'set terminal' 2>&1 | grep -q pngcairo; then
    terminal="pngcairo noenhanced size 1100,800 font 'sans,10'"
else
    terminal="png noenhanced size 1100,800"
fi
store_label=PostgreSQL
[ "$STORE" = h2 ] && store_label="H2 (embedded)"
single=$([ $# = 1 ] && echo 1 || echo 0)

gnuplot <<EOF
set terminal $terminal
set output '$OUT'
set linestyle 1 linecolor rgb '#d62728' linewidth 2 pointtype 7 pointsize 0.8
set linestyle 2 linecolor rgb '#1f77b4' linewidth 2 pointtype 5 pointsize 0.8
set linestyle 3 linecolor rgb '#2ca02c' linewidth 2 pointtype 9 pointsize 0.8
set linestyle 4 linecolor rgb '#9467bd' linewidth 2 pointtype 11 pointsize 0.8
if ($single) {
    set linestyle 11 linecolor rgb '#555555' linewidth 2 dashtype 2 pointtype 6 pointsize 0.8
} else {
    set linestyle 11 linecolor rgb '#f4a0a0' linewidth 1.5 dashtype 2 pointtype 6 pointsize 0.6
    set linestyle 12 linecolor rgb '#9ac3e6' linewidth 1.5 dashtype 2 pointtype 4 pointsize 0.6
    set linestyle 13 linecolor rgb '#a6dba0' linewidth 1.5 dashtype 2 pointtype 8 pointsize 0.6
    set linestyle 14 linecolor rgb '#c9b3e0' linewidth 1.5 dashtype 2 pointtype 10 pointsize 0.6
}
set multiplot layout 2,1 title "Warm-up from a fresh start, $store_label: GET /contacts/{random id}, XML, Basic auth\n$title_note"
set grid
set key top right
set xrange [0:*]
set yrange [0:*]
# A log scale: the first window costs tens of times what a warm GET does.
set logscale y
set yrange [*:*]
set ylabel 'server CPU per GET (µs, log scale)'
set format x ''
plot $(join "${plots_cpu[@]}")
unset logscale y
set yrange [0:*]
set ylabel 'requests per second'
set xlabel 'seconds since the first request (middle of each window)'
set format x '%g'
plot $(join "${plots_rps[@]}")
unset multiplot
EOF
