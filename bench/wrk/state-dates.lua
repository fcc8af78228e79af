-- Each request asks for the state as of another day between 2000 and 2025.
local n = 0
function request()
  n = n + 1
  local day = n % 9000
  local year = 2000 + math.floor(day / 360)
  local month = 1 + math.floor((day % 360) / 30)
  local dom = 1 + (day % 28)
  return wrk.format(nil, string.format("/api/dyads/us-ru/state?asOf=%04d-%02d-%02d", year, month, dom))
end
