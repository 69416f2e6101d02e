fn main() {
    std::process::exit(career::cli::main());
}
