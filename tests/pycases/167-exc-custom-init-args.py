class MyErr(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise MyErr(404)
except MyErr as e:
    print(e.code, repr(str(e)), e.args)
class Other(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise Other("not found", 404)
except Other as e:
    print(e, e.code, e.args)
