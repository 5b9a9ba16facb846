import type { ReactNode } from 'react';

export type AlertBannerProps = { title: string; children?: ReactNode; action?: ReactNode };

/** A serious, persistent warning across the top of the shell (`role="alert"`); it has no close button. */
export function AlertBanner({ title, children, action }: AlertBannerProps) {
  return (
    <div className="alert-banner" role="alert">
      <div className="alert-banner__text">
        <strong className="alert-banner__title">{title}</strong>
        {children ? <span className="alert-banner__body">{children}</span> : null}
      </div>
      {action ? <div className="alert-banner__action">{action}</div> : null}
    </div>
  );
}
