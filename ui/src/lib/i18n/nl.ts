// Dutch: the source language. Every key here must exist in en.ts (the compiler and a
// Vitest test check it). Plain language (B1): short sentences, "je", no jargon.

export const nl = {
  app: {
    name: 'Werfwijzer',
    tagline: 'Eerlijk werven op competenties',
    skipToContent: 'Naar de inhoud',
    loading: 'Werfwijzer start…',
    genericError: 'Er ging iets mis. Er is niets veranderd. Probeer het nog eens.',
    working: 'Even geduld…',
  },
  fatal: {
    retry: 'Opnieuw proberen',
    title: 'Werfwijzer kan je gegevens niet openen',
    messageLabel: 'Wat Werfwijzer meldt:',
    whatToDo:
      'Sluit Werfwijzer en start het opnieuw. Lukt het dan nog niet? Vraag hulp aan je adviseur of aan de persoon die je computer beheert.',
  },
  header: {
    organisationLabel: 'Organisatie',
    manageOrganisations: 'Organisaties beheren',
  },
  nav: {
    label: 'Hoofdmenu',
    welcome: 'Welkom',
    procedures: 'Procedures',
    library: 'Bibliotheek',
    packs: 'Pakketten',
    organisations: 'Organisaties',
    settings: 'Instellingen',
  },
  common: {
    cancel: 'Annuleren',
    save: 'Opslaan',
    rename: 'Naam wijzigen',
    delete: 'Verwijderen',
    confirmDelete: 'Ja, verwijderen',
    demoBadge: 'voorbeeld',
    required: 'verplicht',
  },
  welcome: {
    title: 'Welkom bij Werfwijzer',
    intro1: 'Met Werfwijzer kies je een nieuwe medewerker op een eerlijke manier.',
    intro2:
      "Je beschrijft wat iemand moet kunnen. Daarna beoordeel je met collega's de brieven zonder namen, en je stelt iedereen dezelfde vragen.",
    intro3: 'Alles blijft op deze computer.',
    createTitle: 'Begin met je organisatie',
    nameLabel: 'Naam van je bedrijf of organisatie',
    nameHint: 'Bijvoorbeeld: Bakkerij De Vries. Je kunt de naam later nog veranderen.',
    createButton: 'Organisatie maken',
    demoTitle: 'Eerst rondkijken?',
    demoText:
      'Probeer Werfwijzer uit met een voorbeeldbakkerij. Je kunt de voorbeeldgegevens later weer verwijderen.',
    demoButton: 'Probeer met voorbeeldgegevens',
  },
  procedures: {
    eyebrow: 'Procedures van',
    intro: 'Een procedure is één vacature, stage of promotie. Open een procedure om te zien hoe ver je bent.',
    newButton: 'Nieuwe procedure',
    count: (p: { count: number }) => (p.count === 1 ? '1 procedure' : `${p.count} procedures`),
    emptyTitle: 'Nog geen procedures',
    emptyText:
      'Hier komen je procedures te staan. Klik op ‘Nieuwe procedure’ om te beginnen met een vacature, stage of promotie.',
    kindLabel: 'Soort',
    phaseLabel: 'Fase',
    updatedLabel: 'Laatst gewijzigd',
    noOrganisationTitle: 'Kies een organisatie',
    noOrganisationText: 'Kies bovenaan een organisatie, of maak er een bij Organisaties.',
    loading: 'Procedures worden geladen…',
  },
  newProcedure: {
    title: 'Nieuwe procedure',
    intro: 'Geef de procedure een naam en kies wat voor procedure het is.',
    titleLabel: 'Naam van de functie',
    titleHint: 'Bijvoorbeeld: Verkoopmedewerker bakkerij (24 uur)',
    kindLegend: 'Wat voor procedure is het?',
    createButton: 'Procedure maken',
  },
  kinds: {
    vacature: 'Vacature',
    stage: 'Stage',
    promotie: 'Promotie (interne kandidaten)',
  },
  kindHelp: {
    vacature: 'Je zoekt een nieuwe medewerker van buiten je bedrijf.',
    stage: 'Je zoekt een stagiair die bij jou komt leren.',
    promotie: 'Je kiest iemand uit je eigen team voor een andere of hogere functie.',
  },
  phases: {
    opstellen: 'Opstellen',
    gepubliceerd: 'Gepubliceerd',
    brievenBeoordelen: 'Brieven beoordelen',
    gesprekken: 'Gesprekken',
    besluit: 'Besluit',
    afgesloten: 'Afgesloten',
    opgeschoond: 'Opgeschoond',
  },
  phaseHelp: {
    opstellen: 'Je beschrijft de functie en kiest ongeveer vijf competenties. Daarna maak je de vacaturetekst.',
    gepubliceerd: 'De vacature staat online of hangt op. Mensen kunnen een brief sturen.',
    brievenBeoordelen: "Jij en je collega's geven punten per competentie. Jullie zien geen namen.",
    gesprekken: 'Je stelt elke kandidaat dezelfde vragen, in dezelfde volgorde.',
    besluit: 'Je kiest op basis van de punten en je schrijft op waarom.',
    afgesloten: 'Iedereen heeft bericht gekregen. De procedure is klaar.',
    opgeschoond: 'De gegevens van de sollicitanten zijn gewist, zoals de wet (AVG) vraagt.',
  },
  phaseStates: {
    done: 'Klaar',
    current: 'Nu bezig',
    upcoming: 'Nog niet begonnen',
  },
  procedure: {
    errorTitle: 'Deze procedure kan niet open',
    back: 'Terug naar procedures',
    kindLabel: 'Soort',
    organisationLabel: 'Organisatie',
    actionsLabel: 'Wat je met deze procedure kunt doen',
    renameButton: 'Naam wijzigen',
    renameTitle: 'Naam van de procedure wijzigen',
    renameLabel: 'Nieuwe naam',
    deleteButton: 'Procedure verwijderen',
    deleteTitle: 'Procedure verwijderen?',
    deleteText: (p: { title: string }) =>
      `Weet je zeker dat je ‘${p.title}’ wilt verwijderen? Het logboek van deze procedure gaat ook weg. Dit kun je niet ongedaan maken.`,
    stepsTitle: 'Stappen',
    stepsIntro: 'Een procedure heeft zeven stappen. Je doet ze na elkaar.',
    stepNumber: (p: { n: number }) => `Stap ${p.n}`,
    currentTitle: (p: { phase: string }) => `Nu: ${p.phase}`,
    notAvailable: 'Deze stap komt in een volgende versie van Werfwijzer.',
    notAvailableMore: 'Je kunt deze procedure nu al bekijken, een andere naam geven of verwijderen.',
    availableText: 'Deze stap kun je nu uitvoeren.',
    loading: 'Procedure wordt geladen…',
    logTitle: 'Logboek',
    logIntro:
      'Werfwijzer schrijft elke stap op in het logboek. Zo kun je later laten zien dat je eerlijk hebt gekozen.',
    logEmpty: 'Er staat nog niets in het logboek.',
    logWhen: 'Wanneer',
    logWhat: 'Wat er gebeurde',
    logDetail: 'Details',
    competenciesTitle: 'Competenties',
    competenciesIntro:
      'Wat moet de nieuwe medewerker kunnen? Kies ongeveer vijf competenties. Je beoordeelt de brieven en de gesprekken later op precies deze punten.',
    competenciesEmpty: 'Je hebt nog geen competenties gekozen.',
    competenciesCount: (p: { count: number }) =>
      p.count === 1 ? '1 competentie gekozen' : `${p.count} competenties gekozen`,
    competenciesMany:
      'Je hebt zes of meer competenties. Dat is veel. Met ongeveer vijf kun je elke competentie goed beoordelen.',
    competenciesLocked:
      'De vacature is gepubliceerd. De competenties liggen nu vast, zodat iedereen op dezelfde punten wordt beoordeeld.',
    chooseFromLibrary: 'Kies uit de bibliotheek',
    removeCompetency: 'Weghalen',
    removeCompetencyLabel: (p: { name: string }) => `${p.name} weghalen uit de procedure`,
    competencySource: (p: { pack: string; version: string }) => `Vaste kopie uit ${p.pack}, versie ${p.version}`,
    competencyOwn: 'Zelf geschreven',
    competencyRemoved: (p: { name: string }) => `‘${p.name}’ is weggehaald.`,
  },
  auditActions: {
    organisationCreated: 'Organisatie gemaakt',
    organisationRenamed: 'Naam van de organisatie gewijzigd',
    organisationDeleted: 'Organisatie verwijderd',
    procedureCreated: 'Procedure gemaakt',
    procedureRenamed: 'Naam van de procedure gewijzigd',
    procedureDeleted: 'Procedure verwijderd',
    demoCreated: 'Voorbeeldgegevens gemaakt',
    languageChanged: 'Taal gewijzigd',
    packInstalled: 'Pakket geïnstalleerd',
    packUpdated: 'Pakket bijgewerkt',
    packRemoved: 'Pakket verwijderd',
    keyTrusted: 'Sleutel van uitgever vertrouwd',
    keyRemoved: 'Sleutel van uitgever verwijderd',
    competencyAdded: 'Competentie toegevoegd',
    competencyRemoved: 'Competentie weggehaald',
    other: 'Andere stap',
  },
  organisations: {
    title: 'Organisaties',
    intro:
      'Werk je voor meer bedrijven, bijvoorbeeld als adviseur? Maak dan voor elk bedrijf een eigen organisatie. Zo blijven de gegevens apart.',
    listLabel: 'Jouw organisaties',
    current: 'Nu gekozen',
    choose: 'Werken met deze organisatie',
    openProcedures: 'Procedures bekijken',
    procedureCount: (p: { count: number }) =>
      p.count === 0 ? 'Nog geen procedures' : p.count === 1 ? '1 procedure' : `${p.count} procedures`,
    createTitle: 'Organisatie toevoegen',
    nameLabel: 'Naam van de organisatie',
    createButton: 'Organisatie toevoegen',
    created: (p: { name: string }) => `‘${p.name}’ is toegevoegd. Je werkt nu met deze organisatie.`,
    renameTitle: 'Naam van de organisatie wijzigen',
    renameLabel: 'Nieuwe naam',
    deleteTitle: 'Organisatie verwijderen?',
    deleteText: (p: { name: string; count: number }) =>
      `Weet je zeker dat je ‘${p.name}’ wilt verwijderen? ` +
      (p.count === 0
        ? 'Alle procedures van deze organisatie gaan dan ook weg.'
        : p.count === 1
          ? 'De procedure van deze organisatie gaat dan ook weg.'
          : `Alle ${p.count} procedures van deze organisatie gaan dan ook weg.`) +
      ' Dit kun je niet ongedaan maken.',
    deleted: (p: { name: string }) => `‘${p.name}’ is verwijderd.`,
    demoTitle: 'Voorbeeldgegevens',
    demoText: 'Wil je eerst rondkijken? Maak een voorbeeldbakkerij met één procedure.',
    demoButton: 'Probeer met voorbeeldgegevens',
    empty: 'Er zijn nog geen organisaties. Voeg hieronder je eerste organisatie toe.',
  },
  packs: {
    title: 'Pakketten',
    intro1:
      'Een pakket bevat competenties en sollicitatievragen voor de functies in een sector. Vaak maakt een brancheorganisatie het pakket.',
    intro2: 'Werfwijzer controleert of een pakket niet is veranderd nadat de maker het heeft gemaakt.',
    listTitle: 'Geïnstalleerde pakketten',
    loading: 'Pakketten worden geladen…',
    emptyTitle: 'Nog geen pakketten',
    emptyText:
      'Heb je een pakket gekregen, bijvoorbeeld van je brancheorganisatie? Klik op ‘Pakket installeren’ of sleep het bestand naar het vak hierboven.',
    versionLabel: 'Versie',
    publisherLabel: 'Uitgever',
    counts: (p: { competencies: number; roles: number }) =>
      `${p.competencies === 1 ? '1 competentie' : `${p.competencies} competenties`}, ` +
      (p.roles === 1 ? '1 functie' : `${p.roles} functies`),
    builtin: 'Ingebouwd',
    trustVerified: (p: { publisher: string }) => `Uitgegeven door ${p.publisher}, geverifieerd`,
    trustSignedUnknownKey: 'Niet geverifieerd: de sleutel van de uitgever is niet bekend',
    trustUnsigned: 'Niet geverifieerd: niet ondertekend',
    installTitle: 'Pakket installeren',
    installText: 'Kies een pakketbestand. De naam eindigt op ‘.werfpack.json’.',
    installButton: 'Pakket installeren',
    dropZone: 'Of sleep een of meer pakketbestanden naar dit vak.',
    dropZoneActive: 'Laat het bestand hier los.',
    installing: (p: { file: string }) => `Bezig met ${p.file}…`,
    installed: (p: { title: string; version: string }) => `Geïnstalleerd: ${p.title} ${p.version}`,
    updated: (p: { title: string; previous: string; version: string }) =>
      `Bijgewerkt van versie ${p.previous} naar ${p.version}: ${p.title}`,
    fileError: (p: { file: string; message: string }) => `${p.file}: ${p.message}`,
    tooLarge: (p: { file: string }) =>
      `${p.file}: dit bestand is groter dan 5 MB. Dat is te groot voor een pakket. Controleer of je het goede bestand hebt gekozen.`,
    unreadable: (p: { file: string }) =>
      `${p.file}: dit bestand kan niet worden gelezen. Kies het bestand opnieuw.`,
    removeTitle: 'Pakket verwijderen?',
    removeText: (p: { title: string }) =>
      `Weet je zeker dat je ‘${p.title}’ wilt verwijderen? Procedures die dit pakket al gebruiken, houden hun eigen kopie. Daar verandert niets aan.`,
    removed: (p: { title: string }) => `‘${p.title}’ is verwijderd.`,
    keysTitle: 'Vertrouwde uitgevers',
    keysIntro:
      'Je brancheorganisatie kan je een sleutelbestand geven. De naam eindigt op ‘.public.json’. Met dit bestand controleert Werfwijzer of hun pakketten echt van hen komen.',
    keysEmpty: 'Je hebt nog geen sleutels toegevoegd. Heb je een sleutelbestand gekregen? Klik op ‘Sleutel toevoegen’.',
    keyAddButton: 'Sleutel toevoegen',
    keyIdLabel: 'Code van de uitgever',
    keyFingerprintLabel: 'Sleutel',
    keyAdded: (p: { publisher: string }) => `De sleutel van ${p.publisher} is toegevoegd.`,
    keyRemoveTitle: 'Sleutel verwijderen?',
    keyRemoveText: (p: { publisher: string }) =>
      `Weet je zeker dat je de sleutel van ${p.publisher} wilt verwijderen? Hun pakketten blijven staan, maar zijn dan niet meer geverifieerd.`,
    keyRemoved: (p: { publisher: string }) => `De sleutel van ${p.publisher} is verwijderd.`,
    keyBuiltin: 'Ingebouwd in Werfwijzer',
    keyBuiltinHelp: 'Met deze sleutel zijn de ingebouwde pakketten ondertekend. Je kunt hem niet verwijderen.',
    restoreTitle: 'Ingebouwde pakketten',
    restoreText:
      'Werfwijzer heeft pakketten voor tien sectoren ingebouwd. Heb je er een verwijderd? Dan kun je hem hier terugzetten.',
    restoreButton: 'Ingebouwde pakketten terugzetten',
    restored: (p: { count: number }) =>
      p.count === 0
        ? 'Alle ingebouwde pakketten staan er al. Er is niets veranderd.'
        : p.count === 1
          ? '1 pakket is teruggezet.'
          : `${p.count} pakketten zijn teruggezet.`,
    toLibrary: 'Bekijk de functies en competenties in de bibliotheek',
  },
  library: {
    title: 'Bibliotheek',
    intro:
      'Hier staan alle functies en competenties uit je pakketten. Zoek een functie die op jouw vacature lijkt. Dan zie je welke competenties en vragen erbij horen.',
    loading: 'De bibliotheek wordt geladen…',
    forProcedure: (p: { title: string }) => `Je kiest competenties voor ‘${p.title}’.`,
    chosenCount: (p: { count: number }) =>
      p.count === 1 ? 'Er is 1 competentie gekozen. Kies er ongeveer vijf.' : `Er zijn ${p.count} competenties gekozen. Kies er ongeveer vijf.`,
    backToProcedure: 'Terug naar de procedure',
    searchLabel: 'Zoeken',
    searchHint: 'Bijvoorbeeld: kassa, monteur of planning',
    packLabel: 'Pakket',
    allPacks: 'Alle pakketten',
    showLabel: 'Laat zien',
    roles: (p: { count: number }) => `Functies (${p.count})`,
    competencies: (p: { count: number }) => `Competenties (${p.count})`,
    resultsLabel: 'Gevonden',
    noResults: 'Niets gevonden. Probeer een ander woord, of kies alle pakketten.',
    emptyTitle: 'De bibliotheek is leeg',
    emptyText:
      'Er zijn geen pakketten geïnstalleerd. Bij Pakketten kun je de ingebouwde pakketten terugzetten of zelf een pakket installeren.',
    toPacks: 'Naar Pakketten',
    selectPrompt: 'Kies een functie of competentie uit de lijst. Dan lees je hier wat erbij hoort.',
    fromPack: (p: { pack: string }) => `Uit het pakket ${p.pack}`,
    tasksTitle: 'Wat je gaat doen',
    roleCompetenciesTitle: 'Competenties bij deze functie',
    conditionsTitle: 'Arbeidsvoorwaarden (als richtlijn)',
    hoursLabel: 'Uren',
    caoLabel: 'Cao',
    payLabel: 'Loon',
    requirementsTitle: 'Eisen',
    requirementsNone: 'Geen harde eisen. Wat nodig is, leert de nieuwe medewerker in het werk.',
    reasonLabel: 'Waarom:',
    takeRole: (p: { count: number }) => `Neem de ${p.count} competenties van deze functie over`,
    roleTaken: (p: { count: number }) =>
      p.count === 1 ? 'Er staat nu 1 competentie in de procedure.' : `Er staan nu ${p.count} competenties in de procedure.`,
    indicatorsTitle: 'Wat je ziet als iemand dit goed doet',
    questionsTitle: 'Vragen voor het gesprek',
    behavioural: 'Ervaringsvraag',
    situational: 'Situatievraag',
    followUpsLabel: 'Doorvragen:',
    letterAnchorsTitle: 'Punten geven bij de brief',
    interviewAnchorsTitle: 'Punten geven bij het gesprek',
    points: (p: { n: number }) => (p.n === 1 ? '1 punt' : `${p.n} punten`),
    workSampleTitle: 'Praktijkopdracht',
    add: 'Toevoegen aan de procedure',
    inProcedure: 'Staat al in de procedure',
    addedMessage: (p: { name: string }) => `‘${p.name}’ staat nu in de procedure.`,
  },
  settings: {
    title: 'Instellingen',
    intro: 'Hier kies je hoe Werfwijzer werkt.',
    languageLegend: 'Taal van Werfwijzer',
    languageHelp: 'De nieuwe taal werkt meteen, op elk scherm.',
    saved: 'De taal is opgeslagen.',
  },
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
};

export type Messages = typeof nl;
