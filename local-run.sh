#!/usr/bin/env bash
# The local run: builds what is missing or out of date, then starts Kafka, PostgreSQL, the MongoDB-protocol server,
# GreenMail and the three services, and stops them all on Ctrl+C. Options: --reset, --infra-only, --replicas N,
# --data-dir DIR.
set -euo pipefail
cd "$(dirname "$0")"

launcher=deploy/local/target/local-run.jar
applications=(contacts-service referral-service notification-service)

needs_build() {
  [ -f "$launcher" ] || return 0
  for application in "${applications[@]}"; do
    [ -f "$application/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -n "$(find . -path ./.local-data -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$launcher" -print -quit)" ]
}

if needs_build; then
  echo "Building the platform (./mvnw package -DskipTests)..."
  ./mvnw -B -q package -DskipTests
fi

# Ctrl+C is for the launcher alone, which stops the services before the stores and the broker they use: with job
# control the launcher runs in a process group of its own, so that the processes it starts do not get the terminal's
# SIGINT beside it; the launcher gets a SIGTERM in its place.
set -m
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dwarmintro.repository="$PWD" \
  -jar "$launcher" "$@" &
launcher_pid=$!
trap 'kill -TERM "$launcher_pid" 2>/dev/null || true' INT TERM HUP
status=0
wait "$launcher_pid" || status=$?
# a signal ends the wait at once; the launcher may still be stopping what it started
while kill -0 "$launcher_pid" 2>/dev/null; do
  status=0
  wait "$launcher_pid" || status=$?
done
exit "$status"
