//! What the clerk can do on the screen; views call these and never touch state directly.

import type { AnswerStatus, OfficeProfile } from "./bindings";

export interface Actions {
  setStatus(itemId: string, status: AnswerStatus): void;
  setNote(itemId: string, note: string): void;
  setSubScore(itemId: string, subScoreId: string, value: number | null): void;
  setNumber(itemId: string, value: number | null): void;
  setText(itemId: string, text: string): void;
  /** Sends any change still waiting for the typing delay (on leaving a field). */
  flush(): void;
  retry(itemId: string): void;
  toggleLanguage(): void;
  openOffice(): void;
  setOfficeField(field: keyof OfficeProfile, value: string): void;
  saveOffice(): void;
  closeOffice(): void;
}
