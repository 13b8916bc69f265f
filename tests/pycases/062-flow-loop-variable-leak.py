for i in range(3):
    pass
print(i)
for ch in "":
    pass
total = 0
for n in [1, 2, 3]:
    total += n
print(n, total)
j = 0
while j < 3:
    j += 1
print(j)
