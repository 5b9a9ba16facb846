export type CheckboxFieldProps = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  hint?: string;
};

/** One yes/no choice with its label beside it. */
export function CheckboxField({ label, checked, onChange, disabled, hint }: CheckboxFieldProps) {
  return (
    <div className="field">
      <label className="checkbox">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
        <span>{label}</span>
      </label>
      {hint ? <div className="field__hint">{hint}</div> : null}
    </div>
  );
}
