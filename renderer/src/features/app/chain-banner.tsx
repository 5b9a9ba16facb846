import { AlertBanner } from '../../components/alert-banner';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';

/** Shown for as long as the signing-record chain is known to be broken. */
export function ChainBanner() {
  const t = useT();
  const broken = useAppStore((s) => s.brokenChain);
  const route = useAppStore((s) => s.route);
  if (!broken) return null;
  return (
    <AlertBanner
      title={t('chain.bannerTitle')}
      action={route.view === 'verify' ? null : <a href="#/verify">{t('chain.bannerAction')}</a>}
    >
      {t('chain.bannerBody', { seq: broken.seq, reason: broken.reason })}
    </AlertBanner>
  );
}
