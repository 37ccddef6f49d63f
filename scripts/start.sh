#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, makes sure Redis answers, then runs the
# API and a worker on the offline defaults (espeak-ng, ./audio-cache, local Redis).
# Honours the environment: PORT, REDIS_URL, CACHE_DIR, EDITOR_API_KEYS, TTS_PROVIDER, …
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_node
ensure_packages ffmpeg:ffmpeg ffprobe:ffmpeg espeak-ng:espeak-ng
ensure_npm_deps
log "building"
npm run --silent build
ensure_redis

# A development key is generated once and kept, so the demo page and curl keep working.
if [ -z "${EDITOR_API_KEYS:-}" ] && [ "${NODE_ENV:-development}" != production ]; then
  mkdir -p "${CACHE_DIR:-./audio-cache}"
  keyfile="${CACHE_DIR:-./audio-cache}/.dev-editor-key"
  [ -s "$keyfile" ] || node -e 'console.log("dev-" + require("node:crypto").randomBytes(12).toString("hex"))' > "$keyfile"
  export EDITOR_API_KEYS=$(cat "$keyfile")
  log "development editor API key: $EDITOR_API_KEYS"
fi

# One process runs the API and a worker (BullMQ worker; espeak-ng and the LAME encoders in
# threads of their own, ffmpeg only to decode), so stopping `npm start` can never leave a
# worker behind. Deployments
# run `node dist/server.js` and any number of `node dist/worker.js` instead.
exec node dist/server.js --with-worker
