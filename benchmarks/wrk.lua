-- wrk script for the mock benchmarks (benchmarks/_load.py sets the environment):
--   BENCH_METHOD  GET or PUT;  BENCH_BODY  the JSON body of a PUT (none for GET)
-- The Authorization header comes from wrk's -H option. At the end one JSON line is printed
-- (prefixed "BENCH-JSON ") with requests, errors (non-2xx and socket errors) and latency
-- percentiles in microseconds, which _load.py parses.
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body ~= nil and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = summary.errors.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format(
    'BENCH-JSON {"requests": %d, "duration_us": %d, "errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, errors, latency:percentile(50), latency:percentile(99)))
end
