#!/usr/bin/env bash
# The image tested in a real container: build it on a local base, run it with no network and a
# read-only root as its non-root user, and check what an operator relies on. Prints a closing
# "N passed, N failed" line; exits non-zero when any check fails.
set -uo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BASE=$(bash "$SHARED/tools/docker-local-base.sh" | tail -n 1) || { echo "could not prepare the local base image"; exit 1; }
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker
command -v docker-compose >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y docker-compose >/tmp/compose-install.log 2>&1
TAG=briefbot:ci
NAME=briefbot-ci-$$
VOLUME=briefbot-ci-data-$$
passed=0; failed=0
check() { # check "what" command…
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}
cleanup() {
  $DOCKER rm -f "$NAME" >/dev/null 2>&1
  $DOCKER volume rm -f "$VOLUME" >/dev/null 2>&1
  (cd "$WORK" 2>/dev/null && docker-compose -p briefbotci down -v >/dev/null 2>&1)
  rm -rf "${WORK:-/nonexistent}"
}
trap cleanup EXIT

start=$(date +%s)
check "image builds on $BASE" env DOCKER_BUILDKIT=1 $DOCKER build -q --network host --build-arg "BASE_IMAGE=$BASE" -t "$TAG" . >/tmp/briefbot-build.log
echo "     (build took $(( $(date +%s) - start )) s)"

$DOCKER run -d --name "$NAME" --network none --read-only --tmpfs /tmp -v "$VOLUME:/data" \
  -e DISCORD_TOKEN=dummy-token -e HEALTH_DISCORD_GRACE=5 "$TAG" >/dev/null
sleep 9
check "runs as the non-root user 10001" test "$($DOCKER exec "$NAME" id -u)" = 10001
check "stays up without a network" test "$($DOCKER inspect -f '{{.State.Running}}' "$NAME")" = true
check "retries the connection with backoff" sh -c "$DOCKER logs $NAME 2>&1 | grep -q 'cannot reach Discord.*trying again in 10 s'"
check "never logs the token" sh -c "! $DOCKER logs $NAME 2>&1 | grep -q dummy-token"
health=$($DOCKER exec "$NAME" python -m bot health); code=$?
check "health reports the Discord link down" sh -c "[ $code -ne 0 ] && echo '$health' | grep -q 'BAD discord'"
check "health finds briefs and a writable database" sh -c "echo '$health' | grep -q 'ok  briefs' && echo '$health' | grep -q 'ok  database'"
check "ask answers inside the container" sh -c "$DOCKER exec $NAME python -m bot ask '!who lavrov' | grep -q 'Sergey Lavrov'"
check "build writes into /data" $DOCKER exec "$NAME" python -m bot build --out /data/rebuilt
check "digest --print works" sh -c "$DOCKER exec $NAME python -m bot digest --print | grep -q 'Daily digest'"
stop_start=$(date +%s%N)
$DOCKER stop -t 10 "$NAME" >/dev/null
stop_ms=$(( ($(date +%s%N) - stop_start) / 1000000 ))
check "docker stop finishes within 10 s (${stop_ms} ms)" test "$stop_ms" -lt 10000
check "exits 0 on SIGTERM" test "$($DOCKER inspect -f '{{.State.ExitCode}}' "$NAME")" = 0

WORK=$(mktemp -d)
cp docker-compose.yml "$WORK/" && mkdir -p "$WORK/seeds" && cp seeds/* "$WORK/seeds/"
sed -e 's/^DISCORD_TOKEN=.*/DISCORD_TOKEN=dummy-token/' -e "s#^BASE_IMAGE=.*#BASE_IMAGE=$BASE#" .env.example > "$WORK/.env"
$DOCKER tag "$TAG" briefbot:latest
check "docker-compose config is valid" sh -c "cd $WORK && docker-compose -p briefbotci config -q"
check "docker-compose up -d starts the bot" sh -c "cd $WORK && docker-compose -p briefbotci up -d --no-build >/dev/null 2>&1 && sleep 4 && docker-compose -p briefbotci ps | grep -q Up"
check "docker-compose down stops it" sh -c "cd $WORK && docker-compose -p briefbotci down -v >/dev/null 2>&1"

size=$($DOCKER image inspect -f '{{.Size}}' "$TAG"); base_size=$($DOCKER image inspect -f '{{.Size}}' "$BASE")
own_mb=$(( (size - base_size) / 1000000 ))
echo "     image $(( size / 1000000 )) MB, of which the project's own layers: ${own_mb} MB over $BASE"
check "project layers under 60 MB" test "$own_mb" -lt 60
echo "container: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
