#!/usr/bin/env bash
# `npm test`: the whole suite (type check, then vitest) against real Redis, ffmpeg,
# espeak-ng and Chromium. Installs what is missing first, like `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_node
ensure_packages ffmpeg:ffmpeg ffprobe:ffmpeg espeak-ng:espeak-ng chromium:chromium
ensure_npm_deps
ensure_redis
npm run --silent build
npx tsc -p tsconfig.json --noEmit
npx vitest run "$@"
