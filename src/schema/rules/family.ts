/**
 * What a rule family is and how a validator runs a list of them. Apart from index.ts so that a
 * widget's validator, importing this and the rule files it needs, does not reach every rule
 * file through the index: a build split into chunks (dist/autoload/) assigns whole modules, and
 * a module reached by every widget lands in the chunk every widget downloads.
 */
import type { KpmDesaDataset } from '../entities/dataset.js';
import type { ValidationIssue } from '../issues.js';
import { resolveOptions, type ResolvedRuleOptions, type RuleOptions } from './options.js';

/**
 * One family of rules over a structurally sound dataset. A validator composed for one widget
 * (dataset-validator.ts) runs only the families for what it carries; each family only looks
 * at the collections it is about, so one that is left out of `data` is simply not checked.
 */
export type Rule = (data: KpmDesaDataset, options: ResolvedRuleOptions) => ValidationIssue[];

/** Runs the given families in the order given. */
export function runRuleFamilies(rules: readonly Rule[], data: KpmDesaDataset, options?: RuleOptions): ValidationIssue[] {
  const resolved = resolveOptions(options);
  return rules.flatMap((rule) => rule(data, resolved));
}
