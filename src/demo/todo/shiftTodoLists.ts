/** Moves To Do dates with the rest of the seed (see shiftSeedByWeeks), so due dates keep their place in the week. */
import type { DateTimeTimeZone } from '@microsoft/microsoft-graph-types';
import type { DemoSeedTodoList, DemoSeedTodoTask } from '../seed/demoSeed.types';
import { addDaysToDateTime, formatGraphDateTime, parseCivilDateTime } from '../time/civilDate';

const DAY_MS = 86_400_000;

function shiftTimestamp(value: string | undefined, days: number): string | undefined {
  if (!value) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms + days * DAY_MS).toISOString();
}

function shiftZoned(
  value: DateTimeTimeZone | null | undefined,
  days: number,
): DateTimeTimeZone | null | undefined {
  const wallClock = value?.dateTime ? parseCivilDateTime(value.dateTime) : null;
  if (!value || !wallClock) return value;
  return { ...value, dateTime: formatGraphDateTime(addDaysToDateTime(wallClock, days)) };
}

function shiftTask(task: DemoSeedTodoTask, days: number): DemoSeedTodoTask {
  return {
    ...task,
    createdDateTime: shiftTimestamp(task.createdDateTime, days),
    lastModifiedDateTime: shiftTimestamp(task.lastModifiedDateTime, days),
    dueDateTime: shiftZoned(task.dueDateTime, days),
    completedDateTime: shiftZoned(task.completedDateTime, days),
  };
}

export function shiftTodoLists(lists: readonly DemoSeedTodoList[], days: number): DemoSeedTodoList[] {
  return lists.map((list) =>
    list.tasks ? { ...list, tasks: list.tasks.map((task) => shiftTask(task, days)) } : list,
  );
}
