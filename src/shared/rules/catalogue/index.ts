import type { Rule } from '../types.js';
import { PROCEDURE_RULES } from './procedure.js';

/** Every rule, in the order findings of one severity are listed. */
export const RULES: readonly Rule[] = [...PROCEDURE_RULES];
