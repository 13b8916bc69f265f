import asyncio
log = []
async def fetch(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name}:{steps}"
async def failing():
    await asyncio.sleep(0)
    raise ValueError("nope")
async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    results = await asyncio.gather(fetch("a", 3), fetch("b", 2))
    print(results)
    print(log)
    task = asyncio.create_task(fetch("c", 1))
    print(task.done())
    print(await task, task.done(), task.result())
    res = await asyncio.gather(fetch("d", 1), failing(), return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    print([i async for i in ticker(3)])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    return "done"
print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(fetch), type(fetch("x", 0)).__name__ if False else "coroutine")
