#!/usr/bin/env python3
"""CPU nanoseconds per call of each variant, from JMH JSON results (-rf json) of benchmarks that use Turns and CpuTime.

    python3 bench/jmh/turns.py result.json [more.json ...]

Per variant: the median, least and most of cpuNanos / calls over its iterations, and the median wall-clock score.
"""
import collections
import json
import statistics
import sys

# Variant names in the order Turns gives them turns, for benchmarks whose variants are not named by a parameter.
NAMES = {'wire': ['hand-made', 'ISO_INSTANT', 'pattern formatter'], 'httpDate': ['hand-made', 'pattern formatter']}

cpu, wall, unit = collections.defaultdict(list), collections.defaultdict(list), {}
for path in sys.argv[1:]:
    for result in json.load(open(path)):
        method = result['benchmark'].rsplit('.', 1)[1]
        counters = result.get('secondaryMetrics', {})
        if 'variant' not in counters:
            continue
        names = result.get('params', {}).get('stacks', '').split(',') if 'stacks' in result.get('params', {}) \
            else NAMES.get(method, [])
        forks = zip(result['primaryMetric']['rawData'], counters['variant']['rawData'],
                    counters['cpuNanos']['rawData'], counters['calls']['rawData'])
        for scores, variants, nanos, calls in forks:
            for score, variant, n, c in zip(scores, variants, nanos, calls):
                name = names[int(variant)] if int(variant) < len(names) else f'variant {int(variant)}'
                key = f"{method} {name} t={result['threads']}"
                if c:
                    cpu[key].append(n / c)
                wall[key].append(score)
                unit[key] = result['primaryMetric']['scoreUnit']
for key in sorted(cpu):
    print(f"{key:42s} n={len(cpu[key]):2d}  CPU ns/call median {statistics.median(cpu[key]):8.1f}"
          f" ({min(cpu[key]):.0f}-{max(cpu[key]):.0f})  wall median {statistics.median(wall[key]):10.1f} {unit[key]}")
