-- wrk script for the contacts benchmarks. The scenario and the data's ranges come from the environment:
--   BENCH_SCENARIO  get (GET /contacts/{random id}), list_client (GET /clients/{id}/contacts),
--                   post (POST /contacts), put (PUT /contacts/{random id})
--   BENCH_MIN_ID, BENCH_MAX_ID          the seeded contacts' ids
--   BENCH_CLIENT                        the client with the small list
--   BENCH_MIN_CLIENT, BENCH_MAX_CLIENT  clients that new contacts go to (never BENCH_CLIENT)
-- Headers (Authorization, Accept) come from wrk's -H. done() prints one machine-readable line.

local scenario = os.getenv("BENCH_SCENARIO") or "get"
local min_id = tonumber(os.getenv("BENCH_MIN_ID") or "1")
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "1")
local client = os.getenv("BENCH_CLIENT") or "1"
local min_client = tonumber(os.getenv("BENCH_MIN_CLIENT") or "2")
local max_client = tonumber(os.getenv("BENCH_MAX_CLIENT") or "2")

local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("seed", counter)
end

function init(args)
   math.randomseed(os.time() * 1000 + (seed or 0))
   wrk.headers["Content-Type"] = "application/xml"
end

function request()
   if scenario == "get" then
      return wrk.format("GET", "/contacts/" .. math.random(min_id, max_id))
   elseif scenario == "list_client" then
      return wrk.format("GET", "/clients/" .. client .. "/contacts")
   elseif scenario == "post" then
      local n = math.random(1, 1000000000)
      return wrk.format("POST", "/contacts", nil,
         "<contact><client-id>" .. math.random(min_client, max_client) .. "</client-id>"
         .. "<first-name>Ada" .. n .. "</first-name><last-name>Lovelace</last-name>"
         .. "<email>ada" .. n .. "@example.com</email><title>Countess</title>"
         .. "<phone-office>555.555.0100</phone-office></contact>")
   elseif scenario == "put" then
      local n = math.random(1, 1000000000)
      return wrk.format("PUT", "/contacts/" .. math.random(min_id, max_id), nil,
         "<contact><first-name>Grace" .. n .. "</first-name><title>Rear Admiral</title></contact>")
   end
   error("unknown BENCH_SCENARIO " .. scenario)
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1000000
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
   io.write(string.format("BENCH requests=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d errors=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50), latency:percentile(99),
      latency.max, errors))
end
