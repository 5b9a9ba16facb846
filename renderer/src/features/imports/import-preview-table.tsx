import { useState } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { Pager } from '../../components/pager';
import { translateMessage, useLocale, useT } from '../../i18n';
import type { ImportColumn, ImportRowPreview } from '../../../../shared/models/import';
import { READING_COLUMNS, fieldReading } from './draft-reading';

const PAGE = 100;

export type ImportPreviewTableProps = {
  rows: readonly ImportRowPreview[];
  columns: readonly ImportColumn[];
};

const hasProblems = (row: ImportRowPreview) => row.problems.length > 0 || row.outcome === 'unreadable';

/**
 * Every row of the file, as it will be read: its result (created, already imported, cannot be read,
 * empty), what each field becomes, and every problem beside the row; the cells as written unfold.
 */
export function ImportPreviewTable({ rows, columns }: ImportPreviewTableProps) {
  const t = useT();
  const { ui } = useLocale();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const shown = problemsOnly ? rows.filter(hasProblems) : rows;
  const page = shown.slice(offset, offset + PAGE);
  const headerOf = (column: number | null) => (column === null ? null : (columns[column]?.header ?? null));
  return (
    <div className="import-preview">
      <CheckboxField
        label={t('imports.problemsOnly')}
        checked={problemsOnly}
        onChange={(checked) => {
          setProblemsOnly(checked);
          setOffset(0);
        }}
      />
      {shown.length === 0 ? (
        <p className="muted">{t('imports.noRows')}</p>
      ) : (
        <div className="table-scroll">
          <table className="simple-table import-table" aria-label={t('imports.table')}>
            <thead>
              <tr>
                <th scope="col">{t('imports.colRow')}</th>
                <th scope="col">{t('imports.colOutcome')}</th>
                {READING_COLUMNS.map((field) => (
                  <th scope="col" key={field}>
                    {t(`imports.field.${field}`)}
                  </th>
                ))}
                <th scope="col">{t('imports.colProblems')}</th>
              </tr>
            </thead>
            <tbody>
              {page.map((row) => {
                const worst = row.problems.some((p) => p.severity === 'error') ? 'error' : row.problems.length ? 'warning' : 'none';
                return (
                  <tr key={row.rowNumber} className={`import-row import-row--${row.outcome} import-row--${worst}`}>
                    <th scope="row" className="nowrap">
                      {row.rowNumber}
                    </th>
                    <td className="nowrap">
                      <span className={`badge import-outcome import-outcome--${row.outcome}`}>{t(`imports.outcome.${row.outcome}`)}</span>
                    </td>
                    {READING_COLUMNS.map((field) => (
                      <td key={field}>{row.draft ? fieldReading(t, row.draft, field) : ''}</td>
                    ))}
                    <td>
                      {row.problems.length ? (
                        <ul className="import-problems">
                          {row.problems.map((problem, i) => (
                            <li key={i} className={`import-problem import-problem--${problem.severity}`}>
                              <strong>{t(`imports.severity.${problem.severity}`)}</strong>{' '}
                              {headerOf(problem.column) ? <em>{headerOf(problem.column)}: </em> : null}
                              {translateMessage(ui, problem.key, problem.params, problem.message)}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {row.outcome !== 'empty' ? (
                        <details className="import-written">
                          <summary>{t('imports.asWritten')}</summary>
                          <dl>
                            {row.cells.map((cell, i) =>
                              cell.trim() ? (
                                <div key={i}>
                                  <dt>{columns[i]?.header}</dt>
                                  <dd>{cell}</dd>
                                </div>
                              ) : null,
                            )}
                          </dl>
                        </details>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > PAGE ? <Pager offset={offset} limit={PAGE} total={shown.length} onPage={setOffset} /> : null}
    </div>
  );
}
