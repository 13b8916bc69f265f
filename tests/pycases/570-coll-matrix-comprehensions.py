matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [matrix[i][2 - i] for i in range(3)])
print([[row[i] for row in matrix] for i in range(3)], [sum(col) for col in zip(*matrix)])
flat = [x for row in matrix for x in row]
print(flat, flat[::4], flat[-3:], sum(flat) / len(flat))
print([x if x % 2 else -x for x in flat], [x for x in flat if x > 4 if x % 2 == 0])
rot = [list(r) for r in zip(*matrix[::-1])]
print(rot)
for row in matrix:
    print(" ".join(f"{x:3d}" for x in row))
print("\n".join(",".join(map(str, r)) for r in matrix))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity)
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4) if (a + b) % 2 == 0]
print(pairs, len(pairs))
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ["hello", "world", "python"]
print({w: len(w) for w in words}, {len(w) for w in words}, [w[::-1].upper() for w in words])
print(list(map(lambda w: w[0], words)), list(filter(lambda w: "o" in w, words)), [i for i, w in enumerate(words) if len(w) > 5])
nested = [[1, [2, 3]], [4], [], [[5]]]
def flatten(xs):
    out = []
    for x in xs:
        out.extend(flatten(x)) if isinstance(x, list) else out.append(x)
    return out
print(flatten(nested))
a = [1, 2, 3]; b = a; c = a[:]; a.append(4)
print(b, c, a is b, a == c + [4])
lst = [3, 1, 2]; lst.sort(); print(lst, lst.sort(), lst.reverse(), lst)
print(lst.copy(), lst.extend([0]), lst, lst.insert(1, 9), lst, lst.remove(9), lst, lst.clear(), lst)
