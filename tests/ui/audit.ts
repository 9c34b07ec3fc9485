//! The flows' accessibility audit: axe-core run in the page, its serious and critical
//! findings returned (a flow expects none), each with the first few elements it names.

import path from "node:path";
import { type App, repoRoot } from "./harness";

const AXE = path.join(repoRoot, "node_modules/axe-core/axe.min.js");

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function audit(app: App): Promise<Finding[]> {
  await app.page.addScriptTag({ path: AXE });
  return app.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
      }));
  });
}
