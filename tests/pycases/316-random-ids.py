import random
import string

random.seed(3)
token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(12))
print(token)
print("".join(random.sample(string.ascii_uppercase, 5)))
codes = {f"{random.randrange(1000):03d}" for _ in range(5)}
print(sorted(codes))
