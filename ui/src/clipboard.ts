//! Copying text for the clerk to paste elsewhere (a chat, an e-mail): the Clipboard API
//! where the webview offers it, else a hidden text box and the older copy command, which
//! webviews without the API (or refusing it) still honour during a click.

/** Copies `text`; rejects when neither way was allowed. */
export async function copyText(text: string): Promise<void> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Refused (no permission, not a secure context): the text box may still work.
    }
  }
  if (!copyThroughTextBox(text)) throw new Error("the webview refused to copy");
}

function copyThroughTextBox(text: string): boolean {
  const box = document.createElement("textarea");
  box.value = text;
  box.readOnly = true;
  box.className = "visually-hidden";
  box.setAttribute("aria-hidden", "true");
  box.tabIndex = -1;
  // The copy command takes the selection, which moves the focus: it is given back after.
  const focused = document.activeElement as HTMLElement | null;
  document.body.append(box);
  box.focus();
  box.select();
  try {
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    return false;
  } finally {
    box.remove();
    focused?.focus();
  }
}
