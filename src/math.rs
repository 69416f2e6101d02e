//! The four C maths functions the program calls (through `f64::exp`,
//! `f64::ln`, `f64::powf` and `f64::sin`, in this crate and in `rand_distr`
//! and `statrs`), taken from the `libm` crate (a Rust port of musl's) instead
//! of the system's `libm.so`, so the dynamic loader has one library fewer to
//! map and bind at every start (docs/performance.md, "Start-up"). Only on
//! Linux with glibc, where the program's own definitions take the place of
//! the shared library's. Both are accurate to within one unit in the last
//! place, but do not always round alike: a few figures can differ in their
//! last bit (the 16th digit of a confidence interval in `analyze`'s JSON).

#[no_mangle]
extern "C" fn exp(x: f64) -> f64 {
    libm::exp(x)
}

#[no_mangle]
extern "C" fn log(x: f64) -> f64 {
    libm::log(x)
}

#[no_mangle]
extern "C" fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

#[no_mangle]
extern "C" fn sin(x: f64) -> f64 {
    libm::sin(x)
}
