import type { Messages } from './de';
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
