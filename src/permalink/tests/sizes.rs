//! Link sizes: prints the length of every gallery lesson's link and holds the chatbot to the issue's
//! budget of 1,000 characters. (A size, not a timing, so it is asserted.)

use super::*;

/// The budget for the medical-chatbot lesson, in characters of URL fragment.
const CHATBOT_BUDGET: usize = 1_000;

#[test]
fn gallery_link_lengths() {
    println!("{:<28} {:>6} {:>6} {:>7}", "lesson", "code", "link", "ratio");
    for lesson in crate::gallery::LESSONS {
        let code = lesson.models.len() + lesson.script.len();
        let link = lesson.link();
        println!("{:<28} {code:>6} {:>6} {:>6.1}%", lesson.id, link.len(), 100.0 * link.len() as f64 / code as f64);
        assert_eq!(decode(&link), Ok(lesson.state()), "{} round-trips", lesson.id);
        assert!(link.len() < code, "{}: the link is shorter than the code", lesson.id);
    }
}

#[test]
fn medical_chatbot_fits_the_budget() {
    let chatbot = crate::gallery::find("medical-chatbot").expect("chatbot lesson");
    assert!(chatbot.models.matches("__tablename__").count() + chatbot.models.matches("Table(").count() >= 8);
    // The realistic shared state: the lesson plus dragged positions for all eight tables and a theme.
    let mut state = chatbot.state();
    let tables =
        ["users", "profiles", "appointments", "specialities", "user_speciality", "kins", "chat_sessions", "messages"];
    for (i, table) in tables.iter().enumerate() {
        state.positions.insert((*table).to_owned(), (40 + 260 * (i as i32 % 4), 60 + 220 * (i as i32 / 4)));
    }
    state.view.theme = Theme::Dark;
    let plain = chatbot.link().len();
    let dragged = encode(&state).len();
    println!(
        "medical-chatbot: {plain} chars as opened, {dragged} chars with 8 dragged tables (budget {CHATBOT_BUDGET})"
    );
    assert!(plain <= CHATBOT_BUDGET, "{plain} > {CHATBOT_BUDGET}");
    assert!(dragged <= CHATBOT_BUDGET, "{dragged} > {CHATBOT_BUDGET}");
}

#[test]
fn the_dictionary_helps_code_outside_the_gallery() {
    // A schema that is not in the dictionary or the gallery: the dictionary is vocabulary, not lessons.
    let models = "from sqlalchemy import Column, Integer, String, ForeignKey, create_engine\n\
        from sqlalchemy.orm import declarative_base, relationship, Session\n\nBase = declarative_base()\n\n\n\
        class Library(Base):\n    __tablename__ = \"libraries\"\n    id = Column(Integer, primary_key=True)\n    \
        city = Column(String(80), nullable=False)\n    loans = relationship(\"Loan\", back_populates=\"library\")\n\n\n\
        class Loan(Base):\n    __tablename__ = \"loans\"\n    id = Column(Integer, primary_key=True)\n    \
        reader = Column(String(80))\n    library_id = Column(Integer, ForeignKey(\"libraries.id\"))\n    \
        library = relationship(\"Library\", back_populates=\"loans\")\n\n\n\
        engine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\n";
    let payload = models.as_bytes();
    let with = deflate::compress(v1::DICTIONARY, payload).len();
    let without = deflate::compress(&[], payload).len();
    println!("unseen schema, {} bytes: {with} bytes deflated with the dictionary, {without} without", models.len());
    assert!(with * 10 < without * 7, "the dictionary saves at least 30% ({with} vs {without})");
}
