import { defineCatalog } from './catalog';

/** Export checks, notices and the few labels written into packages. `{{name}}` slots are filled with params. */
export const exportMessages = defineCatalog({
  fr: {
    courseEmpty: 'Le cours n’a aucun module : ajoutez au moins un module avec une capsule avant d’exporter.',
    moduleEmpty: 'Le module « {{module}} » n’a aucune capsule : ajoutez-en une ou supprimez le module avant d’exporter.',
    quizWithoutQuestions:
      'Le quiz de la capsule « {{capsule}} » (module « {{module}} ») n’a aucune question : ajoutez des questions ou retirez le quiz.',
    choiceWithoutCorrectOption:
      'Une question du quiz de la capsule « {{capsule}} » n’a aucune bonne réponse : cochez au moins une option correcte.',
    clozeWithoutValidBlanks:
      'Un texte à trous du quiz de la capsule « {{capsule}} » n’a pas de trous valables (aucun, un trou sans réponse ou plus de 10) : corrigez-le dans Évaluations.',
    mediaMissing:
      'La capsule « {{capsule}} » utilise un fichier qui n’est plus dans le projet (bloc {{block}}) : réimportez-le ou retirez le bloc.',
    completionNeedsQuizInCourse:
      'La règle d’achèvement demande un quiz réussi, mais le cours n’a aucun quiz : il ne pourrait jamais être terminé. Ajoutez un quiz ou choisissez la règle « toutes les capsules vues ».',
    completionNeedsQuizInModule:
      'La règle d’achèvement demande un quiz réussi, mais le module « {{module}} » n’a aucun quiz : son SCO ne pourrait jamais être terminé. Ajoutez-y un quiz, exportez le cours en un seul SCO ou choisissez la règle « toutes les capsules vues ».',
    programmeCohortUnknown:
      'La cohorte {{cohort}} choisie pour afficher le programme n’existe plus dans le cours : choisissez une autre cohorte ou « aucune ».',
    lockNeedsModuleScos: 'Le déverrouillage module par module ne s’applique qu’au mode « un SCO par module ».',
    lockNeeds4thEdition:
      'Le déverrouillage module par module demande SCORM 2004 4e édition ou SCORM 1.2 : changez de version ou désactivez l’option.',
    imageWithoutAlt:
      'Une image de la capsule « {{capsule}} » n’a pas de texte alternatif : les apprenants qui utilisent un lecteur d’écran ne la percevront pas.',
    mediaBlockEmpty: 'Un bloc {{block}} de la capsule « {{capsule}} » n’a pas de fichier : il est omis du paquet.',
    videoWithoutCaptions:
      'Une vidéo de la capsule « {{capsule}} » n’a pas de sous-titres : ajoutez un fichier WebVTT pour les apprenants sourds ou sans son.',
    drawCountAboveQuestions:
      'Le quiz de la capsule « {{capsule}} » tire {{drawCount}} questions mais n’en a que {{questionCount}} : toutes seront posées.',
    multiScoPackage:
      'Paquet à plusieurs SCO : Moodle n’enregistre que le premier SCO, Rise Up et CrossKnowledge refusent ces paquets. Pour Moodle, préférez « un paquet par module ».',
    multiScoPackage12:
      'Paquet SCORM 1.2 à plusieurs SCO : Moodle n’enregistre que le premier SCO ; Rise Up, CrossKnowledge et 360Learning refusent ces paquets. Pour Moodle, préférez « un paquet par module ».',
    packageOverOneGigabyte: 'Le paquet « {{name}} » pèse {{megabytes}} Mo : Rise Up refuse les paquets de plus de 1 Go.',
    moodleRuleSingleScoCompleted:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut : Terminé » (et non la règle par défaut, qui peut marquer l’activité terminée avec une note de 0), méthode d’évaluation « Note la plus haute ».',
    moodleRuleSingleScoPassed:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut : Réussi » (et non la règle par défaut, qui peut marquer l’activité terminée avec une note de 0), méthode d’évaluation « Note la plus haute ».',
    moodleRuleModuleScos:
      'Dans Moodle, réglez l’achèvement sur « Exiger que tous les SCO renvoient le statut d’achèvement » ; Moodle n’enregistre toutefois que le premier SCO d’un paquet qui en contient plusieurs : pour Moodle, exportez plutôt un paquet par module.',
    moodleRuleModulePackagesCompleted:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut : Terminé », méthode d’évaluation « Note la plus haute ».',
    moodleRuleModulePackagesPassed:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut : Réussi » (« Terminé » pour les modules sans quiz), méthode d’évaluation « Note la plus haute ».',
    transcript: 'Transcription',
    captions: 'Sous-titres',
    download: 'Télécharger',
    keyPoints: 'À retenir',
    calloutInfo: 'Information',
    calloutKey: 'Important',
    calloutWarning: 'Attention',
    activityOffline: 'Activité',
    activitySynchronous: 'Activité en direct',
    videoComing: 'La vidéo de cette capsule sera bientôt disponible ici.',
    scriptNarration: 'Narration',
    scriptScreen: 'À l’écran',
    mediaUnsupported: 'Votre navigateur ne lit pas ce média : téléchargez-le.',
    dialogOpen: 'Exporter',
    dialogTitle: 'Exporter en SCORM',
    dialogIntro: 'Le paquet s’importe dans la plateforme (LMS) du client, qui suit l’achèvement, le score et la reprise.',
    versionLegend: 'Version SCORM',
    'version.1.2': 'SCORM 1.2',
    'version.1.2.hint': 'La plus compatible (Moodle, Cornerstone, SuccessFactors, TalentLMS…).',
    'version.2004-4th': 'SCORM 2004 4e édition',
    'version.2004-4th.hint': 'Statuts d’achèvement et de réussite séparés, navigation entre modules.',
    'version.2004-3rd': 'SCORM 2004 3e édition',
    'version.2004-3rd.hint': 'Pour les plateformes qui ne lisent pas encore la 4e édition.',
    modeLegend: 'Découpage',
    'mode.course': 'Un SCO pour tout le cours',
    'mode.course.hint': 'Le plus compatible : le lecteur passe d’un module à l’autre.',
    'mode.module-scos': 'Un SCO par module',
    'mode.module-scos.hint': 'Un seul paquet ; la plateforme suit chaque semaine séparément.',
    'mode.module-packages': 'Un paquet par module',
    'mode.module-packages.hint': 'Un zip par semaine, à déposer dans la section de sa semaine (Moodle).',
    lockModules: 'Ouvrir chaque module une fois le précédent terminé',
    includeSource: 'Joindre la source du cours',
    includeSourceHint: 'Le paquet pourra être réimporté comme projet. Les apprenants pourraient aussi la lire depuis la plateforme : consignes de tournage, notes du tuteur, cadrage.',
    programmeCohort: 'Afficher le programme de la cohorte',
    programmeNone: 'aucune',
    programmeHint: 'Le lecteur affiche les semaines avec leurs dates réelles pour cette cohorte et met en avant la semaine en cours.',
    checking: 'Vérification du cours…',
    errorsTitle: 'À corriger avant d’exporter',
    warningsTitle: 'À savoir',
    adviceTitle: 'Réglages conseillés dans la plateforme',
    readyToExport: 'Rien ne bloque l’export.',
    startExport: 'Exporter le paquet',
    exporting: 'Export en cours…',
    progressLabel: 'Progression de l’export',
    progressDetail: '{{percent}} % – {{file}}',
    cancelExport: 'Annuler l’export',
    cancelled: 'Export annulé : aucun fichier n’a été écrit.',
    failedTitle: 'L’export a échoué',
    doneTitle: 'Paquet exporté',
    doneDetail: '{{files}} fichiers, {{size}}',
    savedAt: 'Enregistré dans {{path}}',
    downloadPackage: 'Télécharger le paquet',
    exportAgain: 'Exporter à nouveau',
    closeDialog: 'Fermer',
  },
  en: {
    courseEmpty: 'The course has no module: add at least one module with a capsule before exporting.',
    moduleEmpty: 'Module “{{module}}” has no capsule: add one or delete the module before exporting.',
    quizWithoutQuestions:
      'The quiz of capsule “{{capsule}}” (module “{{module}}”) has no question: add questions or remove the quiz.',
    choiceWithoutCorrectOption:
      'A question in the quiz of capsule “{{capsule}}” has no correct answer: mark at least one option as correct.',
    clozeWithoutValidBlanks:
      'A fill-in-the-blanks text in the quiz of capsule “{{capsule}}” has no valid blanks (none, a blank without an answer, or more than 10): fix it in Assessments.',
    mediaMissing:
      'Capsule “{{capsule}}” uses a file that is no longer in the project ({{block}} block): import it again or remove the block.',
    completionNeedsQuizInCourse:
      'The completion rule asks for a passed quiz, but the course has no quiz: it could never be completed. Add a quiz or choose the rule “all capsules viewed”.',
    completionNeedsQuizInModule:
      'The completion rule asks for a passed quiz, but module “{{module}}” has no quiz: its SCO could never be completed. Add a quiz to it, export the course as one SCO or choose the rule “all capsules viewed”.',
    programmeCohortUnknown:
      'The cohort {{cohort}} chosen to show the programme is not in the course: choose another cohort or “none”.',
    lockNeedsModuleScos: 'Unlocking modules one after the other only applies to the “one SCO per module” mode.',
    lockNeeds4thEdition:
      'Unlocking modules one after the other needs SCORM 2004 4th edition or SCORM 1.2: change the version or turn the option off.',
    imageWithoutAlt:
      'An image in capsule “{{capsule}}” has no alternative text: learners using a screen reader will miss it.',
    mediaBlockEmpty: 'A {{block}} block in capsule “{{capsule}}” has no file: it is left out of the package.',
    videoWithoutCaptions:
      'A video in capsule “{{capsule}}” has no captions: add a WebVTT file for deaf learners and those without sound.',
    drawCountAboveQuestions:
      'The quiz of capsule “{{capsule}}” draws {{drawCount}} questions but has only {{questionCount}}: all of them will be asked.',
    multiScoPackage:
      'Package with several SCOs: Moodle records only the first SCO, Rise Up and CrossKnowledge refuse such packages. For Moodle, prefer “one package per module”.',
    multiScoPackage12:
      'SCORM 1.2 package with several SCOs: Moodle records only the first SCO; Rise Up, CrossKnowledge and 360Learning refuse such packages. For Moodle, prefer “one package per module”.',
    packageOverOneGigabyte: 'Package “{{name}}” weighs {{megabytes}} MB: Rise Up refuses packages over 1 GB.',
    moodleRuleSingleScoCompleted:
      'In Moodle, set the SCORM activity’s completion to “Require status: Completed” (not the default rule, which can mark the activity complete with a grade of 0), grading method “Highest grade”.',
    moodleRuleSingleScoPassed:
      'In Moodle, set the SCORM activity’s completion to “Require status: Passed” (not the default rule, which can mark the activity complete with a grade of 0), grading method “Highest grade”.',
    moodleRuleModuleScos:
      'In Moodle, set completion to “Require all SCOs to return completion status”; Moodle however records only the first SCO of a package holding several: for Moodle, export one package per module instead.',
    moodleRuleModulePackagesCompleted:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status: Completed”, grading method “Highest grade”.',
    moodleRuleModulePackagesPassed:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status: Passed” (“Completed” for modules without a quiz), grading method “Highest grade”.',
    transcript: 'Transcript',
    captions: 'Captions',
    download: 'Download',
    keyPoints: 'Key points',
    calloutInfo: 'Information',
    calloutKey: 'Important',
    calloutWarning: 'Warning',
    activityOffline: 'Activity',
    activitySynchronous: 'Live activity',
    videoComing: 'This capsule’s video will be available here soon.',
    scriptNarration: 'Narration',
    scriptScreen: 'On screen',
    mediaUnsupported: 'Your browser cannot play this file: download it instead.',
    dialogOpen: 'Export',
    dialogTitle: 'Export as SCORM',
    dialogIntro: 'The package is imported into the client’s platform (LMS), which tracks completion, score and resume.',
    versionLegend: 'SCORM version',
    'version.1.2': 'SCORM 1.2',
    'version.1.2.hint': 'The most compatible (Moodle, Cornerstone, SuccessFactors, TalentLMS…).',
    'version.2004-4th': 'SCORM 2004 4th edition',
    'version.2004-4th.hint': 'Separate completion and success statuses, navigation between modules.',
    'version.2004-3rd': 'SCORM 2004 3rd edition',
    'version.2004-3rd.hint': 'For platforms that do not read the 4th edition yet.',
    modeLegend: 'Packaging',
    'mode.course': 'One SCO for the whole course',
    'mode.course.hint': 'The most compatible: the player moves from module to module.',
    'mode.module-scos': 'One SCO per module',
    'mode.module-scos.hint': 'One package; the platform tracks each week separately.',
    'mode.module-packages': 'One package per module',
    'mode.module-packages.hint': 'One zip per week, to place in that week’s section (Moodle).',
    lockModules: 'Open each module once the previous one is completed',
    includeSource: 'Include the course source',
    includeSourceHint: 'The package can then be imported back as a project. Learners could read it from the LMS too: on-screen directions, tutor notes, framing.',
    programmeCohort: 'Show the programme of the cohort',
    programmeNone: 'none',
    programmeHint: 'The player lists the weeks with their real dates for this cohort and highlights the current week.',
    checking: 'Checking the course…',
    errorsTitle: 'To fix before exporting',
    warningsTitle: 'Good to know',
    adviceTitle: 'Recommended platform settings',
    readyToExport: 'Nothing blocks the export.',
    startExport: 'Export the package',
    exporting: 'Exporting…',
    progressLabel: 'Export progress',
    progressDetail: '{{percent}}% – {{file}}',
    cancelExport: 'Cancel the export',
    cancelled: 'Export cancelled: no file was written.',
    failedTitle: 'The export failed',
    doneTitle: 'Package exported',
    doneDetail: '{{files}} files, {{size}}',
    savedAt: 'Saved in {{path}}',
    downloadPackage: 'Download the package',
    exportAgain: 'Export again',
    closeDialog: 'Close',
  },
});

export type ExportMessageKey = keyof typeof exportMessages.fr;
