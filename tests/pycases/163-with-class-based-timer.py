class Recorder:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self.events
    def __exit__(self, exc_type, exc, tb):
        self.events.append("stop" if exc_type is None else f"error:{exc_type.__name__}")
        return exc_type is KeyError
r = Recorder()
with r as events:
    events.append("work")
with r:
    {}["k"]
print(r.events)
try:
    with r:
        [][0]
except IndexError:
    print("IndexError propagated", r.events[-1])
