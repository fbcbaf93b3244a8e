# Sourced by test.sh: starts a throwaway PostgreSQL cluster for the storage tests and exports
# MARSAD_TEST_POSTGRES (a connection string). The cluster lives in a temporary folder on a free
# local port and is stopped and removed when test.sh exits. Installs Debian's postgresql if missing.
# Set MARSAD_TEST_POSTGRES yourself to use an existing server instead.

_marsad_pg_start() {
  local bin dir port run=()
  if [ -n "${MARSAD_TEST_POSTGRES:-}" ]; then
    echo "postgres.sh: using MARSAD_TEST_POSTGRES from the environment" >&2
    return 0
  fi
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "postgres.sh: installing PostgreSQL (Debian packages)…" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  dir="$(mktemp -d /tmp/marsad-pg.XXXXXX)"
  # initdb refuses to run as root: run the cluster as the postgres system user then.
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
    run=(runuser -u postgres --)
  fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
          || echo $(( 20000 + RANDOM % 20000 )))"
  "${run[@]}" "$bin/initdb" -D "$dir/data" -U marsad -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  _MARSAD_PG_DIR="$dir"
  _MARSAD_PG_CTL=("${run[@]}" "$bin/pg_ctl" -D "$dir/data")
  "${run[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U marsad -d postgres -qc "CREATE DATABASE marsad_test" >/dev/null
  export MARSAD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=marsad;Database=marsad_test"
  echo "postgres.sh: throwaway PostgreSQL on 127.0.0.1:$port ($dir)" >&2
}

_marsad_pg_stop() {
  if [ -n "${_MARSAD_PG_DIR:-}" ]; then
    "${_MARSAD_PG_CTL[@]}" stop -m fast -w >/dev/null 2>&1 || true
    rm -rf "$_MARSAD_PG_DIR"
    _MARSAD_PG_DIR=""
  fi
}

# Keep any exit trap an earlier setup script installed.
_marsad_pg_prev_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
trap "_marsad_pg_stop; ${_marsad_pg_prev_trap}" EXIT
_marsad_pg_start
