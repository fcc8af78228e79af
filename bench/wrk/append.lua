-- Each request appends a new entry (a unique id per thread and request).
local counter = 0
thread_id = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

-- A new id prefix per run, so a warm-up and a measured run never collide.
run_id = os.time()

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  counter = counter + 1
  local body = string.format([[{"id":"wrk-%d-%d-%d","type":"visa-granted","actor":"US","target":"RU",
"occurredOn":"2025-05-01","count":1,"confidence":"low","note":"load test",
"sources":[{"url":"https://example.org/load","title":"Load test","publisher":"bench","date":"2025-05-01"}]}]],
    run_id, thread_id, counter)
  return wrk.format(nil, "/api/dyads/us-ru/ledger", nil, body)
end
