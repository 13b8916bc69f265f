import asyncio
import time

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        print("got", item)
        total += item
    return total

async def worker(name, lock, shared):
    async with lock:
        v = shared["n"]
        await asyncio.sleep(0)
        shared["n"] = v + 1
        print(name, lock.locked())

async def limited(sem, i):
    async with sem:
        print("start", i)
        await asyncio.sleep(0.1)
        print("end", i)
        return i * i

async def main():
    print(await asyncio.gather(producer(asyncio.Queue(maxsize=2), 0), consumer(q := asyncio.Queue(2)), producer(q, 4)))
    shared = {"n": 0}
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f"w{i}", lock, shared) for i in range(3)))
    start = time.perf_counter()
    print(shared, await asyncio.gather(*(limited(asyncio.Semaphore(2) if False else sem, i) for sem in [asyncio.Semaphore(2)] for i in range(4))))
    print(round(time.perf_counter() - start, 1))

asyncio.run(main())
