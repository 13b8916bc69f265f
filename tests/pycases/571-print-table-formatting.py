print(f"{'Name':<10}|{'Qty':>5}|{'Price':>8}")
print("-" * 25)
for n, q, p in [("Widget", 3, 4.5), ("Gadget", 10, 12.999), ("Thing", 0, 0.1)]:
    print(f"{n:<10}|{q:>5}|{p:>8.2f}")
print(f"{'Total':<10}|{13:>5}|{4.5*3 + 12.999*10:>8.2f}")
print(f"{12.5:08.3f}", f"{-12.5:08.3f}", f"{12:+}", f"{-12: }", f"{12: }", f"{0.5:.0%}", f"{1234.5:_}")
print(f"{1e6:,.0f}", f"{12345.6789:,.2f}", f"{0.1:.1e}", f"{255:08b}", f"{'x':#<4}", f"{-5:05}")
print(f"{3:>{4}}", f"{'ab':{'^'}{6}}", f"{{x}}", f"{'{'}", f"{[1,2]!s:>8}", f"{(1, 2)}")
import datetime
print(format(0.1234, ".2%"), format(1234567, ","), format(3.0, "g"), format(3.5, "g"), format(1e-5, ".3f"))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format("x", 4), "{:{}}|".format("y", 3))
print("{:,.2f}".format(-1234.567), "{:+.1%}".format(-0.256), "{:#x}".format(3054), "{:08.2f}".format(-3.14))
name, age = "Ann", 7
print(f"{name} is {age} year{'s' if age != 1 else ''} old", f"{name!r:>8}", f"{name.upper()}", f"{len(name) * 2}")
print(f"{age:d}", f"{age:5d}|", f"{age:<5d}|", f"{age:^5d}|", f"{age:05d}", f"{age:x}", f"{age:.2f}")
val = 0.1 + 0.2
print(f"{val}", f"{val:.2f}", f"{val:g}", f"{val:.17g}", f"{val!r}", f"{val:10.4f}|", f"{val:<10.4}|")
print(f"{100000000.0}", f"{1e16}", f"{123456789.123456789}", f"{0.00001}", f"{-1.5e-7}", f"{2.0**60}")
print("{0}{1}{0}".format("a", "b"), "{}".format(None), "{:}".format(5), "{!r}".format("q"), "{0!s:>3}".format(1))
print("%5.1f%%" % 99.5, "%-8s|" % "hi", "%08.3f" % 3.14159, "%+5d" % 3, "% d" % 5, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s|%s" % ("a", None), "%r" % [1, "a"], "%.2s" % "xyz", "%3c" % "z", "%e" % 0, "%g" % 1e-5, "%G" % 1e20)
