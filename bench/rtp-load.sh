#!/usr/bin/env bash
# RTP through the relay under concurrent calls: a sipp UAC places calls that each play a 4 s PCMU tone (200
# packets) and RFC 4733 digits; a sipp UAS registered as extension 1999 echoes every packet back. The node
# counts packets relayed in each direction; loss = what should have crossed minus what did.
# Usage: bench/rtp-load.sh [calls-per-second] [total-calls]   (concurrent calls ~ rate x 5 s)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
RATE=${1:-10}
CALLS=${2:-200}
work=$(mktemp -d)
source bench/lib.sh
trap 'stop_platform; rm -rf "$work"' EXIT
build_bench
start_platform "$work" 18480 15580 18488 18400 19700 --rtp-ports 20000-39999 --log-level warn
"$JAVA_HOME/bin/java" -cp "$CP" org.mastervoice.bench.SipBenchSeed http://127.0.0.1:18400 "$work/users.csv"
health() { curl -s http://127.0.0.1:18488/health | sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }

printf 'SEQUENTIAL\n1999;bench.test;pass1999\n' > "$work/callee.csv"
timeout 20 sipp 127.0.0.1:15580 -sf bench/sipp/register_auth.xml -inf "$work/callee.csv" -auth_uri bench.test -i 127.0.0.1 \
  -p 51999 -m 1 -nostdin -cp 38001 > /dev/null 2>&1
(cd bench/sipp && timeout -k 5 $((CALLS / RATE + 60)) sipp -sf uas_answer.xml -i 127.0.0.1 -p 51999 -mi 127.0.0.1 -mp 52000 \
  -rtp_echo -nostdin -buff_size 4000000 -cp 38002 -default_behaviors all,-abortunexp > "$work/uas.log" 2>&1) &
uas=$!
sleep 1
before_a=$(health rtpFromCallers); before_b=$(health rtpFromCallees)
(cd bench/sipp && timeout -k 5 $((CALLS / RATE + 60)) sipp 127.0.0.1:15580 -sf uac_call_rtp.xml -inf "$work/users.csv" -s 1999 \
  -auth_uri 1999@bench.test -i 127.0.0.1 -p 51998 -mi 127.0.0.1 -mp 53000 -r "$RATE" -m "$CALLS" -l $((RATE * 10)) \
  -nostdin -buff_size 4000000 -cp 38003 > "$work/uac.log" 2>&1) || true
ok=$(grep -a "Successful call" "$work/uac.log" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
failed=$(grep -a "Failed call" "$work/uac.log" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
sleep 2
after_a=$(health rtpFromCallers); after_b=$(health rtpFromCallees)
kill $uas 2>/dev/null || true
from_callers=$((after_a - before_a)); from_callees=$((after_b - before_b))
echo "rtp load: ${RATE} calls/s, ${CALLS} calls (ok=${ok:-0} failed=${failed:-0}), ~$((RATE * 5)) concurrent"
echo "relayed caller->callee: ${from_callers} packets, callee->caller (echo): ${from_callees} packets"
awk -v a="$from_callers" -v b="$from_callees" 'BEGIN { if (a > 0) printf "echo path loss through the relay: %.3f%%\n", (a - b) * 100.0 / a }'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
