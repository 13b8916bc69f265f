# num bool is int
# num bool is int
# num bool is int
print(isinstance(True, int), isinstance(1, bool), type(True) == bool, True is True)
print(int(True), str(False), bool("False"), [bool(x) for x in (0, "", None, [0])])
