import json
import queue
import types
from types import SimpleNamespace

cfg = json.loads('{"db": {"host": "localhost", "port": 5432}, "debug": true}', object_hook=lambda d: SimpleNamespace(**d))
print(cfg.db.host, cfg.db.port, cfg.debug, cfg)
ns = SimpleNamespace(x=1, y=2)
ns.z = 3
del ns.x
print(ns, ns.__dict__, ns == SimpleNamespace(y=2, z=3), getattr(ns, "x", None))
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType.__name__, type(None) is types.NoneType)
ro = types.MappingProxyType({"a": 1})
print(ro["a"], len(ro), list(ro), ro)
try:
    ro["b"] = 2
except TypeError as e:
    print("TypeError:", e)
q = queue.Queue()
for c in ["ann", "bob", "cat"]:
    q.put(c)
print([q.get() for _ in range(q.qsize())], q.empty())
pq = queue.PriorityQueue()
for item in [(3, "email"), (1, "outage"), (2, "review"), (1, "backup")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
lifo = queue.LifoQueue(maxsize=2)
lifo.put(1)
lifo.put(2)
print(lifo.full(), lifo.get(), lifo.get())
for bad in (lambda: queue.Queue().get_nowait(), lambda: lifo.put_nowait(1) or lifo.put_nowait(2) or lifo.put_nowait(3)):
    try:
        bad()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, repr(e))
