import type { ChainReport } from '../../../../shared/models/signing';
import type { ServiceContext } from '../../services/service-context';
import { recordSigning, signingRecords, verifySigningChain } from '../../services/signing-service';
import type { HandlerMap } from '../register';

type SigningChannels = 'signing:list' | 'signing:record' | 'signing:verify';

/**
 * `onBroken` tells every window (and browser tab) when a check finds the signing chain broken; the
 * renderer runs that check in the background each time the app starts.
 */
export function signingHandlers(
  ctx: ServiceContext,
  onBroken: (report: Extract<ChainReport, { intact: false }>) => void,
): Pick<HandlerMap, SigningChannels> {
  return {
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
