z = complex(1, 2)
w = 3 - 4j
print(z, w, repr(z), 1j, -1j, 2.5j, complex(), complex(0, -0.0), complex(-0.0, 1))
print(z + w, z - w, z * w, z / w, z ** 2, w ** 0.5, 2 ** z, -z, +z)
print(abs(w), z.real, z.imag, z.conjugate(), type(z).__name__, isinstance(z, complex))
print(z == complex(1, 2), z != w, 1 + 0j == 1, 2.0 == complex(2), len({complex(3, 0), 3 + 0j, 1j, 1j}))
print((-8) ** (1 / 3), (-1) ** 0.5, 4 ** 0.5)
print(complex("1+2j"), complex(" (3-1.5j) "), complex("j"), complex("-j"), complex("2e3J"), complex("7"))
print(complex(1 + 2j, 3), complex(2, 1j), complex("inf"), complex(1e300, 1e300) * 10)
print(f"{z}", f"{w:.2f}", format(1 + 2j, ">12"), str(1e16j), (1 + 2j) * 0)
for bad in ["1+", "abc", "1 + 2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
for f in [lambda: complex("1", 2), lambda: complex(None), lambda: z < w, lambda: 1j / 0]:
    try:
        f()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
