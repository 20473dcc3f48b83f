#!/usr/bin/env bash
# Shows that declutter, as a record-for-record JSON Lines filter, runs under GNU parallel --pipe
# (which splits a stream into blocks of whole lines, runs a declutter per block, here or on other
# hosts with --sshlogin, and keeps the blocks' order) and gives the same records as one process.
# usage: scripts/check-parallel.sh [RECORDS.jsonl]   (default: the benchmark pages as records)
# needs: GNU parallel (Debian: apt-get install parallel), a built dist/ (npx tsc -p .)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v parallel >/dev/null || { echo "GNU parallel is not installed (apt-get install parallel)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
records="${1:-}"
if [ -z "$records" ]; then
  records="$work/records.jsonl"
  node -e '
    const fs = require("node:fs"), zlib = require("node:zlib"), path = require("node:path");
    const dir = "../shared/bench/scrapinghub/html";
    for (const f of fs.readdirSync(dir).sort()) {
      const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString("utf8");
      process.stdout.write(JSON.stringify({ id: f.split(".")[0], html }) + "\n");
    }' > "$records"
fi

# timings differ from run to run; everything else must not
strip() { node -e '
  const lines = require("node:fs").readFileSync(0, "utf8").trim().split("\n");
  for (const l of lines) { const o = JSON.parse(l); delete o.stats; delete o.source; console.log(JSON.stringify(o)); }'; }

node bin/declutter.js -f json -q -j 1 < "$records" | strip > "$work/single.jsonl"
parallel --pipe --keep-order --block 2M -j 2 node bin/declutter.js -f json -q -j 1 < "$records" | strip > "$work/parallel.jsonl"

if cmp -s "$work/single.jsonl" "$work/parallel.jsonl"; then
  echo "GNU parallel --pipe: $(wc -l < "$work/parallel.jsonl") records, identical to a single process"
else
  echo "GNU parallel --pipe: records differ from a single process" >&2
  diff <(cut -c1-200 "$work/single.jsonl") <(cut -c1-200 "$work/parallel.jsonl") | head >&2
  exit 1
fi
