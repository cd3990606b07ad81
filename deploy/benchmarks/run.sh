#!/usr/bin/env bash
# Runs a benchmark: contacts against the local run (start ./local-run.sh first), matching in process.
# Usage: deploy/benchmarks/run.sh contacts|matching [options]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f deploy/benchmarks/target/classpath.txt ] || ./mvnw -B -q package -DskipTests -pl deploy/benchmarks -am
benchmark=$1
shift
case "$benchmark" in
  contacts) main=org.warmintro.benchmarks.ContactsBenchmark ;;
  # JMH, in process: needs no local run; options as for JMH, e.g. matching -f 1 -wi 3 -i 5 -w 2s -r 2s
  matching) main=org.openjdk.jmh.Main; set -- org.warmintro.benchmarks.matching "$@" ;;
  *) echo "unknown benchmark: $benchmark (contacts, matching)" >&2; exit 2 ;;
esac
exec java -cp "deploy/benchmarks/target/classes:$(cat deploy/benchmarks/target/classpath.txt)" "$main" "$@"
