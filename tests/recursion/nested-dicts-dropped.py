# nested dicts dropped
# expect: ok
d = {}
for i in range(300000):
    d = {1: d}
d = None
print('ok')
