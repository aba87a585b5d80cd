-- wrk script of the sandbox load benchmark (bench/sandbox-load.py runs it; see bench/README.md).
-- Each wrk thread drives one connection through sign-ins, each with a number of its own:
--   POST /v2/Services/{sid}/Verifications        To=+49..., Channel=sms       (expects 201)
--   GET  /sandbox/messages?to=+49...                                          (reads the code, 200)
--   POST /v2/Services/{sid}/VerificationCheck    To=+49..., Code=the code    (expects 200)
-- Arguments after "--": SERVICE_SID AUTHORIZATION WINDOW [fixed-code]. WINDOW keeps numbers distinct
-- across runs against one server; with a fixed code the outbox is not read (a mock has no outbox).

local serviceSid, authorization, window, fixedCode
local threads = {} -- in setup()'s environment; each thread sees its own index as the global threadIndex
threadIndex = 0

function setup(thread)
    thread:set("threadIndex", #threads)
    table.insert(threads, thread)
end

local counter = 0
local phase = "start"
local number, code
ok2xx = 0
pairsDone = 0

function init(args)
    serviceSid, authorization, window, fixedCode = args[1], args[2], tonumber(args[3]), args[4]
end

local function nextNumber()
    counter = counter + 1
    -- +49 and 12 more digits: window (2), thread (2), counter (8). No sandbox magic number starts so.
    number = string.format("+49%02d%02d%08d", window % 100, threadIndex % 100, counter)
end

local function form(fields)
    return table.concat(fields, "&")
end

function request()
    local headers = {["Authorization"] = authorization,
                     ["Content-Type"] = "application/x-www-form-urlencoded"}
    if phase == "start" then
        nextNumber()
        return wrk.format("POST", "/v2/Services/" .. serviceSid .. "/Verifications", headers,
                          form({"To=%2B" .. number:sub(2), "Channel=sms"}))
    elseif phase == "read" then
        return wrk.format("GET", "/sandbox/messages?to=%2B" .. number:sub(2))
    end
    return wrk.format("POST", "/v2/Services/" .. serviceSid .. "/VerificationCheck", headers,
                      form({"To=%2B" .. number:sub(2), "Code=" .. code}))
end

function response(status, headers, body)
    if status >= 200 and status < 300 then
        ok2xx = ok2xx + 1
    end
    if phase == "start" and status == 201 then
        if fixedCode then
            code, phase = fixedCode, "check"
        else
            phase = "read"
        end
    elseif phase == "read" and status == 200 then
        code = body:match('"code":"(%w+)"')
        phase = code and "check" or "start"
    elseif phase == "check" then
        if status == 200 then
            pairsDone = pairsDone + 1
        end
        phase = "start"
    else
        phase = "start" -- anything unexpected: the next sign-in, with a new number
    end
end

function done(summary, latency, requests)
    local ok, signins = 0, 0
    for _, thread in ipairs(threads) do
        ok = ok + thread:get("ok2xx")
        signins = signins + thread:get("pairsDone")
    end
    local e = summary.errors
    io.write(string.format(
        'RESULT {"requests": %d, "duration_us": %d, "ok_2xx": %d, "pairs": %d, "p50_us": %d, "p99_us": %d, ' ..
        '"socket_errors": %d, "timeouts": %d}\n',
        summary.requests, summary.duration, ok, signins, latency:percentile(50), latency:percentile(99),
        e.connect + e.read + e.write, e.timeout))
end
