import { useEffect, useRef } from 'react';
import { Toasts } from '../../components/toasts';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { ChainBanner } from './chain-banner';
import { ConfirmHost } from './confirm-host';
import { DocumentsBanner } from './documents-banner';
import { RouteView } from './route-view';
import { Sidebar } from './sidebar';
import { useChainEvents } from './use-chain-events';
import { useDbEvents } from './use-db-events';
import { useGlobalKeys } from './use-global-keys';

/** The shell: sidebar, the current page, notifications and the one confirm dialog. */
export function App() {
  const t = useT();
  const toasts = useAppStore((s) => s.toasts);
  const dismissToast = useAppStore((s) => s.dismissToast);
  const route = useAppStore((s) => s.route);
  const mainRef = useRef<HTMLElement>(null);
  useGlobalKeys();
  useDbEvents();
  useChainEvents();
  useEffect(() => {
    if (mainRef.current) mainRef.current.scrollTop = 0;
  }, [route]);
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <Sidebar />
      <main id="main" ref={mainRef} className="main" tabIndex={-1}>
        <ChainBanner />
        <DocumentsBanner />
        <RouteView />
      </main>
      <Toasts toasts={toasts} onDismiss={dismissToast} dismissLabel={t('common.dismiss')} />
      <ConfirmHost />
    </div>
  );
}
