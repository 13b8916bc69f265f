line = "name,age,,city"
print(line.split(","), line.split(",", 1), line.rsplit(",", 1))
print("  many   spaces here ".split(), "a b c".split(" "))
print("one\ntwo\r\nthree\n".splitlines(), "x".split(","))
print("key=value=more".partition("="), "key".partition("="), "a.b.c".rpartition("."))
print("-".join(["2024", "01", "15"]), "".join(reversed("stressed")))
