import warnings

names = [DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning,
         FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for cls in names:
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, Warning), issubclass(cls, Exception))
print(Warning.__mro__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for cls in names[:6]:
        warnings.warn(f"{cls.__name__} happened", cls)
print([w.category.__name__ for w in caught])
print([str(w.message) for w in caught][:2])
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
try:
    raise ImportWarning("as exception")
except Warning as e:
    print(type(e).__name__, e)
