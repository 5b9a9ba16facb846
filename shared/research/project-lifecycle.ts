import { fieldIssue, type FieldIssue } from '../errors';
import { defineLifecycle } from '../lifecycle/define-lifecycle';

export const PROJECT_STATUSES = ['proposed', 'active', 'completed', 'stopped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** What the project rules need to know; the record and main's row both fit it. */
export type ProjectFacts = {
  status: ProjectStatus;
  startsOn: string | null;
  milestones: ReadonlyArray<{ doneOn: string | null }>;
};

/**
 * A project is proposed, runs, and either completes or is stopped (a proposal that is never funded
 * is stopped too). Running needs the day it started; completing needs every milestone done — with
 * milestones still open, it was stopped, not completed.
 */
export const projectLifecycle = defineLifecycle<ProjectStatus, ProjectFacts>({
  noun: 'research project',
  moves: {
    proposed: ['active', 'stopped'],
    active: ['completed', 'stopped'],
    completed: [],
    stopped: [],
  },
  guards: {
    active: (facts): FieldIssue[] => (facts.startsOn ? [] : [fieldIssue('startsOn', 'project.activeNeedsStart')]),
    completed: (facts): FieldIssue[] => {
      const open = facts.milestones.filter((m) => !m.doneOn).length;
      return open > 0 ? [fieldIssue('milestones', 'project.openMilestones', { count: open })] : [];
    },
  },
});
