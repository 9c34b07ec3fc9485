//! Steps several end-to-end tests take alike in the real app: filling the welcome profile,
//! exporting a bundle from the export dialog, and, on the receiving PC, importing bundles
//! and opening an office's round from the overview.

import { expect } from "vitest";
import type { Session } from "./webdriver";

const PROFILE = '[data-modal="office"]';
export const EXPORT = '[data-modal="export-bundle"]';
export const IMPORT = '[data-modal="import-bundles"]';

/** Fills the first run's welcome profile (launched with `keepWelcome`), field name → text, and saves it. */
export async function fillProfile(session: Session, fields: Record<string, string>): Promise<void> {
  await session.waitFor(`document.querySelector('${PROFILE} .welcome')`, "the welcome profile form");
  for (const [field, text] of Object.entries(fields)) await session.type(`${PROFILE} input[name="${field}"]`, text);
  await session.click(`${PROFILE} button[type="submit"]`);
  await session.waitFor(`!document.querySelector('${PROFILE}')`, "the profile form to close");
}

/** Opens the export dialog and waits for its plan to name the files it would write. */
export async function openExport(session: Session): Promise<void> {
  await session.click('[data-action="export-bundle"]');
  await session.waitFor(`document.querySelector('${EXPORT} [data-plan-files] li')`, "the plan before starting");
}

/** Starts the export as planned and waits until it is written and read back. */
export async function runExport(session: Session): Promise<void> {
  await session.click(`${EXPORT} button[type="submit"]`);
  await session.waitFor(`document.querySelector('${EXPORT} [data-export-done]')`, "the export to be written and checked", 60_000);
}

/** Opens the import dialog and picks the files the test's dialog holds; waits for a verdict. */
export async function chooseBundles(desk: Session): Promise<void> {
  await desk.click('[data-action="import-bundles"]');
  await desk.waitFor(`document.querySelector('${IMPORT} [data-action="choose-files"]')`, "the import dialog");
  await desk.click(`${IMPORT} [data-action="choose-files"]`);
  await desk.waitFor(`document.querySelector('${IMPORT} [data-verdict]')`, "the bundle's verdict", 60_000);
}

/** Imports what was chosen, expects it imported, and closes the dialog. */
export async function importChosen(desk: Session): Promise<void> {
  await desk.click(`${IMPORT} button[type="submit"]`);
  await desk.waitFor(`document.querySelector('${IMPORT} [data-outcome]')`, "the import to finish", 60_000);
  expect(await desk.execute<string>(`return document.querySelector('${IMPORT} [data-outcome]').dataset.outcome`)).toBe("imported");
  await desk.click(`${IMPORT} [data-action="dismiss"]`);
  await desk.waitFor(`!document.querySelector('${IMPORT}')`, "the import dialog to close");
}

/** Opens the overview and returns the selector of the row of the office named `office`. */
export async function officeRow(desk: Session, office: string): Promise<string> {
  await desk.click('[data-action="open-province"]');
  await desk.waitFor(
    `[...document.querySelectorAll("[data-office-row]")].some((row) => row.textContent.includes("${office}"))`,
    "the office's row",
  );
  const row = await desk.execute<string>(
    `return [...document.querySelectorAll("[data-office-row]")].find((row) => row.textContent.includes("${office}")).dataset.officeRow`,
  );
  return `[data-office-row="${row}"]`;
}

/** Opens the office's round from its row in the overview. */
export async function openOfficeRound(desk: Session, rowSelector: string): Promise<void> {
  await desk.click(`${rowSelector} th`);
  await desk.waitFor(
    'document.querySelector("[data-foreign-round]") && document.querySelector("#app [data-item-id]")',
    "the office's round",
  );
}
