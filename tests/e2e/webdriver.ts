//! A small W3C WebDriver client for tauri-driver. It keeps one keep-alive connection for
//! every request: opening a new connection per request makes tauri-driver drop some.

import http from "node:http";

const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {}

export class WebDriverClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(private readonly port: number) {}

  request<T>(method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<T> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise<T>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: payload ? { "Content-Type": "application/json; charset=utf-8", "Content-Length": payload.length } : {},
          timeout: timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: { value?: unknown } = {};
            try {
              parsed = text ? JSON.parse(text) : {};
            } catch {
              reject(new WebDriverError(`${method} ${path}: not JSON: ${text.slice(0, 200)}`));
              return;
            }
            const value = parsed.value as { error?: string; message?: string } | undefined;
            if ((response.statusCode ?? 500) >= 400 || (value && typeof value === "object" && "error" in value && value.error)) {
              reject(new WebDriverError(`${method} ${path}: ${value?.error}: ${value?.message}`));
            } else {
              resolve(parsed.value as T);
            }
          });
        },
      );
      request.on("timeout", () => request.destroy(new WebDriverError(`${method} ${path}: timed out`)));
      request.on("error", reject);
      if (payload) request.write(payload);
      request.end();
    });
  }

  async newSession(application: string): Promise<Session> {
    const created = await this.request<{ sessionId: string }>(
      "POST",
      "/session",
      { capabilities: { alwaysMatch: { "tauri:options": { application } } } },
      60_000,
    );
    return new Session(this, created.sessionId);
  }

  close(): void {
    this.agent.destroy();
  }
}

export class Session {
  constructor(
    private readonly client: WebDriverClient,
    readonly id: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.client.request<T>(method, `/session/${this.id}${path}`, body);
  }

  title(): Promise<string> {
    return this.call("GET", "/title");
  }

  execute<T>(script: string, ...args: unknown[]): Promise<T> {
    return this.call("POST", "/execute/sync", { script, args });
  }

  async find(selector: string): Promise<string> {
    try {
      const found = await this.call<Record<string, string>>("POST", "/element", { using: "css selector", value: selector });
      return found[ELEMENT_KEY];
    } catch (error) {
      throw new WebDriverError(`${selector}: ${String(error)}`);
    }
  }

  async click(selector: string): Promise<void> {
    const element = await this.find(selector);
    try {
      await this.call("POST", `/element/${element}/click`, {});
    } catch (error) {
      throw new WebDriverError(`click ${selector}: ${String(error)}`);
    }
  }

  async type(selector: string, text: string): Promise<void> {
    await this.call("POST", `/element/${await this.find(selector)}/value`, { text });
  }

  async clear(selector: string): Promise<void> {
    await this.call("POST", `/element/${await this.find(selector)}/clear`, {});
  }

  async property<T>(selector: string, name: string): Promise<T> {
    return this.call("GET", `/element/${await this.find(selector)}/property/${name}`);
  }

  async text(selector: string): Promise<string> {
    return this.call("GET", `/element/${await this.find(selector)}/text`);
  }

  /** A PNG of the window, taken after two animation frames so the last change is painted. */
  async screenshot(): Promise<Buffer> {
    await this.call("POST", "/execute/async", {
      script: "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
      args: [],
    });
    return Buffer.from(await this.call<string>("GET", "/screenshot"), "base64");
  }

  /** Polls `condition` (a script returning a truthy value) until it holds. */
  async waitFor(condition: string, what: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError = "";
    while (Date.now() < deadline) {
      try {
        if (await this.execute<boolean>(`return !!(${condition});`)) return;
      } catch (error) {
        lastError = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new WebDriverError(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${lastError})` : ""}`);
  }

  async end(): Promise<void> {
    await this.call("DELETE", "");
  }
}
