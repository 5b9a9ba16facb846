// Lint says what docs/architecture.md says: which folder may import what, and the few house rules a
// compiler cannot check. It is deliberately small: every rule here has a reason in the docs, so an
// error always means "this breaks a rule we agreed", never style noise.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { requireDisableReason } from './eslint-rules/require-disable-reason.js';

// ---- Import zones ---------------------------------------------------------------------------------
// Each ban is { paths, patterns } for `no-restricted-imports`. Regexes run on the import string as
// written; every import in this repository is relative or a bare package name, so a folder shows up
// in the string (`../../electron/main/…`, `../store`).

const ELECTRON_PACKAGE = {
  patterns: [
    {
      regex: '^electron(/.*)?$',
      message: 'Only the Electron shell (electron/main/{index,window,window-options,security,external-links,desktop-platform}.ts and the preload) imports electron; the core must also run under plain Node (CLI, browser mode, tests).',
    },
  ],
};

const ELECTRON_FOLDER = {
  patterns: [
    {
      regex: '(^|/)electron/',
      message: 'Import the contract from shared/ instead: nothing outside electron/ reaches into main or the preload.',
    },
  ],
};

const RENDERER_FOLDER = {
  patterns: [{ regex: '(^|/)renderer/', message: 'shared/ is used by both sides; it must not import the renderer.' }],
};

const NODE_BUILTINS = {
  patterns: [
    {
      regex: `^(node:.*|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/.*)?)$`,
      message: 'Node built-ins exist only in main: this code also runs in the browser.',
    },
  ],
};

const REACT = {
  patterns: [{ regex: '^(react|react-dom|zustand)(/.*)?$', message: 'shared/ holds rules and schemas, not UI: no React or store here.' }],
};

const STORE_AND_IPC = {
  patterns: [
    {
      regex: '^(\\.\\./)+(store|ipc)(/|$)',
      message: 'Components are props-only: the container in features/ reads the store and calls main, then passes props.',
    },
  ],
};

const SERVICES_FOLDER = {
  patterns: [
    {
      regex: '(^|/)services(/|$)',
      message: 'Exports are pure formatting and verification (the CLI verifies without a register): take data as arguments, or move the shared helper out of services/.',
    },
  ],
};

/** One `no-restricted-imports` setting from several bans (a later config would replace, not add). */
function restrictImports(...bans) {
  return {
    'no-restricted-imports': ['error', { patterns: bans.flatMap((ban) => ban.patterns) }],
  };
}

/** The files that are the Electron shell: everything else in electron/main is the plain-Node core. */
const ELECTRON_SHELL = [
  'electron/main/index.ts',
  'electron/main/window.ts',
  'electron/main/security.ts',
  'electron/main/desktop-platform.ts',
  // Plain data and functions over Electron's types, kept apart so they can be tested under Node.
  'electron/main/window-options.ts',
  'electron/main/external-links.ts',
];

// ---- Tests ---------------------------------------------------------------------------------------
const TEST_FUNCTIONS = '/^(describe|it|test|suite|bench)$/';
const focusedOrSkipped = (property, message) => ({
  selector: `MemberExpression[property.name='${property}']:matches([object.name=${TEST_FUNCTIONS}], [object.object.name=${TEST_FUNCTIONS}])`,
  message,
});

export default defineConfig(
  {
    ignores: ['dist/**', 'release/**', '.native/**', 'node_modules/**', 'test-results/**', 'coverage/**'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    // ESLint's recommended rules are bug catchers (unreachable code, duplicate keys, unsafe
    // finally…) and fire almost nowhere in this tree; typescript-eslint's eslintRecommended turns off
    // the ones TypeScript already checks (no-undef, no-redeclare…).
    extends: [js.configs.recommended, tseslint.configs.base, tseslint.configs.eslintRecommended],
    // Type information for no-floating-promises: an un-awaited write or `expect(…).rejects` passes
    // silently otherwise. It makes lint about as slow as `tsc`, which is the price of catching those.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { liaison: { rules: { 'require-disable-reason': requireDisableReason } } },
    rules: {
      'liaison/require-disable-reason': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-floating-promises': 'error',
      // `{ offset: _offset, ...rest }` drops a field on purpose; `catch {}` needs no name. The core
      // rule does not understand types, so the TypeScript one replaces it.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A default given before a try whose catch sets it again reads clearly; not worth a rewrite.
      'no-useless-assignment': 'off',
    },
  },

  // shared/ is the contract both sides load: zod and itself only.
  {
    files: ['shared/**/*.ts'],
    rules: restrictImports(ELECTRON_PACKAGE, ELECTRON_FOLDER, RENDERER_FOLDER, NODE_BUILTINS, REACT),
  },
  // The renderer talks to main only through the typed client; it never loads main's code.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/components/**'],
    rules: restrictImports(ELECTRON_PACKAGE, ELECTRON_FOLDER, NODE_BUILTINS),
  },
  {
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    rules: restrictImports(ELECTRON_PACKAGE, ELECTRON_FOLDER, NODE_BUILTINS, STORE_AND_IPC),
  },
  // The core (services, db, exports, files, ipc, server, cli) never needs Electron.
  {
    files: ['electron/main/**/*.ts'],
    ignores: [...ELECTRON_SHELL, 'electron/main/exports/**'],
    rules: restrictImports(ELECTRON_PACKAGE),
  },
  {
    files: ['electron/main/exports/**/*.ts'],
    rules: restrictImports(ELECTRON_PACKAGE, SERVICES_FOLDER),
  },

  // No focused tests ever; a skip needs a reason (`skipIf(condition)`, or a disable comment with `-- why`).
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        focusedOrSkipped('only', 'A focused test silently turns the rest of the suite off; remove `.only`.'),
        focusedOrSkipped('skip', 'A skipped test proves nothing: fix it, use `.skipIf(condition)`, or disable this line with `-- why`.'),
      ],
    },
  },
);
