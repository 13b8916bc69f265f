import time
start = time.perf_counter()
t0 = time.time()
time.sleep(0.25)
elapsed = time.perf_counter() - start
print(elapsed >= 0.25, elapsed < 5, time.time() - t0 >= 0.25, isinstance(time.time_ns(), int))
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1, type(m1).__name__)
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_wday, t.tm_yday, t[0:3], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.asctime(time.gmtime(1700000000)), time.ctime(0))
print(time.mktime(time.gmtime(1234567890)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError", e)
