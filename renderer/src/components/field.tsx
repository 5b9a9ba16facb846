import { useId, type ReactNode } from 'react';

/** Ids and ARIA wiring shared by every labelled input. */
export type FieldWiring = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
};

/** What every labelled field takes for its frame: label, hint, inline error, required mark. */
export type FieldFrameOptions = {
  label: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
  required?: boolean;
};

/** A field that edits one string (text, text area, date, select). */
export type StringFieldProps = FieldFrameOptions & {
  value: string;
  onChange: (value: string) => void;
};

export type FieldFrameProps = FieldFrameOptions & {
  children: (wiring: FieldWiring) => ReactNode;
};

/**
 * Label above, input, hint, then the inline error (read out through aria-describedby). Every field
 * component composes it and spreads `wiring` on its control.
 */
export function FieldFrame({ label, error, hint, className, required, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {/* Outside the label, so the accessible name stays exactly `label`; aria-required says it. */}
        {required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': required || undefined,
      })}
      {hint ? (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="field__error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
