import { describe, expect, it } from 'vitest';
import {
  bareEntityTag,
  conditionMatches,
  readEntityTagCondition,
} from '../../src/demo/http/conditionalHeaders';
import { routingSegments } from '../../src/demo/http/pathAddressing';

const route = (path: string) => routingSegments(path.split('/').filter(Boolean), decodeURIComponent);

describe('routingSegments (OneDrive path addressing)', () => {
  it('folds `item:/a/b:` into the item, a `:` marker and one decoded path segment', () => {
    expect(route('me/drive/special/approot:/spaces/daniel%20okafor.json:/content')).toEqual([
      'me',
      'drive',
      'special',
      'approot',
      ':',
      'spaces/daniel okafor.json',
      'content',
    ]);
    expect(route('drives/b!x/items/01ABC:/new.json:/content')).toEqual([
      'drives',
      'b!x',
      'items',
      '01ABC',
      ':',
      'new.json',
      'content',
    ]);
  });

  it('accepts a path without the closing colon, and leaves other segments alone', () => {
    expect(route('me/drive/root:/Apps/file.json')).toEqual(['me', 'drive', 'root', ':', 'Apps/file.json']);
    expect(route('me/drive/root:')).toEqual(['me', 'drive', 'root', ':', '']);
    // Chat ids contain a colon, but not at the end of the segment; an encoded colon is part of a name.
    expect(route('chats/19:meeting_abc@thread.v2')).toEqual(['chats', '19:meeting_abc@thread.v2']);
    expect(route('me/drive/root:/a%3A:/content')).toEqual(['me', 'drive', 'root', ':', 'a:', 'content']);
    expect(route('me/events/AAMkA%3D')).toEqual(['me', 'events', 'AAMkA=']);
  });
});

describe('entity tag conditions', () => {
  const eTag = '"{0283852D-9919-4475-B07B-98F3B20D2BD0},2"';
  const headers = (name: string, value: string) => new Headers({ [name]: value });

  it('reads OneDrive eTags whole, although they contain a comma', () => {
    const condition = readEntityTagCondition(headers('If-Match', eTag), 'If-Match');
    expect(condition).toEqual({ kind: 'tags', tags: ['{0283852D-9919-4475-B07B-98F3B20D2BD0},2'] });
    expect(conditionMatches(condition ?? { kind: 'any' }, eTag)).toBe(true);
    expect(conditionMatches(condition ?? { kind: 'any' }, eTag.replace(',2', ',3'))).toBe(false);
  });

  it('matches weak and unquoted forms, lists, and * only when the resource exists', () => {
    const weak = readEntityTagCondition(headers('If-Match', 'W/"abc"'), 'If-Match');
    expect(weak && conditionMatches(weak, 'W/"abc"')).toBe(true);
    const list = readEntityTagCondition(headers('If-Match', '"x", "abc"'), 'If-Match');
    expect(list && conditionMatches(list, '"abc"')).toBe(true);
    const unquoted = readEntityTagCondition(headers('If-Match', '{G},1'), 'If-Match');
    expect(unquoted && conditionMatches(unquoted, '"{G},1"')).toBe(true);
    const any = readEntityTagCondition(headers('If-None-Match', '*'), 'If-None-Match');
    expect(any && conditionMatches(any, null)).toBe(false);
    expect(any && conditionMatches(any, '"x"')).toBe(true);
    expect(readEntityTagCondition(new Headers(), 'If-Match')).toBeNull();
    expect(bareEntityTag(' W/"a,b" ')).toBe('a,b');
  });
});
