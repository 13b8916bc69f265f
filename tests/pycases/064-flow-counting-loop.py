balance = 1000.0
rate = 0.05
years = 0
while balance < 2000:
    balance *= 1 + rate
    years += 1
print(years, round(balance, 2))
countdown = list(range(5, 0, -1))
for n in countdown:
    if n == 2:
        print("skip 2")
        continue
    print(n)
