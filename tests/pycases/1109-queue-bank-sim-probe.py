import queue
from collections import deque
q = queue.Queue()
for cust in ["ann", "bob", "cat", "dan"]:
    q.put(cust)
served = []
while not q.empty():
    served.append(q.get())
print(served, q.qsize())
pq = queue.PriorityQueue()
for prio, task in [(3, "email"), (1, "outage"), (2, "review"), (1, "backup")]:
    pq.put((prio, task))
print([pq.get() for _ in range(pq.qsize())])
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty!")
tellers = deque(["t1", "t2"])
arrivals = [("a", 3), ("b", 1), ("c", 2), ("d", 4), ("e", 1)]
clock, log = 0, []
busy_until = {"t1": 0, "t2": 0}
for name, dur in arrivals:
    teller = min(busy_until, key=lambda t: (busy_until[t], t))
    start = max(clock, busy_until[teller])
    busy_until[teller] = start + dur
    log.append(f"{name}@{teller}:{start}-{start + dur}")
    clock += 1
print(log, max(busy_until.values()))
