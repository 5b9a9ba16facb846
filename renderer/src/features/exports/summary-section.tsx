import { Section } from '../../components/section';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import { useAppStore } from '../../store';
import { ExportButtons } from '../common/export-buttons';

/** Exports the agreement as a summary signed with the office key, in the format asked for. */
export function SummarySection({ agreementId }: { agreementId: string }) {
  const t = useT();
  const invalidate = useAppStore((s) => s.invalidate);
  return (
    <Section title={t('summary.title')}>
      <p className="muted">{t('summary.body')}</p>
      <ExportButtons
        choices={[
          { format: 'pdf', label: t('summary.pdf') },
          { format: 'json', label: t('summary.json') },
          { format: 'markdown', label: t('summary.markdown') },
        ]}
        produce={(format) => send('exports:summary', { agreementId, format })}
        busyLabel={(format) => t(format === 'pdf' ? 'summary.busyPdf' : 'summary.busy')}
        // The export is in the agreement's history.
        saved={() => invalidate(['agreement'])}
      />
    </Section>
  );
}
