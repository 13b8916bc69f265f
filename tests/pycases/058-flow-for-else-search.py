def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    return None
for n in [15, 17, 21, 2]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "is divisible by", d)
            break
    else:
        print(n, "is prime")
print([find_prime_factor(n) for n in [9, 13]])
