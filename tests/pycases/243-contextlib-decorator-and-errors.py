from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield
    print(f"</{name}>")

@tag("p")
def paragraph(text):
    print(text, end="")

paragraph("hello")
paragraph("again")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
