import type { AgreementKind } from '../../../shared/models/agreement';

/**
 * Kinds of agreement as registers write them. Tried in order, so the narrower words win: an
 * "Amendment to the MOU" is an addendum, a "Renewal of the exchange agreement" a renewal.
 */
const KIND_WORDS: Array<[RegExp, AgreementKind]> = [
  [/addend|amend|supplement|부속|변경\s*협약|수정\s*협약|补充|補充|修订|修訂/i, 'addendum'],
  [/renewal|renewed|extension|갱신|연장|续签|續簽|续约|續約/i, 'renewal'],
  [/\bmou\b|memorandum of understanding|양해\s*각서|업무\s*협약|谅解备忘录|諒解備忘錄|备忘录|備忘錄|\bloi\b|letter of intent/i, 'mou'],
  [/\bmoa\b|memorandum of agreement|합의\s*각서|协议备忘录/i, 'moa'],
  [/contract|계약|合同|合約|合约/i, 'contract'],
  [/business|업무\s*제휴|사업\s*협약|商务|商業|商业/i, 'business'],
  [
    /collaborat|cooperat|co-operat|exchange|partnership|framework|research agreement|academic agreement|agreement|협력|협정|협약|교류|合作|协议|協議|交流/i,
    'collaboration',
  ],
];

/** The kind a cell names, or null when it names none Liaison knows. */
export function readKind(text: string): AgreementKind | null {
  const normalised = text.normalize('NFKC').trim();
  if (normalised === '') return null;
  return KIND_WORDS.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

/** How a made-up title names the kind ("MOU with KAIST"). */
export const KIND_TITLE: Record<AgreementKind, string> = {
  mou: 'MOU',
  moa: 'MOA',
  collaboration: 'Collaboration agreement',
  business: 'Business agreement',
  contract: 'Contract',
  addendum: 'Addendum',
  renewal: 'Renewal',
};
