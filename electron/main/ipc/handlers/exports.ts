import { Buffer } from 'node:buffer';
import type { PlatformHooks } from '../../core-types';
import { renderPdfWithChromium } from '../../exports/chromium-pdf';
import { exportRegister, exportSummary, verifyFile } from '../../services/export-service';
import type { KeyService } from '../../services/key-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

type ExportChannels =
  | 'keys:list'
  | 'keys:rotate'
  | 'keys:exportPublic'
  | 'keys:importPublic'
  | 'exports:summary'
  | 'exports:register'
  | 'exports:verify';

export function exportHandlers(ctx: ServiceContext, keys: KeyService, platform: PlatformHooks): Pick<HandlerMap, ExportChannels> {
  return {
    'keys:list': () => keys.list(),
    'keys:rotate': () => keys.rotate(),
    'keys:exportPublic': ({ keyId }) => {
      const file = keys.exportPublic(keyId);
      return { fileName: file.fileName, mediaType: 'application/json', contentBase64: Buffer.from(file.content).toString('base64') };
    },
    'keys:importPublic': ({ label, content }) => keys.importPublic(label, content),
    'exports:summary': (input) => exportSummary(ctx, keys, input, platform.renderPdf ?? renderPdfWithChromium),
    'exports:register': (input) => exportRegister(ctx, input),
    'exports:verify': (input) => verifyFile(keys, input),
  };
}
