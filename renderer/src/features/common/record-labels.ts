/** How a picker names an agreement, in its list and once chosen: the reference first when there is one. */
export function agreementLabel(agreement: { referenceNo: string; title: string }): string {
  return agreement.referenceNo ? `${agreement.referenceNo} — ${agreement.title}` : agreement.title;
}
