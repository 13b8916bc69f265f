def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("ok", result)
        return result
    finally:
        print("finished", a, b)
print(divide(6, 3))
print(divide(1, 0))
