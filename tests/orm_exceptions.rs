//! SQLAlchemy's exception classes as scripts see them: the tree, which module exports which class, and
//! the classes ormplay raises (each once fell back silently to `RuntimeError` or `Exception` because it
//! was named by a string). Expected output recorded from SQLAlchemy 2.1.9.

use ormplay::run::run;

const MODELS: &str = "from sqlalchemy import *\nfrom sqlalchemy.orm import *\n\
                      Base = declarative_base()\n\
                      class P(Base):\n    __tablename__ = 'p'\n    id = Column(Integer, primary_key=True)\n";

#[test]
fn classes_modules_and_raised_kinds_follow_sqlalchemy() {
    let script = "\
import sqlalchemy.exc, sqlalchemy.orm.exc
from sqlalchemy.exc import UnboundExecutionError, InvalidRequestError, SQLAlchemyError
print(issubclass(UnboundExecutionError, InvalidRequestError), issubclass(sqlalchemy.exc.IntegrityError, sqlalchemy.exc.DBAPIError))
print(hasattr(sqlalchemy.exc, 'DetachedInstanceError'), hasattr(sqlalchemy.orm.exc, 'UnmappedError'), sqlalchemy.orm.exc.NoResultFound is sqlalchemy.exc.NoResultFound)
try:
    Session().execute(select(P))
except InvalidRequestError as e:
    print(type(e).__name__)
try:
    select(P).where(object())
except SQLAlchemyError as e:
    print(type(e).__name__)
try:
    from sqlalchemy.exc import DetachedInstanceError
except ImportError:
    print('ImportError')
";
    let out = run(MODELS, script);
    assert_eq!(out.error.map(|e| e.class), None);
    assert_eq!(out.stdout, "True True\nFalse True True\nUnboundExecutionError\nArgumentError\nImportError\n");
}
