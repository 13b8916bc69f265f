def process():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            return f"inner handled {inner}"
print(process())
try:
    try:
        raise TypeError("original")
    finally:
        print("finally before propagation")
except TypeError as e:
    print("outer caught", e)
