registry = {}
def register(name):
    def deco(func):
        registry[name] = func
        return func
    return deco
@register("add")
def add(a, b):
    return a + b
@register("mul")
def mul(a, b):
    return a * b
print(sorted(registry))
for name, func in registry.items():
    print(name, func(3, 4))
calls = []
def traced(func):
    def wrapper(*args):
        calls.append(func.__name__)
        return func(*args)
    return wrapper
@traced
def work(x):
    return x + 1
print(work(1), work(2), calls)
