import type { ReactNode } from 'react';

export type PageHeaderProps = { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; children?: ReactNode };

export function PageHeader({ title, subtitle, actions, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1 className="page-header__title">{title}</h1>
        {subtitle ? <div className="page-header__subtitle">{subtitle}</div> : null}
        {children}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
