//! Starts the interface: loads the office and its current round (opening this fiscal
//! year's application round on first run), renders, and listens to the shell's events.

import "@fontsource/sarabun/400.css";
import "@fontsource/sarabun/600.css";
import "./styles.css";

import { listen } from "@tauri-apps/api/event";
import { render } from "lit";
import { createApi } from "./api";
import type { AttachProgress, DragPosition, DroppedFiles, ExportProgress, ImportProgress } from "./bindings";
import { createController } from "./controller";
import { ITEMS_PER_STEP, firstScreenItems, initialState, itemCount } from "./state";
import { todayIso } from "./thai-date";
import { appView } from "./views/app";

// Where the start-up time goes (`cargo xtask bench start` prints these marks).
performance.mark("gecc:script");

const api = createApi();
const state = initialState(todayIso());
// The window opens on a screenful of the checklist; drawTheRest adds the others.
state.itemsDrawn = firstScreenItems(window.innerHeight);
const root = document.getElementById("app") as HTMLElement;

// The static "opening" message in index.html is replaced by the first render.
root.replaceChildren();

let renderScheduled = false;
function rerender(): void {
  // The first screen is drawn as soon as its data has come, not at the next animation
  // frame: WebKit's first frames wait on its compositor starting up (100–230 ms on a PC
  // without a graphics card), and the page is painted at its first chance anyway.
  if (state.phase === "ready" && !root.dataset.firstScreen) {
    draw();
    return;
  }
  if (renderScheduled) return;
  renderScheduled = true;
  requestAnimationFrame(draw);
}

function draw(): void {
  renderScheduled = false;
  document.documentElement.lang = state.language;
  render(appView(state, controller), root);
  if (state.phase === "ready") drawTheRest();
}

/**
 * The checklist is drawn a screenful first (data-first-screen: it can be read and
 * clicked), then, once that is painted, a few items a task until all are (data-ready),
 * so a year of 70 items does not keep the window blank while every item is made.
 */
function drawTheRest(): void {
  const firstScreen = !root.dataset.firstScreen;
  if (firstScreen) {
    root.dataset.firstScreen = "true";
    performance.mark("gecc:first-screen");
  }
  const shown = state.itemsDrawn;
  if (shown === null || !state.checklist || shown >= itemCount(state.checklist)) {
    state.itemsDrawn = null;
    if (!root.dataset.ready) {
      root.dataset.ready = "true";
      performance.mark("gecc:rendered");
    }
    return;
  }
  state.itemsDrawn = shown + ITEMS_PER_STEP;
  if (!firstScreen) {
    setTimeout(drawMore, 0);
    return;
  }
  // The next frame begins once the first screen is painted: the rest waits for it.
  requestAnimationFrame(() => {
    performance.mark("gecc:painted");
    setTimeout(drawMore, 0);
  });
}

/**
 * A step of drawing the rest, as a task of its own rather than a frame's work: WebKit
 * without a graphics card paints a frame in 100–500 ms, and the rest need not wait for
 * each. A redraw already asked for draws them too.
 */
function drawMore(): void {
  if (!renderScheduled) draw();
}

const controller = createController(api, state, rerender);
// Before the listeners below, each of which is a round trip to the shell too.
void controller.boot();

void listen<AttachProgress>("attach-progress", (event) => controller.attachProgress(event.payload));
void listen<ExportProgress | ImportProgress>("bundle-progress", (event) => controller.bundleProgress(event.payload));
void listen<DragPosition>("drag-over", (event) => controller.dragOver(event.payload.x, event.payload.y));
void listen("drag-leave", () => controller.dragLeave());
void listen<DroppedFiles>("files-dropped", (event) => controller.dropped(event.payload));
// The shell asks before closing the window: finish every save, then let it close.
void listen("close-requested", async () => {
  try {
    await controller.saver.flush();
  } finally {
    await api.closeWhenSaved();
  }
});

rerender();
