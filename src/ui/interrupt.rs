//! Ctrl-C during the quiz.
//!
//! At a prompt, Ctrl-C arrives as a key: console puts the terminal back and
//! raises SIGINT, the prompter answers `Interrupted`, and the flow saves and
//! exits 130. The handler installed here keeps SIGINT from killing the process
//! before that happens. If the signal comes while no prompt notices it (say
//! `kill -INT` from elsewhere), the handler shows the cursor and exits 130
//! itself after a short grace period; answers are saved after every answer,
//! so nothing is lost either way.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

static SIGNALLED: AtomicBool = AtomicBool::new(false);
static TAKEN: AtomicBool = AtomicBool::new(false);

/// How long the handler waits for the quiz to notice the interrupt itself.
const GRACE: Duration = Duration::from_millis(1500);

/// Installs the handler; `hint` is printed if the handler has to end the
/// process itself. Installing twice is harmless.
pub fn install(hint: String) {
    let _ = ctrlc::set_handler(move || {
        SIGNALLED.store(true, Ordering::SeqCst);
        let step = Duration::from_millis(50);
        let mut waited = Duration::ZERO;
        while waited < GRACE {
            if TAKEN.load(Ordering::SeqCst) {
                return;
            }
            std::thread::sleep(step);
            waited += step;
        }
        let term = console::Term::stderr();
        let _ = term.show_cursor();
        let _ = term.write_line("");
        let _ = term.write_line(&hint);
        std::process::exit(130);
    });
}

/// Whether Ctrl-C was pressed (or SIGINT received) since the handler was installed.
pub fn signalled() -> bool {
    SIGNALLED.load(Ordering::SeqCst)
}

/// The quiz has noticed the interrupt and will save and exit on its own.
pub fn take() {
    TAKEN.store(true, Ordering::SeqCst);
}
