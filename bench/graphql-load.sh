#!/usr/bin/env bash
# GraphQL throughput and latency on the one-machine platform, plus the functions' start-up time.
# Starts ./mastervoice up on spare ports with a throw-away data dir, runs GraphQlLoad, stops the platform.
# Usage: bench/graphql-load.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
source bench/lib.sh
trap 'cp "$work/platform.log" /tmp/graphql-load-platform.log 2>/dev/null; stop_platform; rm -rf "$work"' EXIT
build_bench
start_platform "$work" 18180 15180 18188 18100 19400
"$JAVA_HOME/bin/java" -cp "$CP" org.mastervoice.bench.GraphQlLoad \
  "$work/data" 18180 18100 functions/target/mastervoice-functions-exec.jar "${1:-8}" "${2:-20}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
