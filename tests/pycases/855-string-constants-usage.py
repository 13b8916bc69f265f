import string

print(repr(string.printable))
print(len(string.printable), len(string.ascii_letters), len(string.whitespace))
print(string.octdigits, string.hexdigits)
pw = "Passw0rd!"
print(any(c in string.digits for c in pw), any(c in string.punctuation for c in pw))
print(sum(c in string.ascii_uppercase for c in pw))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (ok?)".translate(table))
shift = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(shift))
print([c for c in string.whitespace])
print(string.ascii_letters.index("Z"), string.punctuation.find("@"))
print(set("abcXYZ") <= set(string.ascii_letters), "_" in string.punctuation)
