//! Ctrl-C during the quiz.
//!
//! At a prompt, Ctrl-C arrives as a key: console puts the terminal back and
//! raises SIGINT, and the prompter answers `Interrupted`. The handler
//! installed here keeps SIGINT from killing the process in between; it only
//! records the signal. A signal that no prompt saw (say `kill -INT` from
//! elsewhere) is noticed before the next question is asked. Either way the
//! flow returns its progress as an interruption, the command saves it and
//! reports `CareerError::Interrupted`, and the command line maps that to exit
//! code 130: library code never ends the process itself.

use std::sync::atomic::{AtomicBool, Ordering};

static SIGNALLED: AtomicBool = AtomicBool::new(false);

/// Installs the handler. Installing twice is harmless.
pub fn install() {
    let _ = ctrlc::set_handler(|| SIGNALLED.store(true, Ordering::SeqCst));
}

/// Whether Ctrl-C was pressed (or SIGINT received) since the handler was installed.
pub fn signalled() -> bool {
    SIGNALLED.load(Ordering::SeqCst)
}
