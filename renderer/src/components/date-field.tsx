import { useMemo, useState } from 'react';
import { formatDate, useLocale, useT } from '../i18n';
import { dateOrderFor, parseWrittenDate, type WrittenDateResult } from '../../../shared/written-date';
import { FieldFrame, type StringFieldProps } from './field';

export type DateFieldProps = StringFieldProps & {
  autoFocus?: boolean;
  /** The locale whose day/month order reads 04/09/2018; the UI's own by default. */
  locale?: string;
  /**
   * 'day' (the default) needs a whole date; 'any' also takes a month ("June 2016") or a year
   * ("2016") and keeps it at that precision (`2016-06`, `2016`), for dates records often give so.
   */
  precision?: 'day' | 'any';
};

type Reading = { text: string; result: WrittenDateResult | null };

function readDate(text: string, locale: string, requireDay: boolean): Reading {
  return { text, result: text.trim() === '' ? null : parseWrittenDate(text, { order: dateOrderFor(locale), requireDay }) };
}

/**
 * A calendar day typed as people write it: "13 June 2023", "2023-06-13", "2023년 6월 13일", or numbers in
 * the user's own day/month order. The value stays `YYYY-MM-DD` ('' for no date), or with `precision`
 * 'any' also `YYYY-MM` / `YYYY` for "June 2016" / "2016". Text it cannot read (30 February, "June 2016"
 * where a day is needed) is passed on as typed, so the shared schema refuses it and the form cannot
 * save, and the field says why in the parser's words; it never shows one date and saves another, or nothing.
 */
export function DateField({ value, onChange, autoFocus, locale, precision = 'day', error, hint, ...frame }: DateFieldProps) {
  const t = useT();
  const { intl } = useLocale();
  const readIn = locale ?? intl;
  const requireDay = precision === 'day';
  const readDay = (text: string, locale: string) => readDate(text, locale, requireDay);
  const [reading, setReading] = useState<Reading>(() => readDay(value, readIn));
  // The value this text stands for; a different value from outside (a reset, a reload) replaces the text.
  const [standsFor, setStandsFor] = useState(value);
  const [left, setLeft] = useState(false);
  if (value !== standsFor) {
    setStandsFor(value);
    setReading(readDay(value, readIn));
  }

  const change = (text: string) => {
    const next = readDay(text, readIn);
    const emitted = next.result === null ? '' : next.result.ok ? next.result.value.iso : text;
    setReading(next);
    setStandsFor(emitted);
    onChange(emitted);
  };

  const { result } = reading;
  // Not while the first date is still being typed; once the field was left, or the form was checked.
  const refusal = result && !result.ok && (left || error) ? result.reason : undefined;
  // Formatting builds an Intl formatter: only when the reading changes, not on every render of a long form.
  const readIso = result?.ok ? result.value.iso : null;
  const readAs = useMemo(() => (readIso ? t('dateField.readAs', { date: formatDate(readIso, readIn, 'long') }) : undefined), [readIso, readIn, t]);
  // The field's own hint stays; how the date was read follows it.
  const hints = hint && readAs ? (
    <>
      {hint} <span className="field__reading">{readAs}</span>
    </>
  ) : (
    (readAs ?? hint)
  );
  return (
    <FieldFrame {...frame} error={refusal ?? error} hint={hints}>
      {(wiring) => (
        <input
          {...wiring}
          className="input input--date"
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={t(requireDay ? 'dateField.placeholder' : 'dateField.placeholderAny')}
          value={reading.text}
          autoFocus={autoFocus}
          onChange={(event) => change(event.target.value)}
          onBlur={() => setLeft(true)}
        />
      )}
    </FieldFrame>
  );
}
