//! Every keystroke reaches the field it was typed into.
//!
//! A fast typist, `xdotool`, or a slow frame delivers several keystrokes in one
//! frame: "Preserve evidence", Enter and the start of the next statement. egui
//! hands a frame's events to the widgets all at once, and what a widget does with
//! a key that moves the cursor to another field does not respect the order of the
//! text around it: a single-line field drops the text after Enter, Tab and a click
//! elsewhere take the focus before the field has read the text typed before them
//! (egui's focus handling runs when the widget is created, its text handling after
//! that), and a view that acts on Enter before drawing its field (the duty board)
//! commits the field without the text of that frame.
//!
//! [`KeystrokeOrder`] fixes this once, for every view, where the events come in:
//! an egui plugin that sees each frame's raw input before egui does, and cuts a
//! burst so that a frame holds either plain typing or one event that moves the
//! cursor (Enter, Tab, Escape, a shortcut with Ctrl/Alt/Cmd, a mouse press, an
//! accessibility action) — never typing *and* such an event. What it cuts off
//! waits for the next frame, which it asks for at once. So the text typed before
//! Enter is in the field before Enter acts, and the text typed after it goes to the
//! field Enter opened, in every view, whatever the view does with its keys.

use std::collections::VecDeque;

use egui::{Event, Key, Modifiers, RawInput};

/// The plugin; [`install`] adds it to a context.
#[derive(Default)]
pub struct KeystrokeOrder {
    /// Events cut off from earlier frames, oldest first.
    held: VecDeque<Event>,
}

/// Adds [`KeystrokeOrder`] to the context once (later calls do nothing). The app
/// calls it when it starts and on every frame; view tests call it on their harness.
pub fn install(ctx: &egui::Context) {
    if ctx.with_plugin(|_: &mut KeystrokeOrder| ()).is_none() {
        ctx.add_plugin(KeystrokeOrder::default());
    }
}

impl egui::Plugin for KeystrokeOrder {
    fn debug_name(&self) -> &'static str {
        "KeystrokeOrder"
    }

    fn input_hook(&mut self, _ctx: &egui::Context, input: &mut RawInput) {
        if self.held.is_empty() && input.events.is_empty() {
            return;
        }
        let mut events: Vec<Event> = self.held.drain(..).collect();
        events.append(&mut input.events);
        let cut = cut_at(&events);
        self.held.extend(events.drain(cut..));
        input.events = events;
    }

    fn on_end_pass(&mut self, ui: &mut egui::Ui) {
        if !self.held.is_empty() {
            ui.ctx().request_repaint();
        }
    }
}

/// What an event is to a text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Changes the text or moves the cursor within the field.
    Typing,
    /// May move the keyboard focus to another field (or act on the field's text).
    Moving,
    /// Neither: a key released, the pointer moved, a scroll …
    Other,
}

fn kind(event: &Event) -> Kind {
    match event {
        Event::Text(_) | Event::Paste(_) | Event::Cut | Event::Copy | Event::Ime(_) => Kind::Typing,
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => {
            if matches!(key, Key::Enter | Key::Tab | Key::Escape) || is_shortcut(*modifiers) {
                Kind::Moving
            } else {
                Kind::Typing
            }
        }
        Event::PointerButton { pressed: true, .. } | Event::AccessKitActionRequest(_) => {
            Kind::Moving
        }
        _ => Kind::Other,
    }
}

/// Ctrl, Alt or Cmd held: a shortcut, not a character (Shift alone types capitals).
fn is_shortcut(modifiers: Modifiers) -> bool {
    modifiers.ctrl || modifiers.alt || modifiers.command || modifiers.mac_cmd
}

/// How many of a frame's events it keeps; the rest wait for the next frame.
/// Typing followed by a moving event: the typing alone. A moving event first: it
/// and what is neither typing nor moving after it (its key's release, the mouse
/// release of a click), plus the text its own key press produced (Alt+4 on Linux
/// also sends "4", which the shortcut's handler takes away with it).
fn cut_at(events: &[Event]) -> usize {
    let Some(first) = events.iter().position(|e| kind(e) == Kind::Moving) else {
        return events.len();
    };
    if events[..first].iter().any(|e| kind(e) == Kind::Typing) {
        return first;
    }
    let mut next = first + 1;
    if matches!(events[first], Event::Key { .. })
        && matches!(events.get(next), Some(Event::Text(_)))
    {
        next += 1;
    }
    events[next..]
        .iter()
        .position(|e| kind(e) != Kind::Other)
        .map_or(events.len(), |p| next + p)
}

/// Consumes a shortcut key and the text its key press produced with it: on Linux
/// and Windows, Alt+4 arrives as the key and as the text "4", which a focused text
/// field would type ("4Body scanners at gates").
pub(in crate::ui) fn consume_shortcut(
    input: &mut egui::InputState,
    modifiers: Modifiers,
    key: Key,
) -> bool {
    let Some(at) = input.events.iter().position(|event| {
        matches!(event, Event::Key { key: k, pressed: true, modifiers: m, .. }
            if *k == key && m.matches_logically(modifiers))
    }) else {
        return false;
    };
    // `consume_key` takes the key and resets the key's pressed state as egui does.
    input.consume_key(modifiers, key);
    // What the key press typed comes right after it (egui-winit sends the key,
    // then its text).
    let symbol = key.symbol_or_name();
    if matches!(input.events.get(at), Some(Event::Text(t)) if t.as_str() == symbol) {
        input.events.remove(at);
    }
    true
}

/// Test helpers: a burst of events delivered in one frame, as a fast typist does.
#[cfg(test)]
pub(in crate::ui) mod burst {
    use egui::{Event, Key, Modifiers};
    use egui_kittest::Harness;

    /// Queues every event into the next frame's input and runs once. (The app,
    /// which every view test drives, installs [`super::KeystrokeOrder`] itself.)
    pub fn run<S>(harness: &mut Harness<'_, S>, events: Vec<Event>) {
        harness.input_mut().events.extend(events);
        harness.run();
    }

    /// The text as a typist's keyboard sends it: one text event per character.
    pub fn text(text: &str) -> Vec<Event> {
        text.chars().map(|c| Event::Text(c.to_string())).collect()
    }

    /// A key pressed and released.
    pub fn key(key: Key) -> Vec<Event> {
        key_with(Modifiers::NONE, key)
    }

    pub fn key_with(modifiers: Modifiers, key: Key) -> Vec<Event> {
        [true, false]
            .into_iter()
            .map(|pressed| Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers,
            })
            .collect()
    }

    /// "Preserve evidence", Enter, "Keep logs", Enter …: each text then `key`.
    pub fn entries(texts: &[&str], after: Key) -> Vec<Event> {
        texts
            .iter()
            .flat_map(|t| text(t).into_iter().chain(key(after)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::burst::{key, key_with, text};
    use super::*;

    fn frames(mut events: Vec<Event>) -> Vec<Vec<Event>> {
        let mut frames = Vec::new();
        while !events.is_empty() {
            let rest = events.split_off(cut_at(&events));
            frames.push(std::mem::replace(&mut events, rest));
        }
        frames
    }

    #[test]
    fn typing_and_the_key_that_leaves_the_field_come_in_separate_frames() {
        let burst: Vec<Event> = [text("ab"), key(Key::Enter), text("c"), key(Key::Tab)].concat();
        let frames = frames(burst);
        assert_eq!(
            frames,
            [text("ab"), key(Key::Enter), text("c"), key(Key::Tab)]
        );
    }

    #[test]
    fn a_shortcut_keeps_the_text_its_key_produced_and_a_click_its_release() {
        let alt4 = Event::Key {
            key: Key::Num4,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::ALT,
        };
        let click = |pressed| Event::PointerButton {
            pos: egui::pos2(1.0, 1.0),
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        };
        let burst = vec![
            alt4.clone(),
            Event::Text("4".into()),
            Event::Text("B".into()),
            click(true),
            click(false),
            Event::Text("x".into()),
        ];
        assert_eq!(
            frames(burst),
            [
                vec![alt4, Event::Text("4".into())],
                text("B"),
                vec![click(true), click(false)],
                text("x"),
            ]
        );
        assert_eq!(frames(key_with(Modifiers::SHIFT, Key::Tab)).len(), 1);
    }
}
