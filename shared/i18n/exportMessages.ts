import { defineCatalog } from './catalog';
import type { MessageKey } from './formatMessage';

/** Export checks, notices and the few labels written into packages. `{{name}}` slots are filled with params. */
export const exportMessages = defineCatalog({
  fr: {
    courseEmpty: 'Le cours n’a aucun module : ajoutez au moins un module avec une capsule avant d’exporter.',
    moduleEmpty: 'Le module « {{module}} » n’a aucune capsule : ajoutez-en une ou supprimez le module avant d’exporter.',
    quizWithoutQuestions:
      'Le quiz de la capsule « {{capsule}} » (module « {{module}} ») n’a aucune question : ajoutez des questions ou retirez le quiz.',
    choiceWithoutCorrectOption:
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » n’a aucune bonne réponse : cochez au moins une option correcte.',
    'questionIssue.too-few-options':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : il faut au moins {{minimum}} réponses.',
    'questionIssue.several-correct-in-single-choice':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : {{correctCount}} réponses justes pour un choix unique.',
    'questionIssue.duplicate-options':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : « {{text}} » apparaît deux fois.',
    'questionIssue.no-accepted-answer':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : aucune réponse acceptée.',
    'questionIssue.too-few-pairs':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : il faut au moins {{minimum}} paires.',
    'questionIssue.duplicate-match':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : « {{text}} » apparaît deux fois.',
    'questionIssue.no-blank':
      'Le texte à trous « {{question}} » du quiz de la capsule « {{capsule}} » n’a aucun trou : mettez chaque réponse attendue entre crochets, par exemple [écoute].',
    'questionIssue.empty-blank':
      'Le texte à trous « {{question}} » du quiz de la capsule « {{capsule}} » a un trou sans réponse (trou {{blank}}) : écrivez au moins une réponse acceptée entre ses crochets.',
    'questionIssue.too-many-blanks':
      'Le texte à trous « {{question}} » du quiz de la capsule « {{capsule}} » a plus de {{maximum}} trous, ce que SCORM ne peut pas rapporter : scindez-le en deux questions.',
    'questionIssue.too-few-items':
      'La question « {{question}} » du quiz de la capsule « {{capsule}} » ne peut pas être jouée : il faut au moins {{minimum}} étapes.',
    quizUnpassable:
      'Aucune question du quiz de la capsule « {{capsule}} » ne rapporte de points : personne ne peut le réussir. Donnez des points aux questions ou retirez le seuil de réussite.',
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
    drawCountAboveQuestions_one:
      'Le quiz de la capsule « {{capsule}} » tire {{count}} question mais n’en a que {{questionCount}} : toutes seront posées.',
    drawCountAboveQuestions_other:
      'Le quiz de la capsule « {{capsule}} » tire {{count}} questions mais n’en a que {{questionCount}} : toutes seront posées.',
    moodleRuleSingleScoCompleted:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut : Terminé » (et non la règle par défaut, qui peut marquer l’activité terminée avec une note de 0), méthode d’évaluation « Note la plus haute ».',
    moodleRuleSingleScoPassed:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut : Réussi » (et non la règle par défaut, qui peut marquer l’activité terminée avec une note de 0), méthode d’évaluation « Note la plus haute ».',
    moodleRuleSingleScoPassedOrCompleted:
      'Dans Moodle, réglez l’achèvement de l’activité SCORM sur « Exiger le statut » en cochant « Réussi » et « Terminé » (un SCO 1.2 qui réussit renvoie « Réussi », jamais « Terminé »), méthode d’évaluation « Note la plus haute ».',
    moodleRuleModuleScos:
      'Dans Moodle, seul le premier SCO est enregistré quand l’apprenant passe au suivant par le bouton Suivant ou le menu : l’apprenant doit rouvrir l’activité pour chaque module. Préférez « un paquet par module » ou SCORM 1.2. Sinon : « Exiger le statut : Réussi », « Exiger que tous les SCO renvoient ce statut », méthode d’évaluation « Note moyenne » (« Note la plus haute » donne la note du meilleur SCO, pas celle du cours).',
    moodleRuleModuleScosCompleted:
      'Dans Moodle, seul le premier SCO est enregistré quand l’apprenant passe au suivant par le bouton Suivant ou le menu : l’apprenant doit rouvrir l’activité pour chaque module. Préférez « un paquet par module » ou SCORM 1.2. Sinon : « Exiger le statut : Terminé », « Exiger que tous les SCO renvoient ce statut », méthode d’évaluation « Note moyenne » (« Note la plus haute » donne la note du meilleur SCO, pas celle du cours).',
    moodleRuleModuleScos12:
      'Dans Moodle, réglez l’achèvement sur « Exiger le statut » en cochant « Réussi » et « Terminé », avec « Exiger que tous les SCO renvoient ce statut », et la méthode d’évaluation « Note moyenne » (« Note la plus haute » donne la note du meilleur SCO, pas celle du cours).',
    moodleRuleModulePackagesCompleted:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut : Terminé », méthode d’évaluation « Note la plus haute ».',
    moodleRuleModulePackagesPassed:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut : Réussi » (« Terminé » pour les modules sans quiz), méthode d’évaluation « Note la plus haute ».',
    talentlmsCourseCompleted:
      'Dans Talent LMS, ajoutez le zip au cours comme unité SCORM : le paquet envoie le statut « terminé » quand toutes les capsules sont vues. Réglez l’achèvement du cours sur « toutes les unités terminées ».',
    talentlmsCoursePassed:
      'Dans Talent LMS, ajoutez le zip au cours comme unité SCORM : le paquet envoie le statut « réussi » et la note du quiz. Réglez l’achèvement du cours sur « toutes les unités terminées » pour exiger la réussite.',
    talentlmsModuleScos:
      'Dans Talent LMS, ajoutez le zip au cours comme une seule unité SCORM. Pour que chaque semaine soit une unité suivie à part, exportez plutôt un paquet par module.',
    talentlmsModulePackages:
      'Dans Talent LMS, ajoutez chacun des zips du dossier exporté comme une unité SCORM, dans l’ordre des semaines, puis réglez l’achèvement du cours sur « toutes les unités terminées ».',
    genericCourseCompleted:
      'Dans la plateforme, réglez l’achèvement de l’activité SCORM sur le statut « terminé » envoyé par le paquet (toutes les capsules vues), et vérifiez qu’une note de 0 ne suffit pas à la valider.',
    genericCoursePassed:
      'Dans la plateforme, réglez l’achèvement de l’activité SCORM sur le statut « réussi » envoyé par le paquet (quiz réussi), et retenez la meilleure note.',
    genericModuleScos:
      'Paquet à plusieurs SCO : vérifiez que la plateforme enregistre chaque SCO (certaines n’enregistrent que le premier), et réglez l’achèvement sur « tous les SCO terminés ».',
    genericModulePackages:
      'Déposez chaque paquet (un par module) comme activité SCORM dans la semaine qui lui correspond, avec l’achèvement réglé sur le statut envoyé par le paquet.',
    targetLms: 'Plateforme cible (cadrage) : {{lms}}',
    targetLmsNone:
      'Le cadrage ne nomme pas la plateforme cible : renseignez-la dans Cadrage pour des réglages conseillés précis.',
    adviceTitleFor: 'Réglages conseillés dans {{lms}}',
    moodleRuleModulePackagesPassedOrCompleted:
      'Dans Moodle, déposez chaque paquet comme activité SCORM dans la section de sa semaine, et réglez l’achèvement de chacune sur « Exiger le statut » en cochant « Réussi » et « Terminé », méthode d’évaluation « Note la plus haute ».',
    presetMultiScoRefused: '{{lms}} refuse les paquets à plusieurs SCO dans cette version : exportez un SCO pour tout le cours ou un paquet par module.',
    presetMultiScoFirstOnly: '{{lms}} n’enregistre que le premier SCO d’un paquet SCORM 2004 quand l’apprenant passe au suivant par Suivant ou le menu (les suivants ne s’initialisent pas ; le lecteur en avertit l’apprenant) : exportez en SCORM 1.2 ou un paquet par module.',
    presetMultiScoUnknown: 'Le traitement des paquets à plusieurs SCO par {{lms}} n’est pas vérifié : testez le paquet dans la plateforme avant de l’ouvrir aux apprenants, ou exportez un SCO pour tout le cours.',
    presetPackageTooLarge: 'Le paquet « {{name}} » pèse {{megabytes}} Mo : {{lms}} refuse les paquets de plus de {{limit}} Mo. Allégez les médias ou exportez un paquet par module.',
    'presetVersionRefused.1.2': '{{lms}} ne lit pas SCORM 1.2 : choisissez la version conseillée pour {{lms}}.',
    'presetVersionRefused.2004-3rd': '{{lms}} ne lit pas SCORM 2004 3e édition : choisissez la version conseillée pour {{lms}}.',
    'presetVersionRefused.2004-4th': '{{lms}} ne lit pas SCORM 2004 4e édition : choisissez la version conseillée pour {{lms}}.',
    presetSequencingIgnored: '{{lms}} ne joue pas le séquencement SCORM 2004 : le déverrouillage module par module sera ignoré et tous les modules resteront ouverts. Exportez en SCORM 1.2 pour le garder.',
    presetFileNameRefused: 'Le nom de fichier « {{name}} » contient des caractères que {{lms}} refuse (accents, espaces) : renommez-le sans accent avant de le déposer.',
    recommendedTitle: 'Conseillé pour {{lms}} : {{version}}, « {{mode}} »',
    recommendedApply: 'Appliquer ces réglages',
    recommendedInUse: 'Ce sont les réglages choisis.',
    'presetWhy.moodle': 'Mesuré sur Moodle 4.5 : un SCO en SCORM 1.2 enregistre statut, score, note et reprise. En SCORM 2004 à plusieurs SCO, les SCO après le premier ne s’enregistrent pas quand l’apprenant passe au suivant. Un paquet par module, déposé dans la section de sa semaine, convient aussi.',
    'presetWhy.totara': 'Totara reprend le lecteur SCORM de Moodle : mêmes réglages que pour Moodle (mesurés sur Moodle 4.5, pas sur Totara).',
    'presetWhy.talentlms': 'TalentLMS ne lit que SCORM 1.2. Un seul SCO évite les paquets à plusieurs SCO, dont le suivi n’y est pas vérifié.',
    'presetWhy.cornerstone': 'SCORM 1.2 en un seul SCO est le format le plus sûr. Cornerstone peut ne pas répondre à l’enregistrement fait à la fermeture : le lecteur enregistre à chaque capsule et à chaque réponse.',
    'presetWhy.sap-successfactors': 'SCORM 1.2 en un seul SCO est le format le plus sûr. SuccessFactors ferme la session après environ 30 minutes sans échange : le lecteur enregistre toutes les 5 minutes.',
    'presetWhy.docebo': 'Docebo lit SCORM 1.2 et 2004 3e édition, sans séquencement : SCORM 1.2 en un seul SCO évite ces limites.',
    'presetWhy.360learning': '360Learning accepte les paquets SCORM 2004 à plusieurs SCO, pas ceux en SCORM 1.2 ; SCORM 2004 4e édition rapporte achèvement et réussite séparément.',
    'presetWhy.canvas': 'Canvas lit les paquets par son outil SCORM ; son traitement des paquets à plusieurs SCO n’est pas vérifié : SCORM 1.2 en un seul SCO est le plus sûr.',
    'presetWhy.blackboard': 'Le traitement des paquets à plusieurs SCO par Blackboard n’est pas vérifié : SCORM 1.2 en un seul SCO est le plus sûr.',
    'presetWhy.rise-up': 'Rise Up refuse les paquets à plusieurs SCO, ceux de plus de 1 Go et les noms de fichiers accentués : un seul SCO en SCORM 1.2, au nom sans accent.',
    'presetWhy.crossknowledge': 'CrossKnowledge refuse les paquets à plusieurs SCO et n’accepte depuis son back-office que des paquets de 200 Mo au plus : un seul SCO en SCORM 1.2.',
    'presetWhy.other': 'Plateforme non reconnue : SCORM 1.2 en un seul SCO est le format le plus largement lu. Les avertissements appliquent les limites les plus strictes connues (200 Mo, noms sans accent, plusieurs SCO à tester).',
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
    panelUntitled: 'Volet {{number}}',
    accordion: 'Accordéon',
    tabs: 'Onglets',
    scenario: 'Scénario',
    scenarioTitled: 'Scénario : {{title}}',
    scenarioChoices: 'Vos choix',
    scenarioEnd: 'Fin du scénario.',
    scenarioRestart: 'Recommencer le scénario',
    scenarioChosen: 'Votre choix : {{label}}',
    situationUntitled: 'Situation {{number}}',
    situationHeading: 'Situation {{number}} : {{title}}',
    choiceUntitled: 'Choix {{number}}',
    choiceLeadsTo: '{{label}} → {{target}}',
    choiceEnds: '{{label}} → fin',
    choiceFeedback: 'Retour : {{feedback}}',
    scenarioRequired: 'Compte pour l’achèvement : la capsule est vue quand l’apprenant atteint une fin.',
    flashcards: 'Cartes à retourner',
    cardFlip: 'Retourner la carte',
    cardFront: 'Revoir le recto',
    cardBack: 'Verso : ',
    cardFrontLabel: 'Recto : {{title}}',
    process: 'Processus en étapes',
    stepOf: 'Étape {{number}} sur {{total}}',
    stepTitle: 'Étape {{number}} sur {{total}} : {{title}}',
    stepPrevious: 'Étape précédente',
    stepNext: 'Étape suivante',
    timeline: 'Frise chronologique',
    labeledGraphic: 'Image à points d’intérêt',
    hotspotUntitled: 'Point {{number}}',
    hotspotPlace: 'Point {{number}}, à {{x}} % de la largeur et {{y}} % de la hauteur',
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
    includeSourceHint: 'Le paquet pourra être rouvert comme projet avec « Importer… ». Un apprenant qui récupère les fichiers du paquet sur la plateforme pourrait aussi y lire les consignes de tournage, les notes du tuteur et le cadrage : décochez pour ne pas les joindre.',
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
    doneDetail_one: '{{count}} fichier, {{size}}',
    doneDetail_other: '{{count}} fichiers, {{size}}',
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
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” has no correct answer: mark at least one option as correct.',
    'questionIssue.too-few-options':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: at least {{minimum}} answers are needed.',
    'questionIssue.several-correct-in-single-choice':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: {{correctCount}} right answers for a single choice.',
    'questionIssue.duplicate-options':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: “{{text}}” appears twice.',
    'questionIssue.no-accepted-answer':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: no accepted answer.',
    'questionIssue.too-few-pairs':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: at least {{minimum}} pairs are needed.',
    'questionIssue.duplicate-match':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: “{{text}}” appears twice.',
    'questionIssue.no-blank':
      'Fill-in-the-blanks text “{{question}}” in the quiz of capsule “{{capsule}}” has no blank: put each expected answer in square brackets, e.g. [listen].',
    'questionIssue.empty-blank':
      'Fill-in-the-blanks text “{{question}}” in the quiz of capsule “{{capsule}}” has a blank without an answer (blank {{blank}}): write at least one accepted answer in its brackets.',
    'questionIssue.too-many-blanks':
      'Fill-in-the-blanks text “{{question}}” in the quiz of capsule “{{capsule}}” has more than {{maximum}} blanks, which SCORM cannot report: split it into two questions.',
    'questionIssue.too-few-items':
      'Question “{{question}}” in the quiz of capsule “{{capsule}}” cannot be played: at least {{minimum}} steps are needed.',
    quizUnpassable:
      'No question in the quiz of capsule “{{capsule}}” is worth any point: nobody can pass it. Give the questions points or remove the pass mark.',
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
    drawCountAboveQuestions_one:
      'The quiz of capsule “{{capsule}}” draws {{count}} question but has only {{questionCount}}: all of them will be asked.',
    drawCountAboveQuestions_other:
      'The quiz of capsule “{{capsule}}” draws {{count}} questions but has only {{questionCount}}: all of them will be asked.',
    moodleRuleSingleScoCompleted:
      'In Moodle, set the SCORM activity’s completion to “Require status: Completed” (not the default rule, which can mark the activity complete with a grade of 0), grading method “Highest grade”.',
    moodleRuleSingleScoPassed:
      'In Moodle, set the SCORM activity’s completion to “Require status: Passed” (not the default rule, which can mark the activity complete with a grade of 0), grading method “Highest grade”.',
    moodleRuleSingleScoPassedOrCompleted:
      'In Moodle, set the SCORM activity’s completion to “Require status” with both “Passed” and “Completed” ticked (a passing 1.2 SCO reports “Passed”, never “Completed”), grading method “Highest grade”.',
    moodleRuleModuleScos:
      'In Moodle, only the first SCO is recorded when the learner moves on with the Next button or the menu: the learner must reopen the activity for each module. Prefer “one package per module” or SCORM 1.2. Otherwise: “Require status: Passed”, “Require all SCOs to return this status”, grading method “Average grade” (“Highest grade” gives the best SCO’s grade, not the course’s).',
    moodleRuleModuleScosCompleted:
      'In Moodle, only the first SCO is recorded when the learner moves on with the Next button or the menu: the learner must reopen the activity for each module. Prefer “one package per module” or SCORM 1.2. Otherwise: “Require status: Completed”, “Require all SCOs to return this status”, grading method “Average grade” (“Highest grade” gives the best SCO’s grade, not the course’s).',
    moodleRuleModuleScos12:
      'In Moodle, set completion to “Require status” with both “Passed” and “Completed” ticked, plus “Require all SCOs to return this status”, and grading method “Average grade” (“Highest grade” gives the best SCO’s grade, not the course’s).',
    moodleRuleModulePackagesCompleted:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status: Completed”, grading method “Highest grade”.',
    moodleRuleModulePackagesPassed:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status: Passed” (“Completed” for modules without a quiz), grading method “Highest grade”.',
    talentlmsCourseCompleted:
      'In Talent LMS, add the zip to the course as a SCORM unit: the package sends the status “completed” once every capsule is viewed. Set the course completion to “all units are completed”.',
    talentlmsCoursePassed:
      'In Talent LMS, add the zip to the course as a SCORM unit: the package sends the status “passed” and the quiz score. Set the course completion to “all units are completed” to require a pass.',
    talentlmsModuleScos:
      'In Talent LMS, add the zip to the course as one SCORM unit. For each week to be a unit tracked on its own, export one package per module instead.',
    talentlmsModulePackages:
      'In Talent LMS, add each zip of the exported folder as a SCORM unit, in the order of the weeks, then set the course completion to “all units are completed”.',
    genericCourseCompleted:
      'In the platform, set the SCORM activity’s completion to the “completed” status the package sends (every capsule viewed), and check that a grade of 0 cannot complete it.',
    genericCoursePassed:
      'In the platform, set the SCORM activity’s completion to the “passed” status the package sends (quiz passed), and keep the highest grade.',
    genericModuleScos:
      'Package with several SCOs: check that the platform records every SCO (some record only the first), and set completion to “all SCOs completed”.',
    genericModulePackages:
      'Add each package (one per module) as a SCORM activity in its week, with completion set to the status the package sends.',
    targetLms: 'Target platform (framing): {{lms}}',
    targetLmsNone:
      'The framing does not name the target platform: fill it in under Framing for precise recommended settings.',
    adviceTitleFor: 'Recommended settings in {{lms}}',
    moodleRuleModulePackagesPassedOrCompleted:
      'In Moodle, add each package as a SCORM activity in its week’s section, and set each one’s completion to “Require status” with both “Passed” and “Completed” ticked, grading method “Highest grade”.',
    presetMultiScoRefused: '{{lms}} refuses packages with several SCOs in this version: export one SCO for the whole course or one package per module.',
    presetMultiScoFirstOnly: '{{lms}} records only the first SCO of a SCORM 2004 package when the learner moves on with Next or the menu (the next ones fail to initialize; the player tells the learner): export as SCORM 1.2 or one package per module.',
    presetMultiScoUnknown: 'How {{lms}} handles packages with several SCOs is not verified: test the package in the platform before opening it to learners, or export one SCO for the whole course.',
    presetPackageTooLarge: 'Package “{{name}}” weighs {{megabytes}} MB: {{lms}} refuses packages over {{limit}} MB. Use lighter media or export one package per module.',
    'presetVersionRefused.1.2': '{{lms}} does not play SCORM 1.2: pick the version advised for {{lms}}.',
    'presetVersionRefused.2004-3rd': '{{lms}} does not play SCORM 2004 3rd edition: pick the version advised for {{lms}}.',
    'presetVersionRefused.2004-4th': '{{lms}} does not play SCORM 2004 4th edition: pick the version advised for {{lms}}.',
    presetSequencingIgnored: '{{lms}} does not play SCORM 2004 sequencing: unlocking module by module will be ignored and every module will stay open. Export as SCORM 1.2 to keep it.',
    presetFileNameRefused: 'File name “{{name}}” has characters {{lms}} refuses (accents, spaces): rename it without accents before uploading it.',
    recommendedTitle: 'Advised for {{lms}}: {{version}}, “{{mode}}”',
    recommendedApply: 'Use these settings',
    recommendedInUse: 'These are the chosen settings.',
    'presetWhy.moodle': 'Measured on Moodle 4.5: one SCORM 1.2 SCO records status, score, grade and resume. In a SCORM 2004 package with several SCOs, the SCOs after the first are not recorded when the learner moves on. One package per module, added in its week’s section, works too.',
    'presetWhy.totara': 'Totara uses Moodle’s SCORM player: the same settings as for Moodle (measured on Moodle 4.5, not on Totara).',
    'presetWhy.talentlms': 'TalentLMS plays only SCORM 1.2. One SCO avoids packages with several SCOs, whose tracking there is not verified.',
    'presetWhy.cornerstone': 'SCORM 1.2 with one SCO is the safest format. Cornerstone may not answer the commit made as the page closes: the player commits at each capsule and answer.',
    'presetWhy.sap-successfactors': 'SCORM 1.2 with one SCO is the safest format. SuccessFactors ends a session after about 30 minutes without a call: the player commits every 5 minutes.',
    'presetWhy.docebo': 'Docebo plays SCORM 1.2 and 2004 3rd edition, without sequencing: SCORM 1.2 with one SCO avoids these limits.',
    'presetWhy.360learning': '360Learning accepts SCORM 2004 packages with several SCOs, not SCORM 1.2 ones; SCORM 2004 4th edition reports completion and success apart.',
    'presetWhy.canvas': 'Canvas plays packages through its SCORM tool; how it handles packages with several SCOs is not verified: SCORM 1.2 with one SCO is the safest.',
    'presetWhy.blackboard': 'How Blackboard handles packages with several SCOs is not verified: SCORM 1.2 with one SCO is the safest.',
    'presetWhy.rise-up': 'Rise Up refuses packages with several SCOs, over 1 GB or with accented file names: one SCORM 1.2 SCO, with a name without accents.',
    'presetWhy.crossknowledge': 'CrossKnowledge refuses packages with several SCOs and accepts packages of at most 200 MB from its back office: one SCORM 1.2 SCO.',
    'presetWhy.other': 'Unrecognized platform: SCORM 1.2 with one SCO is the most widely played format. The warnings apply the strictest known limits (200 MB, names without accents, several SCOs to be tested).',
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
    panelUntitled: 'Panel {{number}}',
    accordion: 'Accordion',
    tabs: 'Tabs',
    scenario: 'Scenario',
    scenarioTitled: 'Scenario: {{title}}',
    scenarioChoices: 'Your choices',
    scenarioEnd: 'End of the scenario.',
    scenarioRestart: 'Start the scenario again',
    scenarioChosen: 'Your choice: {{label}}',
    situationUntitled: 'Situation {{number}}',
    situationHeading: 'Situation {{number}}: {{title}}',
    choiceUntitled: 'Choice {{number}}',
    choiceLeadsTo: '{{label}} → {{target}}',
    choiceEnds: '{{label}} → end',
    choiceFeedback: 'Feedback: {{feedback}}',
    scenarioRequired: 'Counts toward completion: the capsule is seen once the learner reaches an end.',
    flashcards: 'Flashcards',
    cardFlip: 'Flip the card',
    cardFront: 'Back to the front',
    cardBack: 'Back: ',
    cardFrontLabel: 'Front: {{title}}',
    process: 'Process',
    stepOf: 'Step {{number}} of {{total}}',
    stepTitle: 'Step {{number}} of {{total}}: {{title}}',
    stepPrevious: 'Previous step',
    stepNext: 'Next step',
    timeline: 'Timeline',
    labeledGraphic: 'Labeled graphic',
    hotspotUntitled: 'Hotspot {{number}}',
    hotspotPlace: 'Hotspot {{number}}, {{x}}% across and {{y}}% down',
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
    includeSourceHint: 'The package can be reopened as a project with “Import…”. A learner who fetches the package’s files from the LMS could also read the on-screen directions, tutor notes and framing in it: untick to leave them out.',
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
    doneDetail_one: '{{count}} file, {{size}}',
    doneDetail_other: '{{count}} files, {{size}}',
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

export type ExportMessageKey = MessageKey<keyof typeof exportMessages.fr>;
