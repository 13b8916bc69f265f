# The `urllib` package (empty in CPython too): its only module here is `urllib.parse`; `urllib.request`
# needs a network.
