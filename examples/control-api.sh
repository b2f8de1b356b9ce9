#!/usr/bin/env bash
# Drive the mock's control API with curl, from any test framework's set-up. Start the mock first:
#   make mock SEED=examples/seed.yaml          (127.0.0.1:4010; the control API needs no token there)
# then: examples/control-api.sh [BASE]        BASE defaults to http://127.0.0.1:4010
set -euo pipefail
BASE="${1:-http://127.0.0.1:4010}"
CONTROL="$BASE/__mock"
API="$BASE/api/v3/1003"
AUTH="Authorization: Bearer ${ECWID_TOKEN:-secret_test}"
show() { echo "\$ $*" >&2; "$@"; echo; }

show curl -sS -X POST "$CONTROL/reset?to=seed"                      # back to the seed
show curl -sS -H "$AUTH" "$API/customers?email=ana@example.com&useExactEmailMatch=true&responseFields=total,items(id,email)"
show curl -sS -X PUT "$CONTROL/settings" -H 'Content-Type: application/json' -d '{"failRate": 0.5}'
show curl -sS -X PUT "$CONTROL/settings" -H 'Content-Type: application/json' -d '{"failRate": 0}'
show curl -sS "$CONTROL/requests?limit=5"                          # the journal: no tokens in it
show curl -sS -X POST "$CONTROL/seed?mode=merge" -H 'Content-Type: application/json' \
  -d '{"customers": [{"email": "carla@example.com"}]}'
show curl -sS "$CONTROL/state"                                      # everything, as a seed
show curl -sS -X POST "$CONTROL/reset"                              # empty
