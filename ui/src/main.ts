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
import { initialState } from "./state";
import { todayIso } from "./thai-date";
import { appView } from "./views/app";

const api = createApi();
const state = initialState(todayIso());
const root = document.getElementById("app") as HTMLElement;

// The static "opening" message in index.html is replaced by the first render.
root.replaceChildren();

let renderScheduled = false;
function rerender(): void {
  if (renderScheduled) return;
  renderScheduled = true;
  requestAnimationFrame(() => {
    renderScheduled = false;
    document.documentElement.lang = state.language;
    render(appView(state, controller), root);
    if (state.phase === "ready") root.dataset.ready = "true";
  });
}

const controller = createController(api, state, rerender);

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
void controller.boot();
