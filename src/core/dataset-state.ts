import { createContext } from '@lit/context';
import type { ValidationIssue } from '../schema/issues.js';
import type { KpmDesaDataset } from '../schema/index.js';
import type { LoadError } from './load-error.js';

/** What `validateDataset` returns; repeated here as a type so core does not pull zod in twice. */
export interface DatasetResult {
  ok: boolean;
  data: KpmDesaDataset | null;
  issues: ValidationIssue[];
  /** Input index of each kept entity per collection (see `ValidationResult.inputIndex`). */
  inputIndex?: Partial<Record<string, number[]>>;
}

/**
 * Where a widget's data stands. `idle` means no source was given at all; "empty" is not a
 * state here because it depends on the widget (a budget chart is empty without `apbdes`).
 */
export type DatasetState =
  | { status: 'idle' }
  | { status: 'loading'; source: string }
  | { status: 'error'; source: string; error: LoadError }
  | { status: 'ready'; source: string; result: DatasetResult };

/**
 * Shared by `<kpm-data>` and every widget inside it. A `Symbol.for` key, so a second copy of
 * the library on the same page still finds the first copy's provider.
 */
export const datasetContext = createContext<DatasetState>(Symbol.for('kpm-widgets/dataset'));
