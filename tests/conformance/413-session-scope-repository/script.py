b = create_book('Deep Learning', 'Goodfellow', 72.0)
print(b, b.id)
create_book('Fluent Python', 'Ramalho', 49.99)
create_book('Dune', 'Herbert', 9.5)
print(get_book(2))
print(get_book(42))
print(update_price(3, 11.25))
print(update_price(99, 1.0))
print(delete_book(1), delete_book(1))
try:
    with session_scope() as s:
        s.add(Book(title=None))
except Exception as e:
    print('failed:', type(e).__name__)
with session_scope() as s:
    for book in s.query(Book).order_by(Book.price.desc()):
        print(book.title, book.price)
    print(s.query(Book).count())
