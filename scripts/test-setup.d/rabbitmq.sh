# Sourced by test.sh: starts a throwaway RabbitMQ node for the broker tests and exports
# MARSAD_TEST_RABBITMQ (an amqp:// URI). The node keeps its data, logs and Erlang cookie in a temporary
# folder, listens on free local ports (AMQP, distribution, its own epmd) and is stopped and removed when
# test.sh exits. Installs Debian's rabbitmq-server if missing. Set MARSAD_TEST_RABBITMQ yourself to
# use an existing broker instead.

_marsad_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

_marsad_mq_start() {
  local bin=/usr/lib/rabbitmq/bin dir port
  if [ -n "${MARSAD_TEST_RABBITMQ:-}" ]; then
    echo "rabbitmq.sh: using MARSAD_TEST_RABBITMQ from the environment" >&2
    return 0
  fi
  if [ ! -x "$bin/rabbitmq-server" ]; then
    echo "rabbitmq.sh: installing RabbitMQ (Debian packages)…" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    # The package's own service is not wanted: policy-rc.d 101 keeps it from starting during install.
    DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $sudo apt-get install -y -qq rabbitmq-server >&2
  fi
  dir="$(mktemp -d /tmp/marsad-mq.XXXXXX)"
  port="$(_marsad_free_port)"
  mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"
  echo "[]." >"$dir/enabled_plugins"
  # Every setting the node and rabbitmqctl read, kept apart from any system node.
  _MARSAD_MQ_ENV=(
    HOME="$dir/home"
    RABBITMQ_NODENAME="marsad-test@localhost"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$port"
    RABBITMQ_DIST_PORT="$(_marsad_free_port)"
    ERL_EPMD_PORT="$(_marsad_free_port)"
    RABBITMQ_MNESIA_BASE="$dir/mnesia"
    RABBITMQ_LOG_BASE="$dir/log"
    RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
    RABBITMQ_CONFIG_FILE="$dir/rabbitmq"
    RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
  )
  # Low disk in /tmp must not make the node refuse publishers during tests.
  echo "disk_free_limit.absolute = 50MB" >"$dir/rabbitmq.conf"
  env "${_MARSAD_MQ_ENV[@]}" "$bin/rabbitmq-server" >"$dir/server.out" 2>&1 &
  _MARSAD_MQ_DIR="$dir"
  if ! env "${_MARSAD_MQ_ENV[@]}" timeout 330 "$bin/rabbitmqctl" -q wait --timeout 300 "$dir/rabbitmq.pid" >/dev/null 2>&1; then
    cat "$dir/server.out" >&2
    echo "rabbitmq.sh: RabbitMQ did not start" >&2
    return 1
  fi
  export MARSAD_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$port/"
  echo "rabbitmq.sh: throwaway RabbitMQ on 127.0.0.1:$port ($dir)" >&2
}

_marsad_mq_stop() {
  if [ -n "${_MARSAD_MQ_DIR:-}" ]; then
    env "${_MARSAD_MQ_ENV[@]}" timeout 60 /usr/lib/rabbitmq/bin/rabbitmqctl -q shutdown >/dev/null 2>&1 || true
    # The epmd this node started on its own port.
    env "${_MARSAD_MQ_ENV[@]}" epmd -kill >/dev/null 2>&1 || true
    rm -rf "$_MARSAD_MQ_DIR"
    _MARSAD_MQ_DIR=""
  fi
}

# Keep any exit trap an earlier setup script installed.
_marsad_mq_prev_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
trap "_marsad_mq_stop; ${_marsad_mq_prev_trap}" EXIT
_marsad_mq_start
