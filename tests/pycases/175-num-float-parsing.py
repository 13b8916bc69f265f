for s in ["1.5", " 2 ", "1e5", "-inf", "nan", "1_000.5", ".5", "5.", "abc", "1.2.3", "infinity", "+1E-2"]:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), "ValueError")
