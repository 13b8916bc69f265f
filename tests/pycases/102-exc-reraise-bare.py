def risky(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n
log = []
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        log.append(n)
        raise
for n in [1, 5]:
    try:
        print(wrapper(n))
    except ValueError as e:
        print("caught", e)
print(log)
