import { describe, expect, it } from 'vitest';
import { courseDocumentProblems } from '../../../electron/cli/courseDocumentProblems';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { loadSampleCourse } from '../../support/sampleCourse';

const sample = (): CourseDocument => loadSampleCourse();

describe('courseDocumentProblems', () => {
  it('finds nothing wrong with the bundled sample', () => {
    expect(courseDocumentProblems(sample())).toEqual([]);
  });

  it('names the row and field of a schema problem', () => {
    const document = sample();
    const capsule = document.capsules[2];
    if (!capsule) throw new Error('the sample has capsules');
    capsule.title = '   ';
    expect(courseDocumentProblems(document)).toEqual([`capsules[2] (id ${capsule.id}) title: must not be empty`]);
  });

  it('reports references to rows that do not exist', () => {
    const document = sample();
    const [capsule] = document.capsules;
    const [question] = document.questions;
    if (!capsule || !question) throw new Error('the sample has capsules and questions');
    const ghost = '01900000-0000-7000-8000-000000000001';
    capsule.moduleId = ghost;
    question.objectiveIds = [ghost];
    expect(courseDocumentProblems(document)).toEqual(
      expect.arrayContaining([
        `capsule ${capsule.id} refers to module ${ghost}, which does not exist`,
        `question ${question.id} refers to objective ${ghost}, which does not exist`,
      ]),
    );
  });

  it('reports ids used twice and siblings sharing a position', () => {
    const document = sample();
    const [first, second] = document.modules;
    if (!first || !second) throw new Error('the sample has modules');
    document.objectives.push({ ...document.objectives[0]! });
    second.position = first.position;
    const problems = courseDocumentProblems(document);
    expect(problems).toContain(`objectives: id ${document.objectives[0]!.id} is used twice`);
    expect(problems).toContain(`modules: two items share the position "${first.position}"`);
  });

  it('refuses something that is not a course document at all', () => {
    expect(courseDocumentProblems(null)).toEqual([expect.stringMatching(/^document: /)]);
    expect(courseDocumentProblems({ format: 99 }).length).toBeGreaterThan(0);
  });
});
