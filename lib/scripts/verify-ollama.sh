#!/bin/bash
# Verify an Ollama server after a sync (story 6.2): the API answers, every model in the values is
# there, and a short generation on the first one completes within the budget (NFR13).
#
# Runs as the verification Job, in Ollama's own image: no curl there, so plain HTTP to the Service
# goes through bash's /dev/tcp, and the public HTTPS route through the ollama CLI (Go's TLS, with
# the certificate verified against the image's CA bundle). Prints one line: PASS with the measured
# times, or FAIL with what failed and by how much; exits 0 or 1.
#
# The generation's time is judged from the server's own total_duration and load_duration, not from
# the client: the client waits up to VERIFY_CLIENT_TIMEOUT (well above the budget), because
# dropping the connection mid-load would cancel the load.
#
# Usage: verify-ollama.sh MODEL...
# Environment: VERIFY_URL (http://host:port of the Service), VERIFY_MAX_SECONDS (budget, default 30),
#   VERIFY_CLIENT_TIMEOUT (default 4 x budget + 60), VERIFY_WAIT_SECONDS (for the API to answer at
#   all, default 60), VERIFY_PUBLIC_HOST (optional: list the models through https://HOST as well),
#   VERIFY_LOGS_URL (optional: the log store's query of the app's newest line, http://host:port/path?query),
#   VERIFY_LOGS_QUERY (that query, for the line), VERIFY_LOGS_SECONDS (the log store's budget, default 60).
set -u

prefix="verify ollama"
fail() { echo "$prefix: FAIL $*"; exit 1; }

[ $# -ge 1 ] || fail "no model given: nothing to generate with"
url=${VERIFY_URL:?VERIFY_URL is required}
max=${VERIFY_MAX_SECONDS:-30}
client_timeout=${VERIFY_CLIENT_TIMEOUT:-$((max * 4 + 60))}
wait_seconds=${VERIFY_WAIT_SECONDS:-60}
hostport=${url#http://}
hostport=${hostport%%/*}
host=${hostport%:*}
port=${hostport##*:}
[ "$host" != "$hostport" ] || port=80

# request_to HOST PORT METHOD PATH BODY SECONDS: sets $status and $body. Returns 124 on a timeout, 7
# when the server cannot be reached. HTTP/1.0, so the server closes the connection after one plain body.
request_to() {
	local response rc
	response=$(timeout "$6" bash -c '
		exec 3<>"/dev/tcp/$1/$2" || exit 7
		printf "%s %s HTTP/1.0\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %s\r\n\r\n%s" \
			"$3" "$4" "$1" "${#5}" "$5" >&3
		cat <&3' verify "$1" "$2" "$3" "$4" "$5" 2>/dev/null)
	rc=$?
	[ $rc -eq 0 ] || { [ $rc -eq 124 ] && return 124; return 7; }
	status=$(printf '%s\n' "$response" | head -n 1 | cut -d ' ' -f 2)
	body=${response#*$'\r\n\r\n'}
}

# request METHOD PATH BODY SECONDS: request_to Ollama's Service.
request() {
	request_to "$host" "$port" "$@"
}

# seconds NANOSECONDS: "2.345"
seconds() {
	local ms=$(($1 / 1000000))
	printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# field NAME: the number after "NAME": in $body, or nothing
field() {
	printf '%s' "$body" | grep -o "\"$1\":[0-9]*" | head -n 1 | cut -d : -f 2
}

# 1. The API answers (waiting a little: the pod may have only just turned Ready).
waited=0
until request GET /api/version "" 10 && [ "$status" = 200 ]; do
	[ "$waited" -lt "$wait_seconds" ] || fail "the API at $url does not answer (after ${wait_seconds} s)"
	sleep 1
	waited=$((waited + 1))
done

# 2. Every model is on the server (a name without a tag is :latest to Ollama).
request GET /api/tags "" 30 || fail "the API at $url stopped answering (/api/tags)"
[ "$status" = 200 ] || fail "/api/tags answered HTTP $status"
case $body in *'"models"'*) ;; *) fail "malformed answer from /api/tags (no models list)" ;; esac
have=$(printf '%s' "$body" | grep -o '"name":"[^"]*"' | cut -d '"' -f 4 | tr '\n' ' ')
for model in "$@"; do
	case $model in *:*) tagged=$model ;; *) tagged=$model:latest ;; esac
	case " $have" in *" $tagged "*) ;; *) fail "model $model is missing from /api/tags (the server has: ${have:-none})" ;; esac
done

# 3. A short, non-streaming generation on the first model, within the budget.
model=$1
request POST /api/generate \
	"{\"model\":\"$model\",\"prompt\":\"Reply with one word: ready\",\"stream\":false,\"options\":{\"num_predict\":8}}" \
	"$client_timeout"
case $? in
0) ;;
124) fail "$model gave no answer within ${client_timeout} s (the client's limit; the budget is ${max} s)" ;;
*) fail "the API at $url stopped answering (/api/generate)" ;;
esac
[ "$status" = 200 ] || fail "/api/generate on $model answered HTTP $status: $(printf '%s' "$body" | head -c 200)"
total=$(field total_duration)
load=$(field load_duration)
[ -n "$total" ] ||
	fail "malformed answer from /api/generate (no total_duration): $(printf '%s' "$body" | head -c 120)"
load=${load:-0} # Ollama leaves out a zero duration: the model was already loaded
budget_ns=$((max * 1000000000))
times="$model answered in $(seconds "$total") s (load $(seconds "$load") s)"
[ "$total" -le "$budget_ns" ] ||
	fail "$times: $(seconds $((total - budget_ns))) s over the ${max} s budget (NFR13)"

# 4. The public route, through Traefik and its certificate, when asked for.
via=""
if [ -n "${VERIFY_PUBLIC_HOST:-}" ]; then
	listed=$(OLLAMA_HOST="https://$VERIFY_PUBLIC_HOST:443" timeout 60 ollama list 2>&1) ||
		fail "https://$VERIFY_PUBLIC_HOST: ollama list failed: $(printf '%s\n' "$listed" | tail -n 1)"
	case $listed in *"$model"*) ;; *) fail "https://$VERIFY_PUBLIC_HOST does not list $model" ;; esac
	via="; https://$VERIFY_PUBLIC_HOST lists it (certificate verified)"
fi

# 5. The app's recent lines in the log store, when asked for: its newest line, asked for every
# second until one comes back or the budget runs out.
logs=""
if [ -n "${VERIFY_LOGS_URL:-}" ]; then
	query=${VERIFY_LOGS_QUERY:-}
	budget=${VERIFY_LOGS_SECONDS:-60}
	store=${VERIFY_LOGS_URL#http://}
	path=/${store#*/}
	store=${store%%/*}
	store_host=${store%:*}
	store_port=${store##*:}
	[ "$store_host" != "$store" ] || store_port=80
	started=$SECONDS
	deadline=$((started + budget))
	while :; do
		left=$((deadline - SECONDS))
		[ "$left" -ge 1 ] || left=1
		request_to "$store_host" "$store_port" GET "$path" "" "$left"
		case $? in
		0)
			newest=$(printf '%s' "$body" | grep -o '"_time": *"[^"]*"' | head -n 1 | cut -d '"' -f 4)
			[ "$status" != 200 ] || [ -z "$newest" ] || break
			last="no line of the app in the log store"
			[ "$status" = 200 ] || last="the log store at $store answered HTTP $status ($(
				printf '%s' "$body" | head -c 120 | tr '\n' ' '
			))"
			;;
		124) last="the log store at $store gave no answer" ;;
		*) last="the log store at $store cannot be reached" ;;
		esac
		[ "$SECONDS" -lt "$deadline" ] || fail "logs: $last within ${budget} s (the budget; query: $query)"
		sleep 1
	done
	logs="; logs: newest line at $newest, found in $((SECONDS - started)) s (query: $query)"
fi

echo "$prefix: PASS $times, within the ${max} s budget; models present: $*$via$logs"
