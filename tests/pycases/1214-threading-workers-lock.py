import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from queue import Queue
counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=work, args=(1000,), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, [t.name for t in threads], threads[0].is_alive())
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(8))))
    futures = {pool.submit(square, n): n for n in [3, 1, 2]}
    print(sorted((futures[f], f.result()) for f in as_completed(futures)))
q = Queue()
results = []
def consumer():
    while (item := q.get()) is not None:
        results.append(item.upper())
        q.task_done()
c = threading.Thread(target=consumer)
c.start()
for w in ["a", "b", "c"]:
    q.put(w)
q.put(None)
c.join()
print(results, q.empty())
ev = threading.Event()
print(ev.is_set(), ev.set(), ev.is_set(), threading.current_thread().name)
