import type { ImportField } from '../../../shared/models/import';

/**
 * What registers call their columns, in English, Korean and Chinese (simplified and traditional),
 * as published university MOU registers head them. A header cell is compared after `headerKey`
 * (case, width, spaces and punctuation do not matter).
 */
const NAMES: Record<Exclude<ImportField, 'ignore'>, string[]> = {
  title: [
    'title', 'agreement title', 'title of agreement', 'name of agreement', 'agreement name', 'agreement', 'subject', 'mou title',
    '협약명', '협정명', '협약서명', '제목', '명칭', '협약 제목', '协议名称', '协议标题', '名称', '标题', '協議名稱', '名稱', '標題',
  ],
  partners: [
    'partner', 'partners', 'partner institution', 'partner institutions', 'partner university', 'partner organisation',
    'partner organization', 'counterpart', 'institution', 'institutions', 'organisation', 'organization', 'party', 'parties',
    'partner name', 'name of partner', 'name of institution', 'university', 'company', 'counterparty', 'collaborator',
    '협약기관', '상대기관', '기관명', '대학명', '파트너', '협력기관', '협정기관', '상대 기관', '협약 상대', '체결기관',
    '合作方', '合作单位', '合作机构', '合作院校', '对方单位', '合作伙伴', '签约单位', '合作方名称', '合作機構', '合作單位', '合作院校名稱',
  ],
  kind: [
    'type', 'kind', 'agreement type', 'type of agreement', 'category', 'form', 'nature of agreement',
    '종류', '구분', '협약종류', '협정종류', '유형', '협약 유형', '类型', '协议类型', '类别', '類型', '協議類型', '類別',
  ],
  signedOn: [
    'date signed', 'signed', 'signing date', 'date of signing', 'signed on', 'signature date', 'date of signature', 'date',
    'concluded', 'date concluded', '체결일', '체결일자', '서명일', '체결 일자', '협약일', '签署日期', '签订日期', '签约日期', '签署时间',
    '簽署日期', '簽訂日期',
  ],
  effectiveOn: [
    'effective date', 'start date', 'start', 'commencement', 'commencement date', 'from', 'valid from', 'effective from', 'effective',
    '시작일', '발효일', '효력발생일', '개시일', '生效日期', '开始日期', '起始日期', '生效日', '開始日期', '起始日期',
  ],
  expiresOn: [
    'expiry', 'expiry date', 'expiration', 'expiration date', 'end date', 'end', 'valid until', 'until', 'expires', 'expires on',
    'valid to', 'date of expiry', '만료일', '종료일', '만기일', '만료 일자', '到期日', '到期日期', '截止日期', '结束日期', '有效期至',
    '終止日期', '結束日期',
  ],
  term: [
    'duration', 'term', 'period', 'validity', 'length', 'valid for', 'period of validity', 'agreement period', 'term of agreement',
    '기간', '협약기간', '유효기간', '협정기간', '期限', '有效期', '合作期限', '协议期限', '有效期限', '協議期限',
  ],
  status: ['status', 'state', 'current status', 'remarks status', '상태', '현황', '진행상태', '유효여부', '状态', '狀態', '当前状态'],
  country: [
    'country', 'nation', 'country region', 'country/region', 'location', 'country of partner', 'partner country',
    '국가', '나라', '국가명', '국가/지역', '国家', '國家', '国家/地区', '國家/地區', '国别', '國別',
  ],
  referenceNo: [
    'ref', 'ref no', 'reference', 'reference no', 'reference number', 'agreement no', 'agreement number', 'mou no', 'code', 'id',
    'file no', '협약번호', '관리번호', '문서번호', '협정번호', '协议编号', '编号', '編號', '協議編號',
  ],
  purpose: [
    'purpose', 'scope', 'areas of cooperation', 'fields of cooperation', 'cooperation areas', 'field', 'fields', 'content',
    'areas', 'description', '목적', '협력분야', '협약내용', '주요내용', '협력내용', '合作内容', '合作领域', '目的', '合作內容', '合作領域',
  ],
  signatories: [
    'signatories', 'signatory', 'signed by', 'signers', 'signer', 'signatory names', '서명자', '서명인', '체결자', '签署人', '签字人',
    '簽署人', '簽字人',
  ],
  notes: ['notes', 'note', 'remarks', 'remark', 'comments', 'comment', 'memo', '비고', '메모', '참고', '备注', '說明', '说明', '備註'],
};

/** Headers that are a row's position in the list, never a reference: "No.", "연번", "序号". */
const SEQUENCE = ['no', 'no.', '#', 's/n', 'sn', 'sl no', 'seq', 'number', '연번', '번호', '순번', '序号', '序號'];

/** Case, width, punctuation and spacing do not make a different header. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.:()\-–—/\\*'’"“”[\]（）]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, ImportField>();
for (const [field, names] of Object.entries(NAMES) as Array<[ImportField, string[]]>) {
  for (const name of names) BY_KEY.set(headerKey(name), field);
}
const SEQUENCE_KEYS = new Set(SEQUENCE.map(headerKey));

/** The field a header names, "ignore" for a sequence number, or null for a header it does not know. */
export function fieldForHeader(text: string): ImportField | null {
  const key = headerKey(text);
  if (key === '') return null;
  if (SEQUENCE_KEYS.has(key)) return 'ignore';
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  // "Date of signing (dd/mm/yyyy)", "Partner institution (English)": the words before a bracket.
  const head = headerKey(text.replace(/[(（[].*$/, ''));
  return BY_KEY.get(head) ?? null;
}

/**
 * A field per header cell. A field claimed twice keeps its first column (the second is ignored),
 * except notes, which several columns may feed.
 */
export function guessMapping(headers: readonly string[]): ImportField[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (field === null || field === 'ignore') return 'ignore';
    if (taken.has(field) && field !== 'notes') return 'ignore';
    taken.add(field);
    return field;
  });
}
