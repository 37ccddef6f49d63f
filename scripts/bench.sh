#!/usr/bin/env bash
# `npm run bench`: the benchmarks of docs/benchmarks.md, against same-run baselines.
# Installs what they need first (wrk, a C load generator that a Node server cannot outrun).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_node
ensure_packages ffmpeg:ffmpeg espeak-ng:espeak-ng
ensure_packages wrk:wrk || log "continuing without wrk: autocannon will generate the load"
ensure_npm_deps
ensure_redis
npm run --silent build
node dist/bench/run.js "$@"
