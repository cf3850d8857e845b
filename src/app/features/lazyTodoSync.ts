import type { AppDeployment } from '../../domain/appDeployment';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { isTodoSyncOn, setTodoSync } from '../../services/todo/todoSetting';
import type { TodoSyncApi } from '../../ui/todo/TodoSyncApi';
import { lazyFeature } from './lazyFeature';

/** Microsoft To Do sync, its code loaded on first use; `linkTitle` names the 1:1 in the task's link. */
export function lazyTodoSync(
  context: {
    graph: GraphConnection;
    store: KeyValueStore;
    deployment: AppDeployment;
    timeZone: () => Promise<string>;
  },
  linkTitle: (counterpartName: string) => string,
): TodoSyncApi {
  const features = lazyFeature(() =>
    import('./todoFeatures').then(({ createTodoFeatures }) => createTodoFeatures(context)),
  );
  return {
    isOn: (userId) => isTodoSyncOn(context.store, userId),
    set: (userId, on) => setTodoSync(context.store, userId, on),
    syncSession: async (session) => {
      const todo = await features();
      return todo.sync(session.participants.me.id, todo.entriesOf(session), linkTitle);
    },
    syncTeam: async (overview) => {
      const todo = await features();
      const entries = overview.members.flatMap((member) =>
        member.space
          ? [
              {
                space: member.space,
                myRole: 'leader' as const,
                counterpartName: member.person.displayName,
                reference: null,
              },
            ]
          : [],
      );
      return todo.sync(overview.me.id, entries, linkTitle);
    },
  };
}
