import { FieldFrame, type StringFieldProps } from './field';

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

export type SelectProps = StringFieldProps & {
  options: SelectOption[];
  /** Shown as option groups after `options` (e.g. "At this organisation" / "Everyone else"). */
  groups?: SelectGroup[];
  /** A first option with value '' (e.g. "Choose…", "Any", "None"). */
  placeholder?: string;
  disabled?: boolean;
};

export function Select({ value, onChange, options, groups, placeholder, disabled, ...frame }: SelectProps) {
  return (
    <FieldFrame {...frame}>
      {(wiring) => (
        <select
          {...wiring}
          className="input input--select"
          value={value}
          disabled={disabled}
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
