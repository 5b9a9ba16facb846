import type { HandlerMap } from '../../ipc/register';
import type { ServiceContext } from '../../services/service-context';
import { createProject, deleteProject, getProject, queryProjects, restoreProject, transitionProject, updateProject } from './project-service';

type ProjectChannels = 'projects:list' | 'projects:get' | 'projects:create' | 'projects:update' | 'projects:delete' | 'projects:restore' | 'projects:transition';

export function projectHandlers(ctx: ServiceContext): Pick<HandlerMap, ProjectChannels> {
  return {
    'projects:list': (query) => queryProjects(ctx, query),
    'projects:get': ({ id }) => getProject(ctx, id),
    'projects:create': (values) => createProject(ctx, values),
    'projects:update': (input) => updateProject(ctx, input),
    'projects:delete': (removal) => deleteProject(ctx, removal),
    'projects:restore': (removal) => restoreProject(ctx, removal),
    'projects:transition': (input) => transitionProject(ctx, input),
  };
}
