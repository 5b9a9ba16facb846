import { useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT, type MessageKey } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { SUMMARY_FORMATS } from '../../../../shared/models/export';
import { notifyError, notifySuccess } from '../common/notify';
import { saveFile } from '../common/save-file';

type Format = (typeof SUMMARY_FORMATS)[number];

const BUTTONS: ReadonlyArray<{ format: Format; label: MessageKey }> = [
  { format: 'pdf', label: 'summary.pdf' },
  { format: 'json', label: 'summary.json' },
  { format: 'markdown', label: 'summary.markdown' },
];

/** Exports the agreement as a summary signed with the office key, in the format asked for. */
export function SummarySection({ agreementId }: { agreementId: string }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const [busy, setBusy] = useState<Format | null>(null);

  const exportAs = async (format: Format) => {
    setBusy(format);
    try {
      const file = await send('exports:summary', { agreementId, format });
      saveFile(file);
      notifySuccess(t('common.savedFile', { fileName: file.fileName }));
      invalidate(['agreement']); // the export is in the agreement's history
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section title={t('summary.title')}>
      <p className="muted">{t('summary.body')}</p>
      <div className="button-row" aria-busy={busy !== null || undefined}>
        {BUTTONS.map((button) => (
          <Button key={button.format} disabled={busy !== null} onClick={() => exportAs(button.format)}>
            {t(button.label)}
          </Button>
        ))}
        {busy ? <Spinner label={t(busy === 'pdf' ? 'summary.busyPdf' : 'summary.busy')} inline /> : null}
      </div>
    </Section>
  );
}
