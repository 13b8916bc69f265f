attempts = {"count": 0}
def flaky():
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError("temporary failure")
    return "connected"
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print(f"attempt {i + 1} failed: {e}")
        continue
    print("result:", result)
    break
print(issubclass(ConnectionError, OSError))
