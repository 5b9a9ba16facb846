import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The import zones in eslint.config.js are the architecture's rules; these cases make sure each
// zone still fires (and still lets the allowed imports through), so a typo in a glob or a regex
// cannot switch one off silently. Code is linted as if it lived at the given path; type-aware rules
// are switched off here because these files do not exist for the TypeScript project.

const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

// Loading the config and the TypeScript parser takes seconds on a busy two-core machine; do it once
// here, under a hook timeout that allows for it, so each case below measures only its own lint.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'shared/warm-up.ts') });
}, 60_000);

/** The rule ids that fire for `code` placed at `file`. */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('import zones', () => {
  it('keep shared/ free of main, the renderer, Node, Electron and React', async () => {
    const file = 'shared/models/probe.ts';
    expect(await problems(file, "export { openDatabase } from '../../electron/main/db/connection';\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { useT } from '../../renderer/src/i18n/index';\nexport const x = useT;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import fs from 'node:fs';\nexport const x = fs;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import path from 'path';\nexport const x = path;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { useState } from 'react';\nexport const x = useState;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { z } from 'zod';\nimport { Id } from './common';\nexport const x = z.object({ id: Id });\n")).toEqual([]);
  });

  it('keep the renderer away from main and Electron', async () => {
    const file = 'renderer/src/features/probe/probe-page.tsx';
    expect(await problems(file, "import type { Core } from '../../../../electron/main/core-types';\nexport type X = Core;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await problems(file, "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { send } from '../../ipc/client';\nimport { useStore } from '../../store/index';\nexport const x = [send, useStore];\n")).toEqual([]);
  });

  it('keep components props-only: no store, no IPC', async () => {
    const file = 'renderer/src/components/probe.tsx';
    expect(await problems(file, "import { useStore } from '../store/index';\nexport const x = useStore;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { send } from '../ipc/client';\nexport const x = send;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await problems(file, "import type { Channel } from '../../../shared/ipc/contract';\nexport type X = Channel;\n")).toEqual([]);
  });

  it('keep exports/ from services/, and the core from Electron', async () => {
    expect(
      await problems('electron/main/exports/probe.ts', "import { KeyService } from '../services/key-service';\nexport const x = KeyService;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await problems('electron/main/exports/probe.ts', "import { verifySignature } from '../crypto/public-keys';\nexport const x = verifySignature;\n"),
    ).toEqual([]);
    for (const file of ['electron/main/services/probe.ts', 'electron/main/db/probe.ts', 'electron/main/core.ts']) {
      expect(await problems(file, "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    }
    expect(await problems('electron/main/window.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
  });
});

describe('house rules', () => {
  it('refuse focused tests and unexplained skips', async () => {
    const file = 'test/main/probe.test.ts';
    const head = "import { describe, it } from 'vitest';\n";
    expect(await problems(file, `${head}it.only('a', () => {});\ndescribe('b', () => {});\n`)).toContain('no-restricted-syntax');
    expect(await problems(file, `${head}describe.skip('a', () => {});\nit('b', () => {});\n`)).toContain('no-restricted-syntax');
    expect(await problems(file, `${head}describe.concurrent.only('a', () => {});\nit('b', () => {});\n`)).toContain('no-restricted-syntax');
    expect(await problems(file, `${head}describe('a', () => {});\nit.skipIf(process.platform === 'win32')('b', () => {});\n`)).toEqual([]);
    expect(
      await problems(file, `${head}describe('a', () => {});\n// eslint-disable-next-line no-restricted-syntax -- needs a display\nit.skip('b', () => {});\n`),
    ).toEqual([]);
    expect(
      await problems(file, `${head}describe('a', () => {});\n// eslint-disable-next-line no-restricted-syntax\nit.skip('b', () => {});\n`),
    ).toContain('liaison/require-disable-reason');
  });

  it('want `type` over `interface`, and type-only imports marked', async () => {
    const file = 'shared/models/probe.ts';
    expect(await problems(file, 'export interface Probe { id: string }\n')).toContain('@typescript-eslint/consistent-type-definitions');
    expect(await problems(file, "import { Page } from './common';\nexport type Rows = Page<string>;\n")).toContain(
      '@typescript-eslint/consistent-type-imports',
    );
    expect(await problems(file, "import { type Page } from './common';\nexport type Rows = Page<string>;\n")).toEqual([]);
  });
});
