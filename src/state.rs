//! The page's state: the answers, the current step and what the person has done. `reduce`
//! only moves between steps and hands answers to the engine; it does no I/O. The assessment
//! is derived from the answers whenever it is needed, never stored.

use crate::engine::{assess, Answers, Assessment, Flag, Level, Section, Q};

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
        let result = match action {
            Action::Flag(q, flag) => {
                if q == Q::ChestPain && self.current() == Step::ChestRecheck {
                    self.chest_rechecked = true;
                }
                self.answers.set_flag(q, flag)
            }
            Action::Choose(q, option) => self.answers.choose(q, option),
            Action::Tick(q, option, ticked) => self.answers.tick(q, option, ticked),
            Action::TickNone(q, true) => self.answers.tick_none(q),
            Action::TickNone(q, false) => {
                self.answers.clear(q);
                Ok(())
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
}
