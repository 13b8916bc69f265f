log = []

def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        log.append(f"close {name}")

for item in resource("db"):
    log.append(item)
    if item.endswith("1"):
        break
log.append("after loop")
print("\n".join(log))
