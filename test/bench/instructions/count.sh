#!/bin/bash
# Instructions the text engine runs per pass over the three seed reports: a steady figure on a shared machine,
# where wall-clock time is not (`npm run bench text` gives the time). Needs valgrind (apt-get install -y valgrind).
# Usage: bash test/bench/instructions/count.sh [CORE_ENTRY]   (default core/index.ts; takes a few minutes)
# The difference of a 9- and a 3-round run, over 6: the warm rounds only. node --predictable and a fixed address
# layout make the count repeat for the same code (within a few M: the bundle's path is part of it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
entry=${1:-core/index.ts}
bundle=$(mktemp -d)/core.mjs
npx esbuild "$entry" --bundle --format=esm --platform=node --outfile="$bundle" --log-level=warning
count() {
  setarch -R valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --predictable --random-seed=1 --hash-seed=1 test/bench/instructions/rounds.mjs "$bundle" "$1" 2>&1 |
    grep -E 'I\s+refs' | sed 's/.*refs: *//; s/,//g'
}
lo=$(count 3)
hi=$(count 9)
echo "text engine: $(( (hi - lo) / 6 / 1000000 )) M instructions per pass over the seeds (valgrind, 9 − 3 rounds)"
