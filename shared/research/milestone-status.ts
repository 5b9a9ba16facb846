/**
 * Where a milestone stands on `today`: done once it has a done date; slipped when its due date has
 * passed without one; otherwise still due. Computed, never stored, so it changes with the day.
 */
export const MILESTONE_STATUSES = ['due', 'done', 'slipped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export function milestoneStatus(milestone: { dueOn: string; doneOn: string | null }, today: string): MilestoneStatus {
  if (milestone.doneOn) return 'done';
  return milestone.dueOn < today ? 'slipped' : 'due';
}
