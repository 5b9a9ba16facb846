import { createHash } from 'node:crypto';
import { localToday } from '../../../shared/calendar';
import { AppError } from '../../../shared/errors';
import type { Page } from '../../../shared/models/common';
import {
  ImportOptions,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
  type ImportSummary,
  type ImportUndoResult,
} from '../../../shared/models/import';
import type { Db } from '../db/connection';
import { importsOfFile, listImports } from '../db/repos/import-repo';
import type { ServiceContext } from '../services/service-context';
import { commitImport } from './import-commit';
import { registerLookups, registerVersion } from './import-lookups';
import { ImportSessions, type ImportSession } from './import-sessions';
import { undoImport } from './import-undo';
import { interpret, type Choices } from './interpret';
import { readRegisterFile } from './read-file';

export type ImportServiceOptions = {
  /** A second connection to the register, for the import's long transaction (see `import-commit.ts`). */
  openWriter: () => Db;
  onProgress: (progress: ImportProgress) => void;
};

/**
 * Bringing a register in: read a file into a session, preview it under a mapping and options as
 * often as the user changes them, then commit it in one transaction; list past imports, undo one.
 */
export class ImportService {
  private readonly sessions = new ImportSessions();
  private busy = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: ImportServiceOptions,
  ) {}

  async read(fileName: string, bytes: Buffer, choices: Choices): Promise<ImportPreview> {
    const table = await readRegisterFile(bytes, { sheet: choices.options.sheet });
    const session = this.sessions.add({
      fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      bytes: table.format === 'xlsx' ? bytes : null,
      table,
    });
    return this.previewOf(session, choices);
  }

  async preview(sessionId: string, choices: Choices): Promise<ImportPreview> {
    const session = this.sessions.get(sessionId);
    const wanted = choices.options.sheet;
    if (session.bytes && wanted !== undefined && wanted !== session.table.sheet) {
      session.table = await readRegisterFile(session.bytes, { sheet: wanted });
    }
    return this.previewOf(session, choices);
  }

  async commit(sessionId: string, choices: Choices): Promise<ImportResult> {
    return this.exclusively(() => commitImport(this.ctx, this.sessions.get(sessionId), choices, this.options));
  }

  async undo(id: string): Promise<ImportUndoResult> {
    return this.exclusively(async () => undoImport(this.ctx, id));
  }

  list(page: { offset: number; limit: number }): Page<ImportSummary> {
    return listImports(this.ctx.db, page);
  }

  /** One import or undo at a time: a second click while one runs is told so, not queued behind it. */
  private async exclusively<T>(run: () => Promise<T>): Promise<T> {
    if (this.busy) throw new AppError('CONFLICT', 'import.busy');
    this.busy = true;
    try {
      return await run();
    } finally {
      this.busy = false;
    }
  }

  private previewOf(session: ImportSession, choices: Choices): ImportPreview {
    // Where the register stood before the rows were read: a commit that finds it unmoved saves this reading.
    const register = registerVersion(this.ctx.db);
    const today = localToday(this.ctx.now());
    const found = interpret(session.table, choices, session.fileName, registerLookups(this.ctx.db), today);
    session.interpreted = { choices: JSON.stringify(choices), register, today, found };
    const { table } = session;
    return {
      sessionId: session.id,
      file: {
        name: session.fileName,
        size: session.size,
        sha256: session.sha256,
        format: table.format,
        encoding: table.encoding,
        sheet: table.sheet,
        sheets: table.sheets,
      },
      earlier: importsOfFile(this.ctx.db, session.sha256),
      headerRow: found.headerRow,
      aboveHeader: found.aboveHeader,
      columns: found.columns,
      options: ImportOptions.parse({ ...choices.options, sheet: table.sheet ?? undefined }),
      rows: found.rows.map(({ rowNumber, cells, outcome, draft, problems }) => ({ rowNumber, cells, outcome, draft, problems })),
      organisations: found.organisations,
      home: found.home ? { name: found.home.name, organisationId: found.home.organisationId } : null,
      counts: found.counts,
    };
  }
}
