// English. `satisfies Messages` makes a missing or an extra key a compile error; the
// i18n test also fails on an empty text.

import type { Messages } from './nl';

export const en = {
  app: {
    name: 'Werfwijzer',
    tagline: 'Fair hiring on competencies',
    skipToContent: 'Skip to content',
    loading: 'Werfwijzer is starting…',
    genericError: 'Something went wrong. Nothing was changed. Please try again.',
    working: 'Please wait…',
  },
  fatal: {
    retry: 'Try again',
    title: 'Werfwijzer cannot open your data',
    messageLabel: 'What Werfwijzer reports:',
    whatToDo:
      'Close Werfwijzer and start it again. Still not working? Ask your advisor, or the person who looks after your computer, for help.',
  },
  header: {
    organisationLabel: 'Organisation',
    manageOrganisations: 'Manage organisations',
  },
  nav: {
    label: 'Main menu',
    welcome: 'Welcome',
    procedures: 'Procedures',
    organisations: 'Organisations',
    settings: 'Settings',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    rename: 'Rename',
    delete: 'Delete',
    confirmDelete: 'Yes, delete',
    demoBadge: 'example',
    required: 'required',
  },
  welcome: {
    title: 'Welcome to Werfwijzer',
    intro1: 'Werfwijzer helps you choose a new employee in a fair way.',
    intro2:
      'You describe what the person needs to be able to do. Then you and your colleagues score the letters without names, and you ask everyone the same questions.',
    intro3: 'Everything stays on this computer.',
    createTitle: 'Start with your organisation',
    nameLabel: 'Name of your business or organisation',
    nameHint: 'For example: De Vries Bakery. You can change the name later.',
    createButton: 'Create organisation',
    demoTitle: 'Want to look around first?',
    demoText: 'Try Werfwijzer with an example bakery. You can delete the example data again later.',
    demoButton: 'Try it with example data',
  },
  procedures: {
    eyebrow: 'Procedures of',
    intro: 'A procedure is one vacancy, internship or promotion. Open a procedure to see how far you are.',
    newButton: 'New procedure',
    count: (p) => (p.count === 1 ? '1 procedure' : `${p.count} procedures`),
    emptyTitle: 'No procedures yet',
    emptyText:
      'Your procedures will appear here. Click ‘New procedure’ to start a vacancy, internship or promotion.',
    kindLabel: 'Type',
    phaseLabel: 'Phase',
    updatedLabel: 'Last changed',
    noOrganisationTitle: 'Choose an organisation',
    noOrganisationText: 'Choose an organisation at the top, or create one under Organisations.',
    loading: 'Loading procedures…',
  },
  newProcedure: {
    title: 'New procedure',
    intro: 'Give the procedure a name and choose what kind of procedure it is.',
    titleLabel: 'Job title',
    titleHint: 'For example: Bakery sales assistant (24 hours)',
    kindLegend: 'What kind of procedure is it?',
    createButton: 'Create procedure',
  },
  kinds: {
    vacature: 'Vacancy',
    stage: 'Internship',
    promotie: 'Promotion (internal candidates)',
  },
  kindHelp: {
    vacature: 'You are looking for a new employee from outside your business.',
    stage: 'You are looking for an intern who comes to learn with you.',
    promotie: 'You choose someone from your own team for another or a higher position.',
  },
  phases: {
    opstellen: 'Drafting',
    gepubliceerd: 'Published',
    brievenBeoordelen: 'Reviewing letters',
    gesprekken: 'Interviews',
    besluit: 'Decision',
    afgesloten: 'Closed',
    opgeschoond: 'Purged',
  },
  phaseHelp: {
    opstellen: 'You describe the job and choose about five competencies. Then you make the vacancy text.',
    gepubliceerd: 'The vacancy is online or on display. People can send a letter.',
    brievenBeoordelen: 'You and your colleagues give points per competency. You do not see any names.',
    gesprekken: 'You ask every candidate the same questions, in the same order.',
    besluit: 'You choose based on the points, and you write down why.',
    afgesloten: 'Everyone has been told the outcome. The procedure is finished.',
    opgeschoond: "The applicants' data has been deleted, as the law (GDPR) requires.",
  },
  phaseStates: {
    done: 'Done',
    current: 'In progress',
    upcoming: 'Not started yet',
  },
  procedure: {
    errorTitle: 'This procedure cannot be opened',
    back: 'Back to procedures',
    kindLabel: 'Type',
    organisationLabel: 'Organisation',
    actionsLabel: 'What you can do with this procedure',
    renameButton: 'Rename',
    renameTitle: 'Rename the procedure',
    renameLabel: 'New name',
    deleteButton: 'Delete procedure',
    deleteTitle: 'Delete this procedure?',
    deleteText: (p) =>
      `Are you sure you want to delete ‘${p.title}’? Its log will be deleted too. You cannot undo this.`,
    stepsTitle: 'Steps',
    stepsIntro: 'A procedure has seven steps. You do them one after the other.',
    stepNumber: (p) => `Step ${p.n}`,
    currentTitle: (p) => `Now: ${p.phase}`,
    notAvailable: 'This step will come in a later version of Werfwijzer.',
    notAvailableMore: 'You can already view this procedure, rename it or delete it.',
    availableText: 'You can do this step now.',
    loading: 'Loading procedure…',
    logTitle: 'Log',
    logIntro:
      'Werfwijzer writes down every step in the log. Later, this lets you show that you made a fair choice.',
    logEmpty: 'There is nothing in the log yet.',
    logWhen: 'When',
    logWhat: 'What happened',
    logDetail: 'Details',
  },
  auditActions: {
    organisationCreated: 'Organisation created',
    organisationRenamed: 'Organisation renamed',
    organisationDeleted: 'Organisation deleted',
    procedureCreated: 'Procedure created',
    procedureRenamed: 'Procedure renamed',
    procedureDeleted: 'Procedure deleted',
    demoCreated: 'Example data created',
    languageChanged: 'Language changed',
    packInstalled: 'Pack installed',
    packUpdated: 'Pack updated',
    packRemoved: 'Pack removed',
    keyTrusted: 'Publisher key trusted',
    keyRemoved: 'Publisher key removed',
    other: 'Other step',
  },
  organisations: {
    title: 'Organisations',
    intro:
      'Do you work for more than one business, for example as an advisor? Then create a separate organisation for each business. This keeps their data apart.',
    listLabel: 'Your organisations',
    current: 'Current',
    choose: 'Work with this organisation',
    openProcedures: 'View procedures',
    procedureCount: (p) =>
      p.count === 0 ? 'No procedures yet' : p.count === 1 ? '1 procedure' : `${p.count} procedures`,
    createTitle: 'Add an organisation',
    nameLabel: 'Name of the organisation',
    createButton: 'Add organisation',
    created: (p) => `‘${p.name}’ has been added. You are now working with this organisation.`,
    renameTitle: 'Rename the organisation',
    renameLabel: 'New name',
    deleteTitle: 'Delete this organisation?',
    deleteText: (p) =>
      `Are you sure you want to delete ‘${p.name}’? ` +
      (p.count === 1
        ? 'Its procedure will be deleted too.'
        : p.count === 0
          ? 'All its procedures will be deleted too.'
          : `All ${p.count} of its procedures will be deleted too.`) +
      ' You cannot undo this.',
    deleted: (p) => `‘${p.name}’ has been deleted.`,
    demoTitle: 'Example data',
    demoText: 'Want to look around first? Create an example bakery with one procedure.',
    demoButton: 'Try it with example data',
    empty: 'There are no organisations yet. Add your first organisation below.',
  },
  settings: {
    title: 'Settings',
    intro: 'Here you choose how Werfwijzer works.',
    languageLegend: 'Language of Werfwijzer',
    languageHelp: 'The new language works straight away, on every screen.',
    saved: 'The language has been saved.',
  },
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
} satisfies Messages;
