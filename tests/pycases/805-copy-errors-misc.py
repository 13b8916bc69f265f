import copy

def f(x):
    return x + 1
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.deepcopy(int) is int)
print(copy.copy(None), copy.deepcopy(42), copy.copy(3.5))
ba = bytearray(b"abc")
bb = copy.copy(ba)
bb.append(100)
print(ba, bb)
class Counter:
    def __init__(self):
        self.n = 0
    def __deepcopy__(self, memo):
        raise ValueError("cannot deepcopy Counter")
try:
    copy.deepcopy([Counter()])
except ValueError as e:
    print("error:", e)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
nested = [[[1]]]
deep = copy.deepcopy(nested)
deep[0][0][0] = 2
print(nested, deep)
copy.deepcopy({"k": Counter()})
