t = (1, [2, 3])
t[1].append(t)
print(t)
print(repr(t[1]))
d = {"k": (0, [])}
d["k"][1].append(d)
print(d)
single = ([],)
single[0].append(single)
print(single, str(single))
pair = ([], {})
pair[0].append(pair)
pair[1]["p"] = pair
print(pair)
