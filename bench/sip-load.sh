#!/usr/bin/env bash
# SIP load on the one-machine platform, with Kamailio as the reference on the same machine and scenarios:
#  1. REGISTER with digest auth: rate ramp (10 s per step), highest rate with zero failed registrations,
#     and the server's CPU seconds per 1,000 registrations at that rate;
#  2. calls (INVITE with auth -> 200 -> ACK -> BYE, no RTP) from a sipp UAC to a sipp UAS registered as an
#     extension: rate ramp, highest rate with zero failed calls.
# Needs sipp (sip-tester) and kamailio from Debian. Usage: bench/sip-load.sh [step-seconds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
STEP=${1:-10}
REG_RATES=(500 1000 2000 4000 6000 8000)
CALL_RATES=(50 100 200 300 400 600)
work=$(mktemp -d)
results="$work/results.txt"

source bench/lib.sh
trap 'stop_platform; [ -n "${kam:-}" ] && kill $kam 2>/dev/null; cp "$results" /tmp/sip-load-results.txt 2>/dev/null; rm -rf "$work"' EXIT
build_bench

cpu_ticks() { # utime+stime of a process and its threads, in clock ticks
  awk '{print $14+$15}' /proc/"$1"/stat 2>/dev/null || echo 0
}
tree_ticks() { # the same over a process and its direct children (Kamailio forks workers)
  local t; t=$(cpu_ticks "$1"); for c in $(pgrep -P "$1"); do t=$((t + $(cpu_ticks "$c"))); done; echo "$t"
}

# one sipp step: prints "<successful> <failed>"
sipp_step() {
  local port=$1; shift
  local out; out=$(timeout -k 5 $((STEP + 40)) sipp 127.0.0.1:"$port" -i 127.0.0.1 -nostdin -buff_size 4000000 \
      -cp "$((RANDOM % 20000 + 30000))" -p "$((RANDOM % 20000 + 30000))" "$@" 2>&1 || true)
  local ok fail
  ok=$(echo "$out" | grep -a "Successful call" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  fail=$(echo "$out" | grep -a "Failed call" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  echo "${ok:-0} ${fail:-0}"
}

ramp() { # name port pid-of-server
  local name=$1 port=$2 pid=$3
  local best=0 best_cpu="-"
  for r in "${REG_RATES[@]}"; do
    local t0; t0=$(tree_ticks "$pid")
    read -r ok fail < <(sipp_step "$port" -sf bench/sipp/register_auth.xml -inf "$work/users.csv" -auth_uri bench.test \
        -r "$r" -m $((r * STEP)) -l $((r * 2)))
    local t1; t1=$(tree_ticks "$pid")
    local cpu; cpu=$(awk -v d=$((t1 - t0)) -v n="$ok" 'BEGIN { printf "%.2f", (n > 0 ? d / 100.0 / n * 1000 : 0) }')
    echo "$name REGISTER $r/s: ok=$ok failed=$fail cpu=${cpu}s/1000" | tee -a "$results"
    if [ "$fail" = 0 ] && [ "$ok" -gt 0 ]; then best=$r; best_cpu=$cpu; else break; fi
  done
  echo "$name REGISTER highest clean rate: $best/s (CPU $best_cpu s per 1,000)" | tee -a "$results"

  # the callee: register 1999 from the UAS's port, then answer every call
  local uas_port=$((RANDOM % 10000 + 50000))
  printf 'SEQUENTIAL\n1999;bench.test;pass1999\n' > "$work/callee.csv"
  timeout 20 sipp 127.0.0.1:"$port" -sf bench/sipp/register_auth.xml -inf "$work/callee.csv" -auth_uri bench.test -i 127.0.0.1 \
      -p "$uas_port" -m 1 -nostdin -cp $((RANDOM % 20000 + 30000)) > /dev/null 2>&1
  timeout -k 5 $(( ${#CALL_RATES[@]} * (STEP + 40) )) sipp -sf bench/sipp/uas_answer.xml -i 127.0.0.1 -p "$uas_port" -nostdin \
      -buff_size 4000000 -cp $((RANDOM % 20000 + 30000)) -default_behaviors all,-abortunexp > /dev/null 2>&1 &
  local uas=$!
  sleep 1
  best=0
  for r in "${CALL_RATES[@]}"; do
    read -r ok fail < <(sipp_step "$port" -sf bench/sipp/uac_call_nomedia.xml -inf "$work/users.csv" -s 1999 \
        -auth_uri 1999@bench.test -r "$r" -m $((r * STEP)) -d 0 -l $((r * 4)) -mi 127.0.0.1 -mp 26000)
    echo "$name calls $r/s: ok=$ok failed=$fail" | tee -a "$results"
    if [ "$fail" = 0 ] && [ "$ok" -gt 0 ]; then best=$r; else break; fi
  done
  kill "$uas" 2>/dev/null || true
  echo "$name calls highest clean rate: $best/s" | tee -a "$results"
}

# --- MasterVoice: the one-machine platform ------------------------------------------------------------
start_platform "$work" 18380 15380 18388 18300 19600 --rtp-ports 20000-39999 --log-level warn
"$JAVA_HOME/bin/java" -cp "$CP" org.mastervoice.bench.SipBenchSeed http://127.0.0.1:18300 "$work/users.csv"
node_pid=$(pgrep -f "mastervoice-media-node-exec.jar" | head -1)
ramp "mastervoice" 15380 "$node_pid"
stop_platform; platform=

# --- Kamailio, the reference ------------------------------------------------------------------------
sed "s/BENCH_PORT/15480/" bench/kamailio/kamailio.cfg > "$work/kamailio.cfg"
kamailio -f "$work/kamailio.cfg" -DD -E -m 1024 -M 16 > "$work/kamailio.log" 2>&1 &
kam=$!
sleep 2
ramp "kamailio" 15480 "$kam"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F), step ${STEP} s" | tee -a "$results"
