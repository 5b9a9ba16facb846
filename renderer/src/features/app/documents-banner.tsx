import { useEffect, useState } from 'react';
import type { DocumentHealth } from '../../../../shared/models/document-health';
import { AlertBanner } from '../../components/alert-banner';
import { useT } from '../../i18n';
import { listen, send } from '../../ipc/client';
import { RECORD_TYPES } from '../record-types';

/** How many file names the banner names before it says "and N more". */
const NAMED = 3;

/**
 * Shown while stored documents are known to be changed or missing on disk: main checks them in the
 * background at start and on a schedule. Asked again whenever documents change, so re-attaching the
 * genuine file (which repairs the stored copy) clears it.
 */
export function DocumentsBanner() {
  const t = useT();
  const [health, setHealth] = useState<DocumentHealth | null>(null);

  useEffect(() => {
    let live = true;
    const ask = () =>
      send('documents:health', {}).then(
        (answer) => {
          if (live) setHealth(answer);
        },
        () => undefined, // Quiet: opening a document reports the same damage with its own sentence.
      );
    void ask();
    const stops: Array<() => void> = [];
    try {
      stops.push(listen('documents:damaged', (answer) => setHealth(answer)));
      stops.push(listen('db:changed', ({ entity }) => {
        if (entity === 'document') void ask();
      }));
    } catch {
      // No event bridge (a test page): the first answer is all there is.
    }
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, []);

  const damaged = health?.damaged ?? [];
  if (damaged.length === 0) return null;
  const versions = damaged.flatMap((entry) => entry.versions);
  const names = [...new Set(versions.map((v) => v.fileName))];
  const first = versions[0];
  const area = RECORD_TYPES.find((type) => type.entity === first?.owner.kind)?.area;
  return (
    <AlertBanner
      title={t(damaged.length === 1 ? 'documents.damagedTitleOne' : 'documents.damagedTitle', { count: damaged.length })}
      action={area && first ? <a href={`#/${area}/${encodeURIComponent(first.owner.id)}`}>{t('documents.damagedAction')}</a> : null}
    >
      {t('documents.damagedBody', {
        names: names.slice(0, NAMED).join(', ') + (names.length > NAMED ? ` ${t('documents.damagedMore', { count: names.length - NAMED })}` : ''),
      })}
    </AlertBanner>
  );
}
