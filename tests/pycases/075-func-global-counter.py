calls = 0
def tracked():
    global calls
    calls += 1
    return calls
for _ in range(3):
    tracked()
print(calls)
total = 0
def read_only():
    return total + 1
print(read_only())
def shadow():
    total = 99
    return total
print(shadow(), total)
