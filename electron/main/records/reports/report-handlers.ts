import type { PlatformHooks } from '../../core-types';
import { renderPdfWithChromium } from '../../exports/chromium-pdf';
import type { HandlerMap } from '../../ipc/register';
import type { ServiceContext } from '../../services/service-context';
import { reportPage, exportReport } from './report-service';

/** The yearly and partner reports; the PDF prints as the partner report's does. */
export function reportHandlers(ctx: ServiceContext, platform: PlatformHooks): Pick<HandlerMap, 'reports:figures' | 'reports:export'> {
  return {
    'reports:figures': (request) => reportPage(ctx, request),
    'reports:export': (input) => exportReport(ctx, input, platform.renderPdf ?? renderPdfWithChromium),
  };
}
