/**
 * Every sentence main or a shared schema can say about a failure, in English, by key. Errors travel
 * as a key plus parameters; the renderer translates them (its catalogs include this one, so English
 * is always complete), while the CLI, logs and tests read the English `message` filled from here.
 * Templates use the format of `./message.ts`: `{name}`, `{n, plural, one {…} other {…}}`, `{x, select, … other {…}}`.
 */
export const enErrors = {
  // A sentence that was never a catalog entry (an older main, a form's own wording): shown as it is.
  'message.plain': '{text}',

  // Fields, as the schemas and zod's own checks report them.
  'field.required': '{label} is required.',
  'field.missing': 'This is required.',
  'field.labelTooLong': '{label} must be at most {max, plural, one {# character} other {# characters}}.',
  'field.tooLong': 'At most {max, plural, one {# character} other {# characters}}.',
  'field.tooShort': '{min, plural, =1 {This cannot be empty.} other {At least # characters.}}',
  'field.tooMany': 'At most {max, plural, one {# entry} other {# entries}}.',
  'field.tooFew': 'At least {min, plural, one {# entry} other {# entries}}.',
  'field.tooLarge': 'At most {max}.',
  'field.tooSmall': 'At least {min}.',
  'field.wholeNumber': 'Use a whole number.',
  'field.wrongType': 'This is not the kind of value expected here.',
  'field.choose': 'Choose one of the options.',
  'field.invalidFormat': 'This is not in the expected format.',
  'field.invalid': 'This value is not valid.',
  'field.unknownFields': 'Unexpected {count, plural, one {field} other {fields}}: {names}.',
  'field.invalidId': 'Not a valid id.',
  'field.date': 'Use a date like 2026-06-13.',
  'field.preciseDate': 'Use a day like 2016-06-13, a month like 2016-06, or a year like 2016.',
  'field.countryCode': 'Use a two-letter country code such as KR or HK.',
  'field.currencyCode': 'Use a three-letter currency code such as KRW or HKD.',
  'field.website': 'Use a web address starting with http:// or https://.',
  'field.email': 'Use an email address like name@example.org.',
  'field.sha256': 'Not a SHA-256 hash.',
  'field.chooseExistingOrganisation': 'Choose an existing organisation.',
  'field.chooseExistingPerson': 'Choose an existing person.',
  'text.illFormed': 'This text has a broken character in it (half of a character pair). Type or paste it again.',

  // The door into main.
  'request.unknown': 'Unknown request.',
  'request.tooLarge': 'The request is larger than {mib} MiB, so Liaison did not read it.',
  'request.notJson': 'The request is not valid JSON.',
  'request.notFromWindow': 'This call did not come from the Liaison window.',
  'validation.several': 'Some fields need attention.',
  'internal.nothingSaved': 'Something went wrong inside Liaison. Nothing was saved.',
  'internal.tryAgain': 'Something went wrong in Liaison. Please try again.',
  'internal.generic': 'Something went wrong inside Liaison.',

  // The register file.
  'storage.tooNew':
    'This register was saved by a newer version of Liaison (schema {found}; this version knows up to {known}). Update Liaison to open it.',

  // Any record type (the noun is what the record type calls one record: "organisation").
  'record.notFound': 'That {noun} does not exist or was deleted.',
  'record.changedMeanwhile': 'Someone changed this {noun} meanwhile. Reload it and try again.',
  'record.kindUnknown': 'Not a kind of record that can own documents.',

  // Lifecycles (status words as the lifecycle spells them; `article` is "a" or "an" for English).
  'lifecycle.already': 'The {noun} is already {status}.',
  'lifecycle.cannotBecome': '{article, select, an {An} other {A}} {noun} that is {from} cannot become {to}.',
  'lifecycle.neverBecome': '{article, select, an {An} other {A}} {noun} that is {from} can never become {to}.',
  'lifecycle.startsAs': 'A new {noun} starts as {first}; only one entered from records can start as {status}.',
  'lifecycle.notFromRecords': 'No {noun} can be entered from records as {status}.',
  'lifecycle.blocked': '{count, plural, one {One thing stops this change of status.} other {# things stop this change of status.}}',

  // Agreements.
  'agreement.kindRequired': 'Choose a kind of agreement.',
  'agreement.partiesMin': 'An agreement needs at least two parties.',
  'agreement.duplicateParty': 'This organisation is already a party.',
  'agreement.duplicateSignatory': 'Already a signatory.',
  'agreement.responsibleNotParty': 'The responsible organisation must be a party.',
  'agreement.contributorNotParty': 'The contributing organisation must be a party.',
  'agreement.expiresBeforeEffective': 'The agreement expires before it takes effect.',
  'agreement.referencesInvalid': 'Some references are not valid.',
  'agreement.parentMissing': 'The parent agreement does not exist.',
  'agreement.parentLoop': 'An agreement cannot follow on from itself or its own follow-ons.',
  'agreement.referenceTaken': 'Reference {reference} is already used.',
  'agreement.referenceTakenHere': 'Another agreement has this reference.',
  'agreement.signedTermsLocked': 'The signed terms of this agreement are locked.',
  'agreement.signedTermEdited': 'Signed terms cannot be edited; record an addendum as a follow-on agreement instead.',
  'agreement.onlyDraftsDeleted':
    'Only drafts can be deleted; terminate the agreement instead, or remove it with a reason if it was entered by mistake.',
  'agreement.hasFollowOns': 'This agreement has follow-on agreements; delete or re-link those first.',
  'agreement.signedOnRequired': 'Give the date it was signed.',
  'agreement.partyNoSignatory': '{party} has no signatory.',
  'agreement.partyNoSigningRecord': '{party} has no signing record for the document.',
  'agreement.renewalNeedsFollowOn': 'Record the follow-on agreement that renews it first.',
  'agreement.partyNoSignatoryFromRecords': '{party} has no signatory; add who signed, or say that the records do not name the signatories.',
  'agreement.termOver': 'Its term ran until {date}, which has passed; enter it as expired, or correct the expiry.',
  'agreement.unrecordedOnlyFromRecords': 'Only an agreement entered from records can leave its signatories not recorded.',
  'agreement.fromRecordsOnCreate':
    'An agreement is entered from records when it is created; change the status of this one with its status actions.',
  'term.readsAutoRenewing': 'This term renews automatically; choose “Renews automatically” as the kind of term.',
  'term.readsOpenEnded': 'This term runs until revoked; choose “Until revoked” as the kind of term.',
  'term.openEndedHasLength': 'A term that runs until revoked has no length; choose “Fixed term”, or clear the duration.',
  'term.openEndedHasExpiry': 'A term that runs until revoked has no expiry; choose another kind of term, or clear the expiry.',
  'term.onlyAutoRenewing': 'Only a term that renews automatically has a renewal period and renewals.',
  'term.noticeTwice': 'Give the notice in days or in months, not both.',
  'correction.notSigned': 'This agreement is not signed yet: edit its terms directly, no correction is needed.',
  'correction.nothingChanged': 'Nothing in the signed terms changed, so there is nothing to correct.',
  'putBack.notAllowed':
    '{count, plural, =0 {This agreement has no earlier status to put back.} other {The status of this agreement can be put back to {allowed} only.}}',
  'putBack.termOver': 'Its term ran until {date}, which has passed; correct the expiry first, then put the status back.',
  'removal.notRemoved': 'This agreement is not removed, so there is nothing to restore.',
  'removal.referenceTaken': 'Another agreement now has the reference {reference}; change that one’s reference first, then restore this one.',
  'removal.parentRemoved': 'The agreement this one follows on from is removed too; restore that one first.',
  'duration.outOfRange': 'A duration must be between 1 month and 100 years.',
  'duration.unreadable': 'Write a duration like "3 years", "18 months" or "1 year 6 months".',
  'money.wholeMinorUnits': 'Money is stored in whole minor units, never fractions.',
  'money.tooLarge': 'That amount is too large.',
  'money.amountRequired': 'Enter an amount.',
  'money.currencyRequired': 'Choose a currency.',
  'contribution.describe': 'Describe what is given, or give a quantity.',
  'dates.endBeforeStart': 'The end comes before the start.',

  // Organisations and people.
  'organisation.kindRequired': 'Choose a kind.',
  'organisation.parentMissing': 'The parent organisation does not exist.',
  'organisation.parentLoop': 'An organisation cannot sit under itself.',
  'organisation.parentLoopHere': 'This would make a loop of parent organisations.',
  'organisation.stillReferenced':
    '{name} is still referenced by {agreements, plural, =0 {no agreements} one {# agreement} other {# agreements}}, ' +
    '{people, plural, =0 {no people} one {# person} other {# people}}, ' +
    '{children, plural, =0 {no sub-organisations} one {# sub-organisation} other {# sub-organisations}} and ' +
    '{programs, plural, =0 {no programs} one {# program} other {# programs}}.',
  'person.organisationMissing': 'The organisation does not exist.',
  'storage.registerEmpty':
    'The register {file} is empty (0 bytes), but this folder still holds the documents and keys of a register, so Liaison has not started a new, empty one over them. {backup, select, none {There is no backup in the backups folder; if you keep one elsewhere, restore it with `liaison restore FILE`.} other {The newest backup is {backup} (saved {saved} UTC); restore it with `liaison restore "{backup}"`.}}',
  'storage.registerNotSqlite': 'The register {file} is not a Liaison database: it holds other data, so it may have been overwritten. Liaison has not changed it. {backup, select, none {There is no backup in the backups folder; if you keep one elsewhere, restore it with `liaison restore FILE`.} other {The newest backup is {backup} (saved {saved} UTC); restore it with `liaison restore "{backup}"`.}}',
  'storage.registerTruncated':
    'The register {file} is cut short (smaller than the database it describes), as happens when a copy or a disk fails part-way. Liaison has not changed it. {backup, select, none {There is no backup in the backups folder; if you keep one elsewhere, restore it with `liaison restore FILE`.} other {The newest backup is {backup} (saved {saved} UTC); restore it with `liaison restore "{backup}"`.}}',
  'storage.registerDamaged': 'The register {file} is damaged: SQLite found pages it cannot read. Run `liaison check` for details. {backup, select, none {There is no backup in the backups folder; if you keep one elsewhere, restore it with `liaison restore FILE`.} other {The newest backup is {backup} (saved {saved} UTC); restore it with `liaison restore "{backup}"`.}}',
  'storage.diskFull': 'The disk that holds {dir} is full, so Liaison could not write to the register. Free some space on it and try again; what was saved before is intact.',
  'storage.readOnly':
    'Liaison cannot write to {dir}: the folder or the register in it is read-only, or belongs to another user. Make the folder writable for you, or start Liaison with another folder (`--data-dir`).',
  'storage.busy': 'Another program is holding the register {file} and did not let go. Close it and try again.',
  'storage.ioError': 'The disk could not read or write the register {file} (an input/output error). Check the disk, then try again; {backup, select, none {There is no backup in the backups folder; if you keep one elsewhere, restore it with `liaison restore FILE`.} other {The newest backup is {backup} (saved {saved} UTC); restore it with `liaison restore "{backup}"`.}}',
  'storage.folderInUse':
    'Liaison is already running on the data folder {dir} (a desktop window, a browser-mode server or a command). Use that one, or close it and try again.',
  'backup.exists': 'A backup named {name} already exists.',
  'backup.failedCheck': 'The backup {file} failed its integrity check, so it was not restored: {problems}',
  'backup.tooNew': 'The backup {file} was saved by a newer version of Liaison; update Liaison to restore it.',
  'backup.notRegister': '{file} is an SQLite file but not a Liaison register, so it was not restored.',
  'backup.outsideFolder': 'Only a backup in the backups folder ({dir}) can be restored from the app; {file} is not one. To restore a file kept elsewhere, close Liaison and run `liaison restore FILE`.',
  'backup.notFound': 'There is no backup named {file} in the backups folder.',
  'backup.pendingUnreadable': 'The scheduled restore in {file} could not be read, so nothing was restored.',
  'backup.restoreFailed': 'The backup {name} could not be restored ({reason}); the register was left as it was.',
  'key.fileDamaged':
    'The office key file {file} is damaged (empty or unreadable), so Liaison cannot sign with this key. Restore the keys folder from your backup, or make a new key on the Office key screen (“Rotate key”); summaries signed with the old key still verify.',
  'key.fileMissing':
    'The office key file {file} is missing, so Liaison cannot sign with this key. Restore the keys folder from your backup, or make a new key on the Office key screen (“Rotate key”).',
  'export.documentMissing':
    'This summary cannot be signed: the file of “{title}” version {version} ({fileName}) is missing from the documents folder. Attach the original file again (or restore the documents folder from a backup), then export again.',
  'export.documentChanged':
    'This summary cannot be signed: the file of “{title}” version {version} ({fileName}) was changed on disk. Attach the original file again (or restore the documents folder from a backup), then export again.',
  'export.chainBroken':
    'This summary cannot be signed: the register’s signing records no longer verify. {reason} Restore the register from a backup, then export again.',
  'key.retiredNoLongerSigns':
    'The office key {keyId} was retired on {retiredAt} and no longer signs. This register is older than that rotation (restored from a backup?): restore the newer register, or ask for help to bring the newer key back.',
  'list.staleLink': 'That page link belongs to another list or order. Start again from the first page.',
  'agreement.linkedFromPrograms': 'This agreement created {count, plural, one {# program} other {# programs}}; unlink or delete {count, plural, one {it} other {them}} first.',
  'program.missing': 'The program does not exist or was deleted.',
  'program.referencesMissing': 'Some sponsors or agreements no longer exist.',
  'program.stillHasIntakes': '{name} still has {count, plural, one {# intake; delete it} other {# intakes; delete them}} first.',
  'field.chooseExistingProgram': 'Choose an existing program.',
  'field.chooseExistingAgreement': 'Choose an existing agreement.',
  'field.chooseExistingIntake': 'Choose an existing intake.',
  'application.scoreTenths': 'Give the score with one decimal at most, e.g. 87.5.',
  'application.blocksDelete':
    '{kind, select, person {This person} intake {This intake} other {This record}} still has {count, plural, one {# application; delete it} other {# applications; delete them}} first.',
  'person.stillSignatory': '{name} is a signatory of {count, plural, one {# agreement} other {# agreements}} and cannot be deleted.',

  // Research projects and centres, their outcomes, partners.
  'project.kindRequired': 'Choose whether this is a research project or a research centre.',
  'project.headcountNumber': 'Give how many people as a whole number from 1 to 100,000.',
  'project.duplicatePartner': 'This organisation is already a partner.',
  'project.duplicateMember': 'This person is already on the team.',
  'project.duplicateAgreement': 'This agreement is already linked.',
  'project.referencesMissing': 'Some partners, people, agreements or budget sources no longer exist.',
  'project.activeNeedsStart': 'Give the date the project started before marking it active.',
  'project.openMilestones':
    '{count, plural, one {# milestone is} other {# milestones are}} not done: mark {count, plural, one {it} other {them}} done, or stop the project instead.',
  'project.outputStillLinked': '“{title}” fulfils a cooperation item; unlink it there before removing the output.',
  'project.stillLinked':
    '{title} fulfils {count, plural, one {# cooperation item} other {# cooperation items}}; unlink {count, plural, one {it} other {them}} first.',
  'money.negative': 'An amount cannot be negative.',
  'milestone.dueRequired': 'Give the date the milestone is due.',
  'output.kindRequired': 'Choose what kind of output this is.',
  'output.identifierDoiOrUrl': 'Give a DOI like 10.1234/abcd, or a web address starting with https://.',
  'output.identifierPatent': 'Give the patent number with its office code, like KR 10-2345678 or US 11,234,567 B2.',
  'output.identifierUrl': 'Give a web address starting with http:// or https://.',
  'field.chooseExistingProject': 'Choose an existing research project.',
  'outcome.subjectKind': 'Choose a project, an output or a program.',
  'outcome.listScope': 'Say which agreement, or which record, to list outcomes for.',
  'outcome.itemMissing': 'That cooperation item does not exist or was removed from its agreement.',
  'outcome.subjectMissing': 'That {kind, select, output {output} program {program} other {research project}} does not exist or was deleted.',
  'outcome.alreadyLinked': 'This is already linked to that cooperation item.',
  // Events, series and the calendar.
  'event.kindRequired': 'Choose a kind of event.',
  'event.roleRequired': 'Choose a role.',
  'event.time': 'Use a time like 19:00 (24-hour clock).',
  'event.timeRequired': 'Give a time, or make it an all-day event.',
  'event.allDayNoTime': 'An all-day event has no start or end time.',
  'event.endBeforeStart': 'The end must come after the start.',
  'event.timeZoneUnknown': '“{zone}” is not a time zone Liaison knows. Use a name like Asia/Seoul or Europe/London.',
  'event.timeSkipped': '{time} does not exist on {date} in {zone}: the clocks skip it. Choose another time.',
  'event.organiserRepeated': 'This organisation is already an organiser.',
  'event.attendeeRepeated': 'This person is already an attendee.',
  'event.itemNeedsAgreement': 'Link the agreement first: the cooperation item is one of its items.',
  'event.itemNotOfAgreement': 'Choose a cooperation item of the linked agreement.',
  'event.signingOnlyCeremony': 'Only a signing ceremony links to signing records.',
  'event.signingNeedsAgreement': 'Link the agreement whose signing records these are.',
  'event.signingNotOfAgreement': 'Choose a signing record of the linked agreement.',
  'event.signingRepeated': 'This signing record is already linked.',
  'event.referencesMissing': 'Some organisers, attendees, the agreement or signing records no longer exist.',
  'event.ordinalRange': 'Use 1 to 5 for the first to the fifth, or −1 to −5 counting from the end of the month.',
  'event.ordinalWeekly': 'A weekly series falls on weekdays without a number; choose monthly for “the 2nd Thursday”.',
  'event.weekdayRepeated': 'This weekday is already in the rule.',
  'event.countOrUntil': 'End the series after a number of times or on a date, not both.',
  'event.untilBeforeStart': 'The series ends before its first date.',
  'event.untilTooFar': 'A series may run for at most 100 years.',
  'event.startNotOnRule': 'The first date, {date}, is not one of the series’ dates. Move it to a date the rule gives.',
  'event.exceptionsNeedSeries': 'Only a series has cancelled or moved dates.',
  'event.notAnOccurrence': '{date} is not a date of this series.',
  'event.exceptionRepeated': 'This date is already cancelled or moved.',
  'event.cancelledNoDate': 'A cancelled date has no new date or time.',
  'event.movedNeedsDate': 'Give the date it moves to.',
  'calendar.rangeOrder': 'The range ends before it starts.',
  'calendar.rangeTooLong': 'Ask for at most {days} days at a time.',

  // Intern placements, their evaluations, and hires.
  'placement.hireNeedsEvaluation': 'Record at least one evaluation of the internship before marking it hired.',
  'placement.blocksDelete':
    '{kind, select, person {This person} organisation {This organisation} program {This program} agreement {This agreement} other {This record}} still has {count, plural, one {# placement; delete it} other {# placements; delete them}} first.',
  'field.chooseExistingPlacement': 'Choose an existing placement.',
  'evaluation.blocksDelete':
    '{kind, select, person {This person} placement {This placement} other {This record}} still has {count, plural, one {# evaluation; delete it} other {# evaluations; delete them}} first.',
  'evaluation.documentNotOfPlacement': 'Choose a document of this placement (upload the evaluation form on the placement’s page first).',
  'evaluation.scoreTenths': 'Give the score with one decimal at most, e.g. 87.5.',
  'hire.blocksDelete':
    '{kind, select, person {This person} organisation {This organisation} program {This program} agreement {This agreement} placement {This placement} other {This record}} still has {count, plural, one {# hire; delete it} other {# hires; delete them}} first.',

  // Documents and files.
  'file.nameRequired': 'The file needs a name.',
  'file.nameTooLong': 'The file name is too long.',
  'file.nameUnusable': 'The file name is not usable.',
  'file.namePlain': 'Give the file a plain name.',
  'file.empty': 'The file is empty.',
  'file.tooLarge': 'The file is larger than {mib} MiB.',
  'file.notBase64': 'The file content is not valid base64.',
  'file.notBase64Here': 'Not valid base64.',
  'file.unsupportedType': 'Liaison keeps {types} files; this file is none of those.',
  'document.notOwnedBy': 'That document does not belong to this {noun}.',
  'document.versionNotFound': 'That document version does not exist.',
  'document.notAHash': 'Not a document hash.',
  'document.storeFailed': 'The document could not be stored: {reason}.',
  'document.fileMissing': 'The stored file is missing from the documents folder.',
  'document.fileTampered':
    'The stored file no longer matches its hash: it was changed on disk. Attach the original file again to restore it.',
  'document.pickNeedsDesktop': 'Choosing a file from disk needs the desktop app; upload the file instead.',

  // Signing records.
  'signing.methodRequired': 'Choose how it was signed.',
  'signing.chooseAgreementVersion': 'Choose a document version of this agreement.',
  'signing.notAParty': 'That organisation is not a party to this agreement.',
  'signing.choosePartyOfAgreement': 'Choose one of the parties.',
  'signing.notASignatory': 'That person is not a signatory for {party}.',
  'signing.chooseSignatoryOf': 'Choose a signatory of {party}.',
  'signing.correctionElsewhere': 'The corrected record must belong to this agreement.',
  'signing.chooseRecordHere': 'Choose a record of this agreement.',
  'signing.eventElsewhere': 'The signing ceremony must be an event of this agreement in the register.',
  'signing.chooseEventHere': 'Choose an event of this agreement.',

  // Keys and signed exports.
  'key.labelRequired': 'Name whose key this is.',
  'key.notPublicKey': 'That is not an Ed25519 public key (PEM or a Liaison key file).',
  'key.notPublicKeyHere': 'Not a public key.',
  'key.alreadyKnown': 'That key is already known.',
  'key.notFound': 'That key does not exist.',
  'key.sealedInKeychain': 'The office key is sealed in the desktop app’s keychain; export signed summaries from the desktop app.',
  'export.keyChanged': 'The office key changed while the PDF was being made. Export the summary again.',
  'export.notSignable': 'The summary could not be signed: {where} is not in the signed-summary format.',
  'export.pdfProblem': '{detail}',
  'export.needsChromium': 'PDF export needs Chromium or Chrome installed (or use the desktop app).',
  'export.chromiumFailed': 'Chromium could not print the summary to PDF.',

  // Demo data.
  'demo.unknownName': 'The demo data names an unknown {what}: {name}.',
  'demo.registerNotEmpty': 'Demo data can only be loaded into an empty register.',

  // Importing a register (CSV or XLSX).
  'import.fileTooLarge': 'The file is larger than {mib} MB, so Liaison did not read it. A register of a few thousand rows is well under 1 MB; save only the register sheet, or as CSV.',
  'import.fileEmpty': 'The file is empty.',
  'import.legacyXls': 'This is an Excel 97–2003 workbook (.xls), which Liaison does not read. Open it in Excel and save it as .xlsx or CSV.',
  'import.notText': 'This is not a CSV or Excel file. Choose the register as .xlsx or .csv.',
  'import.encodingUnknown': 'The file’s text is not in an encoding Liaison reads (UTF-8, UTF-16, CP949/EUC-KR or GB18030/GBK). Save it as “CSV UTF-8” and try again.',
  'import.csvBroken': 'The CSV file cannot be read past line {line}: a quoted cell is not closed. Check that line in the file.',
  'import.zipUnreadable': 'This .xlsx file is damaged: its contents cannot be read. Open it in Excel and save it again.',
  'import.zipTooLarge': 'This .xlsx file would take more than {mib} MB once unpacked, so Liaison did not unpack it. A register is far smaller; save only the register sheet.',
  'import.notSpreadsheet': 'This zip file is not an Excel workbook. Choose the register as .xlsx or .csv.',
  'import.xlsxUnreadable': 'This .xlsx file cannot be read. Open it in Excel and save it again, or save it as CSV.',
  'import.noSheets': 'This workbook has no sheets.',
  'import.sheetMissing': 'The workbook has no sheet named “{sheet}”.',
  'import.formulaNoValue': 'This cell holds a formula with no saved value; open the file in Excel and save it so the value is kept.',
  'import.cellError': 'This cell holds the spreadsheet error {error}.',
  'import.headerRowMissing': 'The file has {rows} rows, so row {row} cannot be its header.',
  'import.dateUnread': 'The date was not read: {reason} The cell is kept in the notes.',
  'import.datePrecision': '“{text}” gives no day ({date}): it is kept in the notes rather than given a day it does not have.',
  'import.termUnread': 'The term “{text}” was not read as a length of time; it is kept in the notes as written.',
  'import.noPartner': 'The row names no partner, so it cannot become an agreement.',
  'import.noPartnerColumn': 'No column is marked as holding the partners: choose the partner column in the mapping.',
  'import.tooManyPartners': 'The row names {count} partners; an agreement can have at most {max} besides your organisation.',
  'import.partnerTooLong': 'A partner’s name is longer than {max} characters; check the cell (perhaps a note landed in it).',
  'import.kindUnknown': '“{text}” is not a kind of agreement Liaison knows; the row is imported as {kind}.',
  'import.titleMade': 'The row has no title; the agreement is called “{title}”.',
  'import.statusUnread': 'The status “{text}” was not understood; it is kept in the notes as written.',
  'import.countryUnread': 'The country was not read: {reason}',
  'import.notValid': 'The row cannot be saved as an agreement: {reason} ({field})',
  'import.sameAsRow': 'The same as row {row}, so it is imported once.',
  'import.alreadyImported': 'Already imported (from {file} on {date}, row {row}).',
  'import.partnerIsHome': '{name} is your own organisation, so it is not added again as a partner.',
  'import.partnerTwice': 'The same partner is named twice in the row; it is added once.',
  'import.referenceRepeated': 'Reference {reference} is already used by row {row} of this file.',
  'import.referenceTaken': 'Reference {reference} is already used by an agreement in the register.',
  'import.rowFailed': 'Row {row} could not be saved: {reason} Nothing was imported.',
  'import.sessionGone': 'Liaison no longer holds that file. Choose it again.',
  'import.busy': 'An import is already being saved or undone. Wait for it to finish.',
  'import.homeMissing': 'Name your own organisation: every agreement in the register is between it and the row’s partners.',
  'import.undecided': '{count, plural, one {One partner resembles an organisation already in the register} other {# partners resemble organisations already in the register}}: choose for each whether it is that organisation or a new one.',
  'import.notFound': 'That import does not exist.',
  'import.alreadyUndone': 'That import was already undone on {date}.',
  'import.undoRefused': 'The import cannot be undone: {count, plural, one {an agreement it created was} other {# agreements it created were}} edited, signed or given documents since ({names}{more, plural, =0 {} other {, and # more}}). Nothing was removed.',
  'import.undoBlocked': 'The import cannot be undone: {name} cannot be removed. {reason} Nothing was removed.',
  'import.pickNeedsDesktop': 'Choosing a file this way needs the desktop app; use the file chooser on the page.',
} as const;

export type MessageKey = keyof typeof enErrors;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(enErrors, key);
}
