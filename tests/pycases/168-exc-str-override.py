class E(Exception):
    def __str__(self):
        return "custom!"
try:
    raise E("ignored")
except E as e:
    print(e, repr(e), e.args)
