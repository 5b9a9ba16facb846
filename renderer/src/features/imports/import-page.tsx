import { useState } from 'react';
import { Button } from '../../components/button';
import { FileDropZone } from '../../components/file-drop-zone';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { Spinner } from '../../components/spinner';
import { formatBytes, useT } from '../../i18n';
import { isDesktop } from '../../ipc/client';
import { MAX_IMPORT_BYTES } from '../../../../shared/models/import';
import { ImportHistory } from './import-history';
import { ImportOptionsForm } from './import-options-form';
import { ImportPreviewTable } from './import-preview-table';
import { ImportResultNote } from './import-result-note';
import { MappingEditor } from './mapping-editor';
import { OrganisationDecisions } from './organisation-decisions';
import { useImportSession } from './use-import-session';

const ACCEPT = '.xlsx,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Import tool: choose a register file, see every row as it will be read, correct the column
 * mapping and the options, settle which partners are existing organisations, import with progress,
 * and undo past imports.
 */
export function ImportPage() {
  const t = useT();
  const desktop = isDesktop();
  const session = useImportSession();
  const { preview, busy, progress, result, problem, options } = session.state;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const read = () => {
    if (!file) return setFileError(t('imports.noFile'));
    if (file.size > MAX_IMPORT_BYTES) return setFileError(t('common.fileTooLarge', { size: '50 MB' }));
    void session.readFile(file);
  };

  const chooser = desktop ? (
    <>
      <p className="muted">{t('imports.pickHint')}</p>
      <Button variant="primary" onClick={() => void session.pick()} disabled={busy !== null}>
        {t('imports.choose')}
      </Button>
    </>
  ) : (
    <>
      <FileDropZone
        label={t('imports.file')}
        dropHint={t('common.dropHint')}
        hint={t('imports.fileHint')}
        accept={ACCEPT}
        error={fileError}
        disabled={busy !== null}
        rechoose
        onFile={(next) => {
          setFile(next);
          setFileError(undefined);
        }}
      />
      <Button variant="primary" onClick={read} disabled={busy !== null}>
        {t('imports.read')}
      </Button>
    </>
  );

  const counts = preview?.counts;
  const blocked = !options.homeOrganisation?.trim() ? t('imports.homeRequired') : counts?.undecided ? t('imports.undecided', { count: counts.undecided }) : null;

  return (
    <div className="page import-page">
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      {problem ? (
        <div className="form-summary" role="alert">
          {problem}
        </div>
      ) : null}
      {result ? <ImportResultNote result={result} onAnother={session.reset} /> : null}

      {!preview && !result ? (
        <Section title={t('imports.fileSection')}>
          {chooser}
          {busy === 'reading' ? <Spinner label={t('imports.reading')} inline /> : null}
        </Section>
      ) : null}

      {preview ? (
        <>
          <Section
            title={t('imports.fileSection')}
            actions={
              <Button size="small" onClick={session.reset} disabled={busy === 'saving'}>
                {t('imports.another')}
              </Button>
            }
          >
            <p>
              {t('imports.fileRead', { name: preview.file.name, size: formatBytes(preview.file.size) })}{' '}
              {preview.file.encoding ? t('imports.encoding', { encoding: preview.file.encoding }) : null}
            </p>
            {preview.earlier.map((earlier) => (
              <p key={earlier.id} className="muted" role="note">
                {earlier.undone
                  ? t('imports.earlierUndone', { date: earlier.at.slice(0, 10) })
                  : t('imports.earlier', { date: earlier.at.slice(0, 10), count: earlier.created })}
              </p>
            ))}
          </Section>
          <Section title={t('imports.settings')}>
            <ImportOptionsForm preview={preview} options={options} onChange={session.setOptions} disabled={busy === 'saving'} />
          </Section>
          <Section title={t('imports.mapping')}>
            <p className="muted">{t('imports.mappingHint')}</p>
            <MappingEditor columns={preview.columns} rows={preview.rows.slice(0, 20)} onChange={session.setField} disabled={busy === 'saving'} />
          </Section>
          {preview.organisations.some((o) => o.match === 'close') ? (
            <Section title={t('imports.organisations')}>
              <OrganisationDecisions matches={preview.organisations.filter((o) => o.match === 'close')} onDecide={session.decide} disabled={busy === 'saving'} />
            </Section>
          ) : null}
          <Section title={t('imports.preview')}>
            <p role="status">
              {t('imports.counts', {
                rows: preview.counts.rows,
                create: preview.counts.create,
                already: preview.counts.alreadyImported,
                unreadable: preview.counts.unreadable,
                empty: preview.counts.empty,
                orgs: preview.counts.newOrganisations,
              })}
            </p>
            <ImportPreviewTable rows={preview.rows} columns={preview.columns} />
          </Section>
          <div className="import-actions">
            {blocked ? <p className="muted">{blocked}</p> : null}
            <Button variant="primary" onClick={() => void session.commit()} disabled={busy !== null || blocked !== null || preview.counts.create === 0}>
              {t('imports.import', { count: preview.counts.create })}
            </Button>
            {busy === 'saving' ? (
              <div className="import-progress">
                <progress aria-label={t('imports.progress')} max={progress?.total || 1} value={progress?.phase === 'saving' ? progress.done : 0} />
                <span role="status">
                  {progress?.phase === 'saving' ? t('imports.saving', { done: progress.done, total: progress.total }) : t('imports.checking')}
                </span>
              </div>
            ) : null}
          </div>
        </>
      ) : null}

      <ImportHistory />
    </div>
  );
}
