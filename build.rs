//! The default content pack (`quizzes/`, `roles/`) is built into the binary;
//! rebuild when a file there is added, removed or edited.

fn main() {
    println!("cargo:rerun-if-changed=quizzes");
    println!("cargo:rerun-if-changed=roles");
}
