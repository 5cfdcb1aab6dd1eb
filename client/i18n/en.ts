import type { Messages } from './de';
import * as eventSettings from './parts/en/eventSettings';
import * as eventDay from './parts/en/eventDay';
import * as contacts from './parts/en/contacts';
import * as mailbox from './parts/en/mailbox';
import * as directory from './parts/en/directory';
import * as myAgenda from './parts/en/myAgenda';
import * as organizerImport from './parts/en/organizerImport';
import * as polls from './parts/en/polls';
import * as standDirectory from './parts/en/standDirectory';
import * as standProfile from './parts/en/standProfile';
import * as venueMap from './parts/en/venueMap';
import * as hardening from './parts/en/hardening';
import * as series from './parts/en/series';
import * as library from './parts/en/library';
import * as legal from './parts/en/legal';
import * as privacy from './parts/en/privacy';
import * as signVideo from './parts/en/signVideo';
import * as planImage from './parts/en/planImage';
import * as planEditor from './parts/en/planEditor';
import * as deployment from './parts/en/deployment';
import * as protocol from './parts/en/protocol';
import * as app from './parts/en/app';
import * as agenda from './parts/en/agenda';
import * as announcements from './parts/en/announcements';
import * as staff from './parts/en/staff';
import * as programmeEdit from './parts/en/programmeEdit';
import * as questions from './parts/en/questions';
import * as questionModeration from './parts/en/questionModeration';
import * as host from './parts/en/host';
import * as screen from './parts/en/screen';
import * as stands from './parts/en/stands';
import * as organizer from './parts/en/organizer';
import * as demo from './parts/en/demo';

export const en: Messages = {
  ...app.en,
  ...agenda.en,
  ...announcements.en,
  ...staff.en,
  ...programmeEdit.en,
  ...questions.en,
  ...questionModeration.en,
  ...host.en,
  ...screen.en,
  ...stands.en,
  ...organizer.en,
  ...demo.en,
  ...standDirectory.en,
  ...standProfile.en,
  ...venueMap.en,
  ...myAgenda.en,
  ...eventSettings.en,
  ...organizerImport.en,
  ...hardening.en,
  ...series.en,
  ...library.en,
  ...legal.en,
  ...privacy.en,
  ...signVideo.en,
  ...planImage.en,
  ...planEditor.en,
  ...deployment.en,
  ...protocol.en,
  ...polls.en,
  ...eventDay.en,
  ...contacts.en,
  ...mailbox.en,
  ...directory.en,
};
