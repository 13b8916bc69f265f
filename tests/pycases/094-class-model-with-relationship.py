class Author:
    def __init__(self, name):
        self.name = name
        self.books = []
    def add_book(self, title, year):
        book = Book(title, year, self)
        self.books.append(book)
        return book
class Book:
    def __init__(self, title, year, author):
        self.title, self.year, self.author = title, year, author
    def __repr__(self):
        return f"<Book {self.title!r} ({self.year})>"
a = Author("Le Guin")
a.add_book("The Dispossessed", 1974)
b = a.add_book("A Wizard of Earthsea", 1968)
print(a.books)
print(b.author.name, [bk.title for bk in sorted(a.books, key=lambda bk: bk.year)])
print(len(a.books), a.books[0].author is a)
