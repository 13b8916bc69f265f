//! Loading, on small programs whose outcomes were recorded from SQLAlchemy 2.1.9: a collection loads
//! with one SELECT through the foreign key, a many-to-one found in the identity map needs none, and
//! a lazy load fills the identity map with the objects it finds.

use crate::orm::testing::{PARENT_CHILD, run_program};

#[test]
fn collections_load_once_and_many_to_one_from_the_identity_map() {
    let script = "session.add(Parent(name='p', children=[Child(name='a'), Child(name='b')]))\nsession.commit()\n\
                  session.close()\np = session.get(Parent, 1)\nkids = p.children\nprint([c.name for c in kids])\n\
                  print(kids[0].parent is p, session.get(Child, 2) is kids[1], len(p.children))\n";
    let ran = run_program(PARENT_CHILD, script);
    assert_eq!(ran.error, None);
    assert_eq!(ran.stdout, "['a', 'b']\nTrue True 2\n");
    // get(Parent), the collection: nothing else (the children are in the identity map).
    assert_eq!(ran.statements("SELECT").len(), 2, "{:?}", ran.sql);
    assert!(ran.sql.iter().any(|s| s.contains("WHERE child.parent_id = ?")), "{:?}", ran.sql);
}
