//! What a build tells the person waiting for it: the stage it is in and how far it has got.
//!
//! In: the stages as the pipeline enters them, with their item counts, and a tick per item done.
//! Out: a progress bar on stderr when it is a terminal (drawn by `indicatif`, which stays silent
//! when stderr is piped or `TERM=dumb`), and the time each stage took, for the summary line and
//! `-v`. A hidden [`Progress`] costs next to nothing, so the library always reports to one.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Progress of one build.
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    stages: Mutex<Vec<(&'static str, Instant, Option<Duration>)>>,
}

/// How long one stage took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageTiming {
    /// The stage, e.g. `parse`.
    pub stage: &'static str,
    /// Its wall time.
    pub elapsed: Duration,
}

impl Progress {
    /// Progress drawn on stderr when `visible` and stderr is a terminal.
    pub fn new(visible: bool) -> Progress {
        let target = if visible {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        if let Ok(style) = ProgressStyle::with_template("{msg:>10} {wide_bar} {pos}/{len}") {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            stages: Mutex::new(Vec::new()),
        }
    }

    /// Progress that shows nothing (tests, the library's default).
    pub fn hidden() -> Progress {
        Progress::new(false)
    }

    /// Enters `stage`, which has `items` things to do (0 when it is not counted).
    pub fn stage(&self, stage: &'static str, items: usize) {
        let now = Instant::now();
        if let Ok(mut stages) = self.stages.lock() {
            if let Some(last) = stages.last_mut() {
                last.2.get_or_insert(now - last.1);
            }
            stages.push((stage, now, None));
        }
        self.bar.set_message(stage);
        self.bar.set_length(items as u64);
        self.bar.set_position(0);
    }

    /// One item of the current stage is done.
    pub fn tick(&self) {
        self.bar.inc(1);
    }

    /// Ends the last stage and clears the bar; returns every stage's time and the total.
    pub fn finish(&self) -> (Vec<StageTiming>, Duration) {
        self.bar.finish_and_clear();
        let now = Instant::now();
        let timings = self
            .stages
            .lock()
            .map(|stages| {
                stages
                    .iter()
                    .map(|&(stage, start, elapsed)| StageTiming {
                        stage,
                        elapsed: elapsed.unwrap_or(now - start),
                    })
                    .collect()
            })
            .unwrap_or_default();
        (timings, now - self.started)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_stage_is_timed_until_the_next_begins() {
        let progress = Progress::hidden();
        progress.stage("load", 0);
        progress.stage("parse", 3);
        progress.tick();
        let (timings, total) = progress.finish();
        let stages: Vec<&str> = timings.iter().map(|t| t.stage).collect();
        assert_eq!(stages, ["load", "parse"]);
        assert!(timings.iter().map(|t| t.elapsed).sum::<Duration>() <= total);
    }
}
