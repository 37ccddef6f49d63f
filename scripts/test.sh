#!/usr/bin/env bash
# `npm test`: the whole suite (type check, lint, layer check, then vitest) against real
# Redis, PostgreSQL, ffmpeg, espeak-ng, Chromium and nginx. Installs and starts what is missing
# first, like `npm start` (an S3-protocol server is started by the tests themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_node
ensure_packages ffmpeg:ffmpeg ffprobe:ffmpeg espeak-ng:espeak-ng chromium:chromium
# nginx (in /usr/sbin): the test of nginx sending verified MP3s itself runs a real one.
PATH="$PATH:/usr/sbin" ensure_packages nginx:nginx
ensure_npm_deps
ensure_redis
ensure_postgres
npm run --silent build
npx tsc -p tsconfig.json --noEmit
npx biome lint
node scripts/check-layers.mjs
npx vitest run "$@"
