//! The PESTLE elements as a merge sees them: participants, drivers, votes,
//! driver groups and scenarios.

use super::{
    Element, Kind, remap_ids, score, set_ref, set_score, set_text, text, text_key, unite_ids,
};
use crate::id::Id;
use crate::pestle::{Driver, DriverGroup, Participant, Scenario, Vote};
use crate::provenance::{Field, Value};

impl Element for Participant {
    const KIND: Kind = Kind::Participant;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::ParticipantName, text(&self.name)),
            (Field::ParticipantOrganisation, text(&self.organisation)),
            (Field::ParticipantCountry, text(&self.country)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match field {
            Field::ParticipantName => set_text(&mut self.name, value),
            Field::ParticipantOrganisation => set_text(&mut self.organisation, value),
            Field::ParticipantCountry => set_text(&mut self.country, value),
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
}

impl Element for Driver {
    const KIND: Kind = Kind::Driver;
    const KEYED: bool = true;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::DriverCategory, Value::Category(self.category)),
            (Field::DriverTitle, text(&self.title)),
            (Field::DriverDescription, text(&self.description)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match (field, value) {
            (Field::DriverCategory, Value::Category(c)) => self.category = c,
            (Field::DriverTitle, v) => set_text(&mut self.title, v),
            (Field::DriverDescription, v) => set_text(&mut self.description, v),
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn key(&self) -> Option<String> {
        text_key(&format!("{:?}\u{1}", self.category), &self.title)
    }
}

impl Element for Vote {
    const KIND: Kind = Kind::Vote;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::VoteDriver, Value::Element(self.driver)),
            (Field::VoteParticipant, Value::Element(self.participant)),
            (Field::VoteUncertainty, score(Some(self.uncertainty))),
            (Field::VoteImpact, score(Some(self.impact))),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        let set_vote_score = |target: &mut u8, value| {
            let mut s = Some(*target);
            set_score(&mut s, value);
            *target = s.unwrap_or(*target);
        };
        match field {
            Field::VoteDriver => set_ref(&mut self.driver, value),
            Field::VoteParticipant => set_ref(&mut self.participant, value),
            Field::VoteUncertainty => set_vote_score(&mut self.uncertainty, value),
            Field::VoteImpact => set_vote_score(&mut self.impact, value),
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn remap_refs(&mut self, map: &dyn Fn(Id) -> Id) {
        self.driver = map(self.driver);
        self.participant = map(self.participant);
    }
}

impl Element for DriverGroup {
    const KIND: Kind = Kind::Group;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![(Field::GroupName, text(&self.name))]
    }
    fn set(&mut self, field: Field, value: Value) {
        if field == Field::GroupName {
            set_text(&mut self.name, value);
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn remap_lists(&mut self, map: &dyn Fn(Id) -> Id) {
        remap_ids(&mut self.drivers, map);
    }
    fn unite(&mut self, other: &Self) {
        unite_ids(&mut self.drivers, &other.drivers);
    }
    fn id_list(&self) -> &[Id] {
        &self.drivers
    }
    fn set_id_list(&mut self, ids: Vec<Id>) {
        self.drivers = ids;
    }
}

impl Element for Scenario {
    const KIND: Kind = Kind::Scenario;
    fn fields(&self) -> Vec<(Field, Value)> {
        vec![
            (Field::ScenarioQuadrant, Value::Quadrant(self.quadrant)),
            (Field::ScenarioName, text(&self.name)),
            (Field::ScenarioNarrative, text(&self.narrative)),
        ]
    }
    fn set(&mut self, field: Field, value: Value) {
        match (field, value) {
            (Field::ScenarioQuadrant, Value::Quadrant(q)) => self.quadrant = q,
            (Field::ScenarioName, v) => set_text(&mut self.name, v),
            (Field::ScenarioNarrative, v) => set_text(&mut self.narrative, v),
            _ => {}
        }
    }
    fn set_id(&mut self, id: Id) {
        self.id = id;
    }
    fn remap_lists(&mut self, map: &dyn Fn(Id) -> Id) {
        remap_ids(&mut self.links, map);
    }
    fn unite(&mut self, other: &Self) {
        unite_ids(&mut self.links, &other.links);
    }
    fn id_list(&self) -> &[Id] {
        &self.links
    }
    fn set_id_list(&mut self, ids: Vec<Id>) {
        self.links = ids;
    }
}
