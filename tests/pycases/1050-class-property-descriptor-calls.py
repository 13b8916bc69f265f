# The descriptor protocol called by hand on a property, and property attributes.
class Account:
    def __init__(self):
        self._balance = 10
    @property
    def balance(self):
        "The current balance."
        return self._balance
    @balance.setter
    def balance(self, value):
        self._balance = value
    @balance.deleter
    def balance(self):
        print("closing")
acct = Account()
prop = Account.__dict__["balance"]
print(prop.__get__(acct), prop.__get__(None, Account) is prop, prop.__get__(acct, Account))
prop.__set__(acct, 25)
print(acct.balance)
prop.__delete__(acct)
print(prop.__doc__, prop.fget.__name__, type(prop).__name__, Account.balance is prop)
class ReadOnly:
    @property
    def value(self):
        return 1
ro = ReadOnly.__dict__["value"]
for call in [lambda: ro.__set__(ReadOnly(), 2), lambda: ro.__delete__(ReadOnly())]:
    try:
        call()
    except AttributeError as e:
        print(e)
print(ro.fset, ro.__doc__, ReadOnly.value.fget(ReadOnly()))
def top():
    return 1
print(top.__closure__)
