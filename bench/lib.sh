# Sourced by the bench scripts: builds the bench classpath and starts/stops the one-machine platform
# on the ports a script chooses, so every benchmark measures the platform started the same way.

# Installs the modules the bench needs and sets CP to the bench classpath.
build_bench() {
  mvn -B -q -Dstyle.color=never -DskipTests -pl bench -am install
  mvn -B -q -Dstyle.color=never -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  CP="bench/target/classes:$(cat bench/target/classpath.txt)"
}

# start_platform <work-dir> <http> <sip> <media-http> <dynamodb> <sqs> [more ./mastervoice up settings]
# Data in <work-dir>/data, log in <work-dir>/platform.log; returns once the platform says it is up,
# exits the script with the log if it dies first. Sets $platform to its pid.
start_platform() {
  local work=$1
  ./mastervoice up --data-dir "$work/data" --http-port "$2" --sip-port "$3" --media-http-port "$4" \
    --dynamodb-port "$5" --sqs-port "$6" "${@:7}" > "$work/platform.log" 2>&1 &
  platform=$!
  until grep -q "MasterVoice Open is up" "$work/platform.log"; do
    kill -0 "$platform" 2>/dev/null || { cat "$work/platform.log"; exit 1; }
    sleep 0.5
  done
}

# Stops what start_platform started (safe to call from an EXIT trap before or after it ran).
stop_platform() {
  [ -n "${platform:-}" ] || return 0
  kill -TERM "$platform" 2>/dev/null || true
  wait "$platform" 2>/dev/null || true
}
