import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldFrame, type StringFieldProps } from './field';

export type TextFieldProps = StringFieldProps & {
  type?: 'text' | 'email' | 'url' | 'tel' | 'search' | 'number';
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'> & {
    'data-list-search'?: boolean;
  };
};

export function TextField({ value, onChange, type = 'text', inputProps, ...frame }: TextFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(wiring) => (
        <input {...inputProps} {...wiring} className="input" type={type} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}

export type TextAreaProps = StringFieldProps & {
  rows?: number;
  textareaProps?: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>;
};

export function TextArea({ value, onChange, rows = 3, textareaProps, ...frame }: TextAreaProps) {
  return (
    <FieldFrame {...frame}>
      {(wiring) => (
        <textarea
          {...textareaProps}
          {...wiring}
          className="input input--multiline"
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
