text = "the cat sat on the mat"
print(text.replace("at", "og"), text.replace("the", "a", 1))
print(text.count("at"), text.count("the"), text.replace(" ", ""))
words = text.split()
print(" ".join(w.capitalize() for w in words))
print("x".join("abc"), "abc".replace("", "-"))
print("Mississippi".replace("ss", "SS").lower().count("ss"))
