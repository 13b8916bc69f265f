//! Relationship loader strategies, as SQLAlchemy's `strategy_options` and `strategies` modules
//! define them: which way each relationship of freshly loaded objects is loaded, decided per
//! relationship path from the statement's loader options (`selectinload(A.bs).joinedload(B.c)`,
//! `defaultload(A.bs).raiseload("*")`) and, where no option speaks, from `relationship(lazy=...)`.
//!
//! An option is a chain of [`Step`]s, the first relative to the statement's entity. After a batch of
//! instances is loaded ([`post_load`]), every relationship of the batch's mapper gets its strategy:
//! `selectin` runs one `SELECT ... WHERE fk IN (...)` for the whole batch ([`selectin`]) and then
//! treats the children as the next batch along the rest of the paths; `immediate` lazy-loads each
//! object's relationship at once; `select`, `noload`, `raise` and `raise_on_sql` given by an option
//! are recorded on each instance, so its later lazy load behaves as asked ([`LazyOverride`]).
//! `joined` is applied to the statement itself before it runs ([`joined`]).

pub mod joined;
mod limited;
mod polymorphic;
mod post_load;
mod resolve;
mod selectin;
mod subquery;
#[cfg(test)]
mod tests;

pub use post_load::{after_statement, post_load, post_load_lazy};

use crate::eval::value::Class;
use std::rc::Rc;

/// A loader strategy, by SQLAlchemy's name for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// `defaultload()`: the relationship's own `lazy=` strategy, only naming a path.
    Default,
    /// `lazyload()`, `lazy="select"`.
    Lazy,
    Selectin,
    Joined {
        inner: bool,
    },
    Subquery,
    Immediate,
    NoLoad,
    Raise,
    RaiseOnSql,
    /// `contains_eager()`: the related rows are columns the statement already has.
    ContainsEager,
    /// `selectin_polymorphic(Base, [Sub, ...])`: not a relationship link but the entity's
    /// subclasses' columns, loaded by an IN SELECT per subclass ([`polymorphic`]).
    Polymorphic,
}

impl Strategy {
    /// The strategy a loader option function stands for.
    pub fn of_option(name: &str, innerjoin: bool, sql_only: bool) -> Option<Strategy> {
        Some(match name {
            "defaultload" => Strategy::Default,
            "lazyload" => Strategy::Lazy,
            "selectinload" => Strategy::Selectin,
            "joinedload" => Strategy::Joined { inner: innerjoin },
            "subqueryload" => Strategy::Subquery,
            "immediateload" => Strategy::Immediate,
            "noload" => Strategy::NoLoad,
            "raiseload" if sql_only => Strategy::RaiseOnSql,
            "raiseload" => Strategy::Raise,
            "contains_eager" => Strategy::ContainsEager,
            _ => return None,
        })
    }

    /// The strategy `relationship(lazy=...)` names (`None`: `"select"`).
    pub fn of_lazy(lazy: Option<&str>, innerjoin: bool) -> Strategy {
        match lazy {
            Some("selectin") => Strategy::Selectin,
            Some("joined") | Some("False") => Strategy::Joined { inner: innerjoin },
            Some("subquery") => Strategy::Subquery,
            Some("immediate") => Strategy::Immediate,
            Some("noload") => Strategy::NoLoad,
            Some("raise") => Strategy::Raise,
            Some("raise_on_sql") => Strategy::RaiseOnSql,
            _ => Strategy::Lazy,
        }
    }

    /// The `lazy=` name a lazy load honours when an option chose this strategy.
    fn lazy_name(self) -> Option<&'static str> {
        match self {
            Strategy::Lazy => Some("select"),
            Strategy::NoLoad => Some("noload"),
            Strategy::Raise => Some("raise"),
            Strategy::RaiseOnSql => Some("raise_on_sql"),
            _ => None,
        }
    }
}

/// One link of an option's path: the relationship `key` of `class` (`None` with key `"*"`: every
/// relationship, `raiseload("*")`) and the strategy asked for it.
#[derive(Clone)]
pub struct Step {
    pub class: Option<Rc<Class>>,
    pub key: String,
    pub strategy: Strategy,
    /// The subclasses a [`Strategy::Polymorphic`] step names (empty for a relationship link).
    pub classes: Vec<Rc<Class>>,
    /// Column options chained after this link (`selectinload(User.books).load_only(Book.title)`):
    /// they shape the related entity's load.
    pub columns: Vec<crate::orm::core::loader_options::ColumnLoad>,
    /// `selectinload(A.bs.of_type(target))`: the entity the related rows load as.
    pub of_type: Option<Rc<crate::orm::core::orm_select::AliasedObj>>,
    /// `selectinload(A.bs.and_(B.x > 1))`: criteria the related rows must also meet, written
    /// against the target class (a joined load aims them at its alias).
    pub criteria: Vec<crate::sql::elements::ExprRef>,
    /// A bare top-level wildcard (`raiseload("*")`, SQLAlchemy's `relationship:_sa_default` token):
    /// it also reaches the relationships of everything the statement's eager loads bring, where a
    /// chained or `Load(Entity)` one names only its entity's relationships.
    pub everywhere: bool,
}

/// An option's path from the entity it applies to.
pub type LoadPath = Rc<[Step]>;

/// What an option said about a relationship that loads lazily: the `lazy=` behaviour to use
/// instead of the relationship's own (`None`: its own), and the paths that continue below it (their
/// first step relative to the related class), for the objects the lazy load brings; and the column
/// options chained after the relationship (`defaultload(A.bs).load_only(B.x)`), which shape the
/// lazy load's SELECT.
#[derive(Clone, Default)]
pub struct LazyOverride {
    pub lazy: Option<&'static str>,
    pub paths: Vec<LoadPath>,
    pub columns: Vec<crate::orm::core::loader_options::ColumnLoad>,
    /// `lazyload(A.bs.and_(...))`: criteria the lazy load's SELECT adds.
    pub criteria: Vec<crate::sql::elements::ExprRef>,
    /// `with_loader_criteria()` criteria for the related class: added too, but (unlike `and_()`)
    /// a many-to-one still finds its object in the identity map first.
    pub entity_criteria: Vec<crate::sql::elements::ExprRef>,
}
