-- Pages through the list: GET /api/participants?page=N&size=50 (200 pages of 10,000).
local token = os.getenv("TOKEN")
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/participants?size=50&page=" .. (n % 200), {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
