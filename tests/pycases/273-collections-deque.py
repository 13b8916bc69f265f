from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, len(d), d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
recent = deque(maxlen=3)
for n in range(6):
    recent.append(n)
print(recent, recent.maxlen, list(recent))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(3 in recent, deque("abc") == deque("abc"), bool(deque()))
