import warnings

def legacy(x):
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)
    return x

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    legacy(1)
    warnings.warn("direct", UserWarning)
    warnings.warn(RuntimeWarning("instance message"))
print(len(w))
for item in w:
    print(item.category.__name__, item.message, item.filename.endswith(".py"), item.lineno)
print(isinstance(w[0].message, DeprecationWarning), w[0].message.args)
print(type(w[2].message).__name__, w[2].category is RuntimeWarning)
print(w[1].line, w[1].file, w[1].source)
print(str(w[1]).split(",")[0])
