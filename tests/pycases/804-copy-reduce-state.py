import copy

class Account:
    def __init__(self, owner, history):
        self.owner = owner
        self.history = history
        self.cache = "expensive"
    def __getstate__(self):
        print("getstate")
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = "rebuilt"

a = Account("ann", [10, 20])
b = copy.copy(a)
print(b.owner, b.history, b.cache, b.history is a.history)
c = copy.deepcopy(a)
print(c.owner, c.history, c.cache, c.history is a.history)
print(a.cache)
