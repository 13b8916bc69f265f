# nested data left in a function
# expect: 1
def build():
    a = []
    for i in range(100000):
        a = [a, {i: (a,)}]
    return 1
print(build())
