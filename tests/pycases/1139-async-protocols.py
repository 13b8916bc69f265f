import asyncio

class Ticker:
    def __init__(self, n):
        self.n, self.i = n, 0
    __aiter__ = lambda self: self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class Resource:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, et, e, tb):
        print("close", et.__name__ if et else None)
        return et is KeyError

async def aenum(xs):
    for i, x in enumerate(xs):
        yield x, i

async def main():
    async for v in Ticker(2): print("tick", v)
    else:
        print("ticker done")
    async with Resource() as r, Resource():
        raise KeyError("k")
    print("suppressed", type(r).__name__)
    print([y async for y in (x * 2 async for x in Ticker(2))], {k: v async for k, v in aenum("ab")})
    c = main()
    print(type(aenum("")).__name__, type(c).__name__, c.close())
    try:
        await 5
    except TypeError as e:
        print(e)
asyncio.run(main())
