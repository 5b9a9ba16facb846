import type { StateCreator } from 'zustand';
import type { ChainReport } from '../../../shared/models/signing';
import type { AppState } from './index';

export type BrokenChain = Extract<ChainReport, { intact: false }>;

export type IntegritySlice = {
  /** Set when main reports the signing-record chain broken; the shell shows a banner while set. */
  brokenChain: BrokenChain | null;
  /** The latest check's answer: a broken chain raises the banner, an intact one clears it. */
  setChainReport: (report: ChainReport) => void;
};

export const createIntegritySlice: StateCreator<AppState, [], [], IntegritySlice> = (set) => ({
  brokenChain: null,
  setChainReport: (report) => set({ brokenChain: report.intact ? null : report }),
});
