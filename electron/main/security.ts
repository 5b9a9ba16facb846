import { shell, type BrowserWindow, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { isAppUrl, isBlockedRequestUrl, isExternalLink } from './app-protocol';

/**
 * Session-wide locks: no permission is ever granted (Liaison needs no camera, location,
 * notifications, USB…), and no request leaves for the network or the file system. The app is
 * offline and serves itself from app://, so anything else is either a bug or an injected page.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // No URL filter: matching every request and deciding by scheme here avoids relying on Chromium's
  // match-pattern syntax for schemes like file:, and keeps the rule in one testable function.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedRequestUrl(details.url) });
  });
}

/**
 * Per-WebContents locks, applied to every WebContents as it is created (app `web-contents-created`),
 * so DevTools and anything a bug might open get them too.
 */
export function hardenContents(contents: WebContents): void {
  // A click on an ordinary link would replace the app with the web page: keep the app, and hand
  // web and mail links to the user's own browser or mail client instead.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void openExternalLink(event.url);
  });
  // Subframes (the CSP forbids them anyway) and redirects must not leave the app either. The main
  // frame is left to will-navigate above, which is the one that offers the link to the browser.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  // window.open and target=_blank never create a second Electron window.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
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

async function openExternalLink(url: string): Promise<void> {
  if (!isExternalLink(url)) return;
  try {
    await shell.openExternal(url);
  } catch {
    // No browser or mail client registered: nothing useful to tell the renderer.
  }
}
