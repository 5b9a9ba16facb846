import type { PlatformHooks } from '../../core-types';
import { renderPdfWithChromium } from '../../exports/chromium-pdf';
import { exportRegister, exportSummary, verifyFile } from '../../services/export-service';
import type { KeyService } from '../../services/key-service';
import type { ServiceContext } from '../../services/service-context';
import type { HandlerMap } from '../register';

type ExportChannels =
  | 'exports:summary'
  | 'exports:register'
  | 'exports:verify';

export function exportHandlers(ctx: ServiceContext, keys: KeyService, platform: PlatformHooks): Pick<HandlerMap, ExportChannels> {
  return {
    'exports:summary': (input) => exportSummary(ctx, keys, input, platform.renderPdf ?? renderPdfWithChromium),
    'exports:register': (input) => exportRegister(ctx, input),
    'exports:verify': (input) => verifyFile(keys, input),
  };
}
