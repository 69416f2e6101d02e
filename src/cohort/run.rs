//! A chunked, ordered parallel map: one thread reads chunks, N workers turn
//! each into an output, and the caller's thread takes the outputs in input
//! order. Chunk `k` goes to worker `k mod N` and its output is taken from that
//! worker in turn, so order needs no reordering buffer; bounded channels keep
//! at most a few chunks per worker in memory, however long the input.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

/// How many chunks may wait in each channel.
const DEPTH: usize = 2;

/// Runs `work` over every chunk `next` yields, on `threads` threads, and
/// hands the results to `take` in input order. `take` returns `false` to stop
/// early (the reader and workers then stop too).
pub fn ordered_map<C, O, S>(
    threads: usize,
    mut next: impl FnMut() -> Option<C> + Send,
    new_state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, C) -> O + Sync,
    mut take: impl FnMut(O) -> bool,
) where
    C: Send,
    O: Send,
{
    if threads <= 1 {
        let mut state = new_state();
        while let Some(chunk) = next() {
            if !take(work(&mut state, chunk)) {
                return;
            }
        }
        return;
    }
    std::thread::scope(|scope| {
        let mut inputs: Vec<SyncSender<C>> = Vec::with_capacity(threads);
        let mut outputs: Vec<Receiver<O>> = Vec::with_capacity(threads);
        for _ in 0..threads {
            let (to_worker, from_reader) = sync_channel::<C>(DEPTH);
            let (to_taker, from_worker) = sync_channel::<O>(DEPTH);
            inputs.push(to_worker);
            outputs.push(from_worker);
            let (work, new_state) = (&work, &new_state);
            scope.spawn(move || {
                let mut state = new_state();
                for chunk in from_reader {
                    if to_taker.send(work(&mut state, chunk)).is_err() {
                        return;
                    }
                }
            });
        }
        scope.spawn(move || {
            let mut k = 0;
            while let Some(chunk) = next() {
                if inputs[k % inputs.len()].send(chunk).is_err() {
                    return;
                }
                k += 1;
            }
        });
        let mut k = 0;
        while let Ok(out) = outputs[k % outputs.len()].recv() {
            if !take(out) {
                break;
            }
            k += 1;
        }
        // Dropping the receivers stops the workers, which stops the reader.
        drop(outputs);
    });
}

/// The most threads `--threads` may ask for. More than the cores only adds
/// switching; far more (thousands) can exhaust memory for thread stacks.
pub const MAX_THREADS: usize = 256;

/// The number of threads to use: `requested`, or every core; never more
/// than [`MAX_THREADS`].
pub fn threads(requested: Option<usize>) -> usize {
    requested
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(MAX_THREADS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_come_in_input_order_whatever_the_threads() {
        for threads in [1, 2, 3, 8] {
            let mut it = 0..1000u64;
            let mut seen = Vec::new();
            ordered_map(
                threads,
                move || it.next(),
                || (),
                |_, x| {
                    // Uneven work, so workers finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros(x % 7 * 10));
                    x * 2
                },
                |y| {
                    seen.push(y);
                    true
                },
            );
            assert_eq!(seen, (0..1000).map(|x| x * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn stopping_early_ends_every_thread() {
        let mut it = 0..u64::MAX;
        let mut taken = 0;
        ordered_map(
            4,
            move || it.next(),
            || (),
            |_, x| x,
            |_| {
                taken += 1;
                taken < 10
            },
        );
        assert_eq!(taken, 10);
    }
}
