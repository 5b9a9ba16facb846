import type { PlatformHooks } from '../../core-types';
import type { Db } from '../../db/connection';
import { renderPdfWithChromium } from '../../exports/chromium-pdf';
import type { Downloads } from '../../exports/downloads';
import { exportRegister, exportSummary, registerDownload, verifyFile } from '../../services/export-service';
import type { KeyService } from '../../services/key-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

type ExportChannels =
  | 'exports:summary'
  | 'exports:register'
  | 'exports:registerLink'
  | 'exports:verify';

/** `downloads` holds the files offered as links; `openReader` opens the read-only connection each one is read on. */
export function exportHandlers(
  ctx: ServiceContext,
  keys: KeyService,
  platform: PlatformHooks,
  downloads: { offer: Downloads['offer']; openReader: () => Db },
): Pick<HandlerMap, ExportChannels> {
  return {
    'exports:summary': (input) => exportSummary(ctx, keys, input, platform.renderPdf ?? renderPdfWithChromium),
    'exports:register': (input) => exportRegister(ctx, input),
    'exports:registerLink': (input) => {
      const download = registerDownload(ctx, input, downloads.openReader);
      return { fileName: download.fileName, mediaType: download.mediaType, url: downloads.offer(download) };
    },
    'exports:verify': (input) => verifyFile(keys, input),
  };
}
