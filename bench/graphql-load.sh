#!/usr/bin/env bash
# GraphQL throughput and latency on the one-machine platform, plus the functions' start-up time.
# Starts ./mastervoice up on spare ports with a throw-away data dir, runs GraphQlLoad, stops the platform.
# Usage: bench/graphql-load.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -B -q -Dstyle.color=never -DskipTests -pl bench -am install
mvn -B -q -Dstyle.color=never -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
data=$(mktemp -d)
log="$data/platform.log"
./mastervoice up --data-dir "$data" --http-port 18180 --sip-port 15180 --media-http-port 18188 \
  --dynamodb-port 18100 --sqs-port 19400 > "$log" 2>&1 &
platform=$!
trap 'cp "$log" /tmp/graphql-load-platform.log; kill -TERM $platform 2>/dev/null; wait $platform 2>/dev/null || true; rm -rf "$data"' EXIT
until grep -q "MasterVoice Open is up" "$log"; do
  kill -0 $platform 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.mastervoice.bench.GraphQlLoad \
  "$data" 18180 18100 functions/target/mastervoice-functions-exec.jar "${1:-8}" "${2:-20}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
