-- wrk script for the contacts benchmarks. The scenario and the data's ranges come from the environment:
--   BENCH_SCENARIO  get (GET /contacts/{random id}), list_client (GET /clients/{id}/contacts),
--                   post (POST /contacts), put (PUT /contacts/{random id}),
--                   list_big (GET /clients/{BENCH_MIN_CLIENT}/contacts, a client's ~1000 contacts),
--                   get_v2 (GET /v2/contacts/{random id}), page_client (GET /v2/contacts?client_id=BENCH_MIN_CLIENT),
--                   page_first, page_middle, page_last (GET /v2/contacts?per_page=2000: the newest 2000, 2000
--                   from the middle of the account, the oldest 2000, the last two by the cursors given)
--   BENCH_MIN_ID, BENCH_MAX_ID          the seeded contacts' ids
--   BENCH_CLIENT                        the client with the small list
--   BENCH_MIN_CLIENT, BENCH_MAX_CLIENT  clients that new contacts go to (never BENCH_CLIENT)
--   BENCH_CURSOR_MIDDLE, BENCH_CURSOR_LAST  v2 cursors of the middle and the last page
--   BENCH_TOKENS                        optional: a file of Bearer tokens, one per line; each request then signs
--                                       in with one of them at random instead of -H's Authorization (many users)
-- Headers (Authorization, Accept) come from wrk's -H. done() prints one machine-readable line.

local scenario = os.getenv("BENCH_SCENARIO") or "get"
local min_id = tonumber(os.getenv("BENCH_MIN_ID") or "1")
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "1")
local client = os.getenv("BENCH_CLIENT") or "1"
local min_client = tonumber(os.getenv("BENCH_MIN_CLIENT") or "2")
local max_client = tonumber(os.getenv("BENCH_MAX_CLIENT") or "2")
local pages = {
   page_first = "/v2/contacts?per_page=2000",
   page_middle = "/v2/contacts?per_page=2000&cursor=" .. (os.getenv("BENCH_CURSOR_MIDDLE") or ""),
   page_last = "/v2/contacts?per_page=2000&cursor=" .. (os.getenv("BENCH_CURSOR_LAST") or ""),
   page_client = "/v2/contacts?per_page=2000&client_id=" .. min_client,
}

local tokens = {}
if os.getenv("BENCH_TOKENS") then
   for line in io.lines(os.getenv("BENCH_TOKENS")) do
      tokens[#tokens + 1] = line
   end
end

-- wrk's headers (-H), with a random user's token when there are several users.
local function headers()
   if #tokens == 0 then
      return nil
   end
   local chosen = {}
   for name, value in pairs(wrk.headers) do
      chosen[name] = value
   end
   chosen["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]
   return chosen
end

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
      return wrk.format("GET", "/contacts/" .. math.random(min_id, max_id), headers())
   elseif scenario == "list_client" then
      return wrk.format("GET", "/clients/" .. client .. "/contacts")
   elseif scenario == "list_big" then
      return wrk.format("GET", "/clients/" .. min_client .. "/contacts")
   elseif scenario == "get_v2" then
      return wrk.format("GET", "/v2/contacts/" .. math.random(min_id, max_id))
   elseif pages[scenario] then
      return wrk.format("GET", pages[scenario])
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
