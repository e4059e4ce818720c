#!/usr/bin/env bash
# E-learning under load on a running server (Derby unless configured otherwise):
#   bench/learning-bench.sh [base-url] [learners] [think-ms]
# LearningLoad.java makes N practice nurses in the demo practice (not timed), then they all take
# module 1 at once through the API: every lesson, a first attempt that fails, a retake with what
# the feedback taught them, their certificates. Latency per request kind; then one learner's
# certificate PDF 100 times after 20 warm-up requests; then the server's RSS.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${1:-http://localhost:9080}
N=${2:-200}
THINK=${3:-2000}
M2=${HOME}/.m2/repository
CP=$M2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar:$M2/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar
java -cp "$CP" "$HERE/LearningLoad.java" "$BASE" "$N" "$THINK"
PID=$(pgrep -f 'ws-server.jar.*spreekkamer' | head -1)
echo "server RSS: $(ps -o rss= -p "$PID" | awk '{printf "%.0f MB", $1/1024}')"
