import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    if n == 3:
        raise ValueError(f"bad {n}")
    return n

async def main():
    for coro in asyncio.as_completed([job(1, 0.3), job(2, 0.1), job(4, 0.2)]):
        print("completed", await coro)
    tasks = [asyncio.create_task(job(5, 0.1)), asyncio.create_task(job(6, 1), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), [t.get_name() for t in pending], [t.result() for t in done])
    pending.pop().cancel()
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, 0.1))
            tg.create_task(job(3, 0.05))
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(i, 0.01 * i)) for i in range(3)]
    print([t.result() for t in ts])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    print(await fut, fut, asyncio.iscoroutinefunction(job), asyncio.iscoroutine(fut))
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print(t.cancel(), await asyncio.gather(t, return_exceptions=True), t.cancelled())

asyncio.run(main())
