/** How a picker names an agreement, in its list and once chosen: the reference first when there is one. */
export function agreementLabel(agreement: { referenceNo: string; title: string }): string {
  return agreement.referenceNo ? `${agreement.referenceNo} — ${agreement.title}` : agreement.title;
}

/** How a picker names an intake: intakes of different programs share names ("2026 intake"), so with its program. */
export function intakeLabel(intake: { name: string; programName: string }): string {
  return `${intake.name} — ${intake.programName}`;
}
