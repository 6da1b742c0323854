//! The page's state: the answers, the current step and what the person has done. `reduce`
//! only moves between steps and hands answers to the engine; it does no I/O. The assessment
//! is derived from the answers whenever it is needed, never stored.

use crate::engine::{assess, unsure_level, Answer, Answers, Assessment, Flag, Level, Section, Q};

/// The two long checklists asked behind a yes/no gate (requirements 6b). A gate is not a
/// question of the engine: its No is the checklist's "none of these", its Yes or Not sure shows
/// the checklist.
pub const GATED: [Q; 2] = [Q::Conditions, Q::Medications];

/// Whether `q` is asked behind a gate.
pub fn is_gated(q: Q) -> bool {
    gate_index(q).is_some()
}

/// Where `q` is in [`GATED`], if it is asked behind a gate.
pub fn gate_index(q: Q) -> Option<usize> {
    GATED.iter().position(|&g| g == q)
}

/// A set of questions, one bit each (there are fewer than 64): small to keep and to compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QSet(u64);

const _: () = assert!(Q::ALL.len() <= 64, "a QSet holds at most 64 questions");

impl QSet {
    /// Whether `q` is in the set.
    pub fn contains(self, q: Q) -> bool {
        self.0 & (1 << q as u32) != 0
    }

    /// Adds `q`.
    pub fn insert(&mut self, q: Q) {
        self.0 |= 1 << q as u32;
    }

    /// Takes `q` out.
    pub fn remove(&mut self, q: Q) {
        self.0 &= !(1 << q as u32);
    }

    /// How many questions are in it.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether it holds no question.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The questions in it, in the order asked.
    pub fn iter(self) -> impl Iterator<Item = Q> {
        Q::ALL.iter().copied().filter(move |&q| self.contains(q))
    }
}

impl FromIterator<Q> for QSet {
    fn from_iter<I: IntoIterator<Item = Q>>(iter: I) -> Self {
        let mut set = QSet::default();
        for q in iter {
            set.insert(q);
        }
        set
    }
}

/// Whether the folded "What counts?" of `q` opens by itself on `step` for the answer shown: on
/// the chest-pain re-check always; elsewhere for Not sure, and for Yes, on a sign where that
/// answer does not end the check (an emergency sign's Yes, and its Not sure where that is an
/// emergency, show the emergency screen instead).
pub fn fold_opens(step: Step, q: Q, answer: Option<&Answer>) -> bool {
    if step == Step::ChestRecheck {
        return true;
    }
    match answer {
        Some(Answer::Flag(Flag::Unsure)) => unsure_level(q) != Some(Level::Emergency),
        Some(Answer::Flag(Flag::Yes)) => q.section() != Section::Emergency,
        _ => false,
    }
}

/// A screen of the self-check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The questions of one section.
    Questions(Section),
    /// The chest-pain question asked again because `location` has `chest`.
    ChestRecheck,
    /// The result (shown only when every question is answered).
    Result,
}

impl Step {
    /// A stable id for DOM attributes.
    pub fn id(self) -> &'static str {
        match self {
            Step::Questions(section) => section.id(),
            Step::ChestRecheck => "chest_recheck",
            Step::Result => "result",
        }
    }

    /// The questions asked on this step, in order.
    pub fn questions(self) -> impl Iterator<Item = Q> {
        Q::ALL.iter().copied().filter(move |&q| match self {
            Step::Questions(section) => q.section() == section,
            Step::ChestRecheck => q == Q::ChestPain,
            Step::Result => false,
        })
    }
}

/// Every step in order; [`State::steps`] leaves out the chest-pain check unless it is asked.
const STEPS: [Step; 6] = [
    Step::Questions(Section::Emergency),
    Step::Questions(Section::RedFlags),
    Step::Questions(Section::Details),
    Step::ChestRecheck,
    Step::Questions(Section::Person),
    Step::Result,
];

/// What the page shows for a state and its assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The emergency screen, laid over whichever step the person is on.
    Emergency,
    /// A step of questions (never [`Step::Result`]).
    Step(Step),
    /// The result of a complete check.
    Result,
}

/// Something the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Answered a yes/no/not-sure question.
    Flag(Q, Flag),
    /// Chose an option of a single-choice question.
    Choose(Q, &'static str),
    /// Ticked (true) or unticked an option of a checklist.
    Tick(Q, &'static str, bool),
    /// Ticked (true) or unticked "none of these".
    TickNone(Q, bool),
    /// Answered the gate before a long checklist ([`GATED`]): No is "none of these"; Yes or
    /// Not sure shows the checklist (unanswered again after a No).
    Gate(Q, Flag),
    /// "No to the rest": answered No to every sign of the step not yet answered.
    RestNo,
    /// Asked to go on.
    Next,
    /// Asked to go back one step.
    Back,
    /// From the emergency screen: go back to the questions to change an answer.
    Review,
    /// Cleared everything.
    Restart,
    /// Brought back answers saved on this device (the person had turned remembering on).
    Restore(Answers),
}

/// Everything the page remembers (in memory only).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The answers so far.
    pub answers: Answers,
    /// Index into [`State::steps`].
    pub step: usize,
    /// Next was pressed with questions unanswered on this step.
    pub show_errors: bool,
    /// The chest-pain question was confirmed again after `chest` was ticked.
    pub chest_rechecked: bool,
    /// The person chose to change answers from the emergency screen.
    pub reviewing: bool,
    /// Whether the person has done anything yet (focus moves only after they have).
    pub touched: bool,
    /// The gates answered on this visit of the step, in the order of [`GATED`] (cleared when
    /// the step changes): they win over what the answer says ([`State::gate`]).
    pub gates: [Option<Flag>; 2],
    /// The signs that "no to the rest" answered, marked until the person changes them.
    pub rest_no_marked: QSet,
    /// How many signs "no to the rest" answered on this visit of the step (the line that says
    /// so shows while this is set).
    pub rest_no_done: Option<usize>,
    /// The folds as the person left them on the static first step, before the app took over,
    /// each held so until its answer changes whether it opens by itself (see
    /// [`State::fold_open`]).
    pub folds_held: HeldFolds,
}

/// The folds held as the person left them on the static first step ([`State::folds_held`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeldFolds {
    /// The questions whose fold is held.
    pub held: QSet,
    /// Those whose fold opened by itself when the app took over.
    pub opened_then: QSet,
    /// Those whose fold was open.
    pub open: QSet,
}

impl State {
    /// The state at start: the first step, with the answers given on the page's static first
    /// step before the app started (if any), as if they had been given in the app.
    pub fn starting_with(answers: Option<Answers>) -> State {
        let answers = answers.unwrap_or_default();
        let touched = answers.iter().next().is_some();
        State {
            touched,
            answers,
            ..State::default()
        }
    }

    /// The steps for the current answers, in order (the last is [`Step::Result`]).
    pub fn steps(&self) -> impl Iterator<Item = Step> {
        let chest = self.answers.has(Q::Location, "chest");
        STEPS
            .into_iter()
            .filter(move |&s| s != Step::ChestRecheck || chest)
    }

    /// How many steps there are for the current answers, the result included.
    pub fn step_count(&self) -> usize {
        self.steps().count()
    }

    /// The step at `index` into [`State::steps`]; past the end, the result.
    pub fn step_at(&self, index: usize) -> Step {
        self.steps().nth(index).unwrap_or(Step::Result)
    }

    /// The step on screen (before the emergency screen is laid over it).
    pub fn current(&self) -> Step {
        self.step_at(self.step)
    }

    /// What shows for these answers, given their assessment: the emergency screen whenever it
    /// says `emergency` (unless the person chose to review the answers), else the current step
    /// or the result.
    pub fn screen(&self, assessment: &Assessment) -> Screen {
        if !self.reviewing && assessment.level == Level::Emergency {
            return Screen::Emergency;
        }
        match self.current() {
            Step::Result => Screen::Result,
            step => Screen::Step(step),
        }
    }

    /// Whether the emergency screen shows instead of the current step.
    pub fn shows_emergency(&self) -> bool {
        self.screen(&assess(&self.answers)) == Screen::Emergency
    }

    /// The questions of the current step that are still unanswered.
    pub fn unanswered_here(&self) -> Vec<Q> {
        let step = self.current();
        step.questions()
            .filter(|q| !self.answered_on(step, *q))
            .collect()
    }

    /// Starts with the folds of the current step open or closed as on the static first step
    /// (`folds`: each question and whether its fold was open there).
    pub fn holding_folds(mut self, folds: &[(Q, bool)]) -> State {
        let step = self.current();
        for &(q, open) in folds {
            self.folds_held.held.insert(q);
            if fold_opens(step, q, self.answers.get(q)) {
                self.folds_held.opened_then.insert(q);
            }
            if open {
                self.folds_held.open.insert(q);
            }
        }
        self
    }

    /// Whether the fold of `q` on the current step shows open, given the answer shown
    /// (`answer`): what the answer opens by itself ([`fold_opens`]), unless the person left it
    /// otherwise on the static first step and the answer has not changed that since. The page
    /// renders this as the `open` attribute, so a fold the person opens or closes in the app
    /// stays so until this value changes.
    pub fn fold_open(&self, q: Q, answer: Option<&Answer>) -> bool {
        let opens = fold_opens(self.current(), q, answer);
        let held = &self.folds_held;
        if held.held.contains(q) && held.opened_then.contains(q) == opens {
            held.open.contains(q)
        } else {
            opens
        }
    }

    /// What the gate before `q` shows: the choice made on this visit of the step, else what
    /// the answer says (`[]` is No, a list with something ticked is Yes, unanswered is nothing).
    pub fn gate(&self, q: Q) -> Option<Flag> {
        if let Some(flag) = gate_index(q).and_then(|i| self.gates[i]) {
            return Some(flag);
        }
        match self.answers.get(q) {
            Some(Answer::Many(list)) if list.is_empty() => Some(Flag::No),
            Some(Answer::Many(_)) => Some(Flag::Yes),
            _ => None,
        }
    }

    /// Whether the checklist `q` is on screen: always, unless it is behind a gate that does
    /// not show Yes or Not sure.
    pub fn shows_checklist(&self, q: Q) -> bool {
        !is_gated(q) || matches!(self.gate(q), Some(Flag::Yes | Flag::Unsure))
    }

    /// What each gate shows, in the order of [`GATED`].
    pub fn gates_shown(&self) -> [Option<Flag>; 2] {
        GATED.map(|q| self.gate(q))
    }

    /// On the two sign steps, the signs that "no to the rest" would answer (those not yet
    /// answered); `None` on the other steps, which have no such button.
    pub fn rest_no_left(&self) -> Option<QSet> {
        match self.current() {
            Step::Questions(Section::Emergency | Section::RedFlags) => Some(
                self.current()
                    .questions()
                    .filter(|q| !self.answers.is_answered(*q))
                    .collect(),
            ),
            _ => None,
        }
    }

    fn answered_on(&self, step: Step, q: Q) -> bool {
        match step {
            Step::ChestRecheck => self.chest_rechecked && self.answers.is_answered(q),
            _ => self.answers.is_answered(q),
        }
    }

    /// Applies one action and returns the new state.
    pub fn apply(mut self, action: Action) -> State {
        self.touched = true;
        let before = assess(&self.answers);
        let step_before = self.current();
        let result = match action {
            Action::Flag(q, flag) => {
                if q == Q::ChestPain && self.current() == Step::ChestRecheck {
                    self.chest_rechecked = true;
                }
                // A sign answered by "no to the rest" and changed is the person's own answer.
                self.rest_no_marked.remove(q);
                self.answers.set_flag(q, flag)
            }
            Action::Choose(q, option) => self.answers.choose(q, option),
            Action::Tick(q, option, ticked) => self.answers.tick(q, option, ticked),
            Action::TickNone(q, true) => self.answers.tick_none(q),
            Action::TickNone(q, false) => {
                self.answers.clear(q);
                Ok(())
            }
            Action::Gate(q, flag) => {
                debug_assert!(is_gated(q), "{q:?} has no gate");
                let shown = self.gate(q);
                if let Some(i) = gate_index(q) {
                    self.gates[i] = Some(flag);
                }
                match flag {
                    Flag::No => self.answers.tick_none(q),
                    // The "none of these" of an earlier No does not stay: the list is asked
                    // afresh. Options already ticked stay ticked.
                    _ if shown == Some(Flag::No) => {
                        self.answers.clear(q);
                        Ok(())
                    }
                    _ => Ok(()),
                }
            }
            Action::RestNo => {
                let left = self.rest_no_left().unwrap_or_default();
                if !left.is_empty() {
                    self.rest_no_done = Some(left.len());
                }
                left.iter().try_for_each(|q| {
                    self.rest_no_marked.insert(q);
                    self.answers.set_flag(q, Flag::No)
                })
            }
            Action::Next => {
                self.next(before.level);
                Ok(())
            }
            Action::Back => {
                self.step = self.step.min(self.step_count() - 1).saturating_sub(1);
                self.show_errors = false;
                Ok(())
            }
            Action::Review => {
                self.reviewing = true;
                Ok(())
            }
            // Everything is cleared, but the person has acted: focus moves to the first step.
            Action::Restart => {
                return State {
                    touched: true,
                    ..State::default()
                }
            }
            Action::Restore(answers) => {
                // Back to the start with the answers filled in, as if just loaded.
                return State {
                    answers,
                    ..State::default()
                };
            }
        };
        debug_assert!(
            result.is_ok(),
            "the page offered an answer the engine refused"
        );
        if !self.answers.has(Q::Location, "chest") {
            self.chest_rechecked = false;
        }
        // Any new emergency answer shows the emergency screen at once, even while reviewing.
        let after = assess(&self.answers);
        let new = emergency_reasons(&after).any(|id| !emergency_reasons(&before).any(|b| b == id));
        if new || emergency_reasons(&after).next().is_none() {
            self.reviewing = false;
        }
        self.step = self.step.min(self.step_count() - 1);
        if self.show_errors && self.unanswered_here().is_empty() {
            self.show_errors = false;
        }
        // Gate choices, the "no to the rest" line and the folds held from the static step
        // belong to one visit of a step. A held fold goes once its answer changes whether it
        // opens by itself.
        if self.current() != step_before {
            self.gates = [None; 2];
            self.rest_no_done = None;
            self.folds_held = HeldFolds::default();
        }
        let step = self.current();
        for q in self.folds_held.held.iter() {
            let opens = fold_opens(step, q, self.answers.get(q));
            if opens != self.folds_held.opened_then.contains(q) {
                self.folds_held.held.remove(q);
            }
        }
        self
    }

    /// Next, with `level` the assessment of the (unchanged) answers.
    fn next(&mut self, level: Level) {
        if level == Level::Emergency {
            // Leaving review with an emergency answer still given: show the emergency screen.
            self.reviewing = false;
            return;
        }
        if !self.unanswered_here().is_empty() {
            self.show_errors = true;
            return;
        }
        self.show_errors = false;
        if self.current() == Step::ChestRecheck {
            self.chest_rechecked = true;
        }
        self.step = (self.step + 1).min(self.step_count() - 1);
    }
}

/// The ids of the rules that give `emergency` in an assessment.
fn emergency_reasons(assessment: &Assessment) -> impl Iterator<Item = &'static str> + '_ {
    assessment
        .reasons
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .map(|r| r.id)
}

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Kind;

    fn answer_step(mut s: State) -> State {
        for q in s.current().questions() {
            let action = match q.kind() {
                Kind::Flag => Action::Flag(q, Flag::No),
                Kind::Single(_) if q == Q::AgeBand => Action::Choose(q, "18_44"),
                Kind::Single(options) => Action::Choose(q, options[0]),
                Kind::Checklist(_) => Action::TickNone(q, true),
            };
            s = s.apply(action);
        }
        s
    }

    #[test]
    fn next_with_unanswered_questions_shows_errors_and_stays() {
        let s = State::default().apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::Emergency));
        assert!(s.show_errors);
        assert_eq!(s.unanswered_here().len(), 10);
    }

    #[test]
    fn all_no_walks_to_a_result() {
        let mut s = State::default();
        for _ in 0..4 {
            s = answer_step(s).apply(Action::Next);
        }
        assert_eq!(s.current(), Step::Result);
        assert!(assess(&s.answers).complete);
    }

    #[test]
    fn emergency_yes_shows_at_once_and_review_goes_back_to_the_questions() {
        let s = State::default().apply(Action::Flag(Q::Lockjaw, Flag::Yes));
        assert!(s.shows_emergency());
        let s = s.apply(Action::Review);
        assert!(!s.shows_emergency());
        let s = s.apply(Action::Flag(Q::Lockjaw, Flag::No));
        assert!(!s.shows_emergency());
        let s = s.apply(Action::Flag(Q::Poison, Flag::Yes));
        assert!(
            s.shows_emergency(),
            "a new emergency answer shows at once again"
        );
    }

    #[test]
    fn chest_location_asks_chest_pain_again_before_the_result() {
        let mut s = State::default();
        for _ in 0..2 {
            s = answer_step(s).apply(Action::Next);
        }
        s = answer_step(s).apply(Action::Tick(Q::Location, "chest", true));
        s = s.apply(Action::Next);
        assert_eq!(s.current(), Step::ChestRecheck);
        let s2 = s.clone().apply(Action::Next);
        assert_eq!(s2.current(), Step::ChestRecheck, "must be answered again");
        assert!(s2.show_errors);
        let s3 = s.clone().apply(Action::Flag(Q::ChestPain, Flag::Yes));
        assert!(s3.shows_emergency());
        let s4 = s
            .apply(Action::Flag(Q::ChestPain, Flag::No))
            .apply(Action::Next);
        assert_eq!(s4.current(), Step::Questions(Section::Person));
    }

    #[test]
    fn unticking_the_last_option_leaves_the_checklist_unanswered() {
        let s = State::default()
            .apply(Action::Tick(Q::Timing, "night", true))
            .apply(Action::Tick(Q::Timing, "night", false));
        assert!(!s.answers.is_answered(Q::Timing));
    }

    #[test]
    fn answers_from_the_static_first_step_are_kept_and_an_emergency_shows_at_once() {
        let fresh = State::starting_with(None);
        assert_eq!(fresh, State::default());
        let mut given = Answers::new();
        given.set_flag(Q::ChestPain, Flag::No).unwrap();
        let s = State::starting_with(Some(given.clone()));
        assert_eq!(s.answers, given);
        assert_eq!(s.current(), Step::Questions(Section::Emergency));
        assert!(s.touched, "the person has started");
        assert!(!s.shows_emergency());
        given.set_flag(Q::StrokeSigns, Flag::Unsure).unwrap();
        assert!(State::starting_with(Some(given)).shows_emergency());
    }

    #[test]
    fn the_screen_is_the_step_the_emergency_screen_or_the_result() {
        let screen = |s: &State| s.screen(&assess(&s.answers));
        let s = State::default();
        assert_eq!(
            screen(&s),
            Screen::Step(Step::Questions(Section::Emergency))
        );
        let s = s.apply(Action::Flag(Q::Lockjaw, Flag::Yes));
        assert_eq!(screen(&s), Screen::Emergency);
        let s = s.apply(Action::Review);
        assert_eq!(
            screen(&s),
            Screen::Step(Step::Questions(Section::Emergency)),
            "reviewing shows the questions, with the emergency answer still given"
        );
        let mut s = State::default();
        for _ in 0..2 {
            s = answer_step(s).apply(Action::Next);
        }
        s = answer_step(s).apply(Action::Tick(Q::Location, "chest", true));
        assert_eq!(
            s.step_count(),
            6,
            "the chest-pain check is a step of its own"
        );
        s = s.apply(Action::Next);
        assert_eq!(screen(&s), Screen::Step(Step::ChestRecheck));
        s = s
            .apply(Action::Flag(Q::ChestPain, Flag::No))
            .apply(Action::Next);
        s = answer_step(s).apply(Action::Next);
        assert_eq!(screen(&s), Screen::Result);
        assert_eq!(
            s.step_at(s.step + 1),
            Step::Result,
            "nothing after the result"
        );
        let s = s.apply(Action::Tick(Q::Location, "chest", false));
        assert_eq!(s.step_count(), 5);
        assert_eq!(screen(&s), Screen::Result);
    }

    #[test]
    fn next_pressed_before_the_app_goes_on_or_shows_what_is_missing() {
        let mut all_no = Answers::new();
        for q in Q::in_section(Section::Emergency) {
            all_no.set_flag(q, Flag::No).unwrap();
        }
        let s = State::starting_with(Some(all_no)).apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::RedFlags));
        let mut one = Answers::new();
        one.set_flag(Q::ChestPain, Flag::No).unwrap();
        let s = State::starting_with(Some(one)).apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::Emergency));
        assert!(s.show_errors);
    }

    #[test]
    fn restart_clears_everything() {
        let s = answer_step(State::default()).apply(Action::Next);
        let restarted = s.apply(Action::Restart);
        assert_eq!(restarted.answers, Answers::new());
        assert_eq!(restarted.current(), Step::Questions(Section::Emergency));
        assert!(restarted.touched, "focus moves to the first step's heading");
    }

    /// Walks from the start to `step`, answering every step before it mildly.
    fn at(step: Step) -> State {
        let mut s = State::default();
        while s.current() != step {
            s = answer_step(s).apply(Action::Next);
        }
        s
    }

    #[test]
    fn no_to_the_rest_answers_only_the_signs_left_and_marks_them() {
        let red = Step::Questions(Section::RedFlags);
        let s = at(red)
            .apply(Action::Flag(Q::Fever, Flag::Yes))
            .apply(Action::Flag(Q::Wound, Flag::Unsure))
            .apply(Action::Flag(Q::Wasting, Flag::No));
        let signs = red.questions().count();
        assert_eq!(s.rest_no_left().map(|l| l.len()), Some(signs - 3));
        let s = s.apply(Action::RestNo);
        assert_eq!(s.answers.flag(Q::Fever), Some(Flag::Yes), "Yes stays");
        assert_eq!(
            s.answers.flag(Q::Wound),
            Some(Flag::Unsure),
            "Not sure stays"
        );
        assert_eq!(s.answers.flag(Q::Wasting), Some(Flag::No));
        assert!(red.questions().all(|q| s.answers.is_answered(q)));
        assert_eq!(s.rest_no_done, Some(signs - 3));
        assert_eq!(s.rest_no_left(), Some(QSet::default()));
        assert_eq!(s.rest_no_marked.len(), signs - 3);
        for q in [Q::Fever, Q::Wound, Q::Wasting] {
            assert!(
                !s.rest_no_marked.contains(q),
                "{q:?} was the person's answer"
            );
        }
        assert!(s.rest_no_marked.contains(Q::PinsNeedles));
        // A marked sign can still be changed; it is then the person's own answer.
        let s = s.apply(Action::Flag(Q::PinsNeedles, Flag::Yes));
        assert_eq!(s.answers.flag(Q::PinsNeedles), Some(Flag::Yes));
        assert!(!s.rest_no_marked.contains(Q::PinsNeedles));
        assert_eq!(
            s.rest_no_done,
            Some(signs - 3),
            "the line stays on this visit"
        );
        // Pressed again with nothing left: nothing changes.
        assert_eq!(s.clone().apply(Action::RestNo), s);
        // The line belongs to the visit; the marks stay until changed.
        let s = s.apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::Details));
        assert_eq!(s.rest_no_done, None);
        assert!(s.rest_no_marked.contains(Q::Twitching));
        assert_eq!(s.rest_no_left(), None, "no such button on the details");
    }

    #[test]
    fn no_to_the_rest_on_the_danger_signs_is_an_explicit_no() {
        let s = State::default()
            .apply(Action::Flag(Q::Lockjaw, Flag::Unsure))
            .apply(Action::Next);
        assert!(s.show_errors);
        let s = s.apply(Action::RestNo);
        assert!(!s.show_errors, "nothing is left unanswered");
        assert_eq!(s.rest_no_done, Some(9));
        assert_eq!(s.answers.flag(Q::Lockjaw), Some(Flag::Unsure));
        assert!(!s.shows_emergency());
        assert!(assess(&s.answers)
            .missing
            .iter()
            .all(|q| q.section() != Section::Emergency));
        let s = s.apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::RedFlags));
        for step in [
            Step::Questions(Section::Details),
            Step::Questions(Section::Person),
        ] {
            assert_eq!(at(step).rest_no_left(), None);
        }
    }

    #[test]
    fn restart_and_restore_forget_marks_gates_and_the_line() {
        let s = State::default().apply(Action::RestNo);
        assert_eq!(s.rest_no_marked.len(), 10);
        let restarted = s.clone().apply(Action::Restart);
        assert!(restarted.rest_no_marked.is_empty());
        assert_eq!(restarted.rest_no_done, None);
        let restored = s.apply(Action::Restore(Answers::new()));
        assert!(restored.rest_no_marked.is_empty());
        let person =
            at(Step::Questions(Section::Person)).apply(Action::Gate(Q::Conditions, Flag::Yes));
        assert_eq!(person.gates, [Some(Flag::Yes), None]);
        let answers = person.answers.clone();
        assert_eq!(person.apply(Action::Restore(answers)).gates, [None, None]);
    }

    #[test]
    fn a_gate_no_is_none_of_these_and_yes_after_it_asks_the_list_afresh() {
        let mut s = at(Step::Questions(Section::Person));
        // (answer_step on the way answered nothing here yet.)
        assert_eq!(s.gate(Q::Conditions), None);
        assert!(
            !s.shows_checklist(Q::Conditions),
            "the list waits for the gate"
        );
        assert!(
            s.shows_checklist(Q::RiskFactors),
            "other checklists have no gate"
        );
        s = s.apply(Action::Gate(Q::Conditions, Flag::No));
        assert_eq!(s.answers.get(Q::Conditions), Some(&Answer::Many(vec![])));
        assert!(!s.shows_checklist(Q::Conditions));
        s = s.apply(Action::Gate(Q::Conditions, Flag::Yes));
        assert!(
            !s.answers.is_answered(Q::Conditions),
            "a No chosen before does not stay"
        );
        assert!(s.shows_checklist(Q::Conditions));
        s = s.apply(Action::Tick(Q::Conditions, "diabetes", true));
        s = s.apply(Action::Gate(Q::Conditions, Flag::Unsure));
        assert!(
            s.answers.has(Q::Conditions, "diabetes"),
            "ticked options stay"
        );
        assert_eq!(s.gate(Q::Conditions), Some(Flag::Unsure));
        // "None of these" ticked in the list shown keeps the list on screen on this visit.
        s = s.apply(Action::TickNone(Q::Conditions, true));
        assert_eq!(s.gate(Q::Conditions), Some(Flag::Unsure));
        assert!(s.shows_checklist(Q::Conditions));
        // The gate is not a question of the engine: its answers are the checklist's.
        assert!(assess(&s.answers)
            .missing
            .iter()
            .all(|q| *q != Q::Conditions));
    }

    #[test]
    fn after_back_a_gate_shows_what_the_answer_says() {
        let mut s = at(Step::Questions(Section::Person))
            .apply(Action::Gate(Q::Conditions, Flag::Yes))
            .apply(Action::TickNone(Q::Conditions, true))
            .apply(Action::Gate(Q::Medications, Flag::Yes))
            .apply(Action::Tick(Q::Medications, "statin", true));
        assert_eq!(s.gate(Q::Conditions), Some(Flag::Yes));
        s = s.apply(Action::Back).apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::Person));
        assert_eq!(
            s.gates,
            [None, None],
            "the choices of the last visit are gone"
        );
        assert_eq!(s.gate(Q::Conditions), Some(Flag::No), "[] is No");
        assert!(!s.shows_checklist(Q::Conditions));
        assert_eq!(
            s.gate(Q::Medications),
            Some(Flag::Yes),
            "a ticked list is Yes"
        );
        assert!(s.shows_checklist(Q::Medications));
        assert_eq!(s.gates_shown(), [Some(Flag::No), Some(Flag::Yes)]);
    }

    #[test]
    fn next_with_a_gate_unanswered_stays_and_names_its_checklist() {
        let mut s = at(Step::Questions(Section::Person));
        for q in Step::Questions(Section::Person).questions() {
            s = match q.kind() {
                Kind::Flag => s.apply(Action::Flag(q, Flag::No)),
                Kind::Single(_) => s.apply(Action::Choose(q, "18_44")),
                Kind::Checklist(_) if is_gated(q) => s,
                Kind::Checklist(_) => s.apply(Action::TickNone(q, true)),
            };
        }
        s = s
            .apply(Action::Gate(Q::Medications, Flag::Unsure))
            .apply(Action::Next);
        assert_eq!(s.current(), Step::Questions(Section::Person));
        assert_eq!(s.unanswered_here(), vec![Q::Conditions, Q::Medications]);
        s = s
            .apply(Action::Gate(Q::Conditions, Flag::No))
            .apply(Action::Tick(Q::Medications, "statin", true))
            .apply(Action::Next);
        assert_eq!(s.current(), Step::Result);
    }

    #[test]
    fn folds_open_by_themselves_where_the_answer_does_not_end_the_check() {
        let red = Step::Questions(Section::RedFlags);
        let emergency = Step::Questions(Section::Emergency);
        let flag = |f| Answer::Flag(f);
        let cases = [
            (red, Q::Fever, None, false),
            (red, Q::Fever, Some(flag(Flag::No)), false),
            (red, Q::Fever, Some(flag(Flag::Yes)), true),
            (red, Q::Fever, Some(flag(Flag::Unsure)), true),
            (emergency, Q::Lockjaw, Some(flag(Flag::Unsure)), true),
            (emergency, Q::Lockjaw, Some(flag(Flag::Yes)), false),
            (emergency, Q::ChestPain, Some(flag(Flag::Unsure)), false),
            (emergency, Q::StrokeSigns, Some(flag(Flag::Unsure)), false),
            (emergency, Q::ChestPain, Some(flag(Flag::No)), false),
            (Step::ChestRecheck, Q::ChestPain, None, true),
            (
                Step::Questions(Section::Person),
                Q::Pregnant,
                Some(flag(Flag::Unsure)),
                true,
            ),
        ];
        for (step, q, answer, opens) in cases {
            assert_eq!(
                fold_opens(step, q, answer.as_ref()),
                opens,
                "{step:?} {q:?} {answer:?}"
            );
        }
    }

    #[test]
    fn a_fold_left_open_or_closed_on_the_static_step_stays_so_until_its_answer_changes_that() {
        let mut given = Answers::new();
        given.set_flag(Q::Lockjaw, Flag::Unsure).unwrap();
        let s = State::starting_with(Some(given)).holding_folds(&[
            (Q::Poison, true),
            (Q::Lockjaw, false),
            (Q::ColdLeg, false),
        ]);
        assert!(s.fold_open(Q::Poison, None), "opened by hand");
        let unsure = Answer::Flag(Flag::Unsure);
        assert!(
            !s.fold_open(Q::Lockjaw, Some(&unsure)),
            "closed by hand after Not sure"
        );
        // Answering No does not change whether it opens by itself: still open.
        let s = s.apply(Action::Flag(Q::Poison, Flag::No));
        assert!(s.fold_open(Q::Poison, s.answers.get(Q::Poison)));
        // Not sure opens cold_leg by itself; back to No it follows the answer, not the hold.
        let s = s.apply(Action::Flag(Q::ColdLeg, Flag::Unsure));
        assert!(s.fold_open(Q::ColdLeg, s.answers.get(Q::ColdLeg)));
        let s = s.apply(Action::Flag(Q::ColdLeg, Flag::No));
        assert!(!s.fold_open(Q::ColdLeg, s.answers.get(Q::ColdLeg)));
        assert!(!s.folds_held.held.contains(Q::ColdLeg));
        // A held fold belongs to the visit of its step.
        let s = s.apply(Action::RestNo).apply(Action::Next);
        assert_eq!(s.folds_held, HeldFolds::default());
    }
}
