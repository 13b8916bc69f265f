def todo():
    pass
class Empty:
    pass
for _ in range(2):
    pass
if True:
    pass
else:
    print("never")
print(todo(), Empty.__name__, type(Empty()).__name__)
while False:
    print("never")
print("done")
