import { describe, expect, it } from 'vitest';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdit } from '../../src/domain/space/spaceEdits';
import { actionItemIdFromTaskKey, actionItemTaskKey } from '../../src/domain/todo/actionItemTaskKey';
import { type LinkedTask, planActionItemTasks } from '../../src/domain/todo/planActionItemTasks';
import { addActionItemEdit, emptySpace, SPACE_ID, spaceEdit } from '../support/spaceBuilders';

/** Items: a (mine, open), b (mine, done at 10:00), c (theirs, open), d (mine, deleted). Leader is me. */
function space(): SpaceDocument {
  let doc = emptySpace();
  for (const edit of [
    addActionItemEdit({ actionItemId: 'a', at: '2026-11-02T09:00:00.000Z', owner: 'leader' }),
    addActionItemEdit({ actionItemId: 'b', at: '2026-11-02T09:00:00.000Z', owner: 'leader' }),
    addActionItemEdit({ actionItemId: 'c', at: '2026-11-02T09:00:00.000Z', owner: 'employee' }),
    addActionItemEdit({ actionItemId: 'd', at: '2026-11-02T09:00:00.000Z', owner: 'leader' }),
    spaceEdit('setActionItemStatus', {
      actionItemId: 'b',
      status: 'done',
      occurrence: null,
      at: '2026-11-03T10:00:00.000Z',
    }),
    spaceEdit('deleteActionItem', { actionItemId: 'd', at: '2026-11-03T10:00:00.000Z' }),
  ]) {
    doc = applySpaceEdit(doc, edit);
  }
  return doc;
}

/** A task as the app created it: same title, no due date, last changed in To Do at creation or completion. */
const task = (item: string, completedAt: string | null, taskId = `task-${item}`): LinkedTask => ({
  taskId,
  key: actionItemTaskKey(SPACE_ID, item),
  completed: completedAt !== null,
  completedAt,
  title: `Action ${item}`,
  dueDate: null,
  modifiedAt: completedAt ?? '2026-11-02T09:30:00.000Z',
});

describe('planActionItemTasks', () => {
  it.each<[string, LinkedTask[], string[], object]>([
    [
      'creates a task for my open item only',
      [],
      [],
      { create: ['a'], complete: [], reopen: [], close: [], update: [] },
    ],
    [
      'does not recreate a task deleted in To Do',
      [],
      ['a'],
      { create: [], complete: [], reopen: [], close: [], update: [] },
    ],
    [
      'closes my item when its task was completed in To Do',
      [task('a', '2026-11-04T12:00:00.000Z')],
      [],
      { create: [], complete: [], reopen: [], close: ['a'], update: [] },
    ],
    [
      'completes the task of an item closed in the app',
      [task('a', null), task('b', null)],
      [],
      { create: [], complete: ['task-b'], reopen: [], close: [], update: [] },
    ],
    [
      'reopens the task when the item was reopened in the app after the task was completed',
      [task('a', '2026-11-01T12:00:00.000Z')],
      [],
      { create: [], complete: [], reopen: ['task-a'], close: [], update: [] },
    ],
    [
      'leaves tasks of deleted items, of the other person and of other spaces alone',
      [
        task('a', null),
        task('c', '2026-11-04T12:00:00.000Z'),
        task('d', null),
        {
          ...task('a', '2026-11-05T00:00:00.000Z', 'elsewhere'),
          key: actionItemTaskKey('another-space', 'a'),
        },
      ],
      [],
      { create: [], complete: [], reopen: [], close: [], update: [] },
    ],
    [
      'a completed task with no completion time still closes the item',
      [task('a', null, 'x'), { ...task('a', null, 'y'), completed: true }],
      [],
      { create: [], complete: [], reopen: [], close: ['a'], update: [] },
    ],
  ])('%s', (_name, tasks, createdBefore, expected) => {
    const plan = planActionItemTasks({
      document: space(),
      myRole: 'leader',
      tasks,
      createdBefore: new Set(createdBefore),
    });
    expect({ ...plan, create: plan.create.map((item) => item.id) }).toEqual(expected);
  });

  it('pushes a title or due date edited in the app to the open task, and only a later edit', () => {
    const edited = [
      spaceEdit('editActionItem', {
        actionItemId: 'a',
        text: 'Send the budget draft',
        at: '2026-11-04T09:00:00.000Z',
      }),
      spaceEdit('editActionItem', {
        actionItemId: 'a',
        dueDate: '2026-11-20',
        at: '2026-11-04T09:01:00.000Z',
      }),
    ].reduce(applySpaceEdit, space());
    const plan = planActionItemTasks({ document: edited, myRole: 'leader', tasks: [task('a', null)] });
    expect(plan.update).toEqual([
      { taskId: 'task-a', title: 'Send the budget draft', dueDate: '2026-11-20' },
    ]);
    // Renamed in To Do after the app's edit: the person's wording stays.
    const renamedInTodo = { ...task('a', null), title: 'Budget!', modifiedAt: '2026-11-05T08:00:00.000Z' };
    expect(
      planActionItemTasks({ document: edited, myRole: 'leader', tasks: [renamedInTodo] }).update,
    ).toEqual([]);
    // Already the same: nothing to send.
    const inStep = { ...task('a', null), title: 'Send the budget draft', dueDate: '2026-11-20' };
    expect(planActionItemTasks({ document: edited, myRole: 'leader', tasks: [inStep] }).update).toEqual([]);
    // A completed task is the close/reopen rule's, not this one's.
    const done = planActionItemTasks({
      document: edited,
      myRole: 'leader',
      tasks: [task('a', '2026-11-03T00:00:00.000Z')],
    });
    expect(done.update).toEqual([]);
  });

  it('plans for the employee side with the employee items', () => {
    const plan = planActionItemTasks({ document: space(), myRole: 'employee', tasks: [] });
    expect(plan.create.map((item) => item.id)).toEqual(['c']);
  });
});

describe('actionItemTaskKey', () => {
  it('round-trips within its space only', () => {
    const key = actionItemTaskKey('space-1', 'item-1');
    expect(actionItemIdFromTaskKey(key, 'space-1')).toBe('item-1');
    expect(actionItemIdFromTaskKey(key, 'space-2')).toBeNull();
    expect(actionItemIdFromTaskKey('space-1/', 'space-1')).toBeNull();
  });
});
