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
      'Paquet SCORM 2004 à plusieurs SCO : Moodle n’enregistre que le premier SCO quand l’apprenant passe au suivant par le bouton Suivant ou le menu (les suivants ne s’initialisent pas et l’apprenant en est averti) ; Rise Up et CrossKnowledge refusent ces paquets. Pour Moodle, préférez « un paquet par module » ou SCORM 1.2.',
    multiScoPackage12:
      'Paquet SCORM 1.2 à plusieurs SCO : Moodle enregistre chaque SCO, mais Rise Up, CrossKnowledge et 360Learning refusent ces paquets.',
    packageOverOneGigabyte: 'Le paquet « {{name}} » pèse {{megabytes}} Mo : Rise Up refuse les paquets de plus de 1 Go.',
    moodleRuleSingleScoCompleted:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut : Terminé » (et non la règle par défaut, qui peut marquer l’activité terminée avec une note de 0), méthode d’évaluation « Note la plus haute ».',
    moodleRuleSingleScoPassed:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut : Réussi » (et non la règle par défaut, qui peut marquer l’activité terminée avec une note de 0), méthode d’évaluation « Note la plus haute ».',
    moodleRuleSingleScoPassedOrCompleted:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut » en cochant « Réussi » et « Terminé » (un SCO 1.2 qui réussit renvoie « Réussi », jamais « Terminé »), méthode d’évaluation « Note la plus haute ».',
    moodleRuleModuleScos:
      'Dans Moodle, seul le premier SCO est enregistré quand l’apprenant passe au suivant par le bouton Suivant ou le menu : l’apprenant doit rouvrir l’activité pour chaque module. Préférez « un paquet par module » ou SCORM 1.2. Sinon : « Exiger le statut : Réussi », « Exiger que tous les SCO renvoient ce statut », méthode d’évaluation « Note moyenne » (« Note la plus haute » donne la note du meilleur SCO, pas celle du cours).',
    moodleRuleModuleScos12:
      'Dans Moodle, réglez l’achèvement sur « Exiger le statut » en cochant « Réussi » et « Terminé », avec « Exiger que tous les SCO renvoient ce statut », et la méthode d’évaluation « Note moyenne » (« Note la plus haute » donne la note du meilleur SCO, pas celle du cours).',
    moodleRuleModulePackagesCompleted:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut : Terminé », méthode d’évaluation « Note la plus haute ».',
    moodleRuleModulePackagesPassed:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut : Réussi » (« Terminé » pour les modules sans quiz), méthode d’évaluation « Note la plus haute ».',
    moodleRuleModulePackagesPassedOrCompleted:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut » en cochant « Réussi » et « Terminé », méthode d’évaluation « Note la plus haute ».',
    presetMultiScoRefused: '{{lms}} refuse les paquets à plusieurs SCO dans cette version : exportez un SCO pour tout le cours ou un paquet par module.',
    presetMultiScoFirstOnly: '{{lms}} n’enregistre que le premier SCO d’un paquet SCORM 2004 quand l’apprenant passe au suivant par Suivant ou le menu : exportez en SCORM 1.2 ou un paquet par module.',
    presetMultiScoUnknown: 'Le traitement des paquets à plusieurs SCO par {{lms}} n’est pas vérifié : testez le paquet dans la plateforme avant de l’ouvrir aux apprenants, ou exportez un SCO pour tout le cours.',
    presetPackageTooLarge: 'Un paquet pèse {{megabytes}} Mo : {{lms}} refuse les paquets de plus de {{limit}} Mo. Allégez les médias ou exportez un paquet par module.',
    transcript: 'Transcription',
    captions: 'Sous-titres',
    download: 'Télécharger',
    keyPoints: 'À retenir',
    calloutInfo: 'Information',
    calloutKey: 'Important',
    calloutWarning: 'Attention',
    activityOffline: 'Activité',
    activitySynchronous: 'Activité en direct',
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
    packagesDoneTitle_one: '{{count}} paquet exporté',
    packagesDoneTitle_other: '{{count}} paquets exportés, un par module',
    packagesHint: 'Déposez chaque fichier comme une activité SCORM dans la section de sa semaine.',
    downloadNamedPackage: 'Télécharger {{name}}',
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
      'SCORM 2004 package with several SCOs: Moodle records only the first SCO when the learner moves on with its Next button or menu (the next ones fail to initialize and the learner is told); Rise Up and CrossKnowledge refuse such packages. For Moodle, prefer “one package per module” or SCORM 1.2.',
    multiScoPackage12:
      'SCORM 1.2 package with several SCOs: Moodle records every SCO, but Rise Up, CrossKnowledge and 360Learning refuse such packages.',
    packageOverOneGigabyte: 'Package “{{name}}” weighs {{megabytes}} MB: Rise Up refuses packages over 1 GB.',
    moodleRuleSingleScoCompleted:
      'In Moodle, set the SCORM activity’s completion to “Require status: Completed” (not the default rule, which can mark the activity complete with a grade of 0), grading method “Highest grade”.',
    moodleRuleSingleScoPassed:
      'In Moodle, set the SCORM activity’s completion to “Require status: Passed” (not the default rule, which can mark the activity complete with a grade of 0), grading method “Highest grade”.',
    moodleRuleSingleScoPassedOrCompleted:
      'In Moodle, set the SCORM activity’s completion to “Require status” with both “Passed” and “Completed” ticked (a passing 1.2 SCO reports “Passed”, never “Completed”), grading method “Highest grade”.',
    moodleRuleModuleScos:
      'In Moodle, only the first SCO is recorded when the learner moves on with the Next button or the menu: the learner must reopen the activity for each module. Prefer “one package per module” or SCORM 1.2. Otherwise: “Require status: Passed”, “Require all SCOs to return this status”, grading method “Average grade” (“Highest grade” gives the best SCO’s grade, not the course’s).',
    moodleRuleModuleScos12:
      'In Moodle, set completion to “Require status” with both “Passed” and “Completed” ticked, plus “Require all SCOs to return this status”, and grading method “Average grade” (“Highest grade” gives the best SCO’s grade, not the course’s).',
    moodleRuleModulePackagesCompleted:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status: Completed”, grading method “Highest grade”.',
    moodleRuleModulePackagesPassed:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status: Passed” (“Completed” for modules without a quiz), grading method “Highest grade”.',
    moodleRuleModulePackagesPassedOrCompleted:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status” with both “Passed” and “Completed” ticked, grading method “Highest grade”.',
    presetMultiScoRefused: '{{lms}} refuses packages with several SCOs in this version: export one SCO for the whole course or one package per module.',
    presetMultiScoFirstOnly: '{{lms}} records only the first SCO of a SCORM 2004 package when the learner moves on with Next or the menu: export as SCORM 1.2 or one package per module.',
    presetMultiScoUnknown: 'How {{lms}} handles packages with several SCOs is not verified: test the package in the platform before opening it to learners, or export one SCO for the whole course.',
    presetPackageTooLarge: 'A package weighs {{megabytes}} MB: {{lms}} refuses packages over {{limit}} MB. Use lighter media or export one package per module.',
    transcript: 'Transcript',
    captions: 'Captions',
    download: 'Download',
    keyPoints: 'Key points',
    calloutInfo: 'Information',
    calloutKey: 'Important',
    calloutWarning: 'Warning',
    activityOffline: 'Activity',
    activitySynchronous: 'Live activity',
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
    packagesDoneTitle_one: '{{count}} package exported',
    packagesDoneTitle_other: '{{count}} packages exported, one per module',
    packagesHint: 'Upload each file as a SCORM activity in its week’s section.',
    downloadNamedPackage: 'Download {{name}}',
    exportAgain: 'Export again',
    closeDialog: 'Close',
  },
});

export type ExportMessageKey = keyof typeof exportMessages.fr;
