export type SpinnerProps = {
  label: string;
  inline?: boolean;
  /** False inside a region that is already a live `role="status"`, so it is not announced twice. */
  live?: boolean;
};

/** A quiet loading indicator with a text label for screen readers and sighted users alike. */
export function Spinner({ label, inline, live = true }: SpinnerProps) {
  return (
    <div className={inline ? 'loading loading--inline' : 'loading'} role={live ? 'status' : undefined} aria-live={live ? 'polite' : undefined}>
      <span className="spinner" aria-hidden="true" />
      <span className="loading__label">{label}</span>
    </div>
  );
}
