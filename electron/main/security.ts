import type {
  BrowserWindow,
  HandlerDetails,
  IpcMainInvokeEvent,
  OnBeforeRequestListenerDetails,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { isAppUrl, isBlockedRequestUrl } from './app-protocol';

// Only types come from electron here: each lock is a plain function over the event objects Electron
// passes, so test/main/electron-security.test.ts can call them under Node. hardenSession and
// hardenContents only wire them up.

/** Liaison needs no camera, location, notifications, USB…: every permission request is refused. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Synchronous permission checks (e.g. `navigator.permissions.query`) are refused the same way. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * No request leaves for the network or the file system. The app is offline and serves itself from
 * app://, so anything else is either a bug or an injected page.
 */
export function filterRequest(details: Pick<OnBeforeRequestListenerDetails, 'url'>, callback: (response: { cancel: boolean }) => void): void {
  callback({ cancel: isBlockedRequestUrl(details.url) });
}

/** Session-wide locks, for the app's session and the PDF window's. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyPermissionCheck);
  // No URL filter: matching every request and deciding by scheme here avoids relying on Chromium's
  // match-pattern syntax for schemes like file:, and keeps the rule in one testable function.
  ses.webRequest.onBeforeRequest(filterRequest);
}

/** What hardenContents does with a link the user followed: ask first, then hand it to the OS (external-links.ts). */
export type OpenExternalLink = (url: string) => Promise<unknown>;

type NavigationEvent = { url: string; isMainFrame?: boolean; preventDefault(): void };

/**
 * A click on an ordinary link would replace the app with the web page: keep the app, and offer web
 * and mail links to the user's own browser or mail client instead.
 */
export function guardNavigation(event: NavigationEvent, openLink: OpenExternalLink): void {
  if (isAppUrl(event.url)) return;
  event.preventDefault();
  void openLink(event.url);
}

/**
 * Subframes (the CSP forbids them anyway) must not leave the app either. The main frame is left to
 * guardNavigation (will-navigate), the one that offers the link to the browser.
 */
export function guardFrameNavigation(event: NavigationEvent): void {
  if (event.isMainFrame !== true && !isAppUrl(event.url)) event.preventDefault();
}

/** A redirect away from app:// is never followed. */
export function guardRedirect(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** window.open and target=_blank never create a second Electron window; the link is offered to the browser. */
export function denyWindowOpen(details: Pick<HandlerDetails, 'url'>, openLink: OpenExternalLink): WindowOpenHandlerResponse {
  void openLink(details.url);
  return { action: 'deny' };
}

/** `<webview>` is off in webPreferences; this refuses one even if a setting ever slips. */
export function refuseWebview(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/**
 * Per-WebContents locks, applied to every WebContents as it is created (app `web-contents-created`),
 * so DevTools, the PDF window and anything a bug might open get them too.
 */
export function hardenContents(contents: WebContents, openLink: OpenExternalLink): void {
  contents.on('will-navigate', (event) => guardNavigation(event, openLink));
  contents.on('will-frame-navigate', (event) => guardFrameNavigation(event));
  contents.on('will-redirect', (event) => guardRedirect(event));
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, openLink));
  contents.on('will-attach-webview', (event) => refuseWebview(event));
}

/**
 * The IPC gate (VS Code's validatedIpcMain): only the main frame of our own window, showing our own
 * app:// page, may call main. Subframes, other windows, DevTools and pages that navigated elsewhere
 * are refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (window === null || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender.id !== contents.id) return false;

  const frame = event.senderFrame;
  if (frame === null || frame.detached || frame.parent !== null) return false;
  // Distinct WebFrameMain objects may wrap the same frame, so compare ids rather than identity.
  const mainFrame = contents.mainFrame;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return isAppUrl(frame.url);
}
