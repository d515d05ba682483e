#!/usr/bin/env bash
# Regenerates the example report in docs/review.md: the default workload (examples/shop.json)
# against a modified one (one NAT gateway, 30 days of flow logs, the search tier one size up, the
# notifications queue and its sender removed). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
modified="examples/.shop-modified.$$.json"
trap 'rm -rf "$work" "$modified"' EXIT

node -e '
const fs = require("fs");
const w = JSON.parse(fs.readFileSync("examples/shop.json", "utf8"));
w.network = { ...w.network, natGateways: "single", flowLogRetentionDays: 30 };
w.tiers.search.size = "large";
delete w.queues.notifications;
for (const t of Object.values(w.topics ?? {})) t.subscriptions = (t.subscriptions ?? []).filter((s) => s !== "notifications");
delete w.functions["notification-sender"];
fs.writeFileSync(process.argv[1], JSON.stringify(w, null, 2));
' "$modified"

npm run --silent build
node dist/src/main.js --out "$work/base" 2>/dev/null
node dist/src/main.js --config "$modified" --out "$work/head" 2>/dev/null
node dist/src/review.js --base "$work/base" --head "$work/head" --out "$work/review.md" 2>/dev/null

node -e '
const fs = require("fs");
const doc = fs.readFileSync("docs/review.md", "utf8");
const start = doc.indexOf("````markdown\n");
if (start < 0) throw new Error("no ````markdown block in docs/review.md");
fs.writeFileSync("docs/review.md", doc.slice(0, start) + "````markdown\n" + fs.readFileSync(process.argv[1], "utf8") + "````\n");
' "$work/review.md"
echo "docs/review.md: example report regenerated"
