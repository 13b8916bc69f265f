from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits)

@lru_cache
def greet(name, punct="!"):
    calls.append(name)
    return f"hi {name}{punct}"

print(greet("a"), greet("a"), greet("a", punct="?"), calls[-2:])
