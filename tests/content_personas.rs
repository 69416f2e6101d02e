//! `career simulate`'s respondents on the default pack, at the default noise.
//! Half of them are personas drawn near one role's targets (the roles taken in
//! turn): the personas of each role are recommended that role at least 90% of
//! the time, role by role. Over all respondents (the other half spread evenly
//! over every profile), at least 90% get the role nearest their true profile.

use career::content::{self, PackSource};
use career::engine::adaptive::bank::{self, Bank};
use career::engine::simulate::{self, SimOptions};
use career::engine::{self as engine, Answers};

/// Respondents in all: 1,000 personas per role, so 90% is measured to about ±1 point.
const RESPONDENTS: usize = 6000;

#[test]
fn simulated_personas_of_each_default_role_get_their_own_role() {
    let pack = content::load(&PackSource::BuiltIn).expect("the built-in pack loads");
    let quiz = pack.quiz(None).expect("the pack has a quiz");
    let bank = Bank::new(&pack, quiz);
    let roles = pack.roles.len();
    let (mut persona_right, mut persona_all) = (vec![0usize; roles], vec![0usize; roles]);
    let mut nearest_right = 0;
    for i in 0..RESPONDENTS {
        let (true_role, picks) = simulate::draw(&bank, SimOptions::default(), i);
        let mut answers = Answers::new();
        for (q, pick) in quiz.questions.iter().zip(picks) {
            if let Some(r) = pick.and_then(|p| bank::response_of(q, p)) {
                answers.set(&q.id, r);
            }
        }
        let top = engine::rank(&pack, quiz, &answers)[0].id.clone();
        if top == pack.roles[true_role].id {
            nearest_right += 1;
        }
        // Odd respondents are personas of role (i / 2) mod roles.
        if i % 2 == 1 {
            let born = (i / 2) % roles;
            persona_all[born] += 1;
            if top == pack.roles[born].id {
                persona_right[born] += 1;
            }
        }
    }
    for (r, role) in pack.roles.iter().enumerate() {
        let share = persona_right[r] as f64 / persona_all[r] as f64;
        eprintln!("personas of {}: {:.1}%", role.id, share * 100.0);
        assert!(
            share >= 0.90,
            "personas of {} get their own role only {:.1}% of the time",
            role.id,
            share * 100.0
        );
    }
    let overall = nearest_right as f64 / RESPONDENTS as f64;
    eprintln!("all respondents: {:.1}%", overall * 100.0);
    assert!(
        overall >= 0.90,
        "only {:.1}% get their nearest role",
        overall * 100.0
    );
}
