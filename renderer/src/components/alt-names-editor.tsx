import { Button } from './button';
import { TextField } from './text-field';

export type AltNameValue = { key: string; name: string; lang: string };

export type AltNamesEditorProps = {
  values: AltNameValue[];
  onChange: (values: AltNameValue[]) => void;
  /** Errors by path below the list, e.g. `0.name`. */
  errors: Record<string, string>;
  newKey: () => string;
  labels: { legend: string; group: (n: number) => string; name: string; lang: string; add: string; remove: string };
};

/** Names in other scripts or languages (카이스트, 香港科技大學), each with its language. */
export function AltNamesEditor({ values, onChange, errors, newKey, labels }: AltNamesEditorProps) {
  const update = (index: number, patch: Partial<AltNameValue>) =>
    onChange(values.map((value, i) => (i === index ? { ...value, ...patch } : value)));
  return (
    <fieldset className="subform">
      <legend className="subform__legend">{labels.legend}</legend>
      {values.map((value, index) => (
        <div key={value.key} className="subform__row" role="group" aria-label={labels.group(index + 1)}>
          <TextField
            label={labels.name}
            value={value.name}
            onChange={(name) => update(index, { name })}
            error={errors[`${index}.name`]}
            className="grow"
          />
          <TextField
            label={labels.lang}
            value={value.lang}
            onChange={(lang) => update(index, { lang })}
            error={errors[`${index}.lang`]}
            className="narrow"
          />
          <Button size="small" variant="ghost" onClick={() => onChange(values.filter((_, i) => i !== index))}>
            {labels.remove}
          </Button>
        </div>
      ))}
      <Button size="small" onClick={() => onChange([...values, { key: newKey(), name: '', lang: '' }])}>
        {labels.add}
      </Button>
    </fieldset>
  );
}
