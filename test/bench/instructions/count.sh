#!/bin/bash
# Instructions the text engine runs per pass over the three seed reports: a steady figure on a shared machine,
# where wall-clock time is not (`npm run bench text` gives the time). Needs valgrind (apt-get install -y valgrind).
# Usage: bash test/bench/instructions/count.sh [CORE_ENTRY]   (default core/index.ts; takes a few minutes)
# The difference of a HI- and a LO-round run, over HI − LO: the rounds after the first LO only. The default 9 − 3
# is quick and counts rounds that still run partly unoptimized code; LO=60 HI=80 counts settled rounds (V8 still recompiles up to about round 40),
# as the bench times them, and takes longer. node --predictable and a fixed address
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
LO=${LO:-3}
HI=${HI:-9}
lo=$(count "$LO")
hi=$(count "$HI")
echo "text engine: $(( (hi - lo) / (HI - LO) / 1000000 )) M instructions per pass over the seeds (valgrind, $HI − $LO rounds)"
