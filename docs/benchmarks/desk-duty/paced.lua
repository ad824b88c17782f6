-- Like week.lua, but each of the 50 connections waits 35 ms after every answer: an offered load
-- below saturation (about 50 / (0.035 s + latency) requests/s), to read latency without queueing.
local n = 0
request = function()
  n = n + 1
  local week = n % 52
  local from = os.date("!%Y-%m-%d", os.time({year = 2027, month = 1, day = 4 + week * 7, hour = 12}))
  local to = os.date("!%Y-%m-%d", os.time({year = 2027, month = 1, day = 10 + week * 7, hour = 12}))
  local agency = "bench-agency-" .. (n % 10)
  return wrk.format("GET", "/api/scheduling/partner/desk-duty?from=" .. from .. "&to=" .. to, {
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN_" .. agency:gsub("-", "_"))
  })
end

delay = function()
  return 35
end
