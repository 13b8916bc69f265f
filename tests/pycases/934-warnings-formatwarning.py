import warnings

text = warnings.formatwarning("be careful", UserWarning, "app.py", 12)
print(repr(text))
print(repr(warnings.formatwarning("old", DeprecationWarning, "m.py", 3, line="x = 1")))
print(repr(warnings.formatwarning(UserWarning("obj"), UserWarning, "f.py", 1, line="")))
shown = []
def capture(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__))
original = warnings.showwarning
warnings.showwarning = capture
warnings.simplefilter("always")
warnings.warn("goes to capture")
warnings.warn("second", FutureWarning)
warnings.showwarning = original
print(shown)
print(warnings.showwarning is original)
