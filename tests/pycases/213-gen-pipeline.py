def read(rows):
    for row in rows:
        print("read", row)
        yield row

def only_even(rows):
    for row in rows:
        if row % 2 == 0:
            yield row

def doubled(rows):
    for row in rows:
        yield row * 2

pipeline = doubled(only_even(read(range(6))))
print("built")
for value in pipeline:
    print("got", value)
    if value >= 4:
        break
print("stopped")
