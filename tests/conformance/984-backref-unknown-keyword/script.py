print("models loaded")
try:
    Parent()
except TypeError as e:
    print("TypeError")
try:
    Kid()
except Exception as e:
    print(type(e).__name__)
k = Kid()
