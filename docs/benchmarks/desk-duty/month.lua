-- One partner agency's desks (5 of the 50), a whole month (about 220 duties in the answer).
local n = 0
request = function()
  n = n + 1
  local month = 1 + n % 12
  local from = string.format("2027-%02d-01", month)
  local to = os.date("!%Y-%m-%d", os.time({year = 2027, month = month + 1, day = 0, hour = 12}))
  local agency = "bench-agency-" .. (n % 10)
  return wrk.format("GET", "/api/scheduling/partner/desk-duty?from=" .. from .. "&to=" .. to, {
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN_" .. agency:gsub("-", "_"))
  })
end
