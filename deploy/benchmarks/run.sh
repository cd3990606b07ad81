#!/usr/bin/env bash
# Runs a benchmark: the pipeline against the running local run, a restart on a local run of its own, or matching
# (JMH) in process.
# Usage: deploy/benchmarks/run.sh pipeline|contacts|restart|matching [options]   (pipeline/restart --help: options)
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath=deploy/benchmarks/target/classpath.txt
ceiling=deploy/benchmarks/ceiling/target/quarkus-app/quarkus-run.jar
if [ ! -f "$classpath" ] || [ ! -f "$ceiling" ] \
    || [ -n "$(find deploy/benchmarks -path '*/src/main/*' -type f -newer "$classpath" -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests -pl deploy/benchmarks,deploy/benchmarks/ceiling -am
fi
benchmark=${1:-}
shift || true
case "$benchmark" in
  # against the local run: every figure of BENCHMARKS.md's Pipeline section beside its ceiling
  pipeline) main=org.warmintro.benchmarks.pipeline.Pipeline ;;
  # import and search only, as the earlier contacts benchmark measured them
  contacts) main=org.warmintro.benchmarks.pipeline.Pipeline; set -- --only import,search "$@" ;;
  # a local run of its own (none may run on its ports): a clean restart and a kill -9 replay of referral-service
  # with 40,000 profile events on the topic
  restart) main=org.warmintro.benchmarks.pipeline.Restart ;;
  # JMH, in process: needs no local run; options as for JMH, e.g. matching -f 1 -wi 3 -i 5 -w 2s -r 2s
  matching) main=org.openjdk.jmh.Main; set -- org.warmintro.benchmarks.matching "$@" ;;
  *) echo "usage: deploy/benchmarks/run.sh pipeline|contacts|restart|matching [options]" >&2; exit 2 ;;
esac
exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "deploy/benchmarks/target/classes:$(cat "$classpath")" "$main" "$@"
