import io
import sys

original = sys.stdout
buffer = io.StringIO()
sys.stdout = buffer
print("hidden", 1)
sys.stdout.write("also hidden\n")
sys.stdout = original
print("captured:", repr(buffer.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stdout.encoding)
sys.stdout.writelines(["a\n", "b\n"])

class Tee:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass

tee = Tee()
sys.stdout = tee
print("x", "y", sep=",", end="!\n")
sys.stdout = sys.__stdout__
print(tee.parts)
err = io.StringIO()
sys.stderr = err
print("to err", file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
