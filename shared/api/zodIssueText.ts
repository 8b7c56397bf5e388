import type { z } from 'zod';
import type { ErrorMessageKey } from '../i18n/errors';
import type { ErrorParams, ErrorText } from './appError';

type Issue = z.core.$ZodIssue;

const text = (key: ErrorMessageKey, params: ErrorParams = {}): ErrorText => ({ key, params });

const EXPECTED: Partial<Record<string, ErrorMessageKey>> = {
  string: 'expectedText',
  number: 'expectedNumber',
  int: 'expectedInteger',
  boolean: 'expectedBoolean',
  array: 'expectedList',
  object: 'expectedObject',
  null: 'expectedNull',
};

/** The value at a path of the parsed input (undefined when absent): tells a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const quoted = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

/**
 * A zod issue as a catalogued phrase with the field's path ("course.weeklyBudgetMinutes: must be at
 * least 0"), so that a message saying why a file was refused reads in the user's language, not zod's.
 * `pathPrefix` is put before the issue's own path (a question's index in its quiz file).
 */
export function zodIssueText(issue: Issue, input: unknown, pathPrefix: readonly PropertyKey[] = []): ErrorText {
  const path = [...pathPrefix, ...issue.path];
  const field: string | ErrorText = path.length ? path.map(String).join('.') : text('issueWholeFile');
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return text('issueMissing', { field });
      const expected = EXPECTED[issue.expected];
      return expected ? text('issueType', { field, expected: text(expected) }) : text('issueInvalid', { field });
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return text('issueTooShort', { field, limit });
      if (issue.origin === 'array' || issue.origin === 'set') return text('issueTooFew', { field, limit });
      return text(issue.inclusive === false ? 'issueAbove' : 'issueAtLeast', { field, limit });
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return text('issueTooLong', { field, limit });
      if (issue.origin === 'array' || issue.origin === 'set') return text('issueTooMany', { field, limit });
      return text(issue.inclusive === false ? 'issueBelow' : 'issueAtMost', { field, limit });
    }
    case 'invalid_value':
      return text('issueValue', { field, values: issue.values.map(quoted).join(', ') });
    case 'invalid_union': {
      // A discriminated union (a question's type) names the values it knows.
      const options = (issue as { options?: unknown }).options;
      return Array.isArray(options) ? text('issueValue', { field, values: options.map(quoted).join(', ') }) : text('issueInvalid', { field });
    }
    case 'invalid_format':
      return text('issueFormat', { field });
    case 'unrecognized_keys':
      return text('issueUnknownFields', { field, keys: issue.keys.map(quoted).join(', ') });
    default:
      return text('issueInvalid', { field });
  }
}
