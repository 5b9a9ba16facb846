import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config: the renderer build (loaded from file:// by Electron, hence the relative base) and the
// four test projects, split by environment like the code they test.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    root: '.',
    // A test's time limit is about hangs, not speed (speed lives in `npm run bench`): a busy 2-core CI
    // machine runs a jsdom page test or a 25 MiB document round trip past vitest's 5 s default.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', root: '.', environment: 'node', include: ['test/shared/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'main', root: '.', environment: 'node', include: ['test/main/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          root: '.',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
