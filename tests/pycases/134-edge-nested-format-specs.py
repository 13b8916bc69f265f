width, prec = 12, 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:<{width}.{prec + 2}f}]")
print(f"[{'text':{'^'}{width}}]")
align = ">"
print(f"[{42:{align}{width},}]")
print("[{:{}.{}f}]".format(value, width, prec))
print("[{0:{fill}{align}{w}}]".format("ab", fill="*", align="^", w=9))
