import { expect } from '@open-wc/testing';
import type { ValidationIssue } from '../../src/schema/issues.js';

let example: unknown;

/** The in-repo example dataset, fetched once; callers get deep copies. */
export async function loadExample(): Promise<void> {
  example = await (await fetch('/test/fixtures/desa-sukamaju-2025.json')).json();
}

/** A deep copy of the example with one thing changed by `edit`. */
export function mutate(edit: (data: any) => void): any {
  const copy = structuredClone(example);
  edit(copy);
  return copy;
}

export const brief = (i: ValidationIssue) => `${i.severity} ${i.code} ${i.path}`;

/** Every message is written in both languages and never falls back to zod's own text. */
export function expectReadableMessages(issues: ValidationIssue[]): void {
  for (const issue of issues) {
    expect(issue.message.id.trim(), brief(issue)).to.not.equal('');
    expect(issue.message.en.trim(), brief(issue)).to.not.equal('');
    expect(issue.message.id, brief(issue)).to.not.include('Invalid input');
    expect(issue.message.en, brief(issue)).to.not.include('Invalid input');
    expect(issue.message.id, brief(issue)).to.not.match(/^\{"code"/);
  }
}
