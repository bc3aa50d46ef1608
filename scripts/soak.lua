-- Bodies for scripts/soak.sh: each request takes the next one in turn.
-- Valid lookups in several languages and countries, hints that are
-- ignored with a warning, and requests that must be refused (400, 404,
-- 405, 413, 415).
local json = { ["Content-Type"] = "application/json" }
local text = { ["Content-Type"] = "text/plain" }
local big = '{"message": "' .. string.rep("a", 17000) .. '"}'

local requests = {
  { "POST", "/v1/lookup", json, '{"message": "ik weet het echt niet meer, ik wil niet meer leven", "country": "BE"}' },
  { "POST", "/v1/lookup", json, '{"message": "je ne veux plus vivre", "locale": "fr-FR"}' },
  { "POST", "/v1/lookup", json, '{"message": "I cannot go on anymore", "accept_language": "en-GB,en;q=0.8"}' },
  { "POST", "/v1/lookup", json, '{"message": "ich kann nicht mehr", "country": "DE", "topics": ["suicide"], "channels": ["phone"]}' },
  { "POST", "/v1/lookup", json, '{"message": "no puedo más", "country": "Belgium", "locale": "!!"}' },
  { "POST", "/v1/lookup", json, '{"message": "\\ud83d help", "mood": "bad"}' },
  { "POST", "/v1/lookup", json, '{}' },
  { "GET", "/v1/countries/NL/resources?lang=nl&topics=suicide", nil, nil },
  { "GET", "/healthz", nil, nil },
  { "POST", "/v1/lookup", json, '{"message": "truncated' },
  { "POST", "/v1/lookup", json, '{"message": 42}' },
  { "POST", "/v1/lookup", text, '{"message": "not json content type"}' },
  { "POST", "/v1/lookup", json, big },
  { "GET", "/v1/countries/XX/resources", nil, nil },
  { "GET", "/v1/lookup", nil, nil },
}

local counter = 1
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  counter = math.random(#requests)
end

function request()
  local r = requests[counter]
  counter = counter % #requests + 1
  return wrk.format(r[1], r[2], r[3], r[4])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests_)
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
  end
  local errors = summary.errors
  local five = 0
  io.write("\nstatus counts:\n")
  local keys = {}
  for status in pairs(all) do table.insert(keys, status) end
  table.sort(keys)
  for _, status in ipairs(keys) do
    io.write(string.format("  %d: %d\n", status, all[status]))
    if status >= 500 then five = five + all[status] end
  end
  io.write(string.format("total requests: %d\n", summary.requests))
  io.write(string.format("non-2xx (wrk): %d\n", errors.status))
  io.write(string.format("5xx: %d\n", five))
  io.write(string.format("connection errors: connect %d, read %d, write %d, timeout %d\n",
    errors.connect, errors.read, errors.write, errors.timeout))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
