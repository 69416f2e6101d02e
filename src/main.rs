#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod math;

fn main() {
    std::process::exit(career::cli::main());
}
