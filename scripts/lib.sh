# Shared by scripts/start.sh, scripts/test.sh and .ci/run: installs what the project needs.
# Never prompts. Uses apt-get when root (or passwordless sudo); otherwise names what is missing.

SYSTEM_PACKAGES_DEFAULT="ffmpeg espeak-ng redis-server"

log() { printf '\033[1m[tts-reader]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else return 1
  fi
}

# ensure_packages "cmd:package" ...  — installs the Debian package of each missing command.
ensure_packages() {
  local missing=() pair cmd pkg
  for pair in "$@"; do
    cmd=${pair%%:*}; pkg=${pair#*:}
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    log "missing system packages: ${missing[*]} — install them with your package manager, then run again"
    return 1
  fi
  log "installing system packages: ${missing[*]}"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
      log "could not install: ${missing[*]} (need root or passwordless sudo). Install them, then run again:"
      log "  sudo apt-get install -y ${missing[*]}"
      return 1
    fi
  fi
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    log "Node.js >= 20.19 is required (https://nodejs.org or your distribution's nodejs package)"
    return 1
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
    log "Node.js >= 20.19 is required; this is $(node --version)"
    return 1
  }
}

# Installs npm dependencies when node_modules is missing or older than the lockfile.
ensure_npm_deps() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Starts a local redis-server when nothing answers at REDIS_URL (only for local URLs).
ensure_redis() {
  local url=${REDIS_URL:-redis://127.0.0.1:6379}
  if node -e '
    const net = require("node:net"); const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 6379), u.hostname || "127.0.0.1");
    s.setTimeout(1000); s.on("connect", () => { s.write("PING\r\n"); });
    s.on("data", (d) => process.exit(String(d).includes("PONG") || String(d).includes("NOAUTH") ? 0 : 1));
    s.on("error", () => process.exit(1)); s.on("timeout", () => process.exit(1));' "$url"; then
    return 0
  fi
  case "$url" in
    redis://127.0.0.1*|redis://localhost*|redis://\[::1\]*) ;;
    *) log "Redis at $url does not answer; start it or set REDIS_URL"; return 1 ;;
  esac
  ensure_packages redis-server:redis-server || return 1
  local port
  port=$(node -e 'console.log(new URL(process.argv[1]).port || 6379)' "$url")
  log "starting a local redis-server on port $port"
  redis-server --daemonize yes --port "$port" --bind 127.0.0.1 --save "" --appendonly no >/dev/null
  for _ in $(seq 1 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  log "redis-server did not start"
  return 1
}

# Makes sure PostgreSQL answers on 127.0.0.1:5432 with a database `test` the tests may use
# (trust auth on loopback, as on the development and CI machines). Installs and starts
# Debian's postgresql when nothing answers and we may (root or passwordless sudo).
ensure_postgres() {
  local url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
  if node -e '
    const net = require("node:net"); const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 5432), u.hostname); s.setTimeout(1000);
    s.on("connect", () => process.exit(0)); s.on("error", () => process.exit(1)); s.on("timeout", () => process.exit(1));' "$url"; then
    :
  else
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
      ensure_packages pg_ctlcluster:postgresql || return 1
    fi
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$version" ] || { log "postgresql is installed but has no cluster"; return 1; }
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    # Trust on loopback only: a test database, never a deployment's.
    if ! as_root grep -q '^host all all 127.0.0.1/32 trust' "$hba" 2>/dev/null; then
      as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba" || true
    fi
    log "starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || as_root pg_ctlcluster "$version" main start || return 1
    for _ in $(seq 1 50); do
      pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break
      sleep 0.2
    done
  fi
  # The database `test` for the tests (each test makes its own schema in it).
  if ! psql "$url" -Atc 'select 1' >/dev/null 2>&1; then
    local admin=${url%/*}/postgres
    psql "$admin" -Atc 'create database test' >/dev/null 2>&1 ||
      as_root su postgres -c "psql -Atc 'create database test'" >/dev/null 2>&1 || true
    psql "$url" -Atc 'select 1' >/dev/null 2>&1 || { log "PostgreSQL answers but database test is not usable at $url"; return 1; }
  fi
}
