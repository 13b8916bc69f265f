"""ormplay's copy: shallow and deep copies, honouring __copy__ and __deepcopy__."""


class Error(Exception):
    pass


_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: None))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    key = _id(x)
    if key in memo:
        return memo[key]
    # Keep the original alive while the memo refers to it by identity (as CPython's _keep_alive).
    memo.setdefault(_id(memo), []).append(x)
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
        memo[key] = y
        return y
    if cls is bytearray:
        y = bytearray(x)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
        memo[key] = y
        return y
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None:
        y = copier(memo)
        memo[key] = y
        return y
    return _reconstruct(x, memo, True)


def _reconstruct(x, memo, deep):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[_id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    state = getstate(x) if getstate is not None else getattr(x, "__dict__", None)
    if getstate is None and state is None:
        state = _slot_state(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
    elif state:
        for k, v in state.items():
            object.__setattr__(y, k, v)
    return y


def _slot_state(x):
    # An instance without `__dict__` keeps its state in the slots its classes declare.
    state = {}
    for c in type(x).__mro__:
        slots = c.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                state[name] = getattr(x, name)
    return state


_id = id
