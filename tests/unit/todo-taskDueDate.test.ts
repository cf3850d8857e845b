import { describe, expect, it } from 'vitest';
import { taskDueDate } from '../../src/domain/todo/taskDueDate';

describe('taskDueDate', () => {
  it('reads a due date To Do kept in the zone it was written in as that day', () => {
    expect(
      taskDueDate(
        { dateTime: '2026-12-04T00:00:00.0000000', timeZone: 'America/Toronto' },
        'America/Toronto',
      ),
    ).toBe('2026-12-04');
    expect(
      taskDueDate({ dateTime: '2026-12-04T00:00:00.0000000', timeZone: 'Eastern Standard Time' }, 'UTC'),
    ).toBe('2026-12-04');
  });

  it('turns a UTC answer back into the day in the person’s zone', () => {
    // Midnight in Toronto (UTC-5 in December) answered as 05:00 UTC.
    expect(taskDueDate({ dateTime: '2026-12-04T05:00:00.0000000', timeZone: 'UTC' }, 'America/Toronto')).toBe(
      '2026-12-04',
    );
    // Midnight in Paris answered as 23:00 UTC the day before.
    expect(taskDueDate({ dateTime: '2026-12-03T23:00:00.0000000', timeZone: 'UTC' }, 'Europe/Paris')).toBe(
      '2026-12-04',
    );
  });

  it('has no due date for a task without one or with an unreadable one', () => {
    expect(taskDueDate(null, 'UTC')).toBeNull();
    expect(taskDueDate({ dateTime: null, timeZone: 'UTC' }, 'UTC')).toBeNull();
    expect(taskDueDate({ dateTime: 'soon', timeZone: 'UTC' }, 'UTC')).toBeNull();
  });
});
