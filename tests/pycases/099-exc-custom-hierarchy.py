class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, key):
        super().__init__(f"{what} {key!r} not found")
        self.what = what
        self.key = key
class Forbidden(AppError):
    pass
def lookup(key):
    if key == "secret":
        raise Forbidden("no access")
    raise NotFound("user", key)
for key in ["bob", "secret"]:
    try:
        lookup(key)
    except NotFound as e:
        print("not found:", e, e.what, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, e, repr(e))
