//! How the quiz lays out its questions, through a real pseudo-terminal:
//! likert statements open on Neutral and take number keys, options come in
//! a fresh order per session that resume and Back keep, and narrow or
//! resized terminals get one header line per question.

#![cfg(unix)]

mod pty_support;

use career::i18n::Lang;
use pty_support::*;
use rexpect::session::PtySession;

/// The order question 1 of the mini quiz is drawn in, with this test seed;
/// the session is then stopped with Ctrl-C.
fn first_order(seed: &str) -> Vec<usize> {
    let world = World::mini();
    let quiz = world.load().quiz(None).unwrap().clone();
    let mut p = world.spawn(&["quiz"], &[("CAREER_TEST_SEED", seed)]);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    let order = shown_order(&mut p, &labels(&quiz.questions[0], Lang::En));
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    order
}

#[test]
fn a_likert_statement_opens_on_neutral_and_number_keys_answer() {
    let world = World::mini();
    let quiz = world.load().quiz(None).unwrap().clone();
    let mut p = world.spawn(&["quiz"], &[]);
    answer_all(&mut p, Lang::En, &quiz, &[Pick::Key(0)], 0);
    p.exp_string(&header(Lang::En, 2, 4)).unwrap();
    // The highlight (❯ or >) is on the middle point, numbered 3.
    let active = format!(
        r"(?:{}|>)(\x1b\[[0-9;]*m)* (\x1b\[[0-9;]*m)*3\. Neutral",
        as_read("❯")
    );
    p.exp_regex(&active).unwrap();
    p.exp_string("5. Strongly agree").unwrap();
    // Enter alone answers Neutral; the key 4 answers Agree at once.
    send(&mut p, ENTER);
    p.exp_string(&header(Lang::En, 3, 4)).unwrap();
    p.exp_string("Strongly agree").unwrap();
    send(&mut p, "4");
    let last = labels(&quiz.questions[3], Lang::En);
    answer(&mut p, Lang::En, 4, 4, &Pick::Ticks(vec![]), &last);
    p.exp_string("Recommended").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let answers = world.saved_answers();
    assert_eq!(answers["like-maths"], 3, "Neutral");
    assert_eq!(answers["like-papers"], 4, "Agree");
}

#[test]
fn two_fresh_sessions_show_the_options_in_different_orders() {
    let (a, b) = (first_order("1"), first_order("2"));
    let mut sorted = a.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, vec![0, 1, 2], "every option shown once: {a:?}");
    assert_ne!(a, b, "seeds 1 and 2 draw question 1 differently");
}

#[test]
fn resume_and_back_show_the_same_order() {
    let world = World::mini();
    let quiz = world.load().quiz(None).unwrap().clone();
    let first = labels(&quiz.questions[0], Lang::En);
    let mut p = world.spawn(&["quiz"], &[("CAREER_TEST_SEED", "1")]);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    let order = shown_order(&mut p, &first);
    send(&mut p, "1");
    // Back from question 2 (from Neutral, "Back" is four down).
    answer(&mut p, Lang::En, 2, 4, &Pick::One(4), &[]);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    assert_eq!(shown_order(&mut p, &first), order, "Back keeps the order");
    send(&mut p, "2");
    p.exp_string(&header(Lang::En, 2, 4)).unwrap();
    p.exp_string("Back to the previous question").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);

    // Resumed under a seed that would draw another order, the saved one stays.
    let other = first_order("2");
    assert_ne!(other, order);
    let mut p = world.spawn(&["quiz", "--resume"], &[("CAREER_TEST_SEED", "2")]);
    answer(&mut p, Lang::En, 2, 4, &Pick::One(4), &[]);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    assert_eq!(shown_order(&mut p, &first), order, "resume keeps the order");
    // The answer given before is where the highlight starts.
    send(&mut p, ENTER);
    answer_all(
        &mut p,
        Lang::En,
        &quiz,
        &[
            Pick::One(0),
            Pick::One(0),
            Pick::One(0),
            Pick::Ticks(vec![1]),
        ],
        1,
    );
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let shown_second = order.iter().position(|at| *at == 1).unwrap();
    let id = &quiz.questions[0].kind.options()[shown_second].id;
    assert_eq!(world.saved_answers()["first-choice"], id.as_str());
}

/// A terminal emulator fed with everything career wrote.
struct Screen(vt100::Parser);

impl Screen {
    fn new(cols: u16) -> Screen {
        let (rows, cols) = (24.try_into().unwrap(), cols.try_into().unwrap());
        Screen(vt100::Parser::new(rows, cols, 0))
    }

    /// Reads up to and including `needle`, drawing it.
    fn read_to(&mut self, p: &mut PtySession, needle: &str) {
        let before = p
            .exp_string(needle)
            .unwrap_or_else(|e| panic!("{needle:?} not shown: {e}"));
        self.0.process(&written(&before));
        self.0.process(needle.as_bytes());
    }

    /// The window is made `cols` wide; what is on it is cut, not re-flowed.
    fn resize(&mut self, cols: u16) {
        let (rows, cols) = (24.try_into().unwrap(), cols.try_into().unwrap());
        self.0.screen_mut().set_size(rows, cols);
    }

    fn rows(&self) -> Vec<String> {
        let (_, cols) = self.0.screen().size();
        self.0.screen().rows(0, cols.get()).collect()
    }

    /// One header on screen, no old bars above it, no line the terminal
    /// had to wrap.
    fn assert_tidy(&self, at: &str) {
        let rows = self.rows();
        let headers = rows.iter().filter(|r| r.contains("Question ")).count();
        let bars = rows.iter().filter(|r| r.contains(['█', '░'])).count();
        assert_eq!(headers, 1, "{at}: one header\n{}", rows.join("\n"));
        assert!(bars <= 1, "{at}: stacked bars\n{}", rows.join("\n"));
        let wrapped = (0..rows.len() as u16).filter(|r| self.0.screen().row_wrapped(*r));
        assert_eq!(
            wrapped.count(),
            0,
            "{at}: lines too wide\n{}",
            rows.join("\n")
        );
    }
}

#[test]
fn at_40_columns_each_question_has_one_header_line() {
    narrow(40);
}

#[test]
fn at_30_columns_questions_and_options_still_fit() {
    narrow(30);
}

fn narrow(cols: u16) {
    let world = World::new();
    let quiz = world.load().quiz(None).unwrap().clone();
    let total = quiz.questions.len();
    let mut p = world.spawn_sized(Some(cols), &["quiz"], &[]);
    let mut screen = Screen::new(cols);
    for n in 1..=total.min(12) {
        screen.read_to(&mut p, &header(Lang::En, n, total));
        screen.assert_tidy(&format!("question {n}"));
        // Enter: Neutral, the first option shown, or nothing ticked.
        send(&mut p, ENTER);
    }
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn after_a_resize_the_quiz_fits_the_new_width() {
    let world = World::new();
    let quiz = world.load().quiz(None).unwrap().clone();
    let total = quiz.questions.len();
    let mut p = world.spawn_sized(Some(100), &["quiz"], &[]);
    let mut screen = Screen::new(100);
    screen.read_to(&mut p, &header(Lang::En, 1, total));
    send(&mut p, ENTER);
    screen.read_to(&mut p, &header(Lang::En, 2, total));
    screen.read_to(&mut p, "Back to the previous question");
    // Narrow the window while question 2 is open, as a person dragging it would.
    let tty = std::fs::read_link(format!("/proc/{}/fd/0", p.process.child_pid)).unwrap();
    let resized = std::process::Command::new("stty")
        .arg("-F")
        .arg(&tty)
        .args(["cols", "40"])
        .status()
        .unwrap();
    assert!(resized.success());
    screen.resize(40);
    send(&mut p, ENTER);
    // From question 3 on, everything is drawn for 40 columns.
    for n in 3..=total.min(9) {
        screen.read_to(&mut p, &header(Lang::En, n, total));
        screen.assert_tidy(&format!("question {n} after the resize"));
        send(&mut p, ENTER);
    }
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}
