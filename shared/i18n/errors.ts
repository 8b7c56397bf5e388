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
    // Services, command line and local server (issue 11: every message in the user's language).
    noProjectOpen:
      'Aucun projet n’est ouvert. Ouvrez ou créez d’abord un projet.',
    unknownApiCall:
      'Appel inconnu « {{method}} ».',
    invalidCallInput:
      'Données non valides pour {{method}} : {{detail}}.',
    unexpectedFailure:
      'Une erreur inattendue s’est produite ({{detail}}). Ce qui était déjà enregistré est intact ; réessayez, puis redémarrez SPOC Studio si cela persiste.',
    notFoundModule:
      'Aucun module d’identifiant {{id}} dans ce projet ; il a peut-être été supprimé. Rechargez puis réessayez.',
    notFoundCapsule:
      'Aucune capsule d’identifiant {{id}} dans ce projet ; elle a peut-être été supprimée. Rechargez puis réessayez.',
    notFoundQuestion:
      'Aucune question d’identifiant {{id}} dans ce projet ; elle a peut-être été supprimée. Rechargez puis réessayez.',
    notFoundQuiz:
      'Aucun quiz d’identifiant {{id}} dans ce projet ; il a peut-être été supprimé. Rechargez puis réessayez.',
    notFoundObjective:
      'Aucun objectif d’identifiant {{id}} dans ce projet ; il a peut-être été supprimé. Rechargez puis réessayez.',
    notFoundCohort:
      'Aucune cohorte d’identifiant {{id}} dans ce projet ; elle a peut-être été supprimée. Rechargez puis réessayez.',
    notFoundLiveSession:
      'Aucune séance en direct d’identifiant {{id}} dans ce projet ; elle a peut-être été supprimée. Rechargez puis réessayez.',
    notFoundReviewRound:
      'Aucun tour de relecture d’identifiant {{id}} dans ce projet ; il a peut-être été supprimé. Rechargez puis réessayez.',
    notFoundReviewComment:
      'Aucun commentaire de relecture d’identifiant {{id}} dans ce projet ; rechargez le panneau de relecture.',
    notFoundMedia:
      'Aucun média d’identifiant {{id}} dans ce projet ; il a peut-être été supprimé. Rechargez la médiathèque.',
    notFoundMediaContent:
      'Aucun média d’empreinte SHA-256 {{sha256}} dans ce projet ; il a peut-être été supprimé.',
    mediaPartMissing:
      'Il manque au média {{sha256}} sa partie {{part}} sur {{parts}}. Ouvrez une copie de sauvegarde du projet.',
    mediaStoreFileMissing:
      'Les octets du média « {{name}} », importé récemment, sont introuvables dans le dossier « {{folder}} » à côté du projet ({{detail}}). Ce dossier fait partie du projet jusqu’à sa fermeture : remettez-le en place, ou réimportez ce média depuis son original.',
    changeInvalid:
      'Cette modification n’a pas été enregistrée : elle rendrait l’élément non valide ({{detail}}).',
    insertAfterMissing:
      'L’élément après lequel insérer n’est plus dans cette liste. Rechargez puis réessayez.',
    capsuleNotInModule:
      'La capsule {{capsule}} n’est pas dans le module {{module}} ; ajoutez la nouvelle capsule après l’une des capsules de ce module.',
    capsuleContentMisfit:
      'Ce contenu de capsule ne convient pas à l’éditeur ({{detail}}) ; il n’a pas été enregistré. Rechargez la capsule.',
    capsuleHasQuiz:
      'La capsule « {{capsule}} » a déjà un quiz. Modifiez ce quiz, ou ajoutez une capsule pour en créer un second.',
    mediaReplaceMissing:
      'L’un des deux médias n’est plus dans la médiathèque. Rechargez-la puis réessayez.',
    mediaReplaceKind:
      '« {{from}} » et « {{to}} » ne sont pas du même type : remplacez un fichier par un autre du même type (une image par une image, une vidéo par une vidéo).',
    mediaReplaceBreaks:
      'Remplacer le fichier abîmerait la capsule « {{capsule}} » ({{detail}}) ; rien n’a été modifié.',
    settingRejected:
      'Le réglage « {{key}} » a été refusé ({{detail}}).',
    unknownTimeZone:
      'Fuseau horaire « {{zone}} » inconnu pour la cohorte « {{cohort}} » : utilisez un nom IANA comme Europe/Paris.',
    fileNotWritten:
      'Impossible d’écrire « {{file}} » dans {{folder}} ({{detail}}). Choisissez un dossier où vous pouvez écrire.',
    reviewModuleMissing:
      'Aucun module d’identifiant {{id}} dans ce projet ; choisissez de nouveau les modules à relire.',
    reviewOtherCourse:
      '« {{file}} » est une relecture du tour {{round}} du cours « {{course}} », pas de « {{current}} ». Ouvrez le projet de ce cours pour l’importer.',
    reviewUnknownRound:
      '« {{file}} » est une relecture du tour {{round}} du cours « {{course}} », un tour que ce projet n’a pas (ses tours : {{rounds}}). Importez-la dans la copie du projet qui a produit son dossier de relecture.',
    previewNoPlace:
      'Cette fenêtre ne peut pas afficher d’aperçu. Redémarrez SPOC Studio, puis rouvrez l’aperçu.',
    folderNotCreated:
      'Impossible de créer le dossier {{folder}} ({{detail}}). Choisissez un dossier où vous pouvez écrire.',
    folderNotWritable:
      'Impossible d’écrire dans {{folder}} ({{detail}}). Choisissez un dossier existant où vous pouvez écrire.',
    exportCancelled:
      'L’export a été annulé : aucun fichier n’a été écrit.',
    exportNotWritten:
      'Impossible d’écrire l’export dans {{file}} ({{detail}}). Aucun fichier n’a été laissé ; vérifiez le disque et choisissez un autre dossier si besoin.',
    exportDiskFull:
      'Le disque s’est rempli pendant l’écriture de l’export dans {{file}} : aucun fichier n’a été laissé. Libérez de la place ou choisissez un autre disque, puis exportez de nouveau.',
    exportNoSpace:
      'Pas assez de place dans {{folder}} : l’export a besoin de {{needed}} Mo, {{free}} Mo sont libres. Libérez de la place ou choisissez un autre disque.',
    exportRunning:
      'Un export est déjà en cours : attendez qu’il se termine ou annulez-le.',
    mediaShortRead:
      'Le média {{name}} devrait faire {{expected}} octets mais le projet en a donné {{actual}} : le fichier du projet est peut-être endommagé. Réimportez ce média.',
    exportTooLarge:
      'Cet export dépasserait 4 Gio, la limite d’un zip sans ZIP64 (et bien au-delà de ce qu’acceptent les LMS). Exportez un paquet par module, ou allégez les médias.',
    mediaTooLarge:
      '« {{name}} » dépasse {{megabytes}} Mo : compressez-le, ou hébergez-le ailleurs et ajoutez un lien.',
    mediaPickNotHere:
      'Les médias ne peuvent pas être choisis ici : importez-les depuis la médiathèque de SPOC Studio.',
    mediaNoFileTypeBox:
      '« {{name}} » ne peut pas être lu : il ne commence pas par la boîte de type (« ftyp ») par laquelle commence tout fichier MP4. Il n’a pas été importé : exportez-le de nouveau (MP4, H.264) depuis son application.',
    mediaFileTypeBoxSize:
      '« {{name}} » ne peut pas être lu : sa boîte de type a une taille impossible ({{size}} octets). Il n’a pas été importé : exportez-le de nouveau (MP4, H.264) depuis son application.',
    mediaNotVideo:
      '« {{name}} » ne peut pas être lu comme une vidéo : c’est un fichier MP4 de marque « {{brand}} », qui contient du son ou une image, pas une vidéo. Il n’a pas été importé : importez-le comme son ou image, ou exportez de nouveau la vidéo (MP4, H.264).',
    mediaNoMovie:
      '« {{name}} » ne peut pas être lu : il s’arrête juste après sa boîte de type et ne contient aucun film. Il n’a pas été importé : exportez-le de nouveau (MP4, H.264) depuis son application.',
    mediaNotMp4Data:
      '« {{name}} » ne peut pas être lu : ce qui suit sa boîte de type n’est pas du MP4 (le fichier est endommagé ou a été renommé). Il n’a pas été importé : exportez-le de nouveau (MP4, H.264) depuis son application.',
    mediaWrongContent:
      '« {{name}} » ne contient pas ce qu’annonce son nom ({{mimeType}}) : le fichier est endommagé ou a été renommé. Exportez-le de nouveau depuis son application.',
    mediaNotReadable:
      'Impossible de lire le média « {{name}} » ({{detail}}). Vérifiez qu’il existe et que vous pouvez le lire.',
    mediaImportFailed:
      'L’import de « {{name}} » a échoué ({{detail}}). Rien n’a été ajouté ; réessayez.',
    mediaHashMismatch:
      'Le média « {{name}} » ne correspond pas au cours (son empreinte SHA-256 diffère) : le fichier a été modifié ou endommagé.',
    mediaIsFolder:
      '« {{name}} » est un dossier, pas un fichier : choisissez des fichiers de médias.',
    uploadStalled:
      'Rien n’est arrivé pendant {{seconds}} s : envoyez de nouveau le fichier.',
    fileNameEmpty:
      'Le fichier n’a pas de nom.',
    fileNameTooLong:
      'Le nom du fichier fait {{length}} caractères ; 255 au plus.',
    fileNameIsPath:
      '« {{name}} » ressemble à un chemin, pas à un nom de fichier : renommez le fichier sans « / », « \\ » ni « .. ».',
    fileNameControl:
      'Le nom du fichier contient des caractères de contrôle : renommez le fichier.',
    mediaTypeRefused:
      '« {{name}} » n’est pas un fichier que la médiathèque accepte. Utilisez une image (PNG, JPEG, GIF, WebP), une vidéo (MP4, WebM), un son (MP3, M4A, WAV, OGG), un PDF ou des sous-titres WebVTT (.vtt).',
    fileNotCreated:
      'Impossible de créer « {{file}} » dans {{folder}} ({{detail}}). Choisissez un dossier où vous pouvez écrire.',
    backupBeforeMigration:
      'Impossible de sauvegarder « {{file}} » avant de mettre à jour son format ({{detail}}). Libérez de la place puis réessayez.',
    migrationFailed:
      'La mise à jour du format de « {{file}} » a échoué ({{detail}}) ; le fichier est resté tel quel.',
    sampleUnreadable:
      'Le cours d’exemple fourni ne peut pas être lu ({{detail}}). Réinstallez SPOC Studio.',
    tooManySampleCopies:
      'Trop de copies de l’exemple dans {{folder}}. Supprimez-en quelques-unes puis réessayez.',
    courseDocumentInvalid:
      'Le document du cours n’est pas valide : {{detail}}.',
    mediaNameWithFolders:
      'Le nom de média « {{name}} » doit être un simple nom de fichier, sans dossier.',
    mediaFolderMissing:
      'Le document du cours liste des médias (« {{name}} ») mais aucun dossier de médias n’a été donné.',
    mediaFileMissing:
      'Le média « {{name}} » manque dans {{folder}}. Remettez-le, ou retirez-le du document du cours.',
    documentDanglingReference:
      'Dans le document du cours, l’élément {{id}} renvoie à un élément que le document ne contient pas.',
    documentDuplicateId:
      'Dans le document du cours, l’élément {{id}} reprend un identifiant déjà utilisé.',
    rowDamaged:
      'Une ligne de {{table}} (identifiant {{id}}) ne correspond pas au modèle du cours ({{detail}}). Le projet a été modifié en dehors de SPOC Studio ; ouvrez une copie de sauvegarde.',
    newProjectIsOpen:
      '« {{file}} » est le projet ouvert en ce moment ; choisissez un autre nom pour le nouveau projet.',
    copyIsOpenProject:
      '« {{file}} » est le projet ouvert en ce moment ; choisissez un autre nom pour la copie.',
    projectNotKnown:
      '« {{file}} » ne fait pas partie des projets connus. Choisissez-le d’abord avec Ouvrir… (ou placez-le dans le dossier de travail).',
    courseRowMissing:
      'Ce projet n’a pas de ligne de cours. Ouvrez-en une copie de sauvegarde.',
    capsuleContentDamaged:
      'Le contenu de la capsule {{id}} est endommagé. Ouvrez une copie de sauvegarde de ce projet.',
    zipInvalid:
      '« {{file}} » n’est pas une archive zip valide (elle est peut-être endommagée, ou c’est un autre type de fichier renommé). Enregistrez-la de nouveau puis réessayez.',
    zipTooManyFiles:
      '« {{file}} » contient {{count}} fichiers, plus que les {{limit}} permis : il est refusé (possible bombe zip).',
    zipPathOutside:
      '« {{file}} » contient un fichier nommé « {{name}} » qui pointe hors de l’archive : il est refusé.',
    zipTooBig:
      '« {{file}} » se décompresse en plus de {{megabytes}} Mo : il est refusé (possible bombe zip).',
    zipEntryMissing:
      '« {{file}} » ne contient pas de fichier {{name}}.',
    zipEntryUnpack:
      '« {{file}} » : le fichier {{name}} ne peut pas être décompressé ou est plus grand que ne l’annonce l’archive (possible bombe zip). Il est refusé.',
    zipEntryMismatch:
      '« {{file}} » : le fichier {{name}} ne correspond pas à sa description dans l’archive (endommagé ou falsifié). Il est refusé.',
    packageTooLarge:
      '« {{file}} » fait {{megabytes}} Mo, plus qu’un paquet que SPOC Studio peut importer (2 Go).',
    packageWithoutSource:
      '« {{file}} » a été exporté par SPOC Studio sans la source du cours : il ne peut pas être reconstruit en projet. Exportez de nouveau le cours en laissant cochée « Joindre la source du cours » (spoc export sans --without-source), ou ouvrez son fichier de projet.',
    packageNotOurs:
      '« {{file}} » n’a pas été exporté par SPOC Studio (il ne contient pas {{source}}) : il ne peut pas être reconstruit en projet. Importez plutôt le document Word ou le storyboard du cours, ou demandez son fichier de projet SPOC Studio.',
    packageMediaMissing:
      'Il manque au paquet SCORM {{entry}}, un média que liste sa source (« {{name}} »). Importez l’export entier (pour un export par semaine, le zip qui contient le paquet de chaque module).',
    packageMediaAltered:
      'Le fichier {{entry}} du paquet SCORM ne correspond pas à l’empreinte SHA-256 que donne sa source : le paquet a été modifié. Il est refusé.',
    packageMediaPath:
      'La source du paquet SCORM nomme un média « {{name}} » contenant des dossiers : le paquet a été modifié. Il est refusé.',
    importTooLarge:
      '« {{name}} » dépasse les {{megabytes}} Mo qu’un import peut faire.',
    importNothingStaged:
      'Aucun fichier n’attend d’être importé : choisissez-en d’abord un avec « Importer… ».',
    importWrongType:
      '« {{name}} » n’est ni un document Word (.docx) ni un paquet SCORM (.zip). Choisissez l’un des deux.',
    wordTooLarge:
      '« {{file}} » fait {{megabytes}} Mo ; un document Word à importer peut faire au plus {{limit}} Mo. Compressez ses images dans Word (Fichier › Compresser les images) puis réessayez.',
    wordNotDocx:
      '« {{file}} » n’est pas un document Word (.docx) : il ne contient pas word/document.xml. Enregistrez-le depuis Word au format « Document Word (.docx) » puis réessayez.',
    wordLinkedPicture:
      '« {{file}} » affiche une image liée depuis l’extérieur ({{target}}). SPOC Studio ne va jamais chercher de fichiers externes : dans Word, insérez l’image elle-même (Insertion › Images › Cet appareil) au lieu de la lier, puis importez de nouveau.',
    folderNotEmpty:
      '{{folder}} existe déjà et n’est pas un dossier vide. Choisissez un nouveau nom de dossier : rien n’est jamais écrasé.',
    fileExists:
      '{{file}} existe déjà. Choisissez un autre nom, ou déplacez d’abord le fichier existant.',
    notACourseFolder:
      '{{folder}} n’est pas un dossier. Donnez le dossier écrit par `spoc unpack`.',
    mediaNotListed:
      '{{file}} n’est pas listé dans media.json. Listez-le avec son empreinte SHA-256, ou retirez-le.',
    courseFolderProblem:
      '{{file}} : {{detail}}',
    courseFolderProblemAt:
      '{{file}}, ligne {{line}} : {{detail}}',
    courseFolderLink:
      '{{file}} est un lien ou un fichier spécial. Un dossier de cours ne contient que des fichiers ordinaires : remplacez-le par le fichier lui-même.',
    courseFolderTooMany:
      '{{folder}} contient plus de {{limit}} fichiers : ce n’est pas un dossier de cours.',
    courseFileTooLarge:
      '{{file}} fait {{size}} octets, plus qu’un fichier de cours ne peut en faire ({{limit}}).',
    folderMissing:
      'Le dossier {{folder}} n’existe pas. Créez-le d’abord ou choisissez une autre sortie.',
    outputIsFile:
      '{{path}} est un fichier, pas un dossier. Choisissez une autre sortie.',
    noFileAt:
      'Aucun fichier à {{path}}. Vérifiez le chemin.',
    pathMissing:
      '{{path}} n’existe pas.',
    reviewRoundMissing:
      '« {{file}} » n’a pas de tour de relecture {{round}} ; ses tours : {{rounds}}.',
    reviewNoRoundYet:
      '« {{file}} » n’a encore aucun tour de relecture : lancez-en un dans SPOC Studio (espace « Relecture »).',
    nothingWritten:
      'Rien n’a été écrit.',
    interrupted:
      'Interrompu : aucun fichier n’a été écrit.',
    serveOneProject:
      'Donnez au plus un fichier de projet.',
    servePort:
      '--port doit être un nombre entier entre 0 et 65535, pas « {{port}} ».',
    bridgeOutOfStep:
      'La fenêtre ne connaît pas l’appel « {{method}} » : l’application et son préchargement ne sont pas de la même version. Réinstallez SPOC Studio.',
    serverUnreachable:
      'Le serveur local de SPOC Studio est injoignable ({{detail}}). Vérifiez qu’il tourne toujours, puis rechargez la page.',
    serverBadAnswer:
      'Le serveur local a répondu à {{method}} par HTTP {{status}} sans résultat lisible. Rechargez la page ; si cela persiste, redémarrez SPOC Studio.',
    uploadFailed:
      'L’envoi de « {{name}} » au serveur local de SPOC Studio a échoué ({{detail}}). Vérifiez qu’il tourne toujours, puis réessayez.',
    uploadBadAnswer:
      'Le serveur local a répondu à l’envoi de « {{name}} » par HTTP {{status}}. Rechargez la page puis réessayez.',
    noSessionToken:
      'Cette page n’a pas été ouverte par SPOC Studio (pas de jeton de session). Lancez-le avec `npm start` et ouvrez l’adresse qu’il affiche.',
    requestTooLarge:
      'La requête dépasse {{megabytes}} Mo. Importez les gros médias dans l’application de bureau ou découpez le fichier.',
    originRefused:
      'Refusé : les requêtes venant de {{origin}} ne sont pas permises.',
    tokenMissing:
      'En-tête x-spoc-token absent. Ouvrez SPOC Studio depuis l’adresse qu’a affichée son serveur.',
    tokenWrong:
      'Jeton de session erroné : le serveur a redémarré. Rechargez la page.',
    uploadNameMissing:
      'En-tête x-spoc-file-name absent ou illisible : envoyez le nom du fichier encodé en URI.',
    uploadWrongType:
      '« {{name}} » doit être envoyé comme {{expected}}, pas {{actual}}.',
    uploadNoLength:
      'Envoyez le fichier avec sa longueur (content-length).',
    uploadTooLarge:
      '« {{name}} » fait {{size}} octets ; la médiathèque en accepte {{limit}} au plus.',
    downloadTokenMissing:
      'Jeton absent : téléchargez les exports depuis la page de SPOC Studio.',
    downloadTokenWrong:
      'Jeton de session erroné : rechargez la page puis téléchargez de nouveau.',
    downloadMissing:
      'Ce fichier exporté n’existe pas. Exportez de nouveau, puis téléchargez-le.',
    launchUsed:
      'Cette adresse de lancement a déjà servi. Ouvrez SPOC Studio depuis le navigateur qui l’a ouverte en premier, ou redémarrez SPOC Studio.',
    launchNeeded:
      'Ouvrez SPOC Studio depuis l’adresse qu’il a affichée au démarrage.',
    previewGone:
      'Cet aperçu n’est plus disponible : rouvrez l’aperçu.',
    packageWeeklyAlone:
      'Ce paquet SCORM est celui d’un seul module d’un export hebdomadaire : il ne contient pas {{entry}} (« {{name}} »), qui est dans le paquet d’un autre module. Importez le dossier écrit par l’export (spoc import DOSSIER), ou l’un de ses zips avec les autres à côté.',
    importAfterModuleGone: 'Le module après lequel importer n’est plus dans le cours. Sélectionnez un autre module et importez de nouveau.',
    importNoModule: 'Le fichier ne donne aucun module à importer. Choisissez d’autres niveaux de titres, ou un autre fichier.',
    wordLevelsInvalid:
      'Le document Word ne peut pas être importé : le niveau de titre des capsules ({{capsule}}) doit être plus profond que celui des modules ({{module}}), entre 1 et 6.',
    wordNoModuleHeading:
      'Le document Word ne peut pas être importé : aucun titre de module (Titre {{module}}) n’y a été trouvé ; ses titres sont des niveaux {{levels}}. Choisissez les niveaux de titres qui marquent ses modules et ses capsules.',
    wordNoHeadings:
      'Le document Word ne peut pas être importé : il n’a aucun titre (styles Word Titre 1, Titre 2…), ses modules et ses capsules ne peuvent donc pas être distingués. Appliquez les styles de titre à ses titres dans Word puis importez-le de nouveau.',
    importCapsuleInvalid:
      'La capsule « {{title}} » du fichier ne peut pas être importée ({{detail}}). Rien n’a été ajouté ; corrigez-la dans son projet d’origine puis exportez-la de nouveau.',
    packageSourceNotJson:
      '« {{file}} » ne peut pas être importé : son {{source}} n’est pas du JSON valide, le paquet a été endommagé ou modifié.',
    packageSourceShape:
      '« {{file}} » ne peut pas être importé : son {{source}} n’a pas la forme qu’écrit SPOC Studio ({{detail}}).',
    packageSourceOutside:
      '« {{file}} » ne peut pas être importé : son {{source}} nomme un fichier « {{path}} » hors du cours, le paquet a été modifié.',
    packageSourceNotCourse:
      '« {{file}} » ne peut pas être importé : son {{source}} n’est pas un cours valide ({{detail}}).',
    reviewFileTooLarge:
      '« {{file}} » dépasse {{megabytes}} Mo : ce n’est pas une relecture envoyée depuis un dossier de relecture SPOC Studio.',
    reviewFileNotJson:
      '« {{file}} » n’est pas un fichier de relecture (ce n’est pas du JSON valide). Demandez au relecteur d’envoyer, sans le modifier, le fichier qu’a enregistré « Envoyer ma relecture ».',
    reviewFileInvalid:
      '« {{file}} » n’est pas un fichier de relecture valide ({{detail}}). Demandez au relecteur d’envoyer, sans le modifier, le fichier qu’a enregistré « Envoyer ma relecture ».',
    lmsTestNoPlace:
      'Cette fenêtre ne peut pas lire de paquet. Redémarrez SPOC Studio, puis relancez le test.',
    lmsTestGone:
      'Ce test n’est plus disponible : relancez « Tester comme dans le LMS ».',
    importIntoMissing:
      'Aucun projet à {{file}}. Donnez à --into un projet existant, ou créez-en un nouveau avec -o.',
    packageFolderEmpty:
      '{{folder}} ne contient aucun paquet SCORM exporté par SPOC Studio avec la source du cours. Donnez le dossier écrit par un export hebdomadaire, ou l’un de ses zips.',
    // Details inside the interchange's messages (a field of a file, a part of a capsule), in the message's language.
    issueWholeFile: '(tout le fichier)',
    issueMissing: '{{field}} : ce champ manque',
    issueType: '{{field}} : doit être {{expected}}',
    expectedText: 'du texte entre guillemets',
    expectedNumber: 'un nombre',
    expectedInteger: 'un nombre entier',
    expectedBoolean: 'true ou false',
    expectedList: 'une liste [ … ]',
    expectedObject: 'un objet { … }',
    expectedNull: 'null',
    issueAtLeast: '{{field}} : doit valoir au moins {{limit}}',
    issueAbove: '{{field}} : doit être supérieur à {{limit}}',
    issueAtMost: '{{field}} : doit valoir au plus {{limit}}',
    issueBelow: '{{field}} : doit être inférieur à {{limit}}',
    issueTooShort: '{{field}} : trop court (longueur minimale {{limit}})',
    issueTooLong: '{{field}} : trop long (longueur maximale {{limit}})',
    issueTooFew: '{{field}} : pas assez d’éléments (minimum {{limit}})',
    issueTooMany: '{{field}} : trop d’éléments (maximum {{limit}})',
    issueValue: '{{field}} : doit être l’une de ces valeurs : {{values}}',
    issueFormat: '{{field}} : n’a pas le format attendu',
    issueUnknownFields: '{{field}} : SPOC Studio ne connaît pas {{keys}}',
    issueInvalid: '{{field}} : valeur non valide',
    folderNotJson: 'ce n’est pas du JSON valide. Corrigez la syntaxe à cet endroit (une virgule ou un guillemet qui manque, par exemple).',
    folderFieldInvalid: '{{issue}}. Corrigez ce champ en suivant les autres fichiers du dossier.',
    folderFileMissing: 'ce fichier manque. Tout dossier de cours en a un ; dépliez un projet (spoc unpack) pour en voir la disposition.',
    folderMediaName: '« {{name}} » n’est pas un simple nom de fichier : les médias sont directement dans media/. Donnez le nom du fichier lui-même, sans dossier ni « .. ».',
    folderCapsuleOutsideModule: 'son dossier n’a pas de module.json. Déplacez la capsule dans un dossier de module.',
    folderQuizWithoutCapsule: 'aucun fichier de capsule du même nom ({{capsule}}) n’est à côté. Un quiz appartient à la capsule qui porte son nom.',
    folderUnknownFile: 'SPOC Studio ne connaît pas ce fichier. Retirez-le, ou sortez-le du dossier du cours (les médias vont dans media/ et sont listés dans media.json).',
    contentUnknownNode: 'bloc « {{name}} » inconnu de l’éditeur',
    contentUnknownMark: 'mise en forme « {{name}} » inconnue de l’éditeur',
    contentMisplaced: 'contenu mal placé dans un bloc « {{name}} »',
    contentInvalid: 'structure que l’éditeur ne sait pas afficher',
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
    // Services, command line and local server (issue 11: every message in the user's language).
    noProjectOpen:
      'No project is open. Open or create a project first.',
    unknownApiCall:
      'Unknown API call "{{method}}".',
    invalidCallInput:
      'Invalid input for {{method}}: {{detail}}.',
    unexpectedFailure:
      'Something unexpected went wrong ({{detail}}). What was saved before is intact; try again, then restart SPOC Studio if it persists.',
    notFoundModule:
      'No module with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundCapsule:
      'No capsule with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundQuestion:
      'No question with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundQuiz:
      'No quiz with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundObjective:
      'No objective with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundCohort:
      'No cohort with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundLiveSession:
      'No live session with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundReviewRound:
      'No review round with id {{id}} in this project; it may have been deleted. Reload and try again.',
    notFoundReviewComment:
      'No review comment with id {{id}} in this project; reload the review panel.',
    notFoundMedia:
      'No media with id {{id}} in this project; it may have been deleted. Reload the library.',
    notFoundMediaContent:
      'No media with SHA-256 {{sha256}} in this project; it may have been deleted.',
    mediaPartMissing:
      'Media {{sha256}} is missing part {{part}} of {{parts}}. Open a backup copy of the project.',
    mediaStoreFileMissing:
      'The bytes of media "{{name}}", imported recently, cannot be found in the folder "{{folder}}" beside the project ({{detail}}). That folder is part of the project until it is closed: put it back, or re-import this media from its original.',
    changeInvalid:
      'This change was not saved: it would make the item invalid ({{detail}}).',
    insertAfterMissing:
      'The item to insert after is not in this list any more. Reload and try again.',
    capsuleNotInModule:
      'Capsule {{capsule}} is not in module {{module}}; add the new capsule after one of that module\'s capsules.',
    capsuleContentMisfit:
      'This capsule content does not fit the editor ({{detail}}); it was not saved. Reload the capsule.',
    capsuleHasQuiz:
      'The capsule "{{capsule}}" already has a quiz. Edit that quiz, or add a capsule for a second one.',
    mediaReplaceMissing:
      'One of the two media files is no longer in the library. Reload the library and try again.',
    mediaReplaceKind:
      '"{{from}}" and "{{to}}" are not the same kind of media: replace a file with one of the same kind (an image with an image, a video with a video).',
    mediaReplaceBreaks:
      'Replacing the file would break the capsule "{{capsule}}" ({{detail}}); nothing was changed.',
    settingRejected:
      'The setting "{{key}}" was refused ({{detail}}).',
    unknownTimeZone:
      'Unknown time zone "{{zone}}" for the cohort "{{cohort}}": use an IANA name such as Europe/Paris.',
    fileNotWritten:
      'Cannot write "{{file}}" in {{folder}} ({{detail}}). Choose a folder you can write to.',
    reviewModuleMissing:
      'No module with id {{id}} in this project; choose the modules to review again.',
    reviewOtherCourse:
      '"{{file}}" is a review of round {{round}} of the course "{{course}}", not of "{{current}}". Open that course\'s project to import it.',
    reviewUnknownRound:
      '"{{file}}" is a review of round {{round}} of the course "{{course}}", a round this project does not have (its rounds: {{rounds}}). Import it into the copy of the project that made its review pack.',
    previewNoPlace:
      'This window has no place to show previews. Restart SPOC Studio, then open the preview again.',
    folderNotCreated:
      'Cannot create the folder {{folder}} ({{detail}}). Choose a folder you can write to.',
    folderNotWritable:
      'Cannot write in {{folder}} ({{detail}}). Choose an existing folder you can write to.',
    exportCancelled:
      'The export was cancelled: no file was written.',
    exportNotWritten:
      'Cannot write the export to {{file}} ({{detail}}). No file was left behind; check the disk and choose another folder if needed.',
    exportDiskFull:
      'The disk filled up while the export was written to {{file}}: no file was left behind. Free some space or choose another disk, then export again.',
    exportNoSpace:
      'Not enough disk space in {{folder}}: the export needs {{needed}} MB, {{free}} MB are free. Free some space or choose another disk.',
    exportRunning:
      'An export is already running: wait for it to finish or cancel it.',
    mediaShortRead:
      'The media file {{name}} should hold {{expected}} bytes but the project gave {{actual}}: the project file may be damaged. Re-import that media file.',
    exportTooLarge:
      'This export would pass 4 GiB, the limit of a zip without ZIP64 (and far beyond what LMSs accept). Export one package per module, or use lighter media.',
    mediaTooLarge:
      '"{{name}}" is larger than {{megabytes}} MB: compress it, or host it elsewhere and link to it.',
    mediaPickNotHere:
      'Media cannot be picked here: import them from the media library of SPOC Studio.',
    mediaNoFileTypeBox:
      '"{{name}}" cannot be played: it does not start with the file-type box ("ftyp") every MP4 file starts with. It was not imported: export it again (MP4, H.264) from its application.',
    mediaFileTypeBoxSize:
      '"{{name}}" cannot be played: its file-type box has an impossible size ({{size}} bytes). It was not imported: export it again (MP4, H.264) from its application.',
    mediaNotVideo:
      '"{{name}}" cannot be played as a video: it is an MP4 file of brand "{{brand}}", which holds sound or a picture, not a video. It was not imported: import it as audio or an image, or export the video again (MP4, H.264).',
    mediaNoMovie:
      '"{{name}}" cannot be played: it ends right after its file-type box and holds no movie. It was not imported: export it again (MP4, H.264) from its application.',
    mediaNotMp4Data:
      '"{{name}}" cannot be played: what follows its file-type box is not MP4 data (the file is damaged or was renamed). It was not imported: export it again (MP4, H.264) from its application.',
    mediaWrongContent:
      '"{{name}}" does not contain what its name says ({{mimeType}}): the file is damaged or renamed. Export it again from its application.',
    mediaNotReadable:
      'Cannot read the media file "{{name}}" ({{detail}}). Check it exists and you may read it.',
    mediaImportFailed:
      'Importing "{{name}}" failed ({{detail}}). Nothing was added; try again.',
    mediaHashMismatch:
      'The media file "{{name}}" does not match the course (its SHA-256 differs): the file was changed or damaged.',
    mediaIsFolder:
      '"{{name}}" is a folder, not a file: pick media files.',
    uploadStalled:
      'Nothing arrived for {{seconds}} s: send the file again.',
    fileNameEmpty:
      'The file has no name.',
    fileNameTooLong:
      'The file name is {{length}} characters long; 255 at most.',
    fileNameIsPath:
      '"{{name}}" looks like a path, not a file name: rename the file without "/", "\\" or "..".',
    fileNameControl:
      'The file name contains control characters: rename the file.',
    mediaTypeRefused:
      '"{{name}}" is not a file the media library takes. Use an image (PNG, JPEG, GIF, WebP), a video (MP4, WebM), audio (MP3, M4A, WAV, OGG), a PDF or WebVTT captions (.vtt).',
    fileNotCreated:
      'Cannot create "{{file}}" in {{folder}} ({{detail}}). Choose a folder you can write to.',
    backupBeforeMigration:
      'Cannot back up "{{file}}" before updating its format ({{detail}}). Free some disk space and try again.',
    migrationFailed:
      'Updating the format of "{{file}}" failed ({{detail}}); the file was left as it was.',
    sampleUnreadable:
      'The bundled sample course cannot be read ({{detail}}). Reinstall SPOC Studio.',
    tooManySampleCopies:
      'Too many copies of the sample in {{folder}}. Delete some and try again.',
    courseDocumentInvalid:
      'The course document is not valid: {{detail}}.',
    mediaNameWithFolders:
      'The media file name "{{name}}" must be a plain file name, without folders.',
    mediaFolderMissing:
      'The course document lists media ("{{name}}") but no media folder was given.',
    mediaFileMissing:
      'The media file "{{name}}" is missing from {{folder}}. Put it back or remove it from the course document.',
    documentDanglingReference:
      'In the course document, the item {{id}} refers to an item the document does not contain.',
    documentDuplicateId:
      'In the course document, the item {{id}} repeats an id already used.',
    rowDamaged:
      'A row of {{table}} (id {{id}}) does not match the course model ({{detail}}). The project was changed outside SPOC Studio; open a backup copy.',
    newProjectIsOpen:
      '"{{file}}" is the project open now; choose another name for the new project.',
    copyIsOpenProject:
      '"{{file}}" is the project open now; choose another name for the copy.',
    projectNotKnown:
      '"{{file}}" is not among the known projects. Choose it with Open… (or put it in the workspace folder) first.',
    courseRowMissing:
      'This project has no course row. Open a backup copy of it.',
    capsuleContentDamaged:
      'The content of the capsule {{id}} is damaged. Open a backup copy of this project.',
    zipInvalid:
      '"{{file}}" is not a valid zip archive (it may be damaged, or another kind of file renamed). Save it again and retry.',
    zipTooManyFiles:
      '"{{file}}" holds {{count}} files, more than the {{limit}} allowed: it is refused as a possible zip bomb.',
    zipPathOutside:
      '"{{file}}" holds a file named "{{name}}" that points outside the archive: it is refused.',
    zipTooBig:
      '"{{file}}" unpacks to more than {{megabytes}} MB: it is refused as a possible zip bomb.',
    zipEntryMissing:
      '"{{file}}" has no file {{name}}.',
    zipEntryUnpack:
      '"{{file}}": the file {{name}} cannot be unpacked or is larger than its archive says (a possible zip bomb). It is refused.',
    zipEntryMismatch:
      '"{{file}}": the file {{name}} does not match its archive record (damaged, or forged). It is refused.',
    packageTooLarge:
      '"{{file}}" is {{megabytes}} MB, more than a package SPOC Studio can import (2 GB).',
    packageWithoutSource:
      '"{{file}}" was exported by SPOC Studio without its course source, so it cannot be rebuilt into a project. Export the course again with "Include the course source" left ticked (spoc export without --without-source), or open its project file.',
    packageNotOurs:
      '"{{file}}" was not exported by SPOC Studio (it carries no {{source}}), so it cannot be rebuilt into a project. Import the course\'s Word document or storyboard instead, or ask for its SPOC Studio project file.',
    packageMediaMissing:
      'The SCORM package lacks {{entry}}, a media file its source lists ("{{name}}"). Import the whole export (for a weekly export, the zip that holds every module\'s package).',
    packageMediaAltered:
      'The SCORM package\'s {{entry}} does not match the SHA-256 its source gives: the package was altered. It is refused.',
    packageMediaPath:
      'The SCORM package\'s source names a media file "{{name}}" with folders in it: the package was altered. It is refused.',
    importTooLarge:
      '"{{name}}" is larger than the {{megabytes}} MB an import may be.',
    importNothingStaged:
      'No file is waiting to be imported: choose one with Import… first.',
    importWrongType:
      '"{{name}}" is neither a Word document (.docx) nor a SCORM package (.zip). Choose one of those.',
    wordTooLarge:
      '"{{file}}" is {{megabytes}} MB; a Word document to import may be at most {{limit}} MB. Compress its pictures in Word (File › Compress Pictures) and retry.',
    wordNotDocx:
      '"{{file}}" is not a Word document (.docx): it has no word/document.xml. Save it from Word as "Word Document (.docx)" and retry.',
    wordLinkedPicture:
      '"{{file}}" shows a picture linked from outside it ({{target}}). SPOC Studio never fetches external files: in Word, insert the picture itself (Insert › Pictures › This Device) instead of linking it, then import again.',
    folderNotEmpty:
      '{{folder}} already exists and is not an empty folder. Choose a new folder name: nothing is ever overwritten.',
    fileExists:
      '{{file}} already exists. Choose another name, or move the existing file first.',
    notACourseFolder:
      '{{folder}} is not a folder. Give the folder `spoc unpack` wrote.',
    mediaNotListed:
      '{{file}} is not listed in media.json. List it there with its SHA-256, or remove it.',
    courseFolderProblem:
      '{{file}}: {{detail}}',
    courseFolderProblemAt:
      '{{file}}, line {{line}}: {{detail}}',
    courseFolderLink:
      '{{file}} is a link or a special file. A course folder holds plain files only: replace it with the file itself.',
    courseFolderTooMany:
      '{{folder}} holds more than {{limit}} files: this is not a course folder.',
    courseFileTooLarge:
      '{{file}} is {{size}} bytes, more than a course file can be ({{limit}}).',
    folderMissing:
      'The folder {{folder}} does not exist. Create it first or choose another output.',
    outputIsFile:
      '{{path}} is a file, not a folder. Choose another output.',
    noFileAt:
      'No file at {{path}}. Check the path.',
    pathMissing:
      '{{path}} does not exist.',
    reviewRoundMissing:
      '"{{file}}" has no review round {{round}}; its rounds: {{rounds}}.',
    reviewNoRoundYet:
      '"{{file}}" has no review round yet: start one in SPOC Studio (place "Review").',
    nothingWritten:
      'Nothing was written.',
    interrupted:
      'Interrupted: no file was written.',
    serveOneProject:
      'Give at most one project file.',
    servePort:
      '--port must be a whole number between 0 and 65535, not "{{port}}".',
    bridgeOutOfStep:
      'The desktop bridge has no "{{method}}" call: the app and its preload are out of step. Reinstall SPOC Studio.',
    serverUnreachable:
      'SPOC Studio\'s local server cannot be reached ({{detail}}). Check that it is still running, then reload the page.',
    serverBadAnswer:
      'The local server answered {{method}} with HTTP {{status}} and no readable result. Reload the page; if it persists, restart SPOC Studio.',
    uploadFailed:
      'Sending "{{name}}" to SPOC Studio\'s local server failed ({{detail}}). Check that it is still running, then try again.',
    uploadBadAnswer:
      'The local server answered the upload of "{{name}}" with HTTP {{status}}. Reload the page and try again.',
    noSessionToken:
      'This page was not opened by SPOC Studio (no session token). Start it with `npm start` and open the address it prints.',
    requestTooLarge:
      'The request is larger than {{megabytes}} MB. Import large media in the desktop app or split the file.',
    originRefused:
      'Refused: requests from {{origin}} are not allowed.',
    tokenMissing:
      'Missing x-spoc-token header. Open SPOC Studio from the address its server printed.',
    tokenWrong:
      'Wrong session token: the server was restarted. Reload the page.',
    uploadNameMissing:
      'Missing or unreadable x-spoc-file-name header: send the file name URI-encoded.',
    uploadWrongType:
      '"{{name}}" must be sent as {{expected}}, not {{actual}}.',
    uploadNoLength:
      'Send the file with its content-length.',
    uploadTooLarge:
      '"{{name}}" is {{size}} bytes; the media library takes {{limit}} bytes at most.',
    downloadTokenMissing:
      'Missing token: download exports from the SPOC Studio page.',
    downloadTokenWrong:
      'Wrong session token: reload the page and download again.',
    downloadMissing:
      'No such exported file. Export again, then download it.',
    launchUsed:
      'This launch address was already used. Open SPOC Studio from the browser that first opened it, or restart SPOC Studio.',
    launchNeeded:
      'Open SPOC Studio from the address it printed when it started.',
    previewGone:
      'This preview is no longer available: open the preview again.',
    packageWeeklyAlone:
      'The SCORM package is one module\'s package of a weekly export and lacks {{entry}} ("{{name}}"), which another module\'s package holds. Import the folder the export wrote (spoc import FOLDER), or one of its zips with the others beside it.',
    importAfterModuleGone: 'The module to import after is no longer in the course. Select another module and import again.',
    importNoModule: 'The file gives no module to import. Choose other heading levels, or another file.',
    wordLevelsInvalid:
      'The Word document cannot be imported: the capsule heading level ({{capsule}}) must be below the module level ({{module}}), between 1 and 6.',
    wordNoModuleHeading:
      'The Word document cannot be imported: no module heading (Heading {{module}}) was found; its headings are at levels {{levels}}. Choose the heading levels that mark its modules and capsules.',
    wordNoHeadings:
      'The Word document cannot be imported: it has no headings (Word styles Heading 1, Heading 2…), so its modules and capsules cannot be told apart. Apply heading styles to its titles in Word and import it again.',
    importCapsuleInvalid:
      'The capsule "{{title}}" of the file cannot be imported ({{detail}}). Nothing was added; fix it in its original project and export it again.',
    packageSourceNotJson:
      '"{{file}}" cannot be imported: its {{source}} is not valid JSON: the package was damaged or altered.',
    packageSourceShape:
      '"{{file}}" cannot be imported: the shape of its {{source}} is not the one SPOC Studio writes ({{detail}}).',
    packageSourceOutside:
      '"{{file}}" cannot be imported: a file "{{path}}" named in its {{source}} is outside the course: the package was altered.',
    packageSourceNotCourse:
      '"{{file}}" cannot be imported: its {{source}} is not a valid course ({{detail}}).',
    reviewFileTooLarge:
      '"{{file}}" is larger than {{megabytes}} MB: it is not a review sent from a SPOC Studio review pack.',
    reviewFileNotJson:
      '"{{file}}" is not a review file (it is not valid JSON). Ask the reviewer to send the file "Send my review" saved, unchanged.',
    reviewFileInvalid:
      '"{{file}}" is not a valid review file ({{detail}}). Ask the reviewer to send the file "Send my review" saved, unchanged.',
    lmsTestNoPlace:
      'This window has no place to play packages. Restart SPOC Studio, then test again.',
    lmsTestGone:
      'This LMS test is no longer available: run Test as in the LMS again.',
    importIntoMissing:
      'There is no project at {{file}}. Give an existing project to --into, or create one with -o.',
    packageFolderEmpty:
      'No SCORM package exported by SPOC Studio with its course source is in {{folder}}. Give the folder a weekly export wrote, or one of its zips.',
    issueWholeFile: '(whole file)',
    issueMissing: '{{field}}: this field is missing',
    issueType: '{{field}}: must be {{expected}}',
    expectedText: 'text in quotes',
    expectedNumber: 'a number',
    expectedInteger: 'a whole number',
    expectedBoolean: 'true or false',
    expectedList: 'a list [ … ]',
    expectedObject: 'an object { … }',
    expectedNull: 'null',
    issueAtLeast: '{{field}}: must be at least {{limit}}',
    issueAbove: '{{field}}: must be more than {{limit}}',
    issueAtMost: '{{field}}: must be at most {{limit}}',
    issueBelow: '{{field}}: must be less than {{limit}}',
    issueTooShort: '{{field}}: too short (minimum length {{limit}})',
    issueTooLong: '{{field}}: too long (maximum length {{limit}})',
    issueTooFew: '{{field}}: not enough items (minimum {{limit}})',
    issueTooMany: '{{field}}: too many items (maximum {{limit}})',
    issueValue: '{{field}}: must be one of {{values}}',
    issueFormat: '{{field}}: not in the expected format',
    issueUnknownFields: '{{field}}: SPOC Studio does not know {{keys}}',
    issueInvalid: '{{field}}: invalid value',
    folderNotJson: 'this is not valid JSON. Fix the syntax there, e.g. a missing comma or quote.',
    folderFieldInvalid: '{{issue}}. Correct this field as the other files of the folder show.',
    folderFileMissing: 'this file is missing. Every course folder has one; unpack a project (spoc unpack) to see the layout.',
    folderMediaName: '"{{name}}" is not a plain file name: media files sit directly in media/. Give the file\'s own name there, without folders or "..".',
    folderCapsuleOutsideModule: 'its folder has no module.json. Move the capsule into a module folder.',
    folderQuizWithoutCapsule: 'no capsule file of the same name ({{capsule}}) sits beside it. A quiz belongs to the capsule named like it.',
    folderUnknownFile: 'SPOC Studio does not know this file. Remove it or move it out of the course folder (media files go in media/ and are listed in media.json).',
    contentUnknownNode: 'block "{{name}}" unknown to the editor',
    contentUnknownMark: 'formatting "{{name}}" unknown to the editor',
    contentMisplaced: 'content out of place in a "{{name}}" block',
    contentInvalid: 'a structure the editor cannot show',
  },
});

export type ErrorMessageKey = keyof typeof errors.en;
