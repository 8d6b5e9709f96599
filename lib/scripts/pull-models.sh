#!/bin/sh
# Provision Ollama models onto the model volume before the server starts.
#
# Runs as the `pull-models` init container: the pod becomes Ready only after
# every model given as an argument is on the volume. A model already there is
# not downloaded again, so a restart needs no registry. A pull is tried
# PULL_ATTEMPTS times, PULL_BACKOFF_SECONDS apart (doubling); when one still
# fails the script exits non-zero, which keeps the pod out of service and
# shows in `kubectl logs <pod> -c pull-models`.
#
# Usage: pull-models.sh MODEL...
# Environment: PULL_ATTEMPTS (default 3), PULL_BACKOFF_SECONDS (default 10),
#              SERVE_WAIT_SECONDS (default 60), OLLAMA_HOST (ollama's own).
set -eu

attempts=${PULL_ATTEMPTS:-3}
backoff=${PULL_BACKOFF_SECONDS:-10}
serve_wait=${SERVE_WAIT_SECONDS:-60}

log() { echo "pull-models: $*"; }

# Kubernetes stops a pod with SIGTERM to PID 1, this shell: stop the pull under way at once
# rather than wait out the grace period (the EXIT trap below stops the server).
child=
trap 'log "stopped by a signal"; [ -z "$child" ] || kill "$child" 2>/dev/null; exit 143' TERM INT

# Run a command in the background and wait for it: a signal interrupts `wait`, not a foreground job.
run() {
  "$@" &
  child=$!
  status=0
  wait "$child" || status=$?
  child=
  return "$status"
}

if [ "$#" -eq 0 ]; then
  log "no models listed, nothing to do"
  exit 0
fi

# `ollama pull` and `ollama show` talk to a server: start a private one.
ollama serve >/tmp/pull-models-serve.log 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true' EXIT

waited=0
until ollama list >/dev/null 2>&1; do
  if ! kill -0 "$serve_pid" 2>/dev/null || [ "$waited" -ge "$serve_wait" ]; then
    log "ERROR: the ollama server did not start within ${serve_wait}s; its log:"
    cat /tmp/pull-models-serve.log
    exit 1
  fi
  sleep 1
  waited=$((waited + 1))
done

failed=0
for model in "$@"; do
  if ollama show "$model" >/dev/null 2>&1; then
    log "$model: already on the volume, skipped"
    continue
  fi
  try=1
  delay=$backoff
  while :; do
    if run ollama pull "$model" && ollama show "$model" >/dev/null 2>&1; then
      log "$model: pulled"
      break
    fi
    if [ "$try" -ge "$attempts" ]; then
      log "ERROR: $model: pull failed after $attempts attempt(s)"
      failed=$((failed + 1))
      break
    fi
    log "$model: pull attempt $try of $attempts failed, retrying in ${delay}s"
    sleep "$delay"
    try=$((try + 1))
    delay=$((delay * 2))
  done
done

if [ "$failed" -ne 0 ]; then
  log "ERROR: $failed model(s) missing; the server will not start"
  exit 1
fi
log "all $# model(s) present"
