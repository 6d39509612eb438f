#!/usr/bin/env bash
# Start a throwaway PostgreSQL from Debian's packages on 127.0.0.1 and a free port, run a
# command with BRIEFBOT_TEST_POSTGRES pointing at it, then stop it and remove its data.
#   bash tests/postgres.sh <command …>
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql) >/tmp/postgres-install.log 2>&1
fi
BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
DIR=$(mktemp -d /tmp/briefbot-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RUN_AS=()
if [ "$(id -u)" = 0 ]; then  # PostgreSQL refuses to run as root
  id briefbot-pg >/dev/null 2>&1 || useradd --system --no-create-home briefbot-pg
  chown briefbot-pg "$DIR"
  RUN_AS=(runuser -u briefbot-pg --)
fi
"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U briefbot --auth=trust >"$DIR/initdb.log" 2>&1
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >/dev/null
trap '"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$DIR"' EXIT
export BRIEFBOT_TEST_POSTGRES="postgresql://briefbot@127.0.0.1:$PORT/postgres"
"$@"
