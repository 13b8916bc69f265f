def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter_default = 10
def show(x=counter_default):
    return x
counter_default = 20
print(show())
