import { AppError } from '../../../../shared/errors';
import type { PlatformHooks } from '../../core-types';
import { addDocument, documentContent, markSigned, recordDocuments, uploadDocument } from '../../services/document-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

type DocumentChannels =
  | 'documents:list'
  | 'documents:add'
  | 'documents:pick'
  | 'documents:markSigned'
  | 'documents:content'
  | 'documents:open';

/** Documents of any record; picking and opening files go through the desktop's hooks when present. */
export function documentHandlers(ctx: ServiceContext, platform: PlatformHooks): Pick<HandlerMap, DocumentChannels> {
  return {
    'documents:list': ({ owner }) => recordDocuments(ctx, owner),
    'documents:add': (input) => uploadDocument(ctx, input),
    'documents:pick': async (input) => {
      if (!platform.pickFile) throw new AppError('IO', 'document.pickNeedsDesktop');
      const picked = await platform.pickFile();
      return picked ? addDocument(ctx, { ...input, ...picked }) : null;
    },
    'documents:markSigned': ({ versionId }) => markSigned(ctx, versionId),
    'documents:content': ({ versionId }) => {
      const { bytes, ...rest } = documentContent(ctx, versionId);
      return { ...rest, contentBase64: bytes.toString('base64') };
    },
    'documents:open': async ({ versionId }) => {
      if (!platform.openFile) return { opened: false };
      const { bytes, fileName } = documentContent(ctx, versionId);
      await platform.openFile(fileName, bytes);
      return { opened: true };
    },
  };
}
