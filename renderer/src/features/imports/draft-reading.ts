import { countryName } from '../../../../shared/countries';
import { formatDuration } from '../../../../shared/duration';
import type { DateReading, ImportDraft, StatusReading, TermReading } from '../../../../shared/models/import';
import { describeWrittenDate } from '../../../../shared/written-date';
import { formatDate, getLocale, type Translate } from '../../i18n';
import { agreementKindKey, statusKey } from '../../i18n/labels';

/**
 * How the preview shows what a row was read as, in the user's language: dates at the precision
 * they were written with ("September 2019 (month only)", never a made-up day), terms by kind.
 */

export function dateReading(t: Translate, date: DateReading | null): string {
  if (!date) return '';
  if (date.precision === 'day') return formatDate(date.iso);
  return t(date.precision === 'month' ? 'imports.month' : 'imports.year', { date: describeWrittenDate(date) });
}

export function termReading(t: Translate, term: TermReading | null): string {
  if (!term) return '';
  switch (term.kind) {
    case 'fixed':
      return t('imports.term.fixed', { length: formatDuration(term.months ?? 0) });
    case 'auto_renewing':
      return t('imports.term.auto_renewing', { period: term.periodMonths ? t('imports.term.autoPeriod', { length: formatDuration(term.periodMonths) }) : '' });
    case 'open_ended':
      return t('imports.term.open_ended');
    case 'period':
      return t('imports.term.period', { from: dateReading(t, term.from), to: dateReading(t, term.to) });
    case 'unknown':
      return t('imports.term.unknown', { text: term.text });
  }
}

export function statusReading(t: Translate, status: StatusReading | null): string {
  if (!status) return '';
  const word = t(`imports.status.${status.status}`);
  return status.on ? t('imports.statusOn', { status: word, date: dateReading(t, status.on) }) : word;
}

/** The columns of the preview: what the agreement will hold, field by field. */
export const READING_COLUMNS = ['title', 'partners', 'kind', 'signedOn', 'effectiveOn', 'expiresOn', 'term', 'status', 'entersAs', 'country', 'referenceNo'] as const;
export type ReadingColumn = (typeof READING_COLUMNS)[number];

export function fieldReading(t: Translate, draft: ImportDraft, field: ReadingColumn): string {
  switch (field) {
    case 'title':
      return draft.titleMade ? t('imports.madeTitle', { title: draft.title }) : draft.title;
    case 'partners':
      return draft.partners.map((partner) => partner.name).join(' · ');
    case 'kind':
      return t(agreementKindKey(draft.kind));
    case 'signedOn':
    case 'effectiveOn':
    case 'expiresOn':
      return dateReading(t, draft[field]);
    case 'term':
      return termReading(t, draft.term);
    case 'status':
      return statusReading(t, draft.status);
    case 'entersAs':
      return draft.entersAs === 'draft' ? t(statusKey('draft')) : t('imports.fromRecords', { status: t(statusKey(draft.entersAs)) });
    case 'country':
      return draft.country ? countryName(draft.country, getLocale().intl) : '';
    case 'referenceNo':
      return draft.referenceNo;
  }
}
