-- One partner agency's desks (5 of the 50), one week, as a Kela office's screen refreshes it.
-- The agency and the week rotate so the whole year of schedules is read, not one cached page.
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

-- THINK_MS set: each connection waits that long after every answer (the "paced" scenario: an
-- offered load below saturation, about 50 / (THINK_MS + latency) requests/s, to read latency
-- without queueing).
local think = tonumber(os.getenv("THINK_MS"))
if think then
  delay = function()
    return think
  end
end
