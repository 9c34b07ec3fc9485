//! Saves answers as the clerk works: at once for a click, shortly after the last
//! keystroke for typing, one save per item at a time and always the newest content,
//! so nothing typed is lost and the store never sees an older value last.

import type { AnswerInput, AnswerSaved } from "./bindings";
import { type CommandError, toCommandError } from "./api";

export type SaveStatus =
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; result: AnswerSaved }
  | { kind: "failed"; error: CommandError; input: AnswerInput };

type SaveFunction = (itemId: string, input: AnswerInput) => Promise<AnswerSaved>;
type Listener = (itemId: string, status: SaveStatus) => void;

interface Entry {
  waiting: AnswerInput | null;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<void> | null;
}

export class AnswerSaver {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly save: SaveFunction,
    private readonly listener: Listener,
    private readonly typingDelayMs = 400,
  ) {}

  /** Records new content for an item; `immediate` skips the typing delay. */
  change(itemId: string, input: AnswerInput, immediate: boolean): void {
    const entry = this.entry(itemId);
    entry.waiting = input;
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = null;
    this.listener(itemId, { kind: "pending" });
    if (immediate) this.send(itemId);
    else entry.timer = setTimeout(() => this.send(itemId), this.typingDelayMs);
  }

  /** True while any change is waiting or being saved. */
  get busy(): boolean {
    return [...this.entries.values()].some((e) => e.waiting !== null || e.inFlight !== null);
  }

  /** Sends every waiting change now and resolves once all saves have finished. */
  async flush(): Promise<void> {
    while (this.busy) {
      for (const [itemId, entry] of this.entries) {
        if (entry.timer !== null) clearTimeout(entry.timer);
        entry.timer = null;
        if (entry.waiting !== null && entry.inFlight === null) this.send(itemId);
      }
      await Promise.all([...this.entries.values()].map((e) => e.inFlight));
    }
  }

  private entry(itemId: string): Entry {
    let entry = this.entries.get(itemId);
    if (!entry) {
      entry = { waiting: null, timer: null, inFlight: null };
      this.entries.set(itemId, entry);
    }
    return entry;
  }

  private send(itemId: string): void {
    const entry = this.entry(itemId);
    entry.timer = null;
    // One save per item at a time: the newest waiting content follows when this one ends.
    if (entry.inFlight !== null || entry.waiting === null) return;
    const input = entry.waiting;
    entry.waiting = null;
    this.listener(itemId, { kind: "saving" });
    entry.inFlight = this.save(itemId, input)
      .then(
        (result) => {
          if (entry.waiting === null) this.listener(itemId, { kind: "saved", result });
        },
        (raw) => this.listener(itemId, { kind: "failed", error: toCommandError(raw), input }),
      )
      .finally(() => {
        entry.inFlight = null;
        if (entry.waiting !== null && entry.timer === null) this.send(itemId);
      });
  }
}
