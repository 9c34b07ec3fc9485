//! The window opens where it was left and at the size it had (tauri-plugin-window-state
//! remembers both; issue 15, point 12), but never where it cannot be reached: a window
//! remembered on a screen that has since been unplugged, or with its title bar above the
//! top of the screen, is brought back to the main screen; one remembered from a bigger
//! screen is shrunk to fit. The plugin restores a window if any corner is on a screen,
//! which can leave the title bar, the only handle to drag it by, out of sight.

use tauri::{Monitor, PhysicalPosition, PhysicalSize, WebviewWindow};

/// A rectangle on the desktop, in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

/// The title bar's height, and how much of its width must be on a screen to drag it by.
const TITLE_BAR: i64 = 32;
const GRIP: i64 = 120;

/// How much of the window's title bar lies on `screen` (width, height).
fn title_bar_on(window: Rect, screen: Rect) -> (i64, i64) {
    let overlap = |start: i64, length: i64, screen_start: i64, screen_length: i64| {
        (start + length).min(screen_start + screen_length) - start.max(screen_start)
    };
    (
        overlap(
            window.x.into(),
            window.width.into(),
            screen.x.into(),
            screen.width.into(),
        ),
        overlap(
            window.y.into(),
            TITLE_BAR,
            screen.y.into(),
            screen.height.into(),
        ),
    )
}

/// Where the window should be instead of `window`, given the screens' work areas (the
/// main screen first); `None` when it can stay.
pub fn place_on_screen(window: Rect, screens: &[Rect]) -> Option<Rect> {
    let reachable = |screen: &&Rect| {
        let (width, height) = title_bar_on(window, **screen);
        width >= GRIP.min(window.width.into()) && height >= TITLE_BAR && window.y >= screen.y
    };
    match screens.iter().find(reachable) {
        Some(screen) if window.width <= screen.width && window.height <= screen.height => None,
        Some(screen) => Some(fit_into(window, *screen, false)),
        None => screens.first().map(|main| fit_into(window, *main, true)),
    }
}

/// The window shrunk to fit `screen` and moved into it (to its middle when `centre`).
fn fit_into(window: Rect, screen: Rect, centre: bool) -> Rect {
    let width = window.width.min(screen.width);
    let height = window.height.min(screen.height);
    let spare_x = (screen.width - width) as i32;
    let spare_y = (screen.height - height) as i32;
    let (x, y) = if centre {
        (screen.x + spare_x / 2, screen.y + spare_y / 2)
    } else {
        (
            window.x.clamp(screen.x, screen.x + spare_x),
            window.y.clamp(screen.y, screen.y + spare_y),
        )
    };
    Rect {
        x,
        y,
        width,
        height,
    }
}

fn work_area(monitor: &Monitor) -> Rect {
    let area = monitor.work_area();
    Rect {
        x: area.position.x,
        y: area.position.y,
        width: area.size.width,
        height: area.size.height,
    }
}

/// Moves the window (as the plugin restored it) where it can be reached, if it is not.
pub fn keep_on_screen(window: &WebviewWindow) {
    let (Ok(position), Ok(size), Ok(monitors)) = (
        window.outer_position(),
        window.outer_size(),
        window.available_monitors(),
    ) else {
        return;
    };
    let main = window.primary_monitor().ok().flatten();
    let screens: Vec<Rect> = main.iter().chain(monitors.iter()).map(work_area).collect();
    let now = Rect {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
    };
    if let Some(placed) = place_on_screen(now, &screens) {
        if placed.width != now.width || placed.height != now.height {
            // The frame around the page stays as it was: shrink the page by as much.
            let inner = window.inner_size().unwrap_or(size);
            let _ = window.set_size(PhysicalSize::new(
                inner.width.saturating_sub(now.width - placed.width),
                inner.height.saturating_sub(now.height - placed.height),
            ));
        }
        let _ = window.set_position(PhysicalPosition::new(placed.x, placed.y));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1366×768 screen above a 40-pixel taskbar, and a second screen to its right.
    const MAIN: Rect = Rect {
        x: 0,
        y: 0,
        width: 1366,
        height: 728,
    };
    const SECOND: Rect = Rect {
        x: 1366,
        y: 0,
        width: 1920,
        height: 1040,
    };

    fn window(x: i32, y: i32, width: u32, height: u32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn a_window_remembered_on_a_screen_since_unplugged_comes_back_to_the_middle_of_the_main_one() {
        let remembered = window(1500, 100, 1280, 680);
        assert_eq!(
            place_on_screen(remembered, &[MAIN, SECOND]),
            None,
            "the second screen is still there"
        );
        assert_eq!(
            place_on_screen(remembered, &[MAIN]),
            Some(window(43, 24, 1280, 680))
        );
    }

    #[test]
    fn a_window_whose_title_bar_is_out_of_sight_is_brought_back_though_a_corner_shows() {
        // Only the bottom-right corner is on the screen: the plugin alone restores this.
        assert_eq!(
            place_on_screen(window(-1200, -600, 1280, 680), &[MAIN]),
            Some(window(43, 24, 1280, 680))
        );
        assert_eq!(
            place_on_screen(window(200, -10, 1000, 600), &[MAIN]),
            Some(window(183, 64, 1000, 600)),
            "title bar above the top"
        );
        assert_eq!(
            place_on_screen(window(1300, 50, 1000, 600), &[MAIN]),
            Some(window(183, 64, 1000, 600)),
            "66 pixels of title bar are too few to grab"
        );
    }

    #[test]
    fn a_window_remembered_from_a_bigger_screen_is_shrunk_to_fit() {
        assert_eq!(
            place_on_screen(window(0, 0, 1900, 1000), &[MAIN]),
            Some(window(0, 0, 1366, 728))
        );
    }

    #[test]
    fn a_window_left_where_it_can_be_reached_stays_where_it_was_left() {
        assert_eq!(
            place_on_screen(window(43, 24, 1280, 680), &[MAIN]),
            None,
            "the first-run size, centred"
        );
        assert_eq!(
            place_on_screen(window(300, 200, 1280, 680), &[MAIN]),
            None,
            "partly past the right edge, title bar in sight"
        );
        assert_eq!(
            place_on_screen(window(300, 200, 1280, 680), &[]),
            None,
            "no screens reported: left alone"
        );
    }
}
