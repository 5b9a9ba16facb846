import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, dialog, safeStorage, session, shell, type Session } from 'electron';
import { AppError } from '../../shared/errors';
import { MAX_DOCUMENT_BYTES } from '../../shared/models/document';
import type { PlatformHooks } from './core-types';
import { createExternalLinkOpener, OPEN_BUTTON } from './external-links';
import { hardenSession } from './security';
import { fileProtector } from './services/key-service';
import { PDF_PARTITION, pdfWindowOptions } from './window-options';

const OPENABLE = [{ name: 'Agreements (PDF, Word, scans)', extensions: ['pdf', 'docx', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] }];

/**
 * What the desktop app adds to the core: the open dialog, the OS viewer, printToPDF and the OS
 * keychain. Each is a small function over Electron's API; the rules stay in the core.
 */
export function desktopPlatform(getWindow: () => BrowserWindow | null): PlatformHooks {
  return {
    async pickFile(request = { filters: OPENABLE, maxBytes: MAX_DOCUMENT_BYTES }) {
      const window = getWindow();
      const options = { properties: ['openFile' as const], filters: request.filters };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (result.canceled || result.filePaths.length === 0) return null;
      const file = result.filePaths[0];
      // Refuse an oversized file before reading it into memory.
      if ((await fs.promises.stat(file)).size > request.maxBytes) {
        throw new AppError('VALIDATION', 'file.tooLarge', { mib: request.maxBytes / 1024 / 1024 });
      }
      return { fileName: path.basename(file), bytes: await fs.promises.readFile(file) };
    },

    async openFile(fileName, bytes) {
      // The OS viewer gets a read-only copy under our temp folder, never the content-addressed original.
      const dir = fs.mkdtempSync(path.join(app.getPath('temp'), 'liaison-open-'));
      const file = path.join(dir, fileName);
      fs.writeFileSync(file, bytes, { mode: 0o400 });
      const error = await shell.openPath(file);
      if (error) throw new Error(error);
    },

    async renderPdf(html) {
      // A hidden, sandboxed window in its own session: no preload, no network, no access to ours.
      const window = new BrowserWindow(pdfWindowOptions(pdfSession()));
      try {
        await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
        return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
      } finally {
        window.destroy();
      }
    },

    keyProtector: safeStorage.isEncryptionAvailable()
      ? {
          kind: 'os-keychain',
          seal: (pem) => safeStorage.encryptString(pem),
          open: (sealed) => safeStorage.decryptString(sealed),
        }
      : fileProtector,
  };
}

let pdfSessionHardened = false;

/** The PDF window's own session, with the same locks as the app's (no permissions, no network). */
function pdfSession(): Session {
  const ses = session.fromPartition(PDF_PARTITION);
  if (!pdfSessionHardened) {
    hardenSession(ses);
    pdfSessionHardened = true;
  }
  return ses;
}

/** Links leaving the app: the question is asked over our window, and only a yes opens the address. */
export function externalLinkOpener(getWindow: () => BrowserWindow | null): (url: string) => Promise<boolean> {
  return createExternalLinkOpener({
    async confirm(prompt) {
      const window = getWindow();
      const answer = window && !window.isDestroyed() ? await dialog.showMessageBox(window, prompt.options) : await dialog.showMessageBox(prompt.options);
      return answer.response === OPEN_BUTTON;
    },
    open: (address) => shell.openExternal(address),
  });
}
