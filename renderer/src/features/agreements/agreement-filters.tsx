import { useState } from 'react';
import { Button } from '../../components/button';
import { CheckboxGroup } from '../../components/checkbox-group';
import { Select } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import { agreementKindKey, statusKey } from '../../i18n/labels';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementKind, type AgreementStatus } from '../../../../shared/models/agreement';
import { ListFilters, useCountryFilter } from '../common/list-filters';
import { useListSearch, useListState } from '../common/list-query';
import { OrganisationPicker } from '../organisations/organisation-picker';
import { agreementsRecord } from './agreements-record';

/** Search box (debounced), status/kind/partner/country/expiring filters for the agreements list. */
export function AgreementFilters() {
  const t = useT();
  const { query, setQuery, reset } = useListState(agreementsRecord);
  const [search, setSearch] = useListSearch(agreementsRecord);
  const { country, onCountry, setCountry, valid: countryValid } = useCountryFilter(query.country, setQuery);
  const [expiring, setExpiring] = useState(query.expiringWithinDays === undefined ? '' : String(query.expiringWithinDays));
  const expiringValid = expiring === '' || /^\d{1,4}$/.test(expiring);

  const onExpiring = (value: string) => {
    setExpiring(value);
    if (value === '') setQuery({ expiringWithinDays: undefined });
    else if (/^\d{1,4}$/.test(value) && Number(value) <= 3650) setQuery({ expiringWithinDays: Number(value) });
  };
  const clear = () => {
    setSearch('');
    setCountry('');
    setExpiring('');
    reset();
  };

  return (
    <ListFilters area="agreements" search={search} onSearch={setSearch}>
      <Select
        label={t('agreements.filterKind')}
        value={query.kinds[0] ?? ''}
        onChange={(value) => setQuery({ kinds: value ? [value as AgreementKind] : [] })}
        placeholder={t('common.any')}
        options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(agreementKindKey(kind)) }))}
      />
      <OrganisationPicker
        label={t('agreements.filterPartner')}
        value={query.partnerId ?? ''}
        name=""
        onChange={(partnerId) => setQuery({ partnerId: partnerId || undefined })}
      />
      <TextField
        label={t('agreements.filterCountry')}
        value={country}
        onChange={onCountry}
        className="narrow"
        error={countryValid ? undefined : t('organisation.countryHint')}
        inputProps={{ maxLength: 2, placeholder: 'KR' }}
      />
      <TextField
        label={t('agreements.filterExpiring')}
        value={expiring}
        onChange={onExpiring}
        className="narrow"
        error={expiringValid ? undefined : t('error.wholeNumber')}
        inputProps={{ inputMode: 'numeric' }}
      />
      <CheckboxGroup
        legend={t('agreements.filterStatus')}
        className="filters__statuses"
        options={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(statusKey(status)) }))}
        values={query.statuses}
        onChange={(values) => setQuery({ statuses: values as AgreementStatus[] })}
      />
      <Button size="small" variant="ghost" onClick={clear}>
        {t('common.clearFilters')}
      </Button>
    </ListFilters>
  );
}
