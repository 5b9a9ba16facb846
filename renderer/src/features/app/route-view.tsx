import { BackupsPage } from '../backups/backups-page';
import { CalendarPage } from '../calendar/calendar-page';
import { DeletedRecordsPage } from '../deleted/deleted-records-page';
import { EmptyState } from '../../components/empty-state';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { HomePage } from '../home/home-page';
import { ImportPage } from '../imports/import-page';
import { KeysPage } from '../keys/keys-page';
import { recordType, relatedSections } from '../record-types';
import { ReportsPage } from '../reports/reports-page';
import { VerifyPage } from '../verify/verify-page';

/** The page for the current route. Keys make a new record's page start fresh. */
export function RouteView() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  switch (route.view) {
    case 'home':
      return <HomePage />;
    case 'calendar':
      return <CalendarPage />;
    case 'reports':
      return <ReportsPage />;
    case 'verify':
      return <VerifyPage />;
    case 'keys':
      return <KeysPage />;
    case 'backups':
      return <BackupsPage />;
    case 'imports':
      return <ImportPage />;
    case 'deleted':
      return <DeletedRecordsPage />;
    case 'list': {
      const { ListPage } = recordType(route.area);
      return <ListPage />;
    }
    case 'new': {
      const { FormPage } = recordType(route.area);
      return <FormPage key={`new:${route.parentId ?? ''}`} parentId={route.parentId} />;
    }
    case 'detail': {
      const { DetailPage } = recordType(route.area);
      const related = relatedSections(route.area).map((Section, index) => <Section key={index} id={route.id} />);
      return <DetailPage key={route.id} id={route.id} related={related.length ? related : undefined} />;
    }
    case 'edit': {
      const { FormPage } = recordType(route.area);
      return <FormPage key={`edit:${route.id}`} id={route.id} />;
    }
    case 'not-found':
      return <EmptyState title={t('nav.notFound')} action={<a href="#/">{t('nav.backHome')}</a>} />;
  }
}
