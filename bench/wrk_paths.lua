-- wrk script of the speed suite (bench/README-speed.md): each connection's
-- requests cycle through a file of request paths (one per line, URL-encoded,
-- e.g. /api/search?q=...&lang=sq), each wrk thread starting at its own place.
--   wrk -t1 -c1 -d10s -s bench/wrk_paths.lua http://127.0.0.1:PORT -- PATHS_FILE
-- At the end it prints one line "WRK_JSON {...}" with requests, errors and
-- latency percentiles in microseconds; bench/load_http.py reads it.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  -- Threads start spread over the list (thread_id is set by setup()).
  index = math.floor((thread_id or 0) * #paths / 4) % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"duration_us": %d, "requests": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"mean": %.1f, "max": %d, "p50": %d, "p90": %d, "p95": %d, "p99": %d, "p999": %d}}\n',
    summary.duration, summary.requests, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.max,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency:percentile(99.9)))
end
