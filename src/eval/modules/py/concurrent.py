# The `concurrent` package (empty in CPython too): its only module is `concurrent.futures`.
