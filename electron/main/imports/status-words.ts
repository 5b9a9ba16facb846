import type { StatusReading } from '../../../shared/models/import';
import { parseWrittenDate } from '../../../shared/written-date';
import { parseWrittenTerm } from '../../../shared/written-term';

type Status = StatusReading['status'];

/** Status words of registers, narrowest first ("not renewed" is no renewal; "terminated" beats "active"). */
const STATUS_WORDS: Array<[RegExp, Status]> = [
  [/terminat|cancell?ed|withdrawn|revoked|rescinded|해지|해약|파기|취소|终止|終止|解除|撤销|撤銷/i, 'terminated'],
  [/expired|lapsed|ended|inactive|no longer|not renewed|만료|종료|실효|失效|过期|過期|到期|届满|屆滿/i, 'expired'],
  [/renewed|갱신|续签|續簽|已续|已續/i, 'renewed'],
  [/negotiat|pending|under review|in progress|proposed|협의|추진|검토|洽谈|洽談|商谈|商談|磋商|审批|審批/i, 'negotiation'],
  [/^draft$|초안|草案|草稿/i, 'draft'],
  [/active|in force|current|valid|ongoing|effective|live|signed|유효|진행|체결|시행|有效|生效|执行|執行|进行|進行/i, 'active'],
];

/** Where a cell says an agreement stands ("Active", "lapsed", "renewed 2021", "만료"), or null. */
export function readStatus(text: string): StatusReading | null {
  const written = text.trim();
  if (written === '') return null;
  const normalised = written.normalize('NFKC');
  const found = STATUS_WORDS.find(([pattern]) => pattern.test(normalised))?.[1];
  if (found === 'renewed') {
    const hint = parseWrittenTerm(written).hint;
    const on = hint?.status === 'renewed' ? hint.on : datePart(written);
    return { status: 'renewed', on: on ?? null, text: written };
  }
  if (found) return { status: found, on: null, text: written };
  const hint = parseWrittenTerm(written).hint;
  if (hint) return { status: hint.status, on: hint.status === 'renewed' ? hint.on : null, text: written };
  return null;
}

/** "갱신 (2021.3)": the date in a status cell, if one reads. */
function datePart(text: string) {
  const match = /(\d{4}[^\s)]*)/.exec(text.normalize('NFKC'));
  if (!match) return null;
  const date = parseWrittenDate(match[1]);
  return date.ok ? date.value : null;
}
