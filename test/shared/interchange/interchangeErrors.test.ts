import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorText, type ErrorText } from '../../../shared/api/appError';
import { zodIssueText } from '../../../shared/api/zodIssueText';
import { validateCapsuleContent } from '../../../shared/editor/validateCapsuleContent';
import { courseFromFolderFiles, CourseFolderError, courseToFolderFiles, type FolderFile } from '../../../shared/interchange/courseFolder';
import { courseFromPackageSource, PACKAGE_SOURCE_PATH, PackageSourceError } from '../../../shared/interchange/packageSource';
import { fr } from '../../e2e/support/frenchText';
import { loadSampleCourse } from '../../support/sampleCourse';

/** Words of zod's and JSON.parse's own (English) messages, which must never reach a French reader. */
const ENGLISH_DETAIL = /Invalid|Too small|Too big|expected|received|Unexpected|position|JSON at|Unrecognized|line \d/;

const folder = (): FolderFile[] => courseToFolderFiles(loadSampleCourse());
const edited = (files: FolderFile[], path: string, edit: (text: string) => string) => files.map((file) => (file.path === path ? { ...file, text: edit(file.text) } : file));

function folderProblem(files: FolderFile[]): ErrorText {
  try {
    courseFromFolderFiles(files);
  } catch (error) {
    if (error instanceof CourseFolderError) return error.text;
    throw error;
  }
  throw new Error('the folder was accepted');
}

function sourceProblem(text: string): string[] {
  try {
    courseFromPackageSource(text);
  } catch (error) {
    if (!(error instanceof PackageSourceError)) throw error;
    const params = { ...error.params, file: 'cours.zip' };
    return [errorText('fr', error.key, params), errorText('en', error.key, params)];
  }
  throw new Error('the source was accepted');
}

const say = (text: ErrorText) => [errorText('fr', text.key, text.params), errorText('en', text.key, text.params)];

describe('messages of the interchange, detail included, in the reader’s language', () => {
  it('a malformed folder file: the file and line, and what to do, with no word of the JSON parser', () => {
    const files = folder();
    const [french, english] = say(folderProblem(edited(files, 'course.json', (text) => text.replace('"title"', '"title" "oops",'))));
    expect(french).toBe(fr('course.json, ligne 5 : ce n’est pas du JSON valide. Corrigez la syntaxe à cet endroit (une virgule ou un guillemet qui manque, par exemple).'));
    expect(english).toBe('course.json, line 5: this is not valid JSON. Fix the syntax there, e.g. a missing comma or quote.');
  });

  it('a field the model refuses: its path and the rule, in French or English', () => {
    const files = edited(folder(), 'course.json', (text) => text.replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5'));
    const [french, english] = say(folderProblem(files));
    expect(french).toBe(fr('course.json : course.weeklyBudgetMinutes : doit valoir au moins 0. Corrigez ce champ en suivant les autres fichiers du dossier.'));
    expect(english).toBe('course.json: course.weeklyBudgetMinutes: must be at least 0. Correct this field as the other files of the folder show.');
    const [missing] = say(folderProblem(edited(folder(), 'course.json', (text) => text.replace(/\n\s+"title": "[^"]*",/, ''))));
    expect(missing).toContain(fr('course.title : ce champ manque.'));
  });

  it('a question refused inside its quiz file, named by its index', () => {
    const quiz = folder().find((file) => file.path.endsWith('.quiz.json'))!;
    const [french, english] = say(folderProblem(edited(folder(), quiz.path, (text) => text.replace(/"type": "[a-z-]+"/, '"type": "devinette"'))));
    expect(french).toMatch(/^\S+\.quiz\.json\u00a0: questions\.0\.type\u00a0: doit être l’une de ces valeurs\u00a0: "single-choice", /);
    expect(english).toMatch(/questions\.0\.type: must be one of "single-choice", /);
    expect(french).not.toMatch(ENGLISH_DETAIL);
  });

  it('a forged package source: its shape and its course, both said in French without zod’s words', () => {
    const [shapeFr, shapeEn] = sourceProblem(JSON.stringify({ format: 1, files: 'tout' }));
    expect(shapeFr).toBe(fr(`« cours.zip » ne peut pas être importé : son ${PACKAGE_SOURCE_PATH} n’a pas la forme qu’écrit SPOC Studio (files : doit être une liste [ … ]).`));
    expect(shapeEn).toContain('(files: must be a list [ … ])');

    const files = edited(folder(), 'course.json', (text) => text.replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5'));
    const [courseFr, courseEn] = sourceProblem(JSON.stringify({ format: 1, files }));
    expect(courseFr).toBe(
      fr(`« cours.zip » ne peut pas être importé : son ${PACKAGE_SOURCE_PATH} n’est pas un cours valide (course.json : course.weeklyBudgetMinutes : doit valoir au moins 0).`),
    );
    expect(courseFr).not.toMatch(ENGLISH_DETAIL);
    expect(courseEn).toContain('is not a valid course (course.json: course.weeklyBudgetMinutes: must be at least 0).');

    const [extraFr] = sourceProblem(JSON.stringify({ format: 1, files: [], signedBy: 'x' }));
    expect(extraFr).toContain(fr('((tout le fichier) : SPOC Studio ne connaît pas "signedBy")'));
  });
});

describe('a capsule whose content the editor cannot show (a forged package, a converted document)', () => {
  it('names the block in the reader’s language', () => {
    const detail = validateCapsuleContent({ type: 'doc', content: [{ type: 'slideshow' }] })!;
    expect(errorText('fr', 'importCapsuleInvalid', { title: 'Accueil', detail })).toBe(
      fr('La capsule « Accueil » du fichier ne peut pas être importée (bloc « slideshow » inconnu de l’éditeur). Rien n’a été ajouté ; corrigez-la dans son projet d’origine puis exportez-la de nouveau.'),
    );
    expect(errorText('en', 'importCapsuleInvalid', { title: 'Accueil', detail })).toContain('(block "slideshow" unknown to the editor)');
  });
});

describe('zodIssueText', () => {
  const issueOf = (schema: z.ZodType, input: unknown) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) throw new Error('accepted');
    return say(zodIssueText(parsed.error.issues[0]!, input));
  };

  it('says each kind of refusal as a catalogued phrase, with the field’s path', () => {
    expect(issueOf(z.object({ a: z.object({ b: z.string() }) }), { a: {} })).toEqual([fr('a.b : ce champ manque'), 'a.b: this field is missing']);
    expect(issueOf(z.object({ n: z.number().int() }), { n: 1.5 })).toEqual([fr('n : doit être un nombre entier'), 'n: must be a whole number']);
    expect(issueOf(z.object({ ok: z.boolean() }), { ok: 'oui' })).toEqual([fr('ok : doit être true ou false'), 'ok: must be true or false']);
    expect(issueOf(z.object({ p: z.number().positive() }), { p: 0 })[0]).toBe(fr('p : doit être supérieur à 0'));
    expect(issueOf(z.object({ m: z.number().max(2.5) }), { m: 3 })[0]).toBe(fr('m : doit valoir au plus 2,5'));
    expect(issueOf(z.object({ s: z.string().min(2) }), { s: 'a' })[0]).toBe(fr('s : trop court (longueur minimale 2)'));
    expect(issueOf(z.object({ s: z.string().max(3) }), { s: 'abcd' })[1]).toBe('s: too long (maximum length 3)');
    expect(issueOf(z.object({ l: z.array(z.number()).min(1) }), { l: [] })[0]).toBe(fr('l : pas assez d’éléments (minimum 1)'));
    expect(issueOf(z.object({ l: z.array(z.number()).max(1) }), { l: [1, 2] })[1]).toBe('l: too many items (maximum 1)');
    expect(issueOf(z.object({ id: z.uuid() }), { id: 'x' })[0]).toBe(fr('id : n’a pas le format attendu'));
    expect(issueOf(z.object({ u: z.union([z.string(), z.number()]) }), { u: [] })[0]).toBe(fr('u : valeur non valide'));
  });
});
