# nested tuples dropped
# expect: ok
t = ()
for i in range(300000):
    t = (t,)
t = None
print('ok')
