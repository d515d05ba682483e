#!/usr/bin/env bash
# Regenerates the example report in docs/review.md: the default workload (examples/shop.json)
# against the pull request of issue 18 (a fourth `orders` shard with a new listed region, a 12 GiB
# cache instead of 6, web max 20 instead of 12). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
modified="examples/.shop-modified.$$.json"
trap 'rm -rf "$work" "$modified"' EXIT

node -e '
const fs = require("fs");
const w = JSON.parse(fs.readFileSync("examples/shop.json", "utf8"));
w.databases.orders.shards = 4;
w.databases.orders.shardKey.lists.latam = 3;
w.cache.memoryGiB = 12;
w.tiers.web.capacity.max = 20;
fs.writeFileSync(process.argv[1], JSON.stringify(w, null, 2));
' "$modified"

npm run --silent build
node dist/src/main.js --out "$work/base" --quiet
node dist/src/main.js --config "$modified" --out "$work/head" --no-policy 2>"$work/head-synth.txt"
echo "synth of the head printed:"; cat "$work/head-synth.txt"
node dist/src/review.js --base "$work/base" --head "$work/head" --out "$work/review.md" 2>/dev/null

node -e '
const fs = require("fs");
const doc = fs.readFileSync("docs/review.md", "utf8");
const start = doc.indexOf("````markdown\n");
if (start < 0) throw new Error("no ````markdown block in docs/review.md");
fs.writeFileSync("docs/review.md", doc.slice(0, start) + "````markdown\n" + fs.readFileSync(process.argv[1], "utf8") + "````\n");
' "$work/review.md"
echo "docs/review.md: example report regenerated"
