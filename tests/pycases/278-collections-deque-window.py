from collections import deque

def moving_average(values, size):
    window = deque(maxlen=size)
    out = []
    for v in values:
        window.append(v)
        out.append(sum(window) / len(window))
    return out

print(moving_average([10, 20, 30, 40, 50], 3))
q = deque()
for task in ["a", "b", "c"]:
    q.append(task)
while q:
    task = q.popleft()
    print("run", task, "left", list(q))
print(deque(range(5)).count(3), deque([1, 2]) + deque([3]))
