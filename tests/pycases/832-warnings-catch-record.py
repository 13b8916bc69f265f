import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning)
    return x * 2

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_api(21))
    warnings.warn("plain message")
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message))
print(type(caught[0].message).__name__, caught[0].message.args)
print(issubclass(caught[1].category, UserWarning))
print(type(caught).__name__)
