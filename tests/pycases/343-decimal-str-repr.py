from decimal import Decimal

for text in ["0", "-0", "1.50", "0.000001", "0.0000001", "1E+3", "1e-10", "123.456e2", " 42 ", "1_000.5",
             "-.5", "5.", "+7", "Infinity", "-inf", "NaN", "1.23E+45"]:
    d = Decimal(text)
    print(repr(text), str(d), repr(d))
print(Decimal(42), Decimal(-7), Decimal(10 ** 30), Decimal((1, (3, 1, 4), -2)), Decimal((0, (0,), 5)))
