import { useState } from 'react';
import { Button } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { useT, type MessageKey } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import type { PARTNER_REPORT_FORMATS } from '../../../../shared/models/partner';
import { notifyError, notifySuccess } from '../common/notify';
import { saveFile } from '../common/save-file';

type Format = (typeof PARTNER_REPORT_FORMATS)[number];

const BUTTONS: ReadonlyArray<{ format: Format; label: MessageKey }> = [
  { format: 'pdf', label: 'partner.reportPdf' },
  { format: 'markdown', label: 'partner.reportMarkdown' },
];

/** The one-page partner report, to send before a visit. */
export function PartnerReportButtons({ organisationId }: { organisationId: string }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  const [busy, setBusy] = useState<Format | null>(null);
  const exportAs = async (format: Format) => {
    setBusy(format);
    try {
      const file = await send('partners:report', { organisationId, format });
      saveFile(file);
      notifySuccess(t('common.savedFile', { fileName: file.fileName }));
      invalidate(['organisation']); // the export is in the organisation's history
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="button-row" aria-busy={busy !== null || undefined}>
      {BUTTONS.map((button) => (
        <Button key={button.format} size="small" disabled={busy !== null} onClick={() => void exportAs(button.format)}>
          {t(button.label)}
        </Button>
      ))}
      {busy ? <Spinner label={t(busy === 'pdf' ? 'partner.reportBusyPdf' : 'partner.reportBusy')} inline /> : null}
    </div>
  );
}
