# csv over io.StringIO: quoting, embedded delimiters and newlines, dialect options, DictReader/DictWriter.
import csv
import io
data = 'name,age,city\nAlice,30,"Paris, FR"\nBob,25,"He said ""hi"""\n\n"multi\nline",1,x\n'
for row in csv.reader(io.StringIO(data)):
    print(row)
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
for rec in reader:
    print(rec["name"], "|", rec["city"], reader.line_num)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"x', 1, None, 2.5, True])
w.writerows([[1, 2], ["line\nbreak"], [""], []])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"id": 1, "name": "Ann"}, {"id": 2}])
print(out.getvalue(), end="")
try:
    dw.writerow({"id": 3, "extra": 1})
except ValueError as e:
    print(e)
print(list(csv.reader(["a; b;'c;d'"], delimiter=";", quotechar="'", skipinitialspace=True)))
print(list(csv.reader(io.StringIO("1,2.5,\"x\"\n"), quoting=csv.QUOTE_NONNUMERIC)))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["x", 1, 2.5])
csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL).writerow(["t", 3])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print(e)
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print(e)
