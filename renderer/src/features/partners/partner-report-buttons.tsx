import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { ExportButtons } from '../common/export-buttons';

/** The one-page partner report, to send before a visit. */
export function PartnerReportButtons({ organisationId }: { organisationId: string }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  return (
    <ExportButtons
      size="small"
      choices={[
        { format: 'pdf', label: t('partner.reportPdf') },
        { format: 'markdown', label: t('partner.reportMarkdown') },
      ]}
      produce={(format) => send('partners:report', { organisationId, format })}
      busyLabel={(format) => t(format === 'pdf' ? 'partner.reportBusyPdf' : 'partner.reportBusy')}
      // The export is in the organisation's history.
      saved={() => invalidate(['organisation'])}
    />
  );
}
