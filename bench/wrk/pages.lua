-- A mix of dashboard pages: each request asks for the next of nine pages of us-ru as of one of four
-- dates, so 36 distinct pages are asked for over and over, without a cookie (a new anonymous
-- visitor each time, as a crawler or a first visit is).
local pages = {"", "/missions", "/ledger", "/roadmap", "/comparison", "/reciprocity", "/capacity",
  "/scenarios", "/record"}
local dates = {"2018-06-30", "2021-01-01", "2025-04-10", "2025-06-01"}
local n = 0
function request()
  n = n + 1
  local page = pages[(n % #pages) + 1]
  local date = dates[(math.floor(n / #pages) % #dates) + 1]
  return wrk.format(nil, "/dyads/us-ru" .. page .. "?asOf=" .. date)
end
