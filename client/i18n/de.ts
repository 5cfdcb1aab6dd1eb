import * as eventSettings from './parts/eventSettings';
import * as eventDay from './parts/eventDay';
import * as contacts from './parts/contacts';
import * as mailbox from './parts/mailbox';
import * as directory from './parts/directory';
import * as myAgenda from './parts/myAgenda';
import * as organizerImport from './parts/organizerImport';
import * as polls from './parts/polls';
import * as standDirectory from './parts/standDirectory';
import * as standProfile from './parts/standProfile';
import * as venueMap from './parts/venueMap';
import * as hardening from './parts/hardening';
import * as series from './parts/series';
import * as library from './parts/library';
import * as legal from './parts/legal';
import * as privacy from './parts/privacy';
import * as signVideo from './parts/signVideo';
import * as planImage from './parts/planImage';
import * as planEditor from './parts/planEditor';
import * as deployment from './parts/deployment';
import * as protocol from './parts/protocol';
import * as app from './parts/app';
import * as agenda from './parts/agenda';
import * as announcements from './parts/announcements';
import * as staff from './parts/staff';
import * as programmeEdit from './parts/programmeEdit';
import * as questions from './parts/questions';
import * as questionModeration from './parts/questionModeration';
import * as host from './parts/host';
import * as screen from './parts/screen';
import * as stands from './parts/stands';
import * as organizer from './parts/organizer';
import * as demo from './parts/demo';

/** The German catalogue: the source of every key. Other catalogues must have exactly these keys. */
export const de = {
  ...app.de,
  ...agenda.de,
  ...announcements.de,
  ...staff.de,
  ...programmeEdit.de,
  ...questions.de,
  ...questionModeration.de,
  ...host.de,
  ...screen.de,
  ...stands.de,
  ...organizer.de,
  ...demo.de,
  ...standDirectory.de,
  ...standProfile.de,
  ...venueMap.de,
  ...myAgenda.de,
  ...eventSettings.de,
  ...organizerImport.de,
  ...hardening.de,
  ...series.de,
  ...library.de,
  ...legal.de,
  ...privacy.de,
  ...signVideo.de,
  ...planImage.de,
  ...planEditor.de,
  ...deployment.de,
  ...protocol.de,
  ...polls.de,
  ...eventDay.de,
  ...contacts.de,
  ...mailbox.de,
  ...directory.de,
} satisfies Record<string, string>;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;
