import { z } from 'zod';

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  user: z.string(),
  mode: z.enum(['desktop', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** First-run state: the home view offers the demo data while the register is empty. */
export const DemoStatus = z.object({
  empty: z.boolean(),
  offered: z.boolean(),
  loaded: z.boolean(),
});
export type DemoStatus = z.infer<typeof DemoStatus>;

export const DemoLoadResult = z.object({
  organisations: z.number().int(),
  people: z.number().int(),
  agreements: z.number().int(),
});
export type DemoLoadResult = z.infer<typeof DemoLoadResult>;
