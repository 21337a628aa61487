//! The diagram in a zoomable, scrollable frame, for a screen or a projector. Zoom with the
//! buttons, the + and − keys (0 for full size) or Ctrl and the mouse wheel; move around with
//! the arrow keys or the scroll bars, or by dragging. Full screen starts at full size, where
//! the text is 16 px.

use infoshare_core::diagram::Diagram;
use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::draw::svg;
use crate::components::form::Button;
use crate::dom;

/// The element shown full screen: the frame and its controls.
const VIEWER_ID: &str = "flowchart-diagram";
/// How much each step of zoom scales the diagram.
const STEP: f64 = 1.25;
const SMALLEST: f64 = 0.2;
const LARGEST: f64 = 4.0;

/// Scales a zoom by `steps` (negative to zoom out), within bounds; from "fit to width",
/// from `fitted`.
fn zoomed(zoom: Option<f64>, fitted: f64, steps: i32) -> f64 {
    (zoom.unwrap_or(fitted) * STEP.powi(steps)).clamp(SMALLEST, LARGEST)
}

/// What the zoom is, in words.
fn describe(zoom: Option<f64>) -> String {
    match zoom {
        None => "Zoom: fitted to the width of the page".to_owned(),
        Some(zoom) => format!("Zoom: {}%", (zoom * 100.0).round()),
    }
}

/// The frame's element, when it is on the page.
fn frame_element(frame: NodeRef<leptos::html::Div>) -> Option<web_sys::Element> {
    frame.get_untracked().map(Into::into)
}

/// The scale at which the diagram fills the frame's width, or fits it whole.
fn fit(frame: NodeRef<leptos::html::Div>, diagram_size: (i32, i32), whole: bool) -> f64 {
    let Some(element) = frame_element(frame) else { return 1.0 };
    let across = f64::from(element.client_width()) / f64::from(diagram_size.0.max(1));
    let down = f64::from(element.client_height()) / f64::from(diagram_size.1.max(1));
    if whole {
        across.min(down)
    } else {
        across
    }
}

pub fn viewer(diagram: &Diagram, title: String) -> impl IntoView {
    let zoom = RwSignal::new(None::<f64>);
    let frame = NodeRef::<leptos::html::Div>::new();
    let drag: Drag = StoredValue::new(None);
    let size = (diagram.width, diagram.height);
    let last_step = diagram.boxes.iter().filter_map(|node| node.step).max();
    let step = move |steps: i32| zoom.set(Some(zoomed(zoom.get_untracked(), fit(frame, size, false), steps)));
    let full_screen = move |_| {
        zoom.set(Some(1.0));
        dom::full_screen(VIEWER_ID);
        // Once the frame has its full-screen size, bring the step the user is on into view.
        set_timeout(move || show_step(frame, last_step), std::time::Duration::from_millis(300));
    };
    let keys = move |event: KeyboardEvent| {
        let steps = match event.key().as_str() {
            "+" | "=" => 1,
            "-" | "_" => -1,
            "0" => {
                zoom.set(Some(1.0));
                event.prevent_default();
                return;
            }
            _ => return,
        };
        event.prevent_default();
        step(steps);
    };
    let wheel = move |event: WheelEvent| {
        if event.ctrl_key() {
            event.prevent_default();
            step(if event.delta_y() < 0.0 { 1 } else { -1 });
        }
    };
    // The drawing's own width and height attributes carry the zoom (a style attribute would
    // break the CSP); with none, the style sheet fits it to the width.
    Effect::new(move || {
        let scale = zoom.get();
        let Some(svg) = frame.get().and_then(|frame| frame.query_selector("svg").ok().flatten()) else { return };
        let (width, height) = match scale {
            Some(scale) => ((f64::from(size.0) * scale).round(), (f64::from(size.1) * scale).round()),
            None => (f64::from(size.0), f64::from(size.1)),
        };
        let _ = svg.set_attribute("width", &width.to_string());
        let _ = svg.set_attribute("height", &height.to_string());
    });
    view! {
        <div class="app-diagram" id=VIEWER_ID>
            <div class="govuk-button-group app-no-print app-diagram__controls">
                <Button label="Full screen" secondary=true on_click=Callback::new(full_screen) />
                <Button label="Zoom in" secondary=true on_click=Callback::new(move |_| step(1)) />
                <Button label="Zoom out" secondary=true on_click=Callback::new(move |_| step(-1)) />
                <Button label="Full size" secondary=true on_click=Callback::new(move |_| zoom.set(Some(1.0))) />
                <Button label="Whole chart" secondary=true on_click=Callback::new(move |_| zoom.set(Some(fit(frame, size, true)))) />
                <Button label="Fit to width" secondary=true on_click=Callback::new(move |_| zoom.set(None)) />
                <p class="govuk-body govuk-!-margin-bottom-0 app-diagram__zoom" aria-live="polite">{move || describe(zoom.get())}</p>
            </div>
            <div
                class="app-diagram__frame"
                class:app-diagram__frame--zoomed=move || zoom.get().is_some()
                node_ref=frame
                tabindex="0"
                role="region"
                aria-label="The flowchart: arrow keys move around, + and − zoom, 0 is full size"
                on:keydown=keys
                on:wheel=wheel
                on:pointerdown=move |event| drag_start(frame, drag, event)
                on:pointermove=move |event| drag_move(frame, drag, event)
            >
                {svg(diagram, title, "diagram-title".to_owned(), Some("diagram-text"))}
            </div>
        </div>
    }
}

/// Scrolls the frame to the step numbered `step` (the last on the path), or to the start: to
/// the step's box, since Firefox scrolls to no SVG group (`<g>`), only to what it draws.
fn show_step(frame: NodeRef<leptos::html::Div>, step: Option<usize>) {
    let Some(element) = frame_element(frame) else { return };
    let selector =
        step.map_or_else(|| ".app-diagram__box rect".to_owned(), |step| format!("[data-step=\"{step}\"] rect"));
    if let Some(shown) = element.query_selector(&selector).ok().flatten() {
        shown.scroll_into_view();
    }
}

/// Where a drag started: the pointer, and the frame's scroll position then.
type Drag = StoredValue<Option<[i32; 4]>>;

fn drag_start(frame: NodeRef<leptos::html::Div>, drag: Drag, event: PointerEvent) {
    let Some(element) = frame_element(frame) else { return };
    if event.button() != 0 || event.pointer_type() == "touch" {
        return;
    }
    let _ = element.set_pointer_capture(event.pointer_id());
    drag.set_value(Some([event.client_x(), event.client_y(), element.scroll_left(), element.scroll_top()]));
}

/// Scrolls the frame with the pointer while the mouse button is held.
fn drag_move(frame: NodeRef<leptos::html::Div>, drag: Drag, event: PointerEvent) {
    let Some(element) = frame_element(frame) else { return };
    if event.buttons() & 1 == 0 {
        drag.set_value(None);
        return;
    }
    if let Some([x, y, left, top]) = drag.get_value() {
        element.set_scroll_left(left - (event.client_x() - x));
        element.set_scroll_top(top - (event.client_y() - y));
    }
}
