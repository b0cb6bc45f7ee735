#!/bin/sh
# Statement coverage of newsletter/ over the whole test suite, the `python -m newsletter` subprocesses that
# the tests start included (`patch = ["subprocess"]` in pyproject.toml), then every module's figure and the total.
#
#     sh bench/coverage.sh [pytest arguments…]
#
# Needs the test extra (`pip install -e '.[test]'`, coverage ≥ 7.10.3). Targets (issue #15): total ≥ 92%, no
# module under 80%; the modules under 80% are listed at the end.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
"$PYTHON" -m coverage erase
"$PYTHON" -m coverage run -m pytest -q -p no:cacheprovider "$@" || status=$?
"$PYTHON" -m coverage combine -q
"$PYTHON" -m coverage report --sort=cover
"$PYTHON" -m coverage report --format=total >/dev/null
echo "modules under 80%:"
"$PYTHON" -m coverage json -q -o - 2>/dev/null | "$PYTHON" -c '
import json, sys
files = json.load(sys.stdin)["files"]
low = sorted((f["summary"]["percent_covered"], name) for name, f in files.items() if f["summary"]["percent_covered"] < 80)
print("\n".join(f"  {pct:5.1f}%  {name}" for pct, name in low) or "  none")
'
exit "${status:-0}"
