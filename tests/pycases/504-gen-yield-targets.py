# yield in assignment targets and augmented assignments: CPython's order of evaluation
class Box:
    pass


def g():
    box = Box()
    box.value = yield "value"
    print("box", box.value)
    items = [0, 0, 0]
    items[(yield "index")] = yield "item"
    print("items", items)
    counts = {"a": 1}
    counts["a"] += yield "add"
    print("counts", counts)
    box.value *= yield "mul"
    print("box", box.value)
    acc = [1]
    acc += (yield "extend")
    print("acc", acc)


it = g()
print(next(it))
for answer in [5, "item-first", 2, 10, 3, [2, 3]]:
    try:
        print(it.send(answer))
    except StopIteration:
        print("done")
