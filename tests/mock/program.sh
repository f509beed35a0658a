#!/bin/sh
# Tests of the halo-mock program: the listening line, --port-file, signals, --state, --log.
set -u
mock="${top_builddir:-.}/src/halo-mock"
work=$(mktemp -d "${TMPDIR:-/tmp}/halo-mock-test.XXXXXX")
passed=0
failed=0
pid=""
id=5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f
secret=0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d

cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

check() { # NAME CONDITION-EXIT-STATUS
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok: $1"
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
	fi
}

# Starts halo-mock with the given options in the background; waits for its line (or for
# it to end without one).
start() {
	: >"$work/out"
	"$mock" --listen 127.0.0.1:0 --port-file "$work/port" "$@" >"$work/out" 2>"$work/err" &
	pid=$!
	while ! grep -q '^listening on' "$work/out" && kill -0 "$pid" 2>/dev/null; do
		sleep 0.1
	done
	port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9][0-9]*\)$|\1|p' "$work/out")
	base="http://127.0.0.1:$port"
}

# Stops it with SIGNAL and sets $status to its exit status.
stop() {
	kill "-$1" "$pid"
	wait "$pid"
	status=$?
	pid=""
}

token() {
	curl -s -X POST "$base/auth/token?tenant=demo" \
		--data-urlencode grant_type=client_credentials --data-urlencode "client_id=$id" \
		--data-urlencode "client_secret=$secret" --data-urlencode scope=all |
		sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

api() { # METHOD PATH [BODY]
	if [ $# -ge 3 ]; then
		curl -s -X "$1" -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
			-d "$3" "$base$2"
	else
		curl -s -X "$1" -H "Authorization: Bearer $tok" "$base$2"
	fi
}

help=$("$mock" --help)
missing=0
for opt in --listen --port-file --tickets --seed --client-id --client-secret --token-ttl \
	--latency-ms --fail-rate --rate-limit --retry-after --drop-rate --truncate-rate \
	--trickle-ms --delete-body --missing-ticket --date-format --loose-ids --drafts --log \
	--state --read-only-app --write-fault --hold-writes-ms --help --write-fault-ticket; do
	echo "$help" | grep -q -- "$opt" || { echo "help lacks $opt"; missing=1; }
done
check "--help documents every option" $missing

"$mock" --fail-rate 2 >/dev/null 2>&1
[ $? -eq 2 ]
check "a bad option value exits 2" $?

start --tickets 200 --log "$work/log" --state "$work/state"
[ -n "$port" ] && [ "$port" -gt 0 ]
check "--listen 127.0.0.1:0 prints the listening line with a real port" $?
[ "$(cat "$work/port" 2>/dev/null)" = "$port" ]
check "--port-file holds the same port" $?

tok=$(token)
[ -n "$tok" ]
check "a token is issued for the demo credentials" $?
page=$(api GET "/api/Tickets?pageinate=true&page_size=5&page_no=1")
echo "$page" | grep -q '"record_count":200'
check "a page reports the true record count" $?

created=$(api POST /api/Tickets '[{"summary":"Survives a restart"}]')
new_id=$(echo "$created" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
[ -n "$new_id" ]
check "a created ticket gets an id" $?

"$mock" --listen "127.0.0.1:$port" >/dev/null 2>&1
[ $? -ne 0 ]
check "a port in use is an error" $?

stop TERM
[ "$status" -eq 0 ]
check "SIGTERM stops it with status 0" $?
[ -s "$work/state" ]
check "--state is written on exit" $?

lines=$(wc -l <"$work/log")
bad=0
while IFS= read -r line; do
	for key in '"method":' '"path":' '"query":' '"status":' '"ms":' '"bytes":'; do
		case "$line" in *"$key"*) ;; *) bad=1 ;; esac
	done
done <"$work/log"
[ "$lines" -eq 3 ] && [ $bad -eq 0 ]
check "--log writes one JSON line per request with its fields" $?
grep -q '"path":"/api/Tickets","query":"pageinate=true&page_size=5&page_no=1","status":200' "$work/log"
check "--log records the path and query a client sent" $?
grep -qF '"path":"/api/Tickets","query":"","status":201,' "$work/log" &&
	grep -qF '"body":"[{\"summary\":\"Survives a restart\"}]"' "$work/log" &&
	! grep -q '"path":"/auth/token".*"body"' "$work/log"
check "--log records a write's body as sent, never the token request's" $?

start --state "$work/state"
tok=$(token)
api GET "/api/Tickets/$new_id" | grep -q '"summary":"Survives a restart"'
check "--state brings the data back after a restart" $?
api GET "/api/Tickets?pageinate=true&page_size=1" | grep -q '"record_count":201'
check "--state keeps the size of the data set" $?
stop INT
[ "$status" -eq 0 ]
check "SIGINT stops it with status 0" $?

# A number too large for its field is refused, not cut to fit: 2^32 + 1 would load as 1.
sed 's/"status_id":[0-9]*/"status_id":4294967297/' "$work/state" >"$work/big-state"
start --state "$work/big-state"
if grep -q '^listening on' "$work/out"; then
	stop TERM
	status=0 # it loaded the file
else
	wait "$pid"
	status=$?
	pid=""
fi
[ "$status" -ne 0 ] && grep -q "too large for its field" "$work/err"
check "--state refuses a number too large for its field" $?

# A state file that cannot be written on exit is said, and the exit status says it too.
mkdir -p "$work/gone"
start --tickets 20 --state "$work/gone/state"
rm -rf "$work/gone"
stop TERM
[ "$status" -ne 0 ] && grep -q "cannot write the state file $work/gone/state" "$work/err"
check "a state file that cannot be saved is an error on stderr and in the exit status" $?

# An API application that may only read: reads answer, every write is refused with 403.
start --tickets 20 --read-only-app yes
tok=$(token)
[ -n "$tok" ] &&
	[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" \
		"$base/api/Tickets/1001")" = 200 ] &&
	[ "$(curl -s -o "$work/denied" -w '%{http_code}' -X POST -H "Authorization: Bearer $tok" \
		-H 'Content-Type: application/json' -d '[{"id":1001,"summary":"nope"}]' \
		"$base/api/Tickets")" = 403 ] && grep -q 'may only read' "$work/denied" &&
	api GET /api/Tickets/1001 | grep -qv '"summary":"nope"'
check "--read-only-app yes answers reads and refuses writes with 403" $?
stop TERM

echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
