import { AppError } from '../../../../shared/errors';
import type { ChainReport } from '../../../../shared/models/signing';
import type { PlatformHooks } from '../../core-types';
import { addDocument, documentContent, markSigned, recordDocuments, uploadDocument } from '../../services/document-service';
import type { ServiceContext } from '../../services/service-context';
import { recordSigning, signingRecords, verifySigningChain } from '../../services/signing-service';
import type { HandlerMap } from '../register';

type DocumentChannels =
  | 'documents:list'
  | 'documents:add'
  | 'documents:pick'
  | 'documents:markSigned'
  | 'documents:content'
  | 'documents:open'
  | 'signing:list'
  | 'signing:record'
  | 'signing:verify';

/**
 * `onBroken` tells every window (and browser tab) when a check finds the signing chain broken; the
 * renderer runs that check in the background each time the app starts.
 */
export function documentHandlers(
  ctx: ServiceContext,
  platform: PlatformHooks,
  onBroken: (report: Extract<ChainReport, { intact: false }>) => void,
): Pick<HandlerMap, DocumentChannels> {
  return {
    'documents:list': ({ owner }) => recordDocuments(ctx, owner),
    'documents:add': (input) => uploadDocument(ctx, input),
    'documents:pick': async (input) => {
      if (!platform.pickFile) throw new AppError('IO', 'Choosing a file from disk needs the desktop app; upload the file instead.');
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
    'signing:list': ({ agreementId }) => signingRecords(ctx, agreementId),
    'signing:record': (input) => recordSigning(ctx, input),
    'signing:verify': () => {
      const report = verifySigningChain(ctx);
      if (!report.intact) {
        console.error(`[liaison] signing records: ${report.reason}`);
        onBroken(report);
      }
      return report;
    },
  };
}
