import type { ReactNode } from 'react';
import { FieldFrame } from './field';

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

export type SelectProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  /** Shown as option groups after `options` (e.g. "At this organisation" / "Everyone else"). */
  groups?: SelectGroup[];
  /** A first option with value '' (e.g. "Choose…", "Any", "None"). */
  placeholder?: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  className?: string;
};

export function Select({ label, value, onChange, options, groups, placeholder, error, hint, required, disabled, className }: SelectProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required} className={className}>
      {(wiring) => (
        <select
          {...wiring}
          className="input input--select"
          value={value}
          disabled={disabled}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {groups
            ?.filter((group) => group.options.length > 0)
            .map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      )}
    </FieldFrame>
  );
}
