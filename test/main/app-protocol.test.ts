import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppFileHandler, isAppUrl, isBlockedRequestUrl, isExternalLink, resolveAppFile } from '../../electron/main/app-protocol';
import { tempDir } from './fixtures';

function rendererDir(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Liaison</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  return root;
}

describe('app:// protocol (desktop renderer)', () => {
  it('serves files of the built renderer with the content policy', async () => {
    const root = rendererDir();
    const handle = createAppFileHandler(root);
    const js = await handle(new Request('app://liaison/assets/app.js'));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await handle(new Request('app://liaison/'))).text()).toContain('<title>Liaison</title>');
  });

  it('never reads outside the renderer folder, nor for another host', async () => {
    const root = rendererDir();
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
    const handle = createAppFileHandler(root);
    for (const url of ['app://liaison/../secret.txt', 'app://liaison/%2e%2e/secret.txt', 'app://liaison/..%2fsecret.txt', 'app://liaison/%00']) {
      const file = resolveAppFile(root, url);
      // The URL parser folds plain dot segments away; whatever is left must stay inside the folder.
      if (file !== null) expect(file.startsWith(root + path.sep), url).toBe(true);
      const response = await handle(new Request(url));
      expect(await response.text(), url).not.toContain('secret');
    }
    expect(resolveAppFile(root, 'app://liaison/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect((await handle(new Request('app://liaison/index.html', { method: 'POST' }))).status).toBe(405);
  });

  it('tells our own pages, blocked requests and external links apart', () => {
    expect(isAppUrl('app://liaison/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isBlockedRequestUrl('https://example.org/track.js')).toBe(true);
    expect(isBlockedRequestUrl('file:///etc/passwd')).toBe(true);
    expect(isBlockedRequestUrl('app://liaison/assets/app.js')).toBe(false);
    expect(isExternalLink('mailto:office@example.org')).toBe(true);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
  });
});
