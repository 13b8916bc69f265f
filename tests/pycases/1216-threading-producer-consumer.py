import threading
import queue
log = []
q = queue.Queue()

def consumer(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        log.append(f"{name} got {item}")
        q.task_done()

def producer(n):
    for i in range(n):
        q.put(i * i)
    q.put(None)

c = threading.Thread(target=consumer, args=("c1",))
p = threading.Thread(target=producer, args=(4,), daemon=True)
c.start()
p.start()
q.join()
p.join()
c.join()
print(log, q.qsize(), c.is_alive(), c.name.startswith("Thread-"), p.daemon)

balance = 0
rlock = threading.RLock()
def deposit(amount):
    global balance
    with rlock:
        with rlock:
            balance += amount
ts = [threading.Thread(target=deposit, args=(a,)) for a in (10, 20, 30)]
for t in ts:
    t.start()
[t.join() for t in ts]
print(balance, threading.current_thread() is threading.main_thread(), threading.current_thread().name)
