#!/bin/sh
# Ollama's models as code, around `pull-models.sh`: prune what is no longer listed, create custom models.
#
#   manage-models.sh prune MODEL...
#     Runs as the `prune-models` init container, before the pulls (so that a model
#     replaced by another frees its space first): removes (`ollama rm`) every model
#     on the volume that is none of MODEL, one log line each. MODEL is every model
#     the values list, pulled or created; `llama3.2` is `llama3.2:latest`, case does
#     not matter. Only a listing that worked removes anything: when `ollama list`
#     fails or prints no header, nothing is removed and the script fails.
#
#   manage-models.sh create NAME MODELFILE [NAME MODELFILE]...
#     Runs as the `create-models` init container, after the pulls: makes each custom
#     model with `ollama create NAME -f MODELFILE`, in order (one may be built from one
#     created before it), unless NAME is on the volume and MODELFILE is the one it was
#     last created from: a copy is kept in CREATED_MODELS_DIR, on the volume, after
#     each create. After a failure nothing more is created (a model built on a stale
#     base would look current).
#
# Either exits non-zero when a step failed, which keeps the pod out of service and
# shows in `kubectl logs <pod> -c prune-models` (or `-c create-models`).
# Environment: SERVE_WAIT_SECONDS (default 60), CREATED_MODELS_DIR (create: required;
#              prune: the copies of removed models are removed too), OLLAMA_HOST.
set -eu

serve_wait=${SERVE_WAIT_SECONDS:-60}
step=manage-models
nl='
'

log() { echo "$step: $*"; }

usage() {
  log "ERROR: $*"
  echo "usage: manage-models.sh prune MODEL... | manage-models.sh create NAME MODELFILE [NAME MODELFILE]..."
  exit 2
}

# A model's name as Ollama tells models apart (and `ollama list` prints it): case does not
# matter, `llama3.2` is `llama3.2:latest`, and `registry.ollama.ai/library/` is implied.
canonical() {
  c=$(printf '%s' "$1" | tr 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' 'abcdefghijklmnopqrstuvwxyz')
  case ${c##*/} in *:*) ;; *) c=$c:latest ;; esac
  c=${c#registry.ollama.ai/}
  case $c in library/*/*) ;; library/*) c=${c#library/} ;; esac
  printf '%s\n' "$c"
}

mode=${1:-}
[ "$#" -eq 0 ] || shift
case $mode in
prune)
  step=prune-models
  # With no model listed, pruning would remove every model on the volume.
  [ "$#" -gt 0 ] || usage "prune needs the models to keep; with none it would remove every model"
  ;;
create)
  step=create-models
  [ "$#" -gt 0 ] || usage "create needs a NAME and a MODELFILE"
  [ $(($# % 2)) -eq 0 ] || usage "create takes pairs of NAME and MODELFILE"
  [ -n "${CREATED_MODELS_DIR:-}" ] || usage "CREATED_MODELS_DIR must name a folder on the model volume"
  i=0
  for arg in "$@"; do
    i=$((i + 1))
    if [ $((i % 2)) -eq 1 ]; then
      name=$arg
      case $(canonical "$name") in */*) usage "$name: a custom model's name has no '/'" ;; esac
    else
      [ -f "$arg" ] || usage "$name: no Modelfile at $arg"
    fi
  done
  ;;
*) usage "expected prune or create, got '$mode'" ;;
esac

# Kubernetes stops a pod with SIGTERM to PID 1, this shell: stop the step under way at once
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

# `ollama list`, `rm` and `create` talk to a server: start a private one.
ollama serve >"/tmp/$step-serve.log" 2>&1 &
serve_pid=$!
workdir=
trap 'kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; [ -z "$workdir" ] || rm -rf "$workdir"' EXIT

waited=0
until ollama list >/dev/null 2>&1; do
  if ! kill -0 "$serve_pid" 2>/dev/null || [ "$waited" -ge "$serve_wait" ]; then
    log "ERROR: the ollama server did not start within ${serve_wait}s; its log:"
    cat "/tmp/$step-serve.log"
    exit 1
  fi
  sleep 1
  waited=$((waited + 1))
done

# ---------------------------------------------------------------- prune

prune() {
  keep=$nl
  for model in "$@"; do
    keep=$keep$(canonical "$model")$nl
  done
  if ! listing=$(ollama list </dev/null); then
    log "ERROR: ollama list failed, so nothing was removed"
    exit 1
  fi
  case $listing in
  NAME*) ;;
  *)
    log "ERROR: ollama list printed no NAME header, so nothing was removed; it printed:"
    printf '%s\n' "$listing"
    exit 1
    ;;
  esac
  removed=0
  failed=0
  header=true
  while IFS= read -r line; do
    if [ "$header" = true ]; then
      header=false
      continue
    fi
    name=${line%%[ 	]*}
    [ -n "$name" ] || continue
    case $keep in *"$nl$(canonical "$name")$nl"*) continue ;; esac
    if ollama rm "$name" </dev/null >/dev/null; then
      log "$name: not listed, removed"
      removed=$((removed + 1))
      [ -z "${CREATED_MODELS_DIR:-}" ] || rm -f "$CREATED_MODELS_DIR/$(canonical "$name")"
    else
      log "ERROR: $name: not listed, but ollama rm failed"
      failed=$((failed + 1))
    fi
  done <<EOF
$listing
EOF
  if [ "$failed" -ne 0 ]; then
    log "ERROR: $failed model(s) not removed; the server will not start (pruneModels: false starts it without pruning)"
    exit 1
  fi
  log "removed $removed model(s) not listed"
}

# ---------------------------------------------------------------- create

create() {
  failed=0
  while [ "$#" -gt 0 ]; do
    name=$1
    modelfile=$2
    shift 2
    record=$CREATED_MODELS_DIR/$(canonical "$name")
    present=false
    if ollama show "$name" >/dev/null 2>&1; then
      present=true
    fi
    if [ "$present" = true ] && [ -f "$record" ] && [ "$(cat "$record")" = "$(cat "$modelfile")" ]; then
      log "$name: unchanged, skipped"
      continue
    fi
    if [ "$failed" -ne 0 ]; then
      log "ERROR: $name: not created, as a model before it failed"
      failed=$((failed + 1))
      continue
    fi
    if [ "$present" = false ]; then
      done_line="$name: created"
    elif [ -f "$record" ]; then
      done_line="$name: re-created, its Modelfile changed"
    else
      done_line="$name: re-created, the Modelfile it was made from is unknown"
    fi
    rm -f "$record"
    # A private folder holding only `.Modelfile`: Ollama tries FROM as a path relative to the
    # Modelfile before it takes it as a model name, and no model's name starts with a dot.
    [ -n "$workdir" ] || workdir=$(mktemp -d)
    cp "$modelfile" "$workdir/.Modelfile"
    if run ollama create "$name" -f "$workdir/.Modelfile" && ollama show "$name" >/dev/null 2>&1; then
      if mkdir -p "$CREATED_MODELS_DIR" && cp "$modelfile" "$record.new" && mv "$record.new" "$record"; then
        log "$done_line"
      else
        log "ERROR: $name: created, but its Modelfile could not be kept in $CREATED_MODELS_DIR"
        failed=$((failed + 1))
      fi
    else
      log "ERROR: $name: ollama create failed"
      failed=$((failed + 1))
    fi
  done
  if [ "$failed" -ne 0 ]; then
    log "ERROR: $failed custom model(s) missing; the server will not start"
    exit 1
  fi
  log "all custom models present"
}

"$mode" "$@"
