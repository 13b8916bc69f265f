from contextvars import ContextVar, copy_context, Token

current_user = ContextVar("current_user", default="anonymous")
request_id = ContextVar("request_id")


def handle(user, rid):
    token = current_user.set(user)
    request_id.set(rid)
    try:
        return f"{request_id.get()}: {current_user.get()}"
    finally:
        current_user.reset(token)


print(handle("ann", 1), current_user.get(), request_id.get(), request_id.get("-"))
ctx = copy_context()
print(ctx.run(handle, "bob", 2), ctx[request_id], request_id.get(), len(ctx) >= 1)
print(current_user.name, Token.MISSING)
fresh = ContextVar("fresh")
try:
    fresh.get()
except LookupError:
    print("LookupError")
token = fresh.set(1)
print(token.var is fresh, token.old_value is Token.MISSING, fresh.get())
fresh.reset(token)
try:
    fresh.reset(token)
except RuntimeError:
    print("RuntimeError: token used twice")
print(fresh.get(None), fresh in copy_context(), current_user in copy_context())
