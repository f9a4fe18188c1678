#!/usr/bin/env bash
# Starts the service on a free port against DATABASE_URL (unset: a scratch PGlite directory) and fuzzes v1, v2 and
# GraphQL from their specs with a fixed seed and a bounded budget (FUZZ_REQUESTS per API, at most FUZZ_SECONDS each);
# GraphQL with the admin key and a user token (mutations need one). Exits non-zero on any failure.
#   RATE_LIMIT_PER_MINUTE: high, so budgets do not turn the run into a stream of 429s (the fuzzer accepts a 429
#     as an answer, but a 429 tests nothing else);
#   RATE_LIMIT_NAMESPACE: budgets of its own, apart from other processes that share the Redis;
#   WEBHOOK_ALLOW_PRIVATE_TARGETS: the fuzzer generates webhook URLs on a closed loopback port only, which the
#     SSRF guard would otherwise refuse, so valid webhook requests would be refused as invalid.
set -euo pipefail
cd "$(dirname "$0")/.."
label="$1"
seed="${FUZZ_SEED:-20240611}"
requests="${FUZZ_REQUESTS:-2000}"
key="ak_fuzz$(node -e 'process.stdout.write(require("node:crypto").randomBytes(24).toString("hex"))')"
scratch="$(mktemp -d)"
log="$scratch/server.log"
port="$(node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})')"
PORT="$port" HOST=127.0.0.1 DATA_DIR="$scratch/data" ADMIN_API_KEY="$key" RATE_LIMIT_PER_MINUTE=1000000 RATE_LIMIT_NAMESPACE="fuzz-$port:" \
  WEBHOOK_ALLOW_PRIVATE_TARGETS=true LOG_LEVEL=warn node --import tsx src/main.ts >"$log" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$server" 2>/dev/null || true  # a server stuck on its event loop cannot act on SIGTERM
  rm -rf "$scratch"
}
trap stop EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
curl -fsS "$base/healthz" >/dev/null || { echo "the service did not start"; cat "$log"; exit 1; }
# a user token for GraphQL's mutations (which take one): create a user with the admin key; the answer carries its token
created="$(curl -fsS -X POST "$base/api/v2/users" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  --data "{\"name\":\"Fuzz author\",\"email\":\"fuzz-author-$port@example.com\",\"password\":\"$(node -e 'process.stdout.write(require("node:crypto").randomBytes(16).toString("hex"))')\"}")"
token="$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).token)' "$created")"
status=0
common=(--seed "$seed" --requests "$requests" --seconds "${FUZZ_SECONDS:-60}" --concurrency "${FUZZ_CONCURRENCY:-12}" --header "Authorization: Bearer $key")
echo "fuzz on $label: service at $base"
npm run -s fuzz -- --spec generated/v1/openapi.yaml --base-url "$base" "${common[@]}" || status=1
npm run -s fuzz -- --spec generated/v2/openapi.yaml --base-url "$base" "${common[@]}" || status=1
npm run -s fuzz -- --graphql "$base/graphql" --schema spec/graphql/schema.graphql "${common[@]}" \
  --alt-header "Authorization: Bearer $token" --requires-credentials || status=1
exit "$status"
