//! PESTLE driver mapping: drivers in six categories, every participant's votes on
//! uncertainty and impact, related-driver groups, the chosen axes of uncertainty and
//! the four scenarios of the 2×2 matrix.

use serde::{Deserialize, Serialize};

use super::id::{HasId, Id};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pestle {
    pub participants: Vec<Participant>,
    pub drivers: Vec<Driver>,
    /// Every vote is kept: the spread between participants is information.
    pub votes: Vec<Vote>,
    /// Drivers marked as related count as one force when axes are chosen.
    pub groups: Vec<DriverGroup>,
    pub axes: Axes,
    pub scenarios: Vec<Scenario>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Category {
    Political,
    Economic,
    Social,
    Technological,
    Legal,
    Environmental,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Political,
        Category::Economic,
        Category::Social,
        Category::Technological,
        Category::Legal,
        Category::Environmental,
    ];

    /// The colour of the category everywhere it is drawn (views, matrix, PDF), as
    /// sRGB. Chosen to stay apart for colour-blind readers and to carry white or
    /// black text.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            Category::Political => [0x1f, 0x77, 0xb4],
            Category::Economic => [0xe6, 0x9f, 0x00],
            Category::Social => [0xcc, 0x79, 0xa7],
            Category::Technological => [0x00, 0x9e, 0x73],
            Category::Legal => [0x6a, 0x3d, 0x9a],
            Category::Environmental => [0x56, 0xb4, 0xe9],
        }
    }

    /// The one-letter code of the category (P, Ec, S, T, L, En); the two E's need
    /// two letters to stay apart.
    pub fn short(self) -> &'static str {
        match self {
            Category::Political => "P",
            Category::Economic => "Ec",
            Category::Social => "S",
            Category::Technological => "T",
            Category::Legal => "L",
            Category::Environmental => "En",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Category::Political => "Political",
            Category::Economic => "Economic",
            Category::Social => "Social",
            Category::Technological => "Technological",
            Category::Legal => "Legal",
            Category::Environmental => "Environmental",
        }
    }
}

/// A stakeholder who scores drivers. Their name is personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub country: String,
}

impl Participant {
    pub fn new(name: &str) -> Self {
        Participant {
            id: Id::new(),
            name: name.to_owned(),
            organisation: String::new(),
            country: String::new(),
        }
    }
}

/// A force that shapes the future of the job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Driver {
    pub id: Id,
    pub category: Category,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
}

impl Driver {
    pub fn new(category: Category, title: &str) -> Self {
        Driver {
            id: Id::new(),
            category,
            title: title.to_owned(),
            description: String::new(),
        }
    }
}

/// One participant's scores for one driver, each 1–5.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Vote {
    pub id: Id,
    pub driver: Id,
    pub participant: Id,
    pub uncertainty: u8,
    pub impact: u8,
}

impl Vote {
    pub fn new(driver: Id, participant: Id, uncertainty: u8, impact: u8) -> Self {
        Vote {
            id: Id::new(),
            driver,
            participant,
            uncertainty,
            impact,
        }
    }
}

/// Drivers the facilitator marked as related: they count as one force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DriverGroup {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub drivers: Vec<Id>,
}

/// The two axes of the scenario matrix. Horizontal runs from its first pole (left)
/// to its second (right); vertical from its first pole (bottom) to its second (top).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Axes {
    pub horizontal: Option<Axis>,
    pub vertical: Option<Axis>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Axis {
    pub subject: AxisSubject,
    #[serde(default)]
    pub low_pole: String,
    #[serde(default)]
    pub high_pole: String,
    #[serde(default)]
    pub rationale: String,
}

/// What an axis stands for: one driver, or a group of related drivers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AxisSubject {
    Driver(Id),
    Group(Id),
}

impl AxisSubject {
    pub fn id(self) -> Id {
        match self {
            AxisSubject::Driver(id) | AxisSubject::Group(id) => id,
        }
    }
}

/// The quadrant of the 2×2 matrix a scenario describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// Horizontal high pole, vertical high pole.
    TopRight,
    /// Horizontal low pole, vertical high pole.
    TopLeft,
    /// Horizontal low pole, vertical low pole.
    BottomLeft,
    /// Horizontal high pole, vertical low pole.
    BottomRight,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::TopLeft,
        Quadrant::TopRight,
        Quadrant::BottomLeft,
        Quadrant::BottomRight,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: Id,
    pub quadrant: Quadrant,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub narrative: String,
    /// DACUM tasks and knowledge items this future requires.
    #[serde(default)]
    pub links: Vec<Id>,
}

impl Scenario {
    pub fn new(quadrant: Quadrant, name: &str) -> Self {
        Scenario {
            id: Id::new(),
            quadrant,
            name: name.to_owned(),
            narrative: String::new(),
            links: Vec::new(),
        }
    }
}

impl HasId for Participant {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for Driver {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for Vote {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for DriverGroup {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for Scenario {
    fn id(&self) -> Id {
        self.id
    }
}

impl Pestle {
    pub fn driver(&self, id: Id) -> Option<&Driver> {
        self.drivers.iter().find(|d| d.id == id)
    }

    pub fn vote(&self, driver: Id, participant: Id) -> Option<&Vote> {
        self.votes
            .iter()
            .find(|v| v.driver == driver && v.participant == participant)
    }

    /// The group a driver belongs to, if any.
    pub fn group_of(&self, driver: Id) -> Option<&DriverGroup> {
        self.groups.iter().find(|g| g.drivers.contains(&driver))
    }
}
