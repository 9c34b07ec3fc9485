//! UI flows in Debian's Chromium: the built UI served from ui/dist, with the Tauri IPC
//! replaced by a small in-page stand-in that answers from a checklist the real `gecc`
//! CLI produced, records every call, holds evidence previews until the test answers
//! them, and can emit the shell's events (drops, progress).
//! The province desk's commands are answered by fake-province.ts, the province package's
//! and the rounds started from an earlier one by fake-package.ts.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { fakePackageDesk, NEW_KEY_PACKAGE } from "./fake-package";
import { fakeProvinceDesk, geography } from "./fake-province";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const distDir = path.join(repoRoot, "ui/dist");
const cliBinary = process.env.GECC_CLI_BINARY ?? path.join(repoRoot, "target/debug/gecc");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/** Serves the built UI on a free local port. */
export async function serveUi(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(distDir, "index.html"))) throw new Error("build the UI first (npm run build)");
  const server = http.createServer((request, response) => {
    const wanted = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(distDir, wanted === "/" ? "index.html" : wanted);
    if (!file.startsWith(distDir) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A fresh application round's checklist, as the real core produces it. */
export function realChecklist(): unknown {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gecc-ui-"));
  execFileSync(cliBinary, ["--data-dir", dataDir, "rounds", "new", "--fiscal-year", "2570"]);
  return JSON.parse(execFileSync(cliBinary, ["--data-dir", dataDir, "checklist", "1"], { encoding: "utf8" }));
}

/** Installed in the page before the UI loads: answers IPC calls and records them. */
function fakeTauri({
  checklist,
  firstRun,
  staff: givenStaff,
  role: givenRole,
  packs,
}: {
  checklist: { round: { id: number }; score: unknown };
  firstRun: boolean;
  staff: unknown;
  role: string | null;
  packs: unknown[];
}): void {
  type Callback = (payload: unknown) => void;
  const callbacks = new Map<number, Callback>();
  const listeners: Array<{ event: string; handler: number }> = [];
  const calls: Array<{ command: string; args: Record<string, unknown> }> = [];
  let nextId = 1;
  let revision = 0;
  // An attach through the dialog waits until the test lets it finish, so progress can be shown.
  let finishAttach: ((report: unknown) => void) | null = null;
  // A preview waits until the test answers it, so the previews being made at once can be counted.
  const previews: Array<{ evidenceId: number; answer: (bytes: ArrayBuffer) => void }> = [];
  let mostPreviewsAtOnce = 0;
  // A first run has no office name and no round until the UI opens one.
  let roundOpened = !firstRun;
  const office = {
    id: 1,
    name: firstRun ? "" : "สำนักทะเบียนอำเภอทดสอบ",
    kind: "district_registration",
    province: "ปัตตานี",
    district: "เมือง",
    officer_name: "",
    officer_position: "",
    officer_phone: "",
    officer_email: "",
    gecc_username: "",
    updated_at: "",
  };
  // The office's staff list, when the test gives one; the store's rules in short.
  let staff = givenStaff as { names: string[]; current: string | null } | null;
  // Whom the PC works for: null until a first run's question is answered.
  let role = givenRole;
  const desk = () => (window as unknown as { __FAKE_DESK__?: { answer(c: string, a: Record<string, unknown>): unknown } }).__FAKE_DESK__;
  const carried = () =>
    (window as unknown as { __FAKE_PACKAGE__?: { answer(c: string, a: Record<string, unknown>): unknown } }).__FAKE_PACKAGE__;
  const answer = (command: string, args: Record<string, unknown>): unknown => {
    // Rounds started from an earlier one are listed and read from fake-package.ts.
    const fromPackage = carried()?.answer(command, args);
    if (fromPackage !== undefined) return fromPackage;
    switch (command) {
      case "get_staff":
        return staff;
      case "set_staff":
        staff = { names: args.names as string[], current: null };
        return staff;
      case "choose_person":
        staff = { names: staff?.names ?? [], current: args.name as string | null };
        return staff;
      case "plan_bundle":
      case "export_bundle": {
        // 100 photos of 420 MB as attached; reduced for e-mail (issue 17) about 32 MB in all.
        const options = args.options as { summary_only: boolean; part_size_mb: number | null; photo_max_side: number | null };
        const reduced = options.summary_only || options.photo_max_side === null ? 0 : 100;
        const asAttached = options.summary_only ? 60_000 : 420_000_000;
        const bytes = reduced > 0 ? 32_000_000 : asAttached;
        const parts = options.part_size_mb === null ? 1 : Math.ceil(bytes / (options.part_size_mb * 1_000_000));
        const stem = "สำนักทะเบียนอำเภอทดสอบ_2570_application_001";
        const files = parts === 1 ? [`${stem}.zip`] : Array.from({ length: parts }, (_, i) => `${stem}_part${i + 1}of${parts}.zip`);
        if (command === "plan_bundle") {
          const evidence = options.summary_only ? 0 : 100;
          return {
            bytes,
            bytes_as_attached: asAttached,
            reduced_photos: reduced,
            estimated: reduced > 0,
            evidence_files: evidence,
            parts,
            sequence: 1,
            file_names: files,
          };
        }
        return {
          files,
          folder: "/media/clerk/GECC",
          bytes,
          sequence: 1,
          digest: "ab".repeat(32),
          fingerprint: "4F2A-91C3-77DE-0B15",
          verified: true,
          reduced_photos: reduced,
        };
      }
      case "get_settings":
        return { language: "th", role };
      case "set_language":
        return { language: args.language, role };
      case "set_role":
        role = args.role as string;
        return { language: "th", role };
      case "work_for_province":
        role = "province";
        Object.assign(office, { name: `ที่ทำการปกครองจังหวัด${args.province}`, kind: "other", province: args.province });
        return {
          settings: { language: "th", role },
          office,
          added: args.addDistricts ? (desk()?.answer("add_province_to_roster", { province: args.province }) ?? null) : null,
        };
      case "get_office":
        return office;
      case "set_office":
        return Object.assign(office, args.input);
      case "list_rounds":
        return roundOpened ? [checklist.round] : [];
      case "create_round":
        roundOpened = true;
        return checklist.round;
      case "list_packs":
        return packs;
      case "get_checklist":
        return checklist;
      case "save_answer":
        revision += 1;
        return {
          answer: {
            ...(args.input as object),
            round_id: args.roundId,
            item_id: args.itemId,
            updated_at: new Date().toISOString(),
            updated_by: "clerk",
            // A save makes an answer carried from an earlier round this round's own.
            carried_from_round: null,
          },
          score: checklist.score,
          tallies: [],
          revision,
        };
      case "attach_dropped":
        return { attached: [], failed: [], cancelled: false };
      case "attach_with_dialog":
        return new Promise((resolve) => (finishAttach = resolve));
      case "evidence_thumbnail":
        return new Promise((resolve) => {
          previews.push({ evidenceId: args.evidenceId as number, answer: resolve });
          mostPreviewsAtOnce = Math.max(mostPreviewsAtOnce, previews.length);
        });
      case "item_history":
        return { answers: [], events: [] };
      case "plugin:event|listen":
        listeners.push({ event: args.event as string, handler: args.handler as number });
        return listeners.length;
      default:
        return desk()?.answer(command, args) ?? null;
    }
  };
  const internals = {
    transformCallback(callback: Callback) {
      const id = nextId++;
      callbacks.set(id, callback);
      return id;
    },
    unregisterCallback(id: number) {
      callbacks.delete(id);
    },
    async invoke(command: string, args: Record<string, unknown> = {}) {
      calls.push({ command, args });
      return answer(command, args);
    },
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
  };
  Object.assign(window, {
    __TAURI_INTERNALS__: internals,
    __FAKE__: {
      calls,
      finishAttach(report: unknown) {
        finishAttach?.(report);
        finishAttach = null;
      },
      /** The previews asked for and not answered yet, and the most there ever were at once. */
      previews: () => ({ waiting: previews.map((p) => p.evidenceId), most: mostPreviewsAtOnce }),
      /** Answers the previews waiting, oldest first, with these JPEG bytes (none: no preview). */
      answerPreviews(bytes: number[], count = previews.length) {
        for (const preview of previews.splice(0, count)) preview.answer(new Uint8Array(bytes).buffer);
      },
      emit(event: string, payload: unknown) {
        for (const listener of listeners.filter((l) => l.event === event)) {
          callbacks.get(listener.handler)?.({ event, id: listener.handler, payload });
        }
      },
    },
  });
}

export interface App {
  browser: Browser;
  page: Page;
  /** The IPC calls the UI made so far, optionally only those of one command. */
  calls(command?: string): Promise<Array<{ command: string; args: Record<string, unknown> }>>;
  /** Emits one of the shell's events to the UI. */
  emit(event: string, payload: unknown): Promise<void>;
  close(): Promise<void>;
}

/** Whom the PC works for, and whether a first run's question is left for the test to answer. */
export interface DeskOptions {
  /** What the settings say: "district" by default, null on a first run (the question is asked). */
  role?: "district" | "province" | null;
  /** Leave the first run's question on screen; otherwise it is answered "district" with Enter. */
  keepRoleQuestion?: boolean;
  /** What list_packs answers: none by default. */
  packs?: unknown[];
  /** The province package the shell's file dialog picks: one from ปัตตานี with a new key by default. */
  packagePreview?: unknown;
  /** A script run in the page before the app's own, to watch how it starts. */
  watch?: () => void;
}

/** The window is drawn: a checklist, the first run's question, or the province's overview. */
const DRAWN = "#app[data-ready=true] :is([data-item-id], [data-modal=role], [data-province])";

export async function openApp(
  url: string,
  checklist: unknown,
  viewport = { width: 1280, height: 860 },
  firstRun = false,
  staff: unknown = null,
  desk: DeskOptions = {},
): Promise<App> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // The clipboard may be read back: the province copies the offices not sent.
  const page = await browser.newPage({ viewport, permissions: ["clipboard-read", "clipboard-write"] });
  const role = desk.role === undefined ? (firstRun ? null : "district") : desk.role;
  await page.addInitScript(fakeTauri, {
    checklist: checklist as { round: { id: number }; score: unknown },
    firstRun,
    staff,
    role,
    packs: desk.packs ?? [],
  });
  await page.addInitScript(fakePackageDesk, {
    checklist: checklist as Parameters<typeof fakePackageDesk>[0]["checklist"],
    preview: (desk.packagePreview ?? NEW_KEY_PACKAGE) as typeof NEW_KEY_PACKAGE,
  });
  await page.addInitScript(fakeProvinceDesk, { geography: geography(repoRoot) as Parameters<typeof fakeProvinceDesk>[0]["geography"] });
  if (desk.watch) await page.addInitScript(desk.watch);
  await page.goto(url);
  await page.waitForSelector(DRAWN);
  if (!desk.keepRoleQuestion && (await page.locator("[data-modal=role]").count()) > 0) {
    // A district office, as most PCs are: chosen already, so Enter carries on.
    await page.locator("[data-modal=role] input[name=role]:checked").press("Enter");
    await page.waitForSelector("#app[data-ready=true] [data-item-id]");
  }
  return {
    browser,
    page,
    calls: (command) =>
      page.evaluate((only) => {
        const all = (window as unknown as { __FAKE__: { calls: Array<{ command: string; args: Record<string, unknown> }> } }).__FAKE__
          .calls;
        return only ? all.filter((call) => call.command === only) : all;
      }, command),
    emit: (event, payload) =>
      page.evaluate(
        ([name, data]) =>
          (window as unknown as { __FAKE__: { emit: (e: string, p: unknown) => void } }).__FAKE__.emit(name as string, data),
        [event, payload] as const,
      ),
    close: () => browser.close(),
  };
}

/** What a flow file's tests share: the served UI, a real checklist, and a way to open a page. */
export interface Flow<Checklist> {
  /** The checklist the real CLI made for this file (changed by `prepare`, if given). */
  readonly checklist: Checklist;
  /** Opens the UI in Chromium; the page is closed after the test that opened it. */
  open(
    viewport?: { width: number; height: number },
    firstRun?: boolean,
    staff?: unknown,
    checklist?: unknown,
    desk?: DeskOptions,
  ): Promise<App>;
}

/**
 * The lifecycle every flow file has: the built UI served once, a real checklist made once
 * (then `prepare`d), each test's pages closed after it, the server closed at the end. Called
 * inside a `describe`.
 */
export function flowSuite<Checklist = unknown>(prepare?: (checklist: Checklist) => void): Flow<Checklist> {
  let server: Awaited<ReturnType<typeof serveUi>> | null = null;
  let checklist: Checklist | null = null;
  const opened: App[] = [];
  beforeAll(async () => {
    server = await serveUi();
    checklist = realChecklist() as Checklist;
    prepare?.(checklist);
  });
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get checklist() {
      if (checklist === null) throw new Error("the checklist is made in beforeAll");
      return checklist;
    },
    async open(viewport, firstRun = false, staff = null, given, desk = {}) {
      if (!server || checklist === null) throw new Error("the UI is served in beforeAll");
      const app = await openApp(server.url, given ?? checklist, viewport, firstRun, staff, desk);
      opened.push(app);
      return app;
    },
  };
}
