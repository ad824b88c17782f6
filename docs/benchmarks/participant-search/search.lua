-- Name search with a status filter: GET /api/participants?q=<surname>&status=<status>&size=50
local token = os.getenv("TOKEN")
local names = {"virtanen", "korhonen", "mäkinen", "laine", "aino", "pekka%2012", "järvinen", "koskinen"}
local statuses = {"", "&status=ACTIVE", "&status=TRAINEE"}
local n = 0
request = function()
  n = n + 1
  local q = names[1 + n % #names]:gsub("ä", "%%C3%%A4")
  return wrk.format("GET", "/api/participants?size=50&q=" .. q .. statuses[1 + n % #statuses],
    {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
