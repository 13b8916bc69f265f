def parse(value):
    try:
        return int(value)
    except ValueError as e:
        e.add_note(f"while parsing {value!r}")
        e.add_note("hint: use digits")
        raise

try:
    parse("x1")
except ValueError as err:
    print(type(err).__name__, err.__notes__)
try:
    ValueError("v").add_note(42)
except TypeError as e:
    print("TypeError:", e)
class Config:
    def __init__(self):
        self.timeout = 5
try:
    Config().timout
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e.name, e)
parse("oops")
