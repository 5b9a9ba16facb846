import { render } from '@testing-library/react';
import { App } from '../../renderer/src/features/app/app';
import { startRouter } from '../../renderer/src/features/app/router';
import { onTestFinished } from 'vitest';

/** Renders the whole app at `hash`, the way main.tsx starts it. */
export function renderApp(hash: string) {
  window.location.hash = hash;
  const stop = startRouter();
  onTestFinished(stop);
  return render(<App />);
}
