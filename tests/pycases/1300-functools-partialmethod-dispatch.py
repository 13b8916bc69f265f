from functools import partialmethod, singledispatchmethod
from collections.abc import Sequence

class Cell:
    alive = False

    def set_state(self, state, reason="manual"):
        self.alive = state
        return f"{state} ({reason})"

    revive = partialmethod(set_state, True)
    kill = partialmethod(set_state, False, reason="starved")


c = Cell()
print(c.revive(), c.alive, c.kill(), c.alive, c.revive(reason="seeded"))


class Describer:
    @singledispatchmethod
    def describe(self, value):
        return f"something: {value!r}"

    @describe.register
    def _(self, value: int):
        return f"int {value}"

    @describe.register(bool)
    def _(self, value):
        return f"flag {value}"

    @describe.register(Sequence)
    def _(self, value):
        return "seq[" + ", ".join(self.describe(v) for v in value) + "]"


d = Describer()
print(d.describe(3), d.describe(True), d.describe(2.5), d.describe([1, (False, None)]))
print(Describer.describe.__name__, type(Cell.__dict__["revive"]).__name__)
