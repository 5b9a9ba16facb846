import { AppError } from '../../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../../shared/models/import';
import type { PlatformHooks } from '../../core-types';
import type { ImportService } from '../../imports/import-service';
import type { HandlerMap } from '../register';

type ImportChannels = 'imports:read' | 'imports:pick' | 'imports:preview' | 'imports:commit' | 'imports:list' | 'imports:undo';

/** What the desktop's open dialog offers for an import. */
export const IMPORT_PICK = {
  filters: [{ name: 'Registers (Excel, CSV)', extensions: ['xlsx', 'csv', 'tsv', 'txt'] }],
  maxBytes: MAX_IMPORT_BYTES,
};

export function importHandlers(imports: ImportService, platform: PlatformHooks): Pick<HandlerMap, ImportChannels> {
  return {
    'imports:read': ({ fileName, contentBase64, ...choices }) => imports.read(fileName, Buffer.from(contentBase64, 'base64'), choices),
    'imports:pick': async (choices) => {
      if (!platform.pickFile) throw new AppError('IO', 'import.pickNeedsDesktop');
      const picked = await platform.pickFile(IMPORT_PICK);
      return picked ? imports.read(picked.fileName, picked.bytes, choices) : null;
    },
    'imports:preview': ({ sessionId, ...choices }) => imports.preview(sessionId, choices),
    'imports:commit': ({ sessionId, ...choices }) => imports.commit(sessionId, choices),
    'imports:list': (page) => imports.list(page),
    'imports:undo': ({ id }) => imports.undo(id),
  };
}
