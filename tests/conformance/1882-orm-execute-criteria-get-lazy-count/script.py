seen = []


def hide_deleted(state):
    if state.is_select and not state.execution_options.get("include_deleted", False):
        seen.append((state.is_relationship_load, state.is_column_load))
        state.statement = state.statement.options(
            with_loader_criteria(SoftDeleteMixin, lambda cls: cls.deleted == False, include_aliases=True)
        )


with Session(engine) as s:
    s.add_all([
        Author(name="ann", articles=[Article(title="one"), Article(title="two", deleted=True), Article(title="three")]),
        Author(name="bob", deleted=True, articles=[Article(title="gone")]),
    ])
    s.commit()

session = Session(engine)
event.listen(session, "do_orm_execute", hide_deleted)
print(session.get(Article, 2))
print(session.get(Article, 1).title)
print(session.get(Author, 2))
ann = session.get(Author, 1)
print([a.title for a in ann.articles])
print(session.scalar(select(func.count()).select_from(Article)))
print(session.scalar(select(func.count(Article.id))))
print(session.scalar(select(func.count(Article.id)).execution_options(include_deleted=True)))
session.close()
orphan = session.scalars(select(Article).where(Article.author_id == 2).execution_options(include_deleted=True)).one()
print(orphan.title, orphan.author)
print(sorted(set(seen)))
