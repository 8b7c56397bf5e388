import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/formatMessage';
import { pacing } from '../../../shared/i18n/pacing';
import { player } from '../../../shared/i18n/player';
import { cohortHeading } from '../../../shared/pacing/cohortHeading';

const inPlayer = (name: string, language: 'fr' | 'en') => cohortHeading(name, (cohort) => formatMessage(player[language], language, 'programmeCohort', { cohort }), language);
const inProgramme = (name: string, language: 'fr' | 'en') => cohortHeading(name, (cohort) => formatMessage(pacing[language], language, 'programmeCohort', { cohort }), language);

describe('cohortHeading', () => {
  it('does not repeat the label when the cohort’s name begins with it', () => {
    expect(inPlayer('Cohorte janvier 2027', 'fr')).toBe('Cohorte janvier 2027');
    expect(inPlayer('cohorte de janvier', 'fr')).toBe('cohorte de janvier');
    expect(inPlayer('Cohort January 2027', 'en')).toBe('Cohort January 2027');
    expect(inProgramme('Session de printemps', 'fr')).toBe('Session de printemps');
  });

  it('labels a name that does not begin with the word', () => {
    expect(inPlayer('janvier 2027', 'fr')).toBe('Cohorte janvier 2027');
    expect(inPlayer('Cohortes réunies', 'fr')).toBe('Cohorte Cohortes réunies');
    expect(inPlayer('Cohorte janvier 2027', 'en')).toBe('Cohort Cohorte janvier 2027');
    expect(inProgramme('Printemps', 'fr')).toMatch(/^Session «\s?Printemps\s?»$/);
  });
});
