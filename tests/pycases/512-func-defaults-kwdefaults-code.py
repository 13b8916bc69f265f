# function introspection people use: __defaults__, __kwdefaults__, __code__, __qualname__
def connect(host, port=5432, *args, timeout=10, ssl, **options):
    "Open a connection."
    retries = 3
    return host, port, timeout, ssl, retries


print(connect.__defaults__, connect.__kwdefaults__)
print(connect.__name__, connect.__qualname__, connect.__module__, connect.__doc__)
code = connect.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(code.co_varnames[: code.co_argcount])
connect.__defaults__ = (1, 2)
print(connect("h", ssl=True))
connect.__kwdefaults__ = {"timeout": 99, "ssl": False}
print(connect(port=7, host="x"))
connect.__defaults__ = None
try:
    connect("h")
except TypeError as e:
    print(e)


def no_defaults(a, /, b):
    pass


print(no_defaults.__defaults__, no_defaults.__kwdefaults__, no_defaults.__code__.co_posonlyargcount)
