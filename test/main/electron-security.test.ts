import type { BrowserWindow, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  filterRequest,
  guardFrameNavigation,
  guardNavigation,
  guardRedirect,
  hardenContents,
  hardenSession,
  isTrustedSender,
  refuseWebview,
} from '../../electron/main/security';

// The session and WebContents locks and the IPC sender check, with the event objects Electron
// would pass. Electron cannot run here, so the one stand-in is a recorder for the handlers
// hardenSession/hardenContents install; every decision is the real function's.

type Handler = (...args: never[]) => unknown;

/** Records what hardenContents / hardenSession install, so a test can fire the events. */
function recorder() {
  const handlers = new Map<string, Handler>();
  const set = (name: string) => (handler: Handler) => void handlers.set(name, handler);
  const object = {
    on: (event: string, handler: Handler) => void handlers.set(event, handler),
    setWindowOpenHandler: set('window-open'),
    setPermissionRequestHandler: set('permission-request'),
    setPermissionCheckHandler: set('permission-check'),
    setDevicePermissionHandler: set('device-permission'),
    webRequest: { onBeforeRequest: set('before-request') },
  };
  const fire = (name: string, ...args: unknown[]): unknown => {
    const handler = handlers.get(name);
    if (!handler) throw new Error(`no handler installed for ${name}`);
    return (handler as (...a: unknown[]) => unknown)(...args);
  };
  return { object, handlers, fire };
}

function navigation(url: string, isMainFrame = true) {
  const event = { url, isMainFrame, prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

function linkLog() {
  const offered: string[] = [];
  return { offered, openLink: async (url: string) => void offered.push(url) };
}

describe('session locks', () => {
  it('refuse every permission request, check and device permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      denyPermissionRequest(null, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });

  it('cancel requests to the network and the file system, and let app:// and data the page made through', () => {
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      filterRequest({ url }, (response) => (result = response.cancel));
      return result;
    };
    for (const url of ['https://example.org/x.js', 'http://127.0.0.1:8080/', 'wss://example.org/', 'ftp://example.org/f', 'file:///etc/passwd']) {
      expect(cancelled(url), url).toBe(true);
    }
    for (const url of ['app://liaison/assets/app.js', 'data:image/png;base64,AAAA', 'blob:app://liaison/1234']) {
      expect(cancelled(url), url).toBe(false);
    }
  });

  it('are all installed on the session', () => {
    const session = recorder();
    hardenSession(session.object as unknown as Session);
    expect([...session.handlers.keys()].sort()).toEqual(['before-request', 'device-permission', 'permission-check', 'permission-request']);
    let granted: boolean | undefined;
    session.fire('permission-request', {}, 'media', (answer: boolean) => (granted = answer), {});
    expect(granted).toBe(false);
    expect(session.fire('permission-check', {}, 'media', 'app://liaison', {})).toBe(false);
    expect(session.fire('device-permission', { deviceType: 'usb', origin: 'app://liaison' })).toBe(false);
    let cancel: boolean | undefined;
    session.fire('before-request', { url: 'https://example.org/' }, (response: { cancel: boolean }) => (cancel = response.cancel));
    expect(cancel).toBe(true);
  });
});

describe('navigation locks', () => {
  it('keep the main frame in the app and offer a followed web or mail link to the user instead', () => {
    const { offered, openLink } = linkLog();
    const inside = navigation('app://liaison/index.html#/agreements');
    guardNavigation(inside, openLink);
    expect(inside.prevented).toBe(false);

    for (const url of ['https://example.org/', 'mailto:office@example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/index.html']) {
      const away = navigation(url);
      guardNavigation(away, openLink);
      expect(away.prevented, url).toBe(true);
    }
    // The opener decides what may be offered (external-links.ts); the lock only hands the link over.
    expect(offered).toContain('https://example.org/');
  });

  it('keep subframes in the app and never follow a redirect away from it', () => {
    const sub = navigation('https://example.org/', false);
    guardFrameNavigation(sub);
    expect(sub.prevented).toBe(true);
    const subInside = navigation('app://liaison/index.html', false);
    guardFrameNavigation(subInside);
    expect(subInside.prevented).toBe(false);
    // The main frame is will-navigate's (which offers the link); will-frame-navigate leaves it alone.
    const mainFrame = navigation('https://example.org/', true);
    guardFrameNavigation(mainFrame);
    expect(mainFrame.prevented).toBe(false);

    const redirect = navigation('https://example.org/');
    guardRedirect(redirect);
    expect(redirect.prevented).toBe(true);
    const redirectInside = navigation('app://liaison/index.html');
    guardRedirect(redirectInside);
    expect(redirectInside.prevented).toBe(false);
  });

  it('deny window.open, offering the link to the user, and refuse webviews', () => {
    const { offered, openLink } = linkLog();
    expect(denyWindowOpen({ url: 'https://example.org/' }, openLink)).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'app://liaison/index.html' }, openLink)).toEqual({ action: 'deny' });
    expect(offered).toEqual(['https://example.org/', 'app://liaison/index.html']);
    const attach = navigation('about:blank');
    refuseWebview(attach);
    expect(attach.prevented).toBe(true);
  });

  it('are all installed on every WebContents', () => {
    const { offered, openLink } = linkLog();
    const contents = recorder();
    hardenContents(contents.object as unknown as WebContents, openLink);
    expect([...contents.handlers.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect', 'window-open']);

    const away = navigation('https://example.org/');
    contents.fire('will-navigate', away);
    expect(away.prevented).toBe(true);
    const sub = navigation('https://example.org/', false);
    contents.fire('will-frame-navigate', sub);
    expect(sub.prevented).toBe(true);
    const redirect = navigation('file:///etc/passwd');
    contents.fire('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);
    expect(contents.fire('window-open', { url: 'https://example.org/new' })).toEqual({ action: 'deny' });
    const webview = navigation('about:blank');
    contents.fire('will-attach-webview', webview, {}, {});
    expect(webview.prevented).toBe(true);
    expect(offered).toEqual(['https://example.org/', 'https://example.org/new']);
  });
});

describe('the IPC sender check', () => {
  const MAIN = { processId: 7, routingId: 1 };
  const window = (overrides: { destroyed?: boolean } = {}) =>
    ({ isDestroyed: () => overrides.destroyed ?? false, webContents: { id: 3, mainFrame: { ...MAIN } } }) as unknown as BrowserWindow;
  const call = (sender: { id?: number; frame?: Record<string, unknown> | null } = {}) =>
    ({
      sender: { id: sender.id ?? 3 },
      senderFrame:
        sender.frame === null ? null : { ...MAIN, url: 'app://liaison/index.html#/agreements', parent: null, detached: false, ...sender.frame },
    }) as unknown as IpcMainInvokeEvent;

  it('accepts the main frame of our window showing our own page', () => {
    expect(isTrustedSender(call(), window())).toBe(true);
  });

  it('refuses other windows, subframes, detached frames and pages that are not ours', () => {
    expect(isTrustedSender(call({ id: 4 }), window()), 'another WebContents').toBe(false);
    expect(isTrustedSender(call({ frame: { parent: { ...MAIN } } }), window()), 'a subframe').toBe(false);
    expect(isTrustedSender(call({ frame: { routingId: 2 } }), window()), 'another frame').toBe(false);
    expect(isTrustedSender(call({ frame: { processId: 8 } }), window()), 'another process').toBe(false);
    expect(isTrustedSender(call({ frame: { detached: true } }), window()), 'a detached frame').toBe(false);
    expect(isTrustedSender(call({ frame: null }), window()), 'a frame already gone').toBe(false);
    for (const url of ['https://example.org/', 'file:///tmp/page.html', 'app://other/index.html', 'devtools://devtools/bundled/index.html']) {
      expect(isTrustedSender(call({ frame: { url } }), window()), url).toBe(false);
    }
  });

  it('refuses every call while there is no window', () => {
    expect(isTrustedSender(call(), null)).toBe(false);
    expect(isTrustedSender(call(), window({ destroyed: true }))).toBe(false);
  });
});
