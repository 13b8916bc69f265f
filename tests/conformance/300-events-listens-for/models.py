# Mapper / attribute / session events (docs "ORM Events": before_insert, before_update, set, before_flush)
from sqlalchemy import create_engine, Column, Integer, String, event
from sqlalchemy.orm import declarative_base, sessionmaker, Session

Base = declarative_base()


class Article(Base):
    __tablename__ = 'article'
    id = Column(Integer, primary_key=True)
    title = Column(String(100))
    slug = Column(String(100))
    version = Column(Integer, default=0)


log = []


@event.listens_for(Article, 'before_insert')
def make_slug(mapper, connection, target):
    target.slug = target.title.lower().replace(' ', '-')
    log.append(f'insert {target.title}')


@event.listens_for(Article, 'before_update')
def bump_version(mapper, connection, target):
    target.version = (target.version or 0) + 1
    log.append(f'update {target.title}')


def after_delete(mapper, connection, target):
    log.append(f'delete {target.id}')


event.listen(Article, 'after_delete', after_delete)


@event.listens_for(Article.title, 'set')
def title_set(target, value, oldvalue, initiator):
    log.append(f'set title -> {value}')


@event.listens_for(Session, 'before_flush')
def before_flush(session, flush_context, instances):
    log.append(f'flush new={len(session.new)} dirty={len(session.dirty)} deleted={len(session.deleted)}')


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
