import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setBridge } from '../../renderer/src/ipc/client';
import { resetStore } from '../../renderer/src/store';

afterEach(() => {
  cleanup();
  setBridge(null);
  resetStore();
  window.location.hash = '';
});
