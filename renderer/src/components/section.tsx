import { useId, type ReactNode } from 'react';

export type SectionProps = { title: string; actions?: ReactNode; children: ReactNode; className?: string };

/** A titled region of a page (`<section aria-labelledby>`), so it is a landmark with a name. */
export function Section({ title, actions, children, className }: SectionProps) {
  const id = useId();
  return (
    <section className={['section', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={id}>
      <div className="section__head">
        <h2 id={id} className="section__title">
          {title}
        </h2>
        {actions ? <div className="section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
