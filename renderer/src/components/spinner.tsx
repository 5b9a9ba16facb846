export type SpinnerProps = { label: string; inline?: boolean };

/** A quiet loading indicator with a text label for screen readers and sighted users alike. */
export function Spinner({ label, inline }: SpinnerProps) {
  return (
    <div className={inline ? 'loading loading--inline' : 'loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="loading__label">{label}</span>
    </div>
  );
}
