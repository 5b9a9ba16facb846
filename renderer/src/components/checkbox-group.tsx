import type { SelectOption } from './select-field';

export type CheckboxGroupProps = {
  legend: string;
  options: SelectOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  className?: string;
};

/** Several choices at once (e.g. the status filter), as a fieldset of checkboxes. */
export function CheckboxGroup({ legend, options, values, onChange, className }: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset className={['checkbox-group', className ?? ''].filter(Boolean).join(' ')}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
