import { signVideoTypes } from '../../../shared/media';
import { StoredFileSettings } from '../../forms/StoredFileSettings';
import { sendCommand, state } from '../../sync/connection';
import { uploadSignVideo } from './signVideoApi';

/** The organizer uploads, replaces or removes the start page's DGS video. */
export function SignVideoSettings() {
  return (
    <StoredFileSettings
      name="sign-video"
      texts={{
        title: 'dgs.edit.title', hint: 'dgs.edit.hint', none: 'dgs.edit.none', current: 'dgs.edit.current', file: 'dgs.edit.file',
        upload: 'dgs.edit.upload', uploading: 'dgs.edit.uploading', remove: 'dgs.edit.remove', pickFirst: 'dgs.edit.pickFirst',
        saved: 'dgs.edit.saved', removed: 'dgs.edit.removed',
      }}
      accept={signVideoTypes}
      stored={state().signVideo}
      typeLabel={(type) => (type === 'video/mp4' ? 'MP4' : 'WebM')}
      upload={uploadSignVideo}
      save={(uploaded) => sendCommand('event:set-sign-video', { video: uploaded?.video ?? null })}
    />
  );
}
