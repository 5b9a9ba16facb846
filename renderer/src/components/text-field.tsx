import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field';

type Common = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
};

export type TextFieldProps = Common & {
  type?: 'text' | 'email' | 'url' | 'tel' | 'search' | 'number';
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'> & {
    'data-list-search'?: boolean;
  };
};

export function TextField({ label, value, onChange, error, hint, required, className, type = 'text', inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required} className={className}>
      {(wiring) => (
        <input
          {...inputProps}
          {...wiring}
          className="input"
          type={type}
          value={value}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export type TextAreaProps = Common & {
  rows?: number;
  textareaProps?: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>;
};

export function TextArea({ label, value, onChange, error, hint, required, className, rows = 3, textareaProps }: TextAreaProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required} className={className}>
      {(wiring) => (
        <textarea
          {...textareaProps}
          {...wiring}
          className="input input--multiline"
          rows={rows}
          value={value}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
