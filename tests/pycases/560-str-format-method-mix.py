print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="x"), "{0[1]} {1[k]}".format([1, 2], {"k": 3}))
print("{:>8}|{:<8}|{:^8}|".format("a", "b", "c"), "{:08.3f}".format(3.14159), "{{literal}}".format())
class P:
    x = 5
print("{0.x}".format(P()), "{!r:>6}".format("a"), "{:,}".format(1234567))
print(format(3.5, ".2f"), format("x", ">3"), format(10, "b"), format(-42, "+05d"))
print("{:.2%}".format(0.256), "{:e}".format(0.000123), "{:.3}".format(3.14159), "{:.3}".format("abcdef"))
print("{:10.3}|".format(1234.5678), "{:g}".format(1e20), "{:g}".format(123456789.0), "{:.2g}".format(0.000012345))
print("{:n}".format(1e6), "{}".format(1e6), "{}".format(1.0e-10), "{:f}".format(1e20))
print("{:c}".format(97), "{:#b}".format(5), "{:o}".format(-8), "{:#010x}".format(255))
print("{:=^20}".format(" title "), "{:->10.1f}".format(2.25), "{:<+8.2f}|".format(3))
d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d['b'][1]} {len(d)} {'yes' if d else 'no'}")
print(f"{'nested {braces}'}", f"{{}}", f"{'a' 'b'}", f"{3:{'>'}{5}}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in items:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price*qty:>10.2f}")
print(f"{1234.5:,.2f}", f"{-1234.5:,.2f}", f"{0.000:.2f}", f"{-0.001:.2f}")
print(f"{1e16:.0f}", f"{2**53+1:.0f}" if False else "", f"{0.1:.20f}", f"{1/7:.15g}")
print(f"{100:5}|{'s':5}|{1.5:5}|{True:5}|")
print(f"{'left':<{8}}|", f"{3.0}", f"{3.10}", f"{1e3}", f"{12e-1}")
