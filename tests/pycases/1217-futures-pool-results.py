from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading

def fetch(url):
    if "bad" in url:
        raise ValueError(f"cannot fetch {url}")
    return len(url)

urls = ["a.io", "bad.io", "long-name.io"]
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = {ex.submit(fetch, u): u for u in urls}
    results = {}
    for fut in as_completed(futures):
        url = futures[fut]
        try:
            results[url] = fut.result()
        except ValueError as e:
            results[url] = f"error: {e}"
    print(dict(sorted(results.items())))
    done, not_done = wait(list(futures))
    print(len(done), len(not_done), all(f.done() for f in futures))
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.exception(), f.cancelled())
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(seen)
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
sem = threading.BoundedSemaphore(2)
with sem:
    print("in")
try:
    sem.release()
except ValueError as e:
    print(e)
