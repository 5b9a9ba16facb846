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
  'person.stillSignatory': '{name} is a signatory of {count, plural, one {# agreement} other {# agreements}} and cannot be deleted.',

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
} as const;

export type MessageKey = keyof typeof enErrors;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(enErrors, key);
}
