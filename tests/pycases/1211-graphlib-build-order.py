from graphlib import TopologicalSorter, CycleError
deps = {"app": {"db", "auth", "config"}, "auth": {"db", "config"}, "db": {"config"}, "config": set(), "tests": {"app"}}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order)
print(order.index("config") < order.index("db") < order.index("auth") < order.index("app"))
ts2 = TopologicalSorter()
for node, reqs in sorted(deps.items()):
    ts2.add(node, *sorted(reqs))
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(set(e.args[1])))
courses = {"CS201": ["CS101"], "CS301": ["CS201", "MATH101"], "CS101": [], "MATH101": []}
print(list(TopologicalSorter(courses).static_order()))
