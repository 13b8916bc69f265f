import functools
import inspect
from typing import Optional

class Account:
    def __init__(self, owner: str, balance: float = 0.0, *, currency="EUR"):
        self.owner = owner

    def deposit(self, amount: float, note: Optional[str] = None) -> "Account":
        return self

def api(path, /, method="GET", *handlers, timeout: int = 30, **options) -> dict:
    return {}

for target in (api, Account, Account.deposit, Account("x").deposit, lambda a, b=2: a):
    print(inspect.signature(target))
sig = inspect.signature(api)
for name, param in sig.parameters.items():
    print(f"{name:9}", str(param.kind), param.kind.description, param.default is inspect.Parameter.empty)
print(repr(sig.parameters["timeout"]), sig.return_annotation)
bound = sig.bind("/users", "POST", print, timeout=5, retries=3)
print(bound)
print(bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
for args, kwargs in [((), {}), (("/a", "PUT"), {"method": "X"}), (("/a",), {"path": 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def transfer(src: Account, dst: Account, amount: int = 1): pass
print(inspect.signature(transfer), inspect.signature(functools.partial(transfer, None, amount=5)))
