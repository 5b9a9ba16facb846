import { FieldFrame, type StringFieldProps } from './field';

export type DateFieldProps = StringFieldProps & {
  autoFocus?: boolean;
};

/**
 * A calendar date: the native date input speaks `YYYY-MM-DD` (or '' for no date), so no time zone is
 * involved.
 */
export function DateField({ value, onChange, autoFocus, ...frame }: DateFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(wiring) => (
        <input
          {...wiring}
          className="input input--date"
          type="date"
          value={value}
          autoFocus={autoFocus}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
