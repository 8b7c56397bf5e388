import type { CoursePatch } from '../../../shared/api/outlineCalls';
import { CourseSchema, type Course } from '../../../shared/model/course';

/** How a framing field is typed: one line, several lines, a whole number, or one item per line (the start date has its own DateField). */
type FieldKind = 'text' | 'textarea' | 'number' | 'lines';

interface FieldRule {
  kind: FieldKind;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
}

/** The framing fields typed as text, with the limits of the course model. */
export const FRAMING_FIELDS = {
  client: { kind: 'text', maxLength: 500 },
  title: { kind: 'text', required: true, maxLength: 500 },
  businessProblem: { kind: 'textarea', maxLength: 100_000 },
  audience: { kind: 'textarea', maxLength: 100_000 },
  audienceLevel: { kind: 'text', maxLength: 500 },
  learnerCount: { kind: 'number', min: 0, max: 1_000_000 },
  weeklyBudgetMinutes: { kind: 'number', min: 0, max: 10_080 },
  tutorMinutesPerWeek: { kind: 'number', min: 0, max: 10_080 },
  durationWeeks: { kind: 'number', min: 1, max: 104 },
  targetLms: { kind: 'text', maxLength: 200 },
  competencies: { kind: 'lines', maxLength: 2_000 },
} as const satisfies Partial<Record<keyof Course, FieldRule>>;

export type FramingField = keyof typeof FRAMING_FIELDS;

/** A field's problem as an i18n key of the framing catalogue and its values. */
export interface FieldError {
  key: 'error.required' | 'error.tooLong' | 'error.wholeNumber' | 'error.invalid';
  values?: Record<string, number>;
}

export type FieldReading = { ok: true; patch: CoursePatch } | { ok: false; error: FieldError };

/** What the field shows for the saved value. */
export function framingDraftOf(course: Course, field: FramingField): string {
  const value = course[field];
  return Array.isArray(value) ? value.join('\n') : String(value);
}

/** Reads what the designer typed into a course patch, or says what is wrong with it, in the field's terms. */
export function readFramingField(field: FramingField, raw: string): FieldReading {
  const rule: FieldRule = FRAMING_FIELDS[field];
  const trimmed = raw.trim();
  const fail = (error: FieldError): FieldReading => ({ ok: false, error });
  let value: unknown;
  switch (rule.kind) {
    case 'number': {
      const number = Number(trimmed);
      const inRange = trimmed !== '' && Number.isInteger(number) && number >= rule.min! && number <= rule.max!;
      if (!inRange) return fail({ key: 'error.wholeNumber', values: { min: rule.min!, max: rule.max! } });
      value = number;
      break;
    }
    case 'lines': {
      const lines = raw.split('\n').map((line) => line.trim()).filter(Boolean);
      if (lines.some((line) => line.length > rule.maxLength!)) return fail({ key: 'error.tooLong', values: { max: rule.maxLength! } });
      value = lines;
      break;
    }
    default:
      if (rule.required && trimmed === '') return fail({ key: 'error.required' });
      if (trimmed.length > rule.maxLength!) return fail({ key: 'error.tooLong', values: { max: rule.maxLength! } });
      value = rule.kind === 'textarea' ? raw.trimEnd() : trimmed;
  }
  const checked = CourseSchema.shape[field].safeParse(value);
  return checked.success ? { ok: true, patch: { [field]: checked.data } } : fail({ key: 'error.invalid' });
}
