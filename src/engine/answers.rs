//! The person's answers: one value per question id, validated against the catalogue.
//!
//! Serialized as one JSON object, question id to `"yes" | "no" | "unsure"`, an option id, or a
//! list of option ids. A missing key is an unanswered question; `null`, an unknown id or a value
//! of the wrong kind is an error that names the question or option.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::questions::{Kind, Q};

/// The answer to a yes/no question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// `unsure`
    Unsure,
}

impl Flag {
    /// Every flag answer, in the order the page offers them.
    pub const ALL: [Flag; 3] = [Flag::Yes, Flag::No, Flag::Unsure];

    /// The answer's id (`yes`, `no`, `unsure`).
    pub fn id(self) -> &'static str {
        match self {
            Flag::Yes => "yes",
            Flag::No => "no",
            Flag::Unsure => "unsure",
        }
    }

    /// The flag with this id.
    pub fn from_id(id: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// One answer; which variant fits depends on the question's [`Kind`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// For a flag question.
    Flag(Flag),
    /// For a single-choice question: the chosen option id.
    One(&'static str),
    /// For a checklist: the ticked option ids in catalogue order (empty: "none of these").
    Many(Vec<&'static str>),
}

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The question id is not in the catalogue.
    UnknownQuestion(String),
    /// The option id is not one of the question's options.
    UnknownOption {
        /// The question id.
        question: &'static str,
        /// The option id given.
        option: String,
    },
    /// The value has the wrong type for the question (or is `null`).
    WrongKind {
        /// The question id.
        question: &'static str,
        /// What the question takes.
        expected: &'static str,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(id) => write!(f, "unknown question id `{id}`"),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "unknown option `{option}` for question `{question}`")
            }
            AnswerError::WrongKind { question, expected } => {
                write!(f, "question `{question}` takes {expected}")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::Flag => "\"yes\", \"no\" or \"unsure\"",
        Kind::Single(_) => "one option id (a string)",
        Kind::Checklist(_) => "a list of option ids",
    }
}

/// The answers given so far. Questions not in it are unanswered.
#[derive(Clone, PartialEq, Eq)]
pub struct Answers {
    /// One slot per question, in catalogue order (`Q::ALL`).
    values: Vec<Option<Answer>>,
}

impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(q, a)| (q.id(), a)))
            .finish()
    }
}

impl Default for Answers {
    fn default() -> Self {
        Self {
            values: vec![None; Q::ALL.len()],
        }
    }
}

impl Answers {
    /// No answers yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to `q`, if given.
    pub fn get(&self, q: Q) -> Option<&Answer> {
        self.values[q as usize].as_ref()
    }

    /// Whether `q` has been answered.
    pub fn is_answered(&self, q: Q) -> bool {
        self.values[q as usize].is_some()
    }

    /// Sets the answer to `q`, checking that it fits the question.
    pub fn set(&mut self, q: Q, answer: Answer) -> Result<(), AnswerError> {
        let answer = Self::checked(q, answer)?;
        self.values[q as usize] = Some(answer);
        Ok(())
    }

    /// Sets a flag answer (`yes`, `no`, `unsure`).
    pub fn set_flag(&mut self, q: Q, flag: Flag) -> Result<(), AnswerError> {
        self.set(q, Answer::Flag(flag))
    }

    /// Sets the chosen option of a single-choice question.
    pub fn choose(&mut self, q: Q, option: &str) -> Result<(), AnswerError> {
        let option = Self::option_of(q, option)?;
        self.set(q, Answer::One(option))
    }

    /// Ticks or unticks one option of a checklist. Ticking any option answers the checklist;
    /// unticking the last one leaves it unanswered.
    pub fn tick(&mut self, q: Q, option: &str, ticked: bool) -> Result<(), AnswerError> {
        let option = Self::option_of(q, option)?;
        let mut list = match self.values[q as usize].as_ref() {
            Some(Answer::Many(list)) => list.clone(),
            _ => Vec::new(),
        };
        list.retain(|o| *o != option);
        if ticked {
            list.push(option);
        } else if list.is_empty() {
            // Unticking the last option is not the same as choosing "none of these".
            self.clear(q);
            return Ok(());
        }
        self.set(q, Answer::Many(list))
    }

    /// Answers a checklist with "none of these" (an empty list).
    pub fn tick_none(&mut self, q: Q) -> Result<(), AnswerError> {
        self.set(q, Answer::Many(Vec::new()))
    }

    /// Makes `q` unanswered again.
    pub fn clear(&mut self, q: Q) {
        self.values[q as usize] = None;
    }

    /// The flag answer to `q` (`None` when unanswered).
    pub fn flag(&self, q: Q) -> Option<Flag> {
        match self.values[q as usize].as_ref() {
            Some(Answer::Flag(f)) => Some(*f),
            _ => None,
        }
    }

    /// `yes` or `unsure`: how the requirements count a red flag.
    pub fn positive(&self, q: Q) -> bool {
        matches!(self.flag(q), Some(Flag::Yes | Flag::Unsure))
    }

    /// Whether a single-choice question has `option`, or a checklist has it ticked.
    pub fn has(&self, q: Q, option: &str) -> bool {
        debug_assert!(
            q.option(option).is_some(),
            "{} has no option {option}",
            q.id()
        );
        match self.values[q as usize].as_ref() {
            Some(Answer::One(o)) => *o == option,
            Some(Answer::Many(list)) => list.contains(&option),
            _ => false,
        }
    }

    /// Whether any of `options` is chosen or ticked for `q`.
    pub fn has_any(&self, q: Q, options: &[&str]) -> bool {
        options.iter().any(|o| self.has(q, o))
    }

    /// The questions not yet answered, in catalogue order.
    pub fn missing(&self) -> impl Iterator<Item = Q> + '_ {
        Q::ALL.iter().copied().filter(|q| !self.is_answered(*q))
    }

    /// The answers given, in catalogue order.
    pub fn iter(&self) -> impl Iterator<Item = (Q, &Answer)> {
        Q::ALL
            .iter()
            .zip(&self.values)
            .filter_map(|(q, a)| Some((*q, a.as_ref()?)))
    }

    fn option_of(q: Q, option: &str) -> Result<&'static str, AnswerError> {
        q.option(option).ok_or_else(|| AnswerError::UnknownOption {
            question: q.id(),
            option: option.to_owned(),
        })
    }

    /// Checks an answer against the question and puts checklist options in catalogue order.
    fn checked(q: Q, answer: Answer) -> Result<Answer, AnswerError> {
        let kind = q.kind();
        let wrong = || AnswerError::WrongKind {
            question: q.id(),
            expected: expected(kind),
        };
        match (kind, answer) {
            (Kind::Flag, a @ Answer::Flag(_)) => Ok(a),
            (Kind::Single(_), Answer::One(o)) => Self::option_of(q, o).map(Answer::One),
            (Kind::Checklist(options), Answer::Many(list)) => {
                for o in &list {
                    Self::option_of(q, o)?;
                }
                let ordered = options
                    .iter()
                    .copied()
                    .filter(|o| list.contains(o))
                    .collect();
                Ok(Answer::Many(ordered))
            }
            _ => Err(wrong()),
        }
    }
}

impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.iter().count()))?;
        for (q, answer) in self.iter() {
            map.serialize_entry(q.id(), &AnswerRef(answer))?;
        }
        map.end()
    }
}

struct AnswerRef<'a>(&'a Answer);

impl Serialize for AnswerRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Answer::Flag(f) => serializer.serialize_str(f.id()),
            Answer::One(o) => serializer.serialize_str(o),
            Answer::Many(list) => {
                let mut seq = serializer.serialize_seq(Some(list.len()))?;
                for o in list {
                    seq.serialize_element(o)?;
                }
                seq.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AnswersVisitor)
    }
}

struct AnswersVisitor;

impl<'de> Visitor<'de> for AnswersVisitor {
    type Value = Answers;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of question ids to answers")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
        let mut answers = Answers::new();
        while let Some(key) = map.next_key::<String>()? {
            let q = Q::from_id(&key)
                .ok_or_else(|| de::Error::custom(AnswerError::UnknownQuestion(key.clone())))?;
            if answers.is_answered(q) {
                return Err(de::Error::custom(format!(
                    "question `{}` is answered twice",
                    q.id()
                )));
            }
            let raw: RawAnswer = map.next_value_seed(RawSeed(q))?;
            let answer = match (q.kind(), raw) {
                (Kind::Flag, RawAnswer::Text(t)) => match Flag::from_id(&t) {
                    Some(f) => Answer::Flag(f),
                    None => {
                        return Err(de::Error::custom(AnswerError::UnknownOption {
                            question: q.id(),
                            option: t,
                        }))
                    }
                },
                (Kind::Single(_), RawAnswer::Text(t)) => {
                    Answer::One(Answers::option_of(q, &t).map_err(de::Error::custom)?)
                }
                (Kind::Checklist(_), RawAnswer::List(list)) => {
                    let mut ids = Vec::with_capacity(list.len());
                    for o in &list {
                        let id = Answers::option_of(q, o).map_err(de::Error::custom)?;
                        if ids.contains(&id) {
                            return Err(de::Error::custom(format!(
                                "option `{id}` is listed twice for question `{}`",
                                q.id()
                            )));
                        }
                        ids.push(id);
                    }
                    Answer::Many(ids)
                }
                (kind, _) => {
                    return Err(de::Error::custom(AnswerError::WrongKind {
                        question: q.id(),
                        expected: expected(kind),
                    }))
                }
            };
            answers.set(q, answer).map_err(de::Error::custom)?;
        }
        Ok(answers)
    }
}

/// A value as it came in, before it is checked against its question.
enum RawAnswer {
    Text(String),
    List(Vec<String>),
}

/// Reads one value and names its question in any type error (including `null`).
struct RawSeed(Q);

impl<'de> de::DeserializeSeed<'de> for RawSeed {
    type Value = RawAnswer;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawAnswer, D::Error> {
        deserializer.deserialize_any(RawVisitor(self.0))
    }
}

struct RawVisitor(Q);

impl RawVisitor {
    fn wrong<E: de::Error>(&self) -> E {
        E::custom(AnswerError::WrongKind {
            question: self.0.id(),
            expected: expected(self.0.kind()),
        })
    }
}

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawAnswer;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} for question `{}`",
            expected(self.0.kind()),
            self.0.id()
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawAnswer, E> {
        Ok(RawAnswer::Text(v.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawAnswer, A::Error> {
        let mut list = Vec::new();
        loop {
            match seq.next_element::<String>() {
                Ok(Some(item)) => list.push(item),
                Ok(None) => return Ok(RawAnswer::List(list)),
                Err(_) => return Err(self.wrong()),
            }
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawAnswer, E> {
        Err(self.wrong())
    }
    fn visit_none<E: de::Error>(self) -> Result<RawAnswer, E> {
        Err(self.wrong())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawAnswer, E> {
        Err(self.wrong())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawAnswer, E> {
        Err(self.wrong())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawAnswer, E> {
        Err(self.wrong())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawAnswer, E> {
        Err(self.wrong())
    }
    fn visit_map<M: MapAccess<'de>>(self, _: M) -> Result<RawAnswer, M::Error> {
        Err(self.wrong())
    }
}
