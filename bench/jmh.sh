#!/usr/bin/env bash
# Runs the JMH benchmarks (all, or those matching $1) and prints JMH's table; copy the figures to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -B -q -Dstyle.color=never -DskipTests -pl bench -am install
mvn -B -q -Dstyle.color=never -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
"$JAVA_HOME/bin/java" -Dmastervoice.home="$PWD" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.openjdk.jmh.Main -jvmArgsAppend "-Dmastervoice.home=$PWD" "${1:-.*}"
