class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), sum(Squares()))
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
lines = ["a", "b", "", "c"]
reader = iter(lines).__next__
print(list(iter(reader, "")))
for x in Squares():
    if x > 3:
        print("first big", x)
        break
print(list(map(str, Squares())), list(zip(Squares(), "xyz")))
