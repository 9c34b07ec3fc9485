//! The 2568 pack as the Rust side sends it to the UI: the file itself leaves out
//! optional fields that serialisation always writes, so tests fill them in the same way.

import pack2568 from "../../../assets/criteria/gecc-2568-v2.json";
import pack2568v3 from "../../../assets/criteria/gecc-2568-v3.json";
import type { CriteriaPack } from "../bindings";

type Loose = Record<string, unknown> & {
  parts: Array<Record<string, unknown> & { sections: Array<{ items: Array<Record<string, unknown>> }> }>;
};

function asSentByRust(raw: Loose): CriteriaPack {
  const copy = structuredClone(raw);
  for (const part of copy.parts) {
    part.undisclosed ??= [];
    for (const section of part.sections) {
      for (const item of section.items) {
        item.figures ??= [];
        item.evidence_rule ??= null;
        item.level ??= null;
        item.points ??= null;
        item.guidance ??= null;
        item.typical_evidence ??= null;
      }
    }
  }
  return copy as unknown as CriteriaPack;
}

export const PACK_2568 = asSentByRust(pack2568 as unknown as Loose);

/** Version 3: the readiness assessment added as a part without sections, its one form declared (worth no points). */
export const PACK_2568_V3 = asSentByRust(pack2568v3 as unknown as Loose);
