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
    scriptNarration: 'Narration',
    scriptScreen: 'À l’écran',
    mediaUnsupported: 'Votre navigateur ne lit pas ce média : téléchargez-le.',
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
    scriptNarration: 'Narration',
    scriptScreen: 'On screen',
    mediaUnsupported: 'Your browser cannot play this file: download it instead.',
  },
});

export type ExportMessageKey = keyof typeof exportMessages.fr;
