import { describe, expect, it } from 'vitest';
import { lastCall } from './last-call.ts';

describe('lastCall', () => {
  it('runs again only when an argument is another object or value', () => {
    let runs = 0;
    const sum = lastCall((list: number[], plus: number) => {
      runs++;
      return list.reduce((a, b) => a + b, plus);
    });
    const list = [1, 2];
    expect(sum(list, 1)).toBe(4);
    expect(sum(list, 1)).toBe(4);
    expect(runs).toBe(1);
    expect(sum([1, 2], 1)).toBe(4);
    expect(sum(list, 2)).toBe(5);
    expect(runs).toBe(3);
  });
});
