import type { ReactNode } from 'react';
import { FieldFrame } from './field';

export type DateFieldProps = {
  label: string;
  /** `YYYY-MM-DD` or '' for no date. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  autoFocus?: boolean;
};

/** A calendar date: the native date input speaks `YYYY-MM-DD`, so no time zone is involved. */
export function DateField({ label, value, onChange, error, hint, required, className, autoFocus }: DateFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required} className={className}>
      {(wiring) => (
        <input
          {...wiring}
          className="input input--date"
          type="date"
          value={value}
          autoFocus={autoFocus}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
