records = [("alice", "pw1"), ("bob", "s3cr3t")]

def encode_record(name, password):
    return name.encode() + b":" + password.encode("ascii")

def decode_record(raw):
    name, _, password = raw.partition(b":")
    return name.decode(), password.decode()

blobs = [encode_record(*r) for r in records]
print(blobs)
print([decode_record(b) for b in blobs] == records)
print(b"\n".join(blobs).split(b"\n"))
checksum = sum(b"".join(blobs)) % 256
print(checksum, hex(checksum), bytes([checksum]).hex())
header = bytes([0x89]) + b"PNG\r\n\x1a\n"
print(header, header[1:4].decode(), header.startswith(b"\x89PNG"))
print(" ".join(f"{b:02x}" for b in header[:4]), [chr(c) for c in b"hi"])
