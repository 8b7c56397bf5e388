import { defineCatalog } from './catalog';

/**
 * Service errors shown to the user, by key: the backend throws appError(key, params) and the UI
 * translates the key; the English text is also the error's message for the CLI and logs.
 */
export const errors = defineCatalog({
  fr: {
    mediaCorrupt:
      'Le média « {{name}} » est endommagé dans le projet (ses octets ne correspondent plus à leur empreinte) ; il est utilisé dans : {{capsules}}. Aucun fichier n’a été écrit. Réimportez ce média depuis son original, puis exportez de nouveau.',
    mediaCorruptUnused:
      'Le média « {{name}} » est endommagé dans le projet (ses octets ne correspondent plus à leur empreinte). Aucun fichier n’a été écrit. Réimportez ce média depuis son original.',
    projectLocked:
      '« {{file}} » est déjà ouvert pour modification par {{user}} sur {{host}} (processus {{pid}}) depuis le {{since}}. Ouvrez-le en lecture seule, ou fermez-le d’abord là-bas.',
    projectReadOnly:
      'Ce projet est ouvert en lecture seule : cette modification n’a pas été enregistrée. Enregistrez-en une copie pour le modifier.',
    projectDamaged:
      '« {{file}} » est endommagé ({{detail}}). Il est ouvert en lecture seule et n’a pas été modifié : enregistrez ce qui peut l’être dans un nouveau projet, ou ouvrez une sauvegarde.',
    projectUnreadable:
      '« {{file}} » est trop endommagé pour être lu ({{detail}}). Il n’a pas été modifié ; ouvrez une copie de sauvegarde.',
    projectNotCreated:
      'Le projet « {{file}} » n’a pas pu être créé ({{detail}}). Aucun fichier n’a été laissé ; libérez de la place ou choisissez un autre dossier.',
    diskFull:
      'Le disque est plein : la dernière action n’a pas été enregistrée, tout ce qui était déjà enregistré est intact. Libérez de la place puis recommencez.',
    projectBusy:
      'Le projet est occupé par un autre programme : la dernière action n’a pas été enregistrée. Réessayez dans un instant.',
    projectDamagedWhileOpen:
      'Une partie du projet ne peut plus être lue (fichier endommagé). Fermez-le puis rouvrez-le : il s’ouvrira en lecture seule pour enregistrer ce qui peut l’être.',
    storageFailed:
      'Le projet n’a pas pu être lu ou écrit ({{detail}}). Ce qui était déjà enregistré est intact ; réessayez, puis redémarrez SPOC Studio si cela persiste.',
    inputTooDeep:
      'Ce contenu est imbriqué trop profondément (plus de {{limit}} niveaux) pour être enregistré. Simplifiez sa mise en forme (listes dans des listes) puis réessayez.',
    notAProject:
      '« {{file}} » n’est pas un projet SPOC Studio. Ouvrez un fichier .spoc créé par SPOC Studio.',
    projectIsFolder:
      '« {{file}} » est un dossier, pas un projet SPOC Studio (.spoc).',
    projectNotReadable:
      'Impossible de lire « {{file}} » ({{detail}}). Vérifiez que le fichier existe toujours et que vous pouvez le lire.',
    projectNotWritable:
      'Impossible d’ouvrir « {{file}} » pour le modifier ({{detail}}). Vérifiez que vous pouvez écrire dans ce fichier et son dossier.',
    newerVersion:
      '« {{file}} » a été créé par une version plus récente de SPOC Studio (format {{version}}, cette version lit jusqu’au format {{latest}}). Mettez l’application à jour pour l’ouvrir.',
    copyNotDone:
      'La copie n’a pas pu être enregistrée dans « {{file}} » ({{detail}}). Aucun fichier n’a été laissé ; choisissez un autre dossier ou libérez de la place.',
    packageWithoutSource:
      '{{file}} a été exporté par SPOC Studio sans la source du cours : il ne peut pas redevenir un projet. Exportez de nouveau le cours en cochant « Joindre la source du cours » (spoc export --with-source), ou ouvrez son fichier projet.',
    packageNotOurs:
      '{{file}} n’a pas été exporté par SPOC Studio (il ne contient pas de spoc-source.json) : il ne peut pas redevenir un projet. Importez plutôt le document Word ou le storyboard du cours, ou demandez son fichier projet SPOC Studio.',
    packageMediaAltered:
      'Dans le paquet SCORM, {{entry}} ne correspond pas à l’empreinte SHA-256 donnée par sa source : le paquet a été modifié. Il est refusé.',
    packageWeeklyAlone:
      'Ce paquet SCORM est celui d’un seul module d’un export hebdomadaire : il ne contient pas {{entry}} (« {{name}} »), qui est dans le paquet d’un autre module. Importez le dossier écrit par l’export (spoc import DOSSIER), ou l’un de ses zips avec les autres à côté.',
    packageMediaMissing:
      'Il manque au paquet SCORM {{entry}}, un média que sa source cite (« {{name}} »). Importez le paquet entier, tel qu’il a été exporté.',
    importAfterModuleGone: 'Le module après lequel importer n’est plus dans le cours. Sélectionnez un autre module et importez de nouveau.',
    importNoModule: 'Le fichier ne donne aucun module à importer. Choisissez d’autres niveaux de titres, ou un autre fichier.',
  },
  en: {
    mediaCorrupt:
      'Media "{{name}}" is damaged in the project (its bytes no longer match their checksum); it is used in: {{capsules}}. No file was written. Re-import this media from its original, then export again.',
    mediaCorruptUnused:
      'Media "{{name}}" is damaged in the project (its bytes no longer match their checksum). No file was written. Re-import this media from its original.',
    projectLocked:
      '"{{file}}" is already open for editing by {{user}} on {{host}} (process {{pid}}) since {{since}}. Open it read-only, or close it there first.',
    projectReadOnly:
      'This project is open read-only: this change was not saved. Save a copy of it to edit it.',
    projectDamaged:
      '"{{file}}" is damaged ({{detail}}). It is open read-only and was not changed: save what can be saved as a new project, or open a backup copy.',
    projectUnreadable:
      '"{{file}}" is too damaged to be read ({{detail}}). It was left untouched; open a backup copy of it.',
    projectNotCreated:
      'The project "{{file}}" could not be created ({{detail}}). No file was left behind; free some space or choose another folder.',
    diskFull:
      'The disk is full: the last action was not saved; everything saved before is intact. Free some space, then try again.',
    projectBusy:
      'The project is busy in another program: the last action was not saved. Try again in a moment.',
    projectDamagedWhileOpen:
      'Part of the project can no longer be read (the file is damaged). Close it and open it again: it will open read-only so you can save what can be saved.',
    storageFailed:
      'The project could not be read or written ({{detail}}). What was saved before is intact; try again, then restart SPOC Studio if it persists.',
    inputTooDeep:
      'This content is nested too deeply (more than {{limit}} levels) to be saved. Simplify its layout (lists inside lists), then try again.',
    notAProject:
      '"{{file}}" is not a SPOC Studio project. Open a .spoc file made by SPOC Studio.',
    projectIsFolder:
      '"{{file}}" is a folder, not a SPOC Studio project (.spoc).',
    projectNotReadable:
      'Cannot read "{{file}}" ({{detail}}). Check the file still exists and you may read it.',
    projectNotWritable:
      'Cannot open "{{file}}" for editing ({{detail}}). Check you may write to it and its folder.',
    newerVersion:
      '"{{file}}" was made by a newer SPOC Studio (file format {{version}}, this app reads up to {{latest}}). Update the app to open it.',
    copyNotDone:
      'The copy could not be saved as "{{file}}" ({{detail}}). No file was left behind; choose another folder or free some space.',
    packageWithoutSource:
      '{{file}} was exported by SPOC Studio without its course source, so it cannot be rebuilt into a project. Export the course again with "Include the course source" (spoc export --with-source), or open its project file.',
    packageNotOurs:
      '{{file}} was not exported by SPOC Studio (it carries no spoc-source.json), so it cannot be rebuilt into a project. Import the course\'s Word document or storyboard instead, or ask for its SPOC Studio project file.',
    packageMediaAltered: 'The SCORM package\'s {{entry}} does not match the SHA-256 its source gives: the package was altered. It is refused.',
    packageWeeklyAlone:
      'The SCORM package is one module\'s package of a weekly export and lacks {{entry}} ("{{name}}"), which another module\'s package holds. Import the folder the export wrote (spoc import FOLDER), or one of its zips with the others beside it.',
    packageMediaMissing: 'The SCORM package lacks {{entry}}, a media file its source lists ("{{name}}"). Import the whole package as it was exported.',
    importAfterModuleGone: 'The module to import after is no longer in the course. Select another module and import again.',
    importNoModule: 'The file gives no module to import. Choose other heading levels, or another file.',
  },
});

export type ErrorMessageKey = keyof typeof errors.en;
