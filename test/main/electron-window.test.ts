import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { APP_SCHEME } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/renderer-files';
import { APP_SCHEME_PRIVILEGED, mainWindowOptions, PDF_PARTITION, pdfWindowOptions } from '../../electron/main/window-options';

// Electron's security checklist, item by item, against the exact settings window.ts and
// desktop-platform.ts hand to Electron (Electron itself cannot run under Node).

const main = mainWindowOptions({ preloadPath: '/app/dist/preload/index.cjs', devTools: false });
const pdf = pdfWindowOptions({ label: 'pdf-session' } as unknown as Session);

describe.each([
  ['the main window', main],
  ['the PDF window', pdf],
])('%s', (_name, options) => {
  const prefs = options.webPreferences ?? {};

  it('runs its renderer sandboxed and context-isolated, with no Node in any frame or worker', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and never runs insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    // Turning off webSecurity or enabling experimental features would undo the same-origin policy.
    expect(prefs).not.toHaveProperty('experimentalFeatures', true);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has no <webview> and does not navigate on a dropped file or link', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });
});

describe('the main window', () => {
  it('loads only our bundled preload and shows DevTools only when asked (development builds)', () => {
    expect(main.webPreferences?.preload).toBe('/app/dist/preload/index.cjs');
    expect(main.webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: '/p.cjs', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until its first paint', () => {
    expect(main.show).toBe(false);
  });
});

describe('the PDF window', () => {
  it('runs no script, has no preload and no DevTools, in the session it is given', () => {
    const prefs = pdf.webPreferences ?? {};
    expect(prefs.javascript).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.devTools).toBe(false);
    expect(prefs.session).toEqual({ label: 'pdf-session' });
    expect(PDF_PARTITION).not.toBe('');
    // Not persist: — nothing the PDF window does is kept on disk.
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
  });
});

describe('the app:// scheme', () => {
  it('is a standard, secure scheme that does not bypass the CSP or host service workers', () => {
    expect(APP_SCHEME_PRIVILEGED.scheme).toBe(APP_SCHEME);
    const privileges = APP_SCHEME_PRIVILEGED.privileges ?? {};
    expect(privileges.standard).toBe(true);
    expect(privileges.secure).toBe(true);
    expect(privileges.bypassCSP).not.toBe(true);
    expect(privileges.allowServiceWorkers).not.toBe(true);
    expect(privileges.stream).not.toBe(true);
  });
});

/** `directive → sources`, as a browser would read the header. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe('the content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing unsafe: no unsafe-inline, unsafe-eval, unsafe-hashes or wasm-unsafe-eval anywhere', () => {
    expect(CONTENT_SECURITY_POLICY.toLowerCase()).not.toContain('unsafe-');
    for (const [name, sources] of csp) expect(sources, name).not.toContain('*');
  });

  it('starts from nothing and allows scripts, styles and requests only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('allows no plugins, frames, base rewriting or form posts, and cannot be framed', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // No frame-src or child-src: frames fall back to default-src 'none'.
    expect(csp.has('frame-src')).toBe(false);
    expect(csp.has('child-src')).toBe(false);
  });

  it('takes images and fonts only from the app or from data the app made', () => {
    for (const name of ['img-src', 'font-src']) {
      for (const source of csp.get(name) ?? []) expect(["'self'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
    }
  });
});
