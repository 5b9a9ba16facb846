import type { ChainReport } from '../../../../shared/models/signing';
import type { ServiceContext } from '../../services/service-context';
import { recordSigning, signingRecords, verifySigningChainInSteps, type ChainSigner } from '../../services/signing-service';
import type { HandlerMap } from '../register';

/**
 * `onBroken` tells every window (and browser tab) when a check finds the signing chain broken; the
 * renderer runs that check in the background each time the app starts.
 */
export function signingHandlers(
  ctx: ServiceContext,
  signer: ChainSigner,
  onBroken: (report: Extract<ChainReport, { intact: false }>) => void,
): Pick<HandlerMap, 'signing:list' | 'signing:record' | 'signing:verify'> {
  return {
    'signing:list': ({ agreementId }) => signingRecords(ctx, agreementId),
    'signing:record': (input) => recordSigning(ctx, signer, input),
    'signing:verify': async () => {
      const report = await verifySigningChainInSteps(ctx, signer);
      if (!report.intact) {
        console.error(`[liaison] signing records: ${report.problems.map((problem) => problem.reason).join(' ')}`);
        onBroken(report);
      }
      return report;
    },
  };
}
