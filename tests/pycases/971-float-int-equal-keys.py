# A float equal to an int is the same dict key / set item, however large the number.
print({1e20, 10**20}, len({1e20, 10**20}))
print({2**64: "a", 2.0**64: "b"})
d = {10**20: "int"}
d[1e20] = "float"
print(d)
print({2**200: 1}[2.0**200], 2.0**200 in {2**200}, 10**300 in {1e300})
print(1e300 in {int(1e300)}, len({float(2**70), 2**70, 2**70 + 1}))
print({-(2**63): "min"}[-9.223372036854775808e18])
s = {2**63, 9.223372036854775808e18, 2**63 - 1}
print(len(s), sorted(s))
print({1, 1.0, True}, {0.5: 1, 0.5: 2})
print(list(dict.fromkeys([1e18, 10**18, 1e19, 10**19, 2**53 + 1, 2.0**53 + 1])))
