import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

// The fuses are flipped in the packaged Electron binary by electron-builder, from
// electron-builder.yml. This reads that file and runs it through electron-builder's own translation
// to the fuse wire (the exact object it hands @electron/fuses), then checks every fuse Electron has.

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};

const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown> };

/** What each fuse must be, and why in a word. A fuse missing here fails the completeness test. */
const REQUIRED: Record<keyof typeof FuseV1Options, boolean> = {
  RunAsNode: false, // no ELECTRON_RUN_AS_NODE: the app is never a plain Node
  EnableCookieEncryption: true, // network state on disk encrypted with the keychain's key
  EnableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS cannot inject code
  EnableNodeCliInspectArguments: false, // --inspect cannot attach a debugger
  EnableEmbeddedAsarIntegrityValidation: true, // an edited app.asar does not load
  OnlyLoadAppFromAsar: true, // no loose app/ folder beside it
  LoadBrowserProcessSpecificV8Snapshot: false, // no second snapshot file to swap
  GrantFileProtocolExtraPrivileges: false, // file: pages get no extra powers
};

const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))) as Array<keyof typeof FuseV1Options>;

describe('Electron fuses in electron-builder.yml', () => {
  it('names every fuse this Electron toolchain knows, so none is left at its default', () => {
    expect(fuseNames.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(REQUIRED).sort()).toEqual([...fuseNames].sort());
    const fuses = config.electronFuses ?? {};
    for (const name of fuseNames) {
      const key = name[0].toLowerCase() + name.slice(1);
      expect(fuses, `electronFuses.${key}`).toHaveProperty(key);
    }
  });

  it('sets each one to the secure value in what electron-builder writes to the binary', async () => {
    const wire = await PlatformPackager.prototype.generateFuseConfig(config.electronFuses);
    for (const name of fuseNames) {
      expect(wire[FuseV1Options[name]], name).toBe(REQUIRED[name]);
    }
  });

  it('spells every key the way electron-builder reads it (a typo would be ignored, not refused)', () => {
    const scheme = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(config.electronFuses ?? {})) expect(known, key).toContain(key);
  });

  it('packs the app into an asar, which integrity validation and asar-only loading rely on', () => {
    expect((config as { asar?: unknown }).asar).toBe(true);
  });
});
