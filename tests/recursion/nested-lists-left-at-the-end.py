# nested lists left at the end
# expect: ok
a = []
for i in range(300000):
    a = [a]
print('ok')
