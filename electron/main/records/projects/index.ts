/** Research projects and centres: one place for main's table, rules and channels of the type (see the kit's record modules). */
export { projectTable } from './project-table';
export { projectHandlers } from './project-handlers';
export { createProject, getProject, transitionProject, walkProjectTo } from './project-service';
