import { useState } from 'react';
import { Button } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { notifyError, notifySuccess } from '../common/notify';
import { useBusyAction } from '../common/use-busy-action';
import { useLoad } from '../common/use-load';

/** First run: offer the demo data while the register is empty. */
export function DemoCard() {
  const t = useT();
  const invalidateAll = useAppStore((s) => s.invalidateAll);
  const status = useLoad(() => send('demo:status', {}), 'demo-status', {
    quiet: true,
    // Offered only while the register is empty.
    reads: ['agreement', 'organisation', 'person'],
  });
  const { busy, run } = useBusyAction();
  const [hidden, setHidden] = useState(false);

  if (hidden || !status.data || !(status.data.empty && status.data.offered)) return null;

  const load = () =>
    run(async () => {
      const result = await send('demo:load', {});
      notifySuccess(t('demo.loaded', result));
      setHidden(true);
      // Every kind of record arrived at once.
      invalidateAll();
    });

  const dismiss = async () => {
    try {
      await send('demo:dismiss', {});
      setHidden(true);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <section className="card card--offer" aria-labelledby="demo-title">
      <h2 id="demo-title" className="card__title">
        {t('demo.title')}
      </h2>
      <p>{t('demo.body')}</p>
      {busy ? (
        <Spinner label={t('demo.loading')} />
      ) : (
        <div className="button-row">
          <Button variant="primary" onClick={load}>
            {t('demo.load')}
          </Button>
          <Button onClick={dismiss}>{t('demo.dismiss')}</Button>
        </div>
      )}
    </section>
  );
}
