/**
 * People's names on a form are never split between lines (a J-LIS reviewer reads 「齋藤 﨑」 /
 * 「太郎」 as two people). The form document provides the names of the workspace's people; every
 * FieldText and paragraph keeps them whole, with their readings.
 */
import { createContext } from 'react';

/** Asked only when a text breaks into lines, so a form that breaks nothing reads no names. */
export type NamesSource = () => readonly string[];

export const NamesContext = createContext<NamesSource>(() => []);

interface PersonLike {
  name?: unknown;
  nameKana?: unknown;
}

/** A name as typed and without its spaces (山田 太郎 / 山田太郎), and its reading; empty ones dropped. */
export function namesOf(people: readonly (PersonLike | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const person of people) {
    for (const value of [person?.name, person?.nameKana]) {
      if (typeof value !== 'string') continue;
      const name = value.trim();
      if (name.length < 2) continue;
      out.add(name);
      out.add(name.replace(/[\s\u3000]+/gu, ''));
      out.add(name.replace(/[\s\u3000]+/gu, '\u3000'));
      out.add(name.replace(/[\s\u3000]+/gu, ' '));
    }
  }
  return [...out];
}
