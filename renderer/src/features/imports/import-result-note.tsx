import { Button } from '../../components/button';
import { Section } from '../../components/section';
import { useT } from '../../i18n';
import type { ImportResult } from '../../../../shared/models/import';

/** "37 agreements created, 2 rows skipped: already imported", and where to go next. */
export function ImportResultNote({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const t = useT();
  const skipped = [
    result.alreadyImported ? t('imports.resultAlready', { count: result.alreadyImported }) : null,
    result.unreadable ? t('imports.resultUnreadable', { count: result.unreadable }) : null,
    result.empty ? t('imports.resultEmpty', { count: result.empty }) : null,
  ].filter(Boolean);
  const made = [
    t('imports.resultCreated', { count: result.created }),
    result.organisationsCreated ? t('imports.resultOrganisations', { count: result.organisationsCreated }) : null,
  ].filter(Boolean);
  return (
    <Section title={t('imports.result')} actions={<Button onClick={onAnother}>{t('imports.another')}</Button>}>
      <p role="status" className="import-result">
        {result.importId === null ? t('imports.nothingChanged', { details: skipped.join(', ') }) : `${[...made, ...skipped].join(', ')}.`}
      </p>
      {result.created ? <a href="#/agreements">{t('imports.seeAgreements')}</a> : null}
    </Section>
  );
}
