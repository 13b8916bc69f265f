# return values computed from yields, and generators used as simple state machines
def door():
    state = "closed"
    while True:
        event = yield state
        state = {"closed": {"open": "opened"}, "opened": {"close": "closed", "lock": "locked"}}.get(state, {}).get(event, state) if event != "stop" else state
        if event == "stop":
            return f"final: {state} after {(yield 'confirm?')}"


d = door()
print(next(d))
for ev in ["open", "lock", "open", "stop"]:
    print(ev, "->", d.send(ev))
try:
    d.send("yes")
except StopIteration as s:
    print(s.value)
