g = (lambda: (yield 1))()
print(type(g).__name__, next(g))
try:
    g.send("x")
except StopIteration as e:
    print("stop", e.value)
gen = lambda n: (yield from range(n))
print(list(gen(3)))
double = lambda items: (yield from (i * 2 for i in items))
print(list(double([1, 2, 3])))
echo = lambda: (yield (yield "first"))
e = echo()
print(next(e), e.send("second"))
print([list(f()) for f in (lambda: (yield 1), lambda: (yield))])
import inspect
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isgeneratorfunction(lambda: 1))
