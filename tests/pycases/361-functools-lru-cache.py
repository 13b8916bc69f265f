from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n

for n in [1, 2, 1, 3, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits, fib.cache_info().misses)
