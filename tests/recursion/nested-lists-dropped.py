# nested lists dropped
# expect: ok
a = []
for i in range(300000):
    a = [a]
a = None
print('ok')
