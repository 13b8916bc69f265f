class E(Exception):
    def __str__(self):
        return "E:" + super().__str__()
print(E("boom"))
class F(Exception):
    def __str__(self):
        return "F:" + Exception.__str__(self)
print(str(F("a", 2)))
print(Exception.__str__(ValueError("x")), BaseException.__str__(E()))
class G(KeyError):
    def __str__(self):
        return "G" + super().__str__()
print(G("k"))
print(E.__str__ is Exception.__str__, Exception.__str__ is BaseException.__str__)
print(super(E, E("z")).__str__())
