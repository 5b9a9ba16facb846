/** How a picker names an agreement, in its list and once chosen: the reference first when there is one. */
export function agreementLabel(agreement: { referenceNo: string; title: string }): string {
  return agreement.referenceNo ? `${agreement.referenceNo} — ${agreement.title}` : agreement.title;
}

/** How a picker names an intake: intakes of different programs share names ("2026 intake"), so with its program. */
export function intakeLabel(intake: { name: string; programName: string }): string {
  return `${intake.name} — ${intake.programName}`;
}

/** How a picker names an application: who applied, to which intake of which program. */
export function applicationLabel(application: { applicantName: string; intakeName: string; programName: string }): string {
  return `${application.applicantName} — ${intakeLabel({ name: application.intakeName, programName: application.programName })}`;
}

/** How a picker names an internship: the intern, at which host (one person may intern twice). */
export function placementLabel(placement: { internName: string; hostName: string }): string {
  return `${placement.internName} — ${placement.hostName}`;
}
