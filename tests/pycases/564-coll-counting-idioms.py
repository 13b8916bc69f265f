words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
from collections import Counter, defaultdict, OrderedDict, deque
c = Counter(words)
print(c.most_common(2), c["the"], c["zzz"], sum(c.values()))
print(Counter("abracadabra"), Counter("aab") + Counter("bc"))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd), dd[99], len(dd))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); print(dq, dq.popleft(), dq)
dq.rotate(1); print(dq, list(dq))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
print(list(map(list, zip(*grid))))
nested = {"a": [1, 2], "b": {"c": 3}}
import copy
deep = copy.deepcopy(nested); deep["a"].append(3)
shallow = copy.copy(nested); shallow["b"]["c"] = 99
print(nested, deep)
