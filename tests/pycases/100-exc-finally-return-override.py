def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
    return "done"
print(f())
print(g())
print(h())
