import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

/** A definition list of label/value pairs; empty values show a dash. */
export function Facts({ facts, className }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={['facts', className ?? ''].filter(Boolean).join(' ')}>
      {facts.map((fact) => (
        <div key={fact.label} className="facts__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value === '' || fact.value === null || fact.value === undefined ? '—' : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
