import json

payloads = ['{"ok": 1}', '[true, false]', '{"broken": }']
for payload in payloads:
    value = json.loads(payload)
    print(type(value).__name__, value)
print("never")
