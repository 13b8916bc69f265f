words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words), max(words, key=len))
print("a" < "b" < "c", "abc" == "abc", "A" < "a")
print(ord("A"), ord("a"), chr(65), chr(0x263A), ord("é"))
