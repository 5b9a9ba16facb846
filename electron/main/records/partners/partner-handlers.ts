import type { PlatformHooks } from '../../core-types';
import { renderPdfWithChromium } from '../../exports/chromium-pdf';
import type { HandlerMap } from '../../ipc/register';
import type { ServiceContext } from '../../services/service-context';
import { partnerOverview } from './partner-overview';
import { exportPartnerReport } from './partner-report-service';

/** The partner page and its report; the report prints with the desktop's printToPDF, or headless Chromium elsewhere. */
export function partnerHandlers(ctx: ServiceContext, platform: PlatformHooks): Pick<HandlerMap, 'partners:overview' | 'partners:report'> {
  return {
    'partners:overview': ({ organisationId }) => partnerOverview(ctx, organisationId),
    'partners:report': (input) => exportPartnerReport(ctx, input, platform.renderPdf ?? renderPdfWithChromium),
  };
}
