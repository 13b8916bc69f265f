print(type(print), type(len).__name__, type([].append).__name__, type("x".upper))
class A:
    def m(self):
        pass
print(type(A().m).__name__, type(A.m).__name__, type(lambda: 0).__name__)
print(type(print) is type(len), type(A().m) is type(A().m), callable(type(print)))
calls = [lambda: [].append(), lambda: [].pop(1, 2), lambda: "a".upper(1), lambda: {}.get(),
         lambda: set().add(), lambda: [].index(), lambda: "a".split(1, 2, 3), lambda: {}.pop(),
         lambda: [].count(), lambda: [].extend(), lambda: {1}.remove(), lambda: "a".startswith(),
         lambda: "a".join(), lambda: [].reverse(1), lambda: [].copy(1), lambda: {}.keys(1),
         lambda: (1,).count(), lambda: "a".count(), lambda: "a".find(1, 2, 3, 4), lambda: {1}.discard(),
         lambda: set().isdisjoint(), lambda: "a".zfill(), lambda: "a".rfind(), lambda: {}.items(0),
         lambda: "a".lower(2), lambda: [].insert(1), lambda: "a".index()]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(e)
