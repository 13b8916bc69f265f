for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
    else:
        print("inner completed for", i)
        continue
    print("inner broke for", i, "at", j)
n = 0
while n < 5:
    n += 1
    if n % 2 == 0:
        continue
    print("odd", n)
else:
    print("while done")
