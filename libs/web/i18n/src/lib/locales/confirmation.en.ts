import type { confirmationId } from './confirmation.id';

/** Village confirmation (English). Keys mirror confirmation.id.ts. */
export const confirmationEn: typeof confirmationId = {
  nav: 'Confirmation',
  navCount: '{{count}} waiting',
  status: {
    UNANSWERED: 'Not answered',
    CONFIRMED: 'Confirmed',
    DISPUTED: 'Disputed',
    CORRECTED: 'Corrected',
  },
  section: {
    title: 'Village confirmation',
    intro:
      'The government of each village listed (its desa/kelurahan, or its kecamatan) says whether the village was really reached. Confirmation never changes the counted figures; a dispute goes to the organising agency.',
    summary: '{{confirmed}} confirmed · {{disputed}} disputed · {{unanswered}} not answered',
    noGovernment: 'no village government registered',
    answeredBy: '{{name}} ({{agency}}), {{at}}',
    response: "Organiser's reply ({{name}}): {{text}}",
    correctHint: 'To correct the record: reopen the activity, edit it and verify it again. Or keep the record and say why.',
  },
  answer: {
    confirm: 'Confirm {{village}} was reached',
    dispute: 'Dispute',
    change: 'Change answer',
    noteLabel: 'Note (optional)',
    disputeNoteLabel: 'Why you dispute it (required)',
    noteRequired: 'Say why you dispute it (at least {{min}} characters).',
    sendDispute: 'Send dispute',
    cancel: 'Cancel',
    confirmed: '{{village}} is confirmed.',
    disputed: 'The dispute for {{village}} was sent to the organising agency.',
  },
  respond: {
    open: 'Keep the record',
    label: 'Why the record stays as it is (required)',
    send: 'Send reply',
    done: 'Reply for {{village}} saved.',
  },
  page: {
    title: 'Village confirmation',
    intro: "Villages waiting for their government's confirmation, and villages' disputes of your agency's activities.",
    toConfirm: 'Waiting for your confirmation ({{count}})',
    toConfirmEmpty: 'No village is waiting for your confirmation.',
    disputes: "Disputes of your agency's activities ({{count}})",
    disputesEmpty: 'No open disputes.',
    more: 'Showing {{shown}} of {{count}}.',
    village: 'Village {{name}}',
    open: 'Open the activity',
  },
  map: {
    title: 'Village confirmation',
    village: {
      CONFIRMED: 'Confirmed by the village government',
      DISPUTED: 'Disputed by the village government',
      UNANSWERED: 'Not answered by the village government yet',
    },
    summary: '{{confirmed}} confirmed · {{disputed}} disputed · {{unanswered}} not answered (of {{reached}} villages reached)',
  },
  share: {
    title: 'Village confirmation',
    line: '{{confirmed}} of {{reached}} villages reached confirmed by their own government ({{ratio}})',
    detail: '{{disputed}} disputed · {{unanswered}} not answered',
    none: 'No village reached in this period yet.',
  },
};
