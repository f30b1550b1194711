//! PESTLE driver mapping: drivers in six categories, every participant's votes on
//! uncertainty and impact, related-driver groups, the chosen axes of uncertainty and
//! the four scenarios of the 2×2 matrix.

use dacum_i18n::Text;
use serde::{Deserialize, Serialize};

use super::id::{HasId, Id};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
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

    /// The English name, for files and the command line.
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

    /// The name as a message ("Political"), in the reader's language.
    pub fn label(self) -> Text {
        Text::new(match self {
            Category::Political => "category-political",
            Category::Economic => "category-economic",
            Category::Social => "category-social",
            Category::Technological => "category-technological",
            Category::Legal => "category-legal",
            Category::Environmental => "category-environmental",
        })
    }
}

/// A stakeholder who scores drivers. Their name is personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Axes {
    pub horizontal: Option<Axis>,
    pub vertical: Option<Axis>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// In reading order: the top row, then the bottom row.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::TopLeft,
        Quadrant::TopRight,
        Quadrant::BottomLeft,
        Quadrant::BottomRight,
    ];

    /// Where the quadrant lies, as the key the catalogues select on
    /// ("top-left").
    pub fn key(self) -> &'static str {
        match self {
            Quadrant::TopRight => "top-right",
            Quadrant::TopLeft => "top-left",
            Quadrant::BottomLeft => "bottom-left",
            Quadrant::BottomRight => "bottom-right",
        }
    }

    /// Whether the quadrant lies at the high pole of (the horizontal, the vertical)
    /// axis.
    pub fn at_high_poles(self) -> (bool, bool) {
        match self {
            Quadrant::TopRight => (true, true),
            Quadrant::TopLeft => (false, true),
            Quadrant::BottomLeft => (false, false),
            Quadrant::BottomRight => (true, false),
        }
    }
}

impl Axis {
    pub fn pole(&self, high: bool) -> &str {
        if high {
            &self.high_pole
        } else {
            &self.low_pole
        }
    }
}

impl Axes {
    /// A quadrant's name from the poles it lies at, horizontal first:
    /// "Rehabilitative · Digital". A pole not named yet reads as its side of the
    /// matrix ("Left", "Top" …), so the name is never empty.
    pub fn quadrant_name(&self, quadrant: Quadrant) -> String {
        let (right, top) = quadrant.at_high_poles();
        let pole = |axis: &Option<Axis>, high: bool, sides: [&'static str; 2]| {
            let named = axis.as_ref().map_or("", |a| a.pole(high).trim());
            if named.is_empty() {
                sides[usize::from(high)].to_owned()
            } else {
                named.to_owned()
            }
        };
        format!(
            "{} · {}",
            pole(&self.horizontal, right, ["Left", "Right"]),
            pole(&self.vertical, top, ["Bottom", "Top"])
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

    /// The force an axis subject stands for: a related group, or a driver in no
    /// group. `None` when the driver or group does not exist.
    pub fn force_of(&self, subject: AxisSubject) -> Option<Id> {
        match subject {
            AxisSubject::Driver(id) => {
                self.driver(id)?;
                Some(self.group_of(id).map_or(id, |g| g.id))
            }
            AxisSubject::Group(id) => self.groups.iter().any(|g| g.id == id).then_some(id),
        }
    }

    /// Whether the two chosen axes stand for one force (the same driver, or drivers
    /// of one related group), which makes the four scenarios meaningless.
    pub fn axes_share_a_force(&self) -> bool {
        match (&self.axes.horizontal, &self.axes.vertical) {
            (Some(h), Some(v)) => {
                let (h, v) = (self.force_of(h.subject), self.force_of(v.subject));
                h.is_some() && h == v
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis(subject: AxisSubject, low: &str, high: &str) -> Axis {
        Axis {
            subject,
            low_pole: low.into(),
            high_pole: high.into(),
            rationale: String::new(),
        }
    }

    #[test]
    fn quadrants_are_named_from_the_poles_they_lie_at() {
        let id = Id::new();
        let mut axes = Axes {
            horizontal: Some(axis(AxisSubject::Driver(id), "Punitive", "Rehabilitative")),
            vertical: Some(axis(AxisSubject::Driver(id), "Analogue", "Digital")),
        };
        let names: Vec<String> = Quadrant::ALL
            .into_iter()
            .map(|q| axes.quadrant_name(q))
            .collect();
        assert_eq!(
            names,
            [
                "Punitive · Digital",
                "Rehabilitative · Digital",
                "Punitive · Analogue",
                "Rehabilitative · Analogue",
            ]
        );
        axes.vertical = None;
        if let Some(h) = axes.horizontal.as_mut() {
            h.high_pole = "  ".into();
        }
        assert_eq!(axes.quadrant_name(Quadrant::TopRight), "Right · Top");
        assert_eq!(
            axes.quadrant_name(Quadrant::BottomLeft),
            "Punitive · Bottom"
        );
    }

    #[test]
    fn a_grouped_driver_stands_for_its_group() {
        let mut pestle = Pestle {
            drivers: vec![
                Driver::new(Category::Technological, "AI risk tools"),
                Driver::new(Category::Technological, "Digital records"),
                Driver::new(Category::Political, "Penal policy"),
            ],
            ..Pestle::default()
        };
        let [a, b, c] = [0, 1, 2].map(|i| pestle.drivers[i].id);
        let g = Id::new();
        pestle.groups.push(DriverGroup {
            id: g,
            name: "Digitalisation".into(),
            drivers: vec![a, b],
        });
        assert_eq!(pestle.force_of(AxisSubject::Driver(a)), Some(g));
        assert_eq!(pestle.force_of(AxisSubject::Driver(c)), Some(c));
        assert_eq!(pestle.force_of(AxisSubject::Group(g)), Some(g));
        assert_eq!(pestle.force_of(AxisSubject::Driver(Id::new())), None);

        let set = |pestle: &mut Pestle, h: AxisSubject, v: AxisSubject| {
            pestle.axes = Axes {
                horizontal: Some(axis(h, "", "")),
                vertical: Some(axis(v, "", "")),
            };
        };
        set(&mut pestle, AxisSubject::Driver(a), AxisSubject::Driver(b));
        assert!(pestle.axes_share_a_force(), "two drivers of one group");
        set(&mut pestle, AxisSubject::Group(g), AxisSubject::Driver(b));
        assert!(
            pestle.axes_share_a_force(),
            "a group and one of its drivers"
        );
        set(&mut pestle, AxisSubject::Driver(a), AxisSubject::Driver(c));
        assert!(!pestle.axes_share_a_force());
        let missing = AxisSubject::Driver(Id::new());
        set(&mut pestle, missing, missing);
        assert!(
            !pestle.axes_share_a_force(),
            "missing drivers are reported elsewhere"
        );
    }
}
