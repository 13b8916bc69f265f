print(f"{'ab':5}|{12:5}|{1.5:5}|{None!s:>6}|{True:>5}|{True:d}")
print("{:5}|{:<5}|{:>5}".format("x", 3, 2.5))
print("%5s|%-5d|%05.1f|%s" % (None, 3.7, 2.25, True))
print("%c%c" % ("a", 98), "%o %X %e" % (8, 255, 0.00012))
try:
    print(f"{None:>5}")
except TypeError:
    print("TypeError for None with a spec")
