import { EmptyState } from '../../components/empty-state';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { AgreementDetailPage } from '../agreements/agreement-detail-page';
import { AgreementFormPage } from '../agreements/agreement-form-page';
import { AgreementsListPage } from '../agreements/agreements-list-page';
import { HomePage } from '../home/home-page';
import { KeysPage } from '../keys/keys-page';
import { OrganisationDetailPage } from '../organisations/organisation-detail-page';
import { OrganisationFormPage } from '../organisations/organisation-form-page';
import { OrganisationsListPage } from '../organisations/organisations-list-page';
import { PersonDetailPage } from '../people/person-detail-page';
import { PersonFormPage } from '../people/person-form-page';
import { PeopleListPage } from '../people/people-list-page';
import { VerifyPage } from '../verify/verify-page';

/** The page for the current route. Keys make a new record's page start fresh. */
export function RouteView() {
  const t = useT();
  const route = useAppStore((s) => s.route);
  switch (route.view) {
    case 'home':
      return <HomePage />;
    case 'verify':
      return <VerifyPage />;
    case 'keys':
      return <KeysPage />;
    case 'list':
      if (route.area === 'agreements') return <AgreementsListPage />;
      if (route.area === 'organisations') return <OrganisationsListPage />;
      return <PeopleListPage />;
    case 'new':
      if (route.area === 'agreements') return <AgreementFormPage key={`new:${route.parentId ?? ''}`} parentId={route.parentId} />;
      if (route.area === 'organisations') return <OrganisationFormPage key="new" />;
      return <PersonFormPage key="new" />;
    case 'detail':
      if (route.area === 'agreements') return <AgreementDetailPage key={route.id} id={route.id} />;
      if (route.area === 'organisations') return <OrganisationDetailPage key={route.id} id={route.id} />;
      return <PersonDetailPage key={route.id} id={route.id} />;
    case 'edit':
      if (route.area === 'agreements') return <AgreementFormPage key={`edit:${route.id}`} id={route.id} />;
      if (route.area === 'organisations') return <OrganisationFormPage key={`edit:${route.id}`} id={route.id} />;
      return <PersonFormPage key={`edit:${route.id}`} id={route.id} />;
    case 'not-found':
      return <EmptyState title={t('nav.notFound')} action={<a href="#/">{t('nav.backHome')}</a>} />;
  }
}
