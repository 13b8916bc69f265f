n = 10
while n > 0:
    n -= 3
else:
    print("loop ended, n =", n)
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts == 3:
        print("found at", attempts)
        break
else:
    print("never printed")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
