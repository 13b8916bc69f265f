def connect(host, port=5432, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"
print(connect("db"))
print(connect("db", 6543, retries=1))
print(connect(host="h", timeout=2.5))
try:
    connect("db", 1, 2)
except TypeError:
    print("TypeError: positional timeout")
def tag(name, /, **attrs):
    inner = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<{name} {inner}>" if inner else f"<{name}>"
print(tag("br"), tag("a", href="/", name="x"))
