import type { MessageBoxOptions } from 'electron';
import { isExternalLink } from './app-protocol';

// A link in the register (an organisation's website, a mail address) leaves the app only after the
// user has read the address and said yes: a link's text can say one site while its address names
// another, and a compromised page must not be able to launch the browser or a mail client by itself.
// Plain data and functions; desktop-platform.ts binds them to Electron's dialog and shell.

export const OPEN_BUTTON = 0;
export const CANCEL_BUTTON = 1;

export type ExternalLinkPrompt = {
  /** Exactly what is shown to the user and, if they agree, exactly what is opened. */
  address: string;
  options: MessageBoxOptions;
};

/**
 * The question for `url`, or null for anything that is not a web or mail link (`javascript:`,
 * `file:`, `app:`, data: …), which is never offered at all. The address is the parsed form: its
 * host is in ASCII (punycode), so a look-alike domain shows as what it is, and the host is named in
 * the question on its own, so `https://bank.example@other.example/` reads as other.example.
 */
export function externalLinkPrompt(url: string): ExternalLinkPrompt | null {
  if (!isExternalLink(url)) return null;
  const parsed = new URL(url);
  const address = parsed.href;
  const message =
    parsed.protocol === 'mailto:'
      ? 'Write an email with your mail program?'
      : `Open ${parsed.host} in your browser?`;
  return {
    address,
    options: {
      type: 'question',
      title: 'Open a link outside Liaison',
      message,
      // The full address, never shortened: it is what the user is agreeing to.
      detail: `The full address is:\n${address}`,
      buttons: ['Open', 'Cancel'],
      defaultId: CANCEL_BUTTON,
      cancelId: CANCEL_BUTTON,
      noLink: true,
    },
  };
}

export type ExternalLinkDeps = {
  /** Shows the prompt; true only when the user chose Open. */
  confirm(prompt: ExternalLinkPrompt): Promise<boolean>;
  /** Hands the address to the OS (shell.openExternal). */
  open(address: string): Promise<void>;
};

/**
 * Returns the function security.ts calls for every link that would leave the app. It resolves to
 * whether the address was opened. While one question is open, further links are dropped rather than
 * queued, so a page cannot stack up dialogs.
 */
export function createExternalLinkOpener(deps: ExternalLinkDeps): (url: string) => Promise<boolean> {
  let asking = false;
  return async (url) => {
    const prompt = externalLinkPrompt(url);
    if (prompt === null || asking) return false;
    asking = true;
    try {
      if (!(await deps.confirm(prompt))) return false;
      await deps.open(prompt.address);
      return true;
    } catch {
      // No browser or mail client registered, or the dialog failed: nothing the page could act on.
      return false;
    } finally {
      asking = false;
    }
  };
}
