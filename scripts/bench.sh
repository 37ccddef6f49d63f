#!/usr/bin/env bash
# `npm run bench`: the benchmarks of docs/benchmarks.md, against same-run baselines.
# Installs what they need first: wrk (a C load generator that a Node server cannot outrun)
# and nginx (the cache-hit baselines behind and without it).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_node
ensure_packages ffmpeg:ffmpeg espeak-ng:espeak-ng wrk:wrk
PATH="$PATH:/usr/sbin" ensure_packages nginx:nginx || log "continuing without nginx: the cache-hit figures behind nginx are left out"
ensure_npm_deps
ensure_redis
npm run --silent build
node dist/bench/run.js "$@"
