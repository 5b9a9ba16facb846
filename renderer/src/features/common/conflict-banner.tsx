import { Button } from '../../components/button';
import { useT } from '../../i18n';

/** Someone else saved the record being edited: say so, with a button to load their version. */
export function ConflictBanner({ message, onReload }: { message: string; onReload: () => void }) {
  const t = useT();
  return (
    <div className="alert alert--error" role="alert">
      <span>{message}</span>
      <Button size="small" onClick={onReload}>
        {t('common.reload')}
      </Button>
    </div>
  );
}
