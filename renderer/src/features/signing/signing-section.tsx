import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import type { AgreementDetail } from '../../../../shared/models/agreement';
import type { RecordDocument } from '../../../../shared/models/document';
import type { SigningRecord } from '../../../../shared/models/signing';
import { SigningDialog } from './signing-dialog';
import { SigningTable, type VersionName } from './signing-table';

export type SigningSectionProps = {
  agreement: AgreementDetail;
  /** Undefined while they load. */
  documents: readonly RecordDocument[] | undefined;
  records: readonly SigningRecord[] | undefined;
  loading: boolean;
};

type Dialog = { correcting?: SigningRecord };

/** Who signed which document version for which party, when and where; corrections, never edits. */
export function SigningSection({ agreement, documents, records, loading }: SigningSectionProps) {
  const t = useT();
  const reasonId = useId();
  const invalidate = useAppStore((s) => s.invalidate);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const versions = useMemo(() => {
    const map = new Map<string, VersionName>();
    for (const doc of documents ?? []) for (const v of doc.versions) map.set(v.id, { fileName: v.fileName, version: v.version });
    return map;
  }, [documents]);
  const noDocuments = documents !== undefined && documents.length === 0;

  const recordButton = (
    <div className="section__action-with-reason">
      <Button
        variant="primary"
        disabled={documents === undefined || noDocuments}
        aria-describedby={noDocuments ? reasonId : undefined}
        onClick={() => setDialog({})}
      >
        {t('signing.record')}
      </Button>
      {noDocuments ? (
        <span id={reasonId} className="status-action__reason">
          {t('signing.needsDocument')}
        </span>
      ) : null}
    </div>
  );

  return (
    <Section title={t('signing.title')} actions={recordButton}>
      {!records && loading ? <Spinner label={t('common.loading')} inline /> : null}
      {records && records.length === 0 ? <p className="muted">{t('signing.empty')}</p> : null}
      {records && records.length > 0 ? (
        <>
          <SigningTable records={records} versions={versions} onCorrect={(record) => setDialog({ correcting: record })} />
          <p className="muted hint-line">{t('signing.neverEdited')}</p>
        </>
      ) : null}
      {dialog && documents ? (
        <SigningDialog
          agreement={agreement}
          documents={documents}
          correcting={dialog.correcting}
          onDone={() => {
            setDialog(null);
            invalidate(['signing']);
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </Section>
  );
}
