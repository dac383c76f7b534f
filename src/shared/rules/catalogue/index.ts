import type { Rule } from '../types.js';
import { APPLICATION_RULES } from './application.js';
import { ATTACHMENT_RULES } from './attachments.js';
import { CANCELLATION_RULES } from './cancellation.js';
import { CHARACTER_RULES } from './characters.js';
import { FACILITY_RULES } from './facility.js';
import { FORMAT_RULES } from './formats.js';
import { HOSTING_RULES } from './hosting.js';
import { OPERATIONS_RULES } from './operations.js';
import { OVERFLOW_RULES } from './overflow.js';
import { PROCEDURE_RULES } from './procedure.js';
import { PROTOCOL_RULES } from './protocols.js';
import { RECORD_REMINDER_RULES } from './record-reminders.js';
import { requiredFields } from './required-fields.js';

/** Every rule, in the order findings of one severity are listed (the procedure's order). */
export const RULES: readonly Rule[] = [
  ...PROCEDURE_RULES,
  requiredFields,
  ...OPERATIONS_RULES,
  ...HOSTING_RULES,
  ...APPLICATION_RULES,
  ...PROTOCOL_RULES,
  ...FACILITY_RULES,
  ...CANCELLATION_RULES,
  ...RECORD_REMINDER_RULES,
  ...ATTACHMENT_RULES,
  ...FORMAT_RULES,
  ...CHARACTER_RULES,
  ...OVERFLOW_RULES,
];
