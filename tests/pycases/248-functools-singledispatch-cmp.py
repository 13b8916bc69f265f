from functools import singledispatch, cmp_to_key

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register(int)
def _(obj):
    return f"int {obj}"

@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)

print(describe(3), describe("s"), describe([1, "a"]), describe(True))

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__)
