from decimal import Decimal

d = Decimal("1234567.891")
print(f"{d:.2f}|{d:,.2f}|{d:,}|{d:>15.1f}|{d:<15.0f}|")
print(f"{Decimal('0.5'):%} {Decimal('0.125'):.1%} {Decimal('12345.678'):e} {Decimal('12345.678'):.2E}")
print(f"{Decimal('2.675'):.2f} {Decimal('2.665'):.2f} {Decimal('-0.001'):.2f} {Decimal('1E+3'):f}")
print(f"{Decimal('3.5'):+.1f} {Decimal('42'):08.2f} {Decimal('42'):*^12} {Decimal('0.000012'):g} {Decimal('1.50'):g}")
print(format(Decimal("19.99"), ".1f"), format(Decimal("7"), ""), "%s %.2f" % (Decimal("1.5"), Decimal("1.555")))
print("Total: ${:,.2f}".format(Decimal("98765.4321")))
