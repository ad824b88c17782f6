-- 50 coordinators using the list and search at once: each connection waits 0.2–1.8 s
-- (1 s on average) between requests, pages through the first 20 pages and searches names.
local token = os.getenv("TOKEN")
local names = {"virtanen", "korhonen", "m%C3%A4kinen", "laine", "aino", "pekka%2012", "j%C3%A4rvinen", "koskinen"}
local n = 0
math.randomseed(42)
delay = function()
  return math.random(200, 1800)
end
request = function()
  n = n + 1
  local path
  if n % 2 == 0 then
    path = "/api/participants?size=50&page=" .. (n % 20)
  else
    path = "/api/participants?size=50&q=" .. names[1 + n % #names]
  end
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
